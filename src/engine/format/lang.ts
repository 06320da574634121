/** The three languages of the interface and of scenario content (no schema code, so the player can import it cheaply). */
export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Text: one plain string, or one string per language. */
export type Text = string | { kk?: string | undefined; ru?: string | undefined; en?: string | undefined };

/** Order in which languages are tried when the chosen one is missing. */
const FALLBACK_ORDER: readonly Lang[] = ['en', 'ru', 'kk'];

/** A text resolved for display: the string and the language it is really in. */
export interface ResolvedText {
  text: string;
  lang: Lang | null;
  /** True when the chosen language was missing and another one is shown instead. */
  fallback: boolean;
}

/** Resolves a text for a language, falling back to another language when it is missing. */
export function resolveText(text: Text | undefined, lang: Lang): ResolvedText {
  if (text === undefined) return { text: '', lang: null, fallback: false };
  if (typeof text === 'string') return { text, lang: null, fallback: false };
  const own = text[lang];
  if (own) return { text: own, lang, fallback: false };
  for (const other of FALLBACK_ORDER) {
    const value = text[other];
    if (value) return { text: value, lang: other, fallback: true };
  }
  return { text: '', lang: null, fallback: true };
}

/** Shorthand for `resolveText(text, lang).text`. */
export function t(text: Text | undefined, lang: Lang): string {
  return resolveText(text, lang).text;
}
