import { createContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../engine/format/lang';
import { pickLanguage } from './i18n';

/**
 * The interface language, given once at the top of the app. Scenario texts read it from here rather
 * than each calling `useTranslation`: a report holds a hundred of them, and each such call subscribes
 * to i18next, builds a translate function and, when it mounts, wraps the i18next instance (a copy of
 * its property descriptors) — a few milliseconds on a slow laptop, in the frame after a click.
 */
export const LangContext = createContext<Lang | null>(null);

/** Provides the current interface language to every `useLang` below it. */
export function LangProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <LangContext value={pickLanguage(i18n.language)}>{children}</LangContext>;
}
