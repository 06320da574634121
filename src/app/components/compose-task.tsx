import { useEffect, useRef, useState } from 'react';
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
  const section = useRef<HTMLElement>(null);
  // The button pressed often disappears (an added fragment leaves the pool) or moves; keyboard focus
  // then goes to the nearest button that does the same kind of thing, never back to the page.
  const refocus = useRef<{ in: 'pool' | 'statement'; index: number; action: Action } | null>(null);
  useEffect(() => {
    const target = refocus.current;
    refocus.current = null;
    if (target && section.current) nearestButton(section.current, target)?.focus();
  });
  const add = (id: string, index: number) => {
    refocus.current = { in: 'pool', index, action: 'add' };
    setChosen((list) => [...list, id]);
  };
  const move = (index: number, by: number) => {
    refocus.current = { in: 'statement', index: index + by, action: by < 0 ? 'up' : 'down' };
    setChosen((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      if (item !== undefined) next.splice(index + by, 0, item);
      return next;
    });
  };
  const remove = (id: string, index: number) => {
    refocus.current = { in: 'statement', index, action: 'remove' };
    setChosen((list) => list.filter((x) => x !== id));
  };
  const ready = chosen.length >= task.minFragments && chosen.length <= task.maxFragments;
  return (
    <section className="compose" aria-labelledby="compose-heading" ref={section}>
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
              .map((f, i) => (
                <li key={f.id}>
                  <button
                    type="button"
                    data-action="add"
                    aria-label={t('compose.add', { text: text(f.text) })}
                    disabled={chosen.length >= task.maxFragments}
                    onClick={() => add(f.id, i)}
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
                      data-action="up"
                      aria-label={t('compose.up', { text: words })}
                      disabled={i === 0}
                      onClick={() => move(i, -1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      data-action="down"
                      aria-label={t('compose.down', { text: words })}
                      disabled={i === chosen.length - 1}
                      onClick={() => move(i, 1)}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      data-action="remove"
                      aria-label={t('compose.remove', { text: words })}
                      onClick={() => remove(id, i)}
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
      <button
        type="button"
        className="primary"
        data-action="issue"
        disabled={!ready}
        onClick={() => onIssue(chosen)}
      >
        {t('compose.issue')}
      </button>
    </section>
  );
}

type Action = 'add' | 'up' | 'down' | 'remove';

/**
 * The button to focus after an action: the same action at the same place or the nearest one before
 * it; otherwise the other arrow (an item moved to the top or bottom), then any button in that list,
 * then "issue", then the other list.
 */
function nearestButton(
  section: HTMLElement,
  target: { in: 'pool' | 'statement'; index: number; action: Action },
): HTMLButtonElement | undefined {
  const enabled = (selector: string) =>
    [...section.querySelectorAll<HTMLButtonElement>(selector)].filter((b) => !b.disabled);
  const list = target.in === 'pool' ? '.fragment-pool' : '.statement';
  const rows = [...section.querySelectorAll<HTMLElement>(`${list} > li`)];
  for (let index = Math.min(target.index, rows.length - 1); index >= 0; index--) {
    const row = rows[index]!;
    const same = row.querySelector<HTMLButtonElement>(
      `[data-action="${target.action}"]:not(:disabled)`,
    );
    const other = row.querySelector<HTMLButtonElement>(
      '[data-action="up"]:not(:disabled), [data-action="down"]:not(:disabled)',
    );
    const any = row.querySelector<HTMLButtonElement>('button:not(:disabled)');
    const found =
      same ?? (target.action === 'up' || target.action === 'down' ? other : null) ?? any;
    if (found) return found;
  }
  return (
    enabled(`${list} button`)[0] ??
    enabled('[data-action="issue"]')[0] ??
    enabled(target.in === 'pool' ? '.statement button' : '.fragment-pool button')[0]
  );
}
