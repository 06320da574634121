import type { Lang } from '../format/text';
import { LANGUAGES } from '../format/text';
import type { Report } from './report';

const LANGUAGE_NAMES: Record<Lang, string> = { kk: 'Kazakh', ru: 'Russian', en: 'English' };

function isTranslatedText(value: object): value is Partial<Record<Lang, string>> {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => (LANGUAGES as readonly string[]).includes(k));
}

/** Warns about every translated text that lacks one of the scenario's languages (it will fall back). */
export function checkLanguages(report: Report, root: unknown, languages: readonly Lang[]): void {
  const stack: { value: unknown; pointer: string }[] = [{ value: root, pointer: '' }];
  while (stack.length > 0) {
    const { value, pointer } = stack.pop() as { value: unknown; pointer: string };
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], pointer: `${pointer}/${i}` });
      continue;
    }
    if (isTranslatedText(value)) {
      const missing = languages.filter((lang) => !value[lang]);
      if (missing.length > 0) {
        const names = missing.map((lang) => LANGUAGE_NAMES[lang]).join(' and ');
        report.warning('missing-translation', pointer, `No ${names} text here; trainees will see it in another language`, `Add ${missing.map((l) => `"${l}"`).join(', ')}.`);
      }
      continue;
    }
    const entries = Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] as [string, unknown];
      stack.push({ value: child, pointer: `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}` });
    }
  }
}
