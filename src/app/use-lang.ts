import { useTranslation } from 'react-i18next';
import type { Lang, Text } from '../engine/format/lang';
import { resolveText } from '../engine/format/lang';
import { pickLanguage } from './i18n';

/** The interface language and a resolver for scenario texts in it. */
export function useLang(): { lang: Lang; text: (value: Text | undefined) => string } {
  const { i18n } = useTranslation();
  const lang = pickLanguage(i18n.language);
  return { lang, text: (value) => resolveText(value, lang).text };
}
