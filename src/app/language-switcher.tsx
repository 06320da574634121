import type { Lang } from '../engine/format/lang';

/** Each language's name in itself, so a speaker recognises it whatever the current language. */
const NATIVE_NAMES: Record<Lang, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

export interface LanguageSwitcherProps {
  languages: readonly Lang[];
  current: Lang;
  onChange: (lang: Lang) => void;
  label: string;
}

/** A group of toggle buttons for the interface language. */
export function LanguageSwitcher({ languages, current, onChange, label }: LanguageSwitcherProps) {
  return (
    <div role="group" aria-label={label} className="language-switcher">
      {languages.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={lang === current}
          onClick={() => onChange(lang)}
        >
          {NATIVE_NAMES[lang]}
        </button>
      ))}
    </div>
  );
}
