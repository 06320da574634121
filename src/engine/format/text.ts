import { z } from 'zod';

import { LANGUAGES } from './lang';

export { LANGUAGES, resolveText, t, type ResolvedText } from './lang';
/** One of the three languages. */
export const Lang = z.enum(LANGUAGES);
export type Lang = z.infer<typeof Lang>;

/**
 * Text shown to a trainee in one language per key. A missing language falls back
 * (see `resolveText`), and the validator warns about it.
 */
export const TranslatedText = z
  .strictObject({
    /** Kazakh (Cyrillic). */
    kk: z.string().min(1).optional(),
    /** Russian. */
    ru: z.string().min(1).optional(),
    /** English. */
    en: z.string().min(1).optional(),
  })
  .meta({ id: 'TranslatedText' });

/** Text: one plain string (the same in every language, e.g. a name) or one string per language. */
export const Text = z.union([z.string().min(1), TranslatedText]).meta({ id: 'Text' });
export type Text = z.infer<typeof Text>;
