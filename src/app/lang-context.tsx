import { createContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../engine/format/lang';
import { pickLanguage } from './i18n';

/**
 * The interface language, given once at the top of the app. Scenario texts read it from here rather
 * than each subscribing to i18next: a report holds a hundred of them, and every `useTranslation`
 * costs a copy of the i18next instance when it mounts.
 */
export const LangContext = createContext<Lang | null>(null);

/** Provides the current interface language to every `useLang` below it. */
export function LangProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <LangContext value={pickLanguage(i18n.language)}>{children}</LangContext>;
}
