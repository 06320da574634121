import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposeTask as Task } from '../../engine/format/compose';
import { useLang } from '../use-lang';
import { Localized } from './localized';

/** The "compose a statement" task: pick fragments, put them in order, issue. Every action is a button, so it works by mouse, touch and keyboard. */
export function ComposeTask({
  task,
  onIssue,
}: {
  task: Task;
  onIssue: (fragmentIds: string[]) => void;
}) {
  const { t } = useTranslation();
  const { text } = useLang();
  const [chosen, setChosen] = useState<string[]>([]);
  const fragment = (id: string) => task.fragments.find((f) => f.id === id);
  const move = (index: number, by: number) =>
    setChosen((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      if (item !== undefined) next.splice(index + by, 0, item);
      return next;
    });
  const ready = chosen.length >= task.minFragments && chosen.length <= task.maxFragments;
  return (
    <section className="compose" aria-labelledby="compose-heading">
      <h3 id="compose-heading">
        <Localized value={task.prompt} />
      </h3>
      <p className="hint" aria-live="polite">
        {t('compose.hint', {
          min: task.minFragments,
          max: task.maxFragments,
          count: chosen.length,
        })}
      </p>
      <div className="compose-columns">
        <div>
          <h4>{t('compose.fragments')}</h4>
          <ul className="fragment-pool">
            {task.fragments
              .filter((f) => !chosen.includes(f.id))
              .map((f) => (
                <li key={f.id}>
                  <button
                    type="button"
                    aria-label={t('compose.add', { text: text(f.text) })}
                    disabled={chosen.length >= task.maxFragments}
                    onClick={() => setChosen((list) => [...list, f.id])}
                  >
                    + <Localized value={f.text} />
                  </button>
                </li>
              ))}
          </ul>
        </div>
        <div>
          <h4>{t('compose.statement')}</h4>
          {chosen.length === 0 && <p className="hint">{t('compose.empty')}</p>}
          <ol className="statement">
            {chosen.map((id, i) => {
              const f = fragment(id);
              const words = text(f?.text);
              return (
                <li key={id}>
                  <Localized value={f?.text} />
                  <span className="statement-actions">
                    <button
                      type="button"
                      aria-label={t('compose.up', { text: words })}
                      disabled={i === 0}
                      onClick={() => move(i, -1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      aria-label={t('compose.down', { text: words })}
                      disabled={i === chosen.length - 1}
                      onClick={() => move(i, 1)}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      aria-label={t('compose.remove', { text: words })}
                      onClick={() => setChosen((list) => list.filter((x) => x !== id))}
                    >
                      ×
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
        </div>
      </div>
      <button type="button" className="primary" disabled={!ready} onClick={() => onIssue(chosen)}>
        {t('compose.issue')}
      </button>
    </section>
  );
}
