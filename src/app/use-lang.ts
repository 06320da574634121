import i18next from 'i18next';
import { useContext } from 'react';
import type { Lang, Text } from '../engine/format/lang';
import { resolveText } from '../engine/format/lang';
import { pickLanguage } from './i18n';
import { LangContext } from './lang-context';

/**
 * The interface language and a resolver for scenario texts in it. Inside the app it comes from
 * `LangProvider`; a component rendered on its own reads i18next's current language.
 */
export function useLang(): { lang: Lang; text: (value: Text | undefined) => string } {
  const lang = useContext(LangContext) ?? pickLanguage(i18next.language);
  return { lang, text: (value) => resolveText(value, lang).text };
}
