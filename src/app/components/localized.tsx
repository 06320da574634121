import type { Text } from '../../engine/format/lang';
import { resolveText } from '../../engine/format/lang';
import { useLang } from '../use-lang';

/**
 * Scenario text in the chosen language. When it falls back to another language, the text is marked
 * with that language (for screen readers' pronunciation) and discreetly styled.
 */
export function Localized({
  value,
  as: Tag = 'span',
}: {
  value: Text | undefined;
  as?: 'span' | 'p' | 'strong';
}) {
  const { lang } = useLang();
  const resolved = resolveText(value, lang);
  if (!resolved.fallback || !resolved.lang) return <Tag>{resolved.text}</Tag>;
  return (
    <Tag lang={resolved.lang} className="fallback" title={resolved.lang.toUpperCase()}>
      {resolved.text}
    </Tag>
  );
}
