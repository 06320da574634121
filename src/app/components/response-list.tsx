import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Response } from '../../engine/format/response';
import { Localized } from './localized';

/** The responses as numbered buttons; the number keys 1–9 choose them. */
export function ResponseList({
  responses,
  onChoose,
}: {
  responses: readonly Response[];
  onChoose: (id: string) => void;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (
        target &&
        (target.tagName === 'INPUT' ||
          target.tagName === 'TEXTAREA' ||
          target.tagName === 'SELECT' ||
          target.isContentEditable)
      )
        return;
      const index = Number(event.key) - 1;
      const response = Number.isInteger(index) ? responses[index] : undefined;
      if (response) {
        event.preventDefault();
        onChoose(response.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [responses, onChoose]);
  return (
    <section aria-labelledby="responses-heading" className="responses">
      <h3 id="responses-heading">{t('play.responses')}</h3>
      <p className="hint keyboard-hint">{t('play.shortcut', { count: responses.length })}</p>
      <ol>
        {responses.map((response, i) => (
          <li key={response.id}>
            <button
              type="button"
              className="response"
              onClick={() => onChoose(response.id)}
              aria-keyshortcuts={String(i + 1)}
            >
              <span className="response-number" aria-hidden="true">
                {i + 1}
              </span>
              <Localized value={response.text} />
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
