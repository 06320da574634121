import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../engine/format/lang';
import { en } from './locales/en';
import { kk } from './locales/kk';
import { ru } from './locales/ru';

export const INTERFACE_LANGUAGES: readonly Lang[] = ['kk', 'ru', 'en'];

/** Picks the interface language from a browser language tag, English when none matches. */
export function pickLanguage(tag: string | undefined): Lang {
  const base = (tag ?? '').slice(0, 2).toLowerCase();
  return (INTERFACE_LANGUAGES as readonly string[]).includes(base) ? (base as Lang) : 'en';
}

/** Sets up i18next with the three interface languages, bundled (no network requests). */
export function initI18n(tag?: string) {
  const lng = pickLanguage(tag);
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, ru: { translation: ru }, kk: { translation: kk } },
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18next;
}
