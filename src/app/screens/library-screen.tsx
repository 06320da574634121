import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostLevel } from '../../engine/format/constants';
import { POST_LEVELS } from '../../engine/format/constants';
import type { Catalog, CatalogItem } from '../catalog/catalog.types';
import type { Attempt, SavedRun } from '../stores/progress-store';
import { useConfirmation } from '../use-confirmation';
import { useLang } from '../use-lang';

export interface LibraryScreenProps {
  catalog: Catalog;
  attempts: readonly Attempt[];
  current: SavedRun | null;
  onOpen: (file: string) => void;
  onResume: () => void;
  onDiscard: () => void;
}

/** Best rating per competency over a scenario's attempts, e.g. "Empathic listening and de-escalation 4". */
function bestRatings(attempts: readonly Attempt[], name: (id: string) => string): string {
  const best = new Map<string, number>();
  for (const attempt of attempts) {
    for (const [id, rating] of Object.entries(attempt.ratings)) {
      if (rating !== null && rating > (best.get(id) ?? 0)) best.set(id, rating);
    }
  }
  return [...best].map(([id, rating]) => `${name(id)} ${rating}`).join(', ');
}

/** The bundled scenarios as cards, filterable by competency and post level, with past attempts. */
export function LibraryScreen({
  catalog,
  attempts,
  current,
  onOpen,
  onResume,
  onDiscard,
}: LibraryScreenProps) {
  const { t } = useTranslation();
  const { text } = useLang();
  const [competency, setCompetency] = useState('');
  const [level, setLevel] = useState<PostLevel | ''>('');
  // Discarding a run cannot be undone, so it is asked twice; the safe answer takes the focus.
  const { asking, ask, withdraw, safeRef, askerRef } = useConfirmation();
  const competencyId = useId();
  const levelId = useId();
  const name = (id: string) => text(catalog.competencies.find((c) => c.id === id)?.name) || id;
  const shown = catalog.items.filter(
    (item) =>
      (!competency || item.competencies.includes(competency)) &&
      (!level || item.postLevels.includes(level)),
  );
  const resumable = current
    ? catalog.items.find((i) => i.file === current.scenarioFile)
    : undefined;
  return (
    <div className="library-screen">
      {current && resumable && (
        <section className="resume-banner" aria-labelledby="resume-heading">
          <h2 id="resume-heading" tabIndex={-1}>
            {t('library.resumeTitle', { title: text(resumable.title) })}
          </h2>
          <button type="button" className="primary" onClick={onResume}>
            {t('library.resume')}
          </button>
          {asking ? (
            <span
              role="group"
              aria-label={t('library.discardConfirm')}
              className="confirm"
              onKeyDown={(e) => e.key === 'Escape' && withdraw()}
            >
              <span>{t('library.discardConfirm')}</span>{' '}
              <button
                type="button"
                onClick={() => {
                  onDiscard();
                  withdraw();
                  document.getElementById('library-heading')?.focus();
                }}
              >
                {t('library.discardYes')}
              </button>{' '}
              <button type="button" ref={safeRef} onClick={withdraw}>
                {t('library.discardNo')}
              </button>
            </span>
          ) : (
            <button type="button" ref={askerRef} onClick={ask}>
              {t('library.discard')}
            </button>
          )}
        </section>
      )}
      <h2 id="library-heading" tabIndex={-1}>
        {t('library.heading')}
      </h2>
      <div className="filters">
        <label htmlFor={competencyId}>{t('library.filterCompetency')}</label>
        <select
          id={competencyId}
          value={competency}
          onChange={(e) => setCompetency(e.target.value)}
        >
          <option value="">{t('library.all')}</option>
          {catalog.competencies.map((c) => (
            <option key={c.id} value={c.id}>
              {text(c.name)}
            </option>
          ))}
        </select>
        <label htmlFor={levelId}>{t('library.filterLevel')}</label>
        <select
          id={levelId}
          value={level}
          onChange={(e) => setLevel(e.target.value as PostLevel | '')}
        >
          <option value="">{t('library.all')}</option>
          {POST_LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(`level.${l}`)}
            </option>
          ))}
        </select>
      </div>
      <p aria-live="polite">{t('library.count', { count: shown.length })}</p>
      {catalog.items.length === 0 && <p>{t('library.empty')}</p>}
      {catalog.items.length > 0 && shown.length === 0 && <p>{t('library.noMatch')}</p>}
      <ul className="library">
        {shown.map((item) => (
          <li key={item.file}>
            <ScenarioCard
              item={item}
              attempts={attempts.filter((a) => a.scenarioId === item.id)}
              competencyName={name}
              onOpen={() => onOpen(item.file)}
            />
          </li>
        ))}
      </ul>
      {catalog.broken.map((broken) => (
        <p role="alert" key={broken.file}>
          {t('library.broken', {
            file: broken.file,
            message: broken.errors[0]?.message ?? '',
            line: broken.errors[0]?.line ?? 1,
          })}
        </p>
      ))}
    </div>
  );
}

function ScenarioCard({
  item,
  attempts,
  competencyName,
  onOpen,
}: {
  item: CatalogItem;
  attempts: readonly Attempt[];
  competencyName: (id: string) => string;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const { text } = useLang();
  const titleId = `title-${item.id}`;
  return (
    <article aria-labelledby={titleId} className="card" data-file={item.file}>
      <h3 id={titleId}>{text(item.title)}</h3>
      <p>{text(item.summary)}</p>
      <p className="meta">
        {t(`difficulty.${item.difficulty}`)} ·{' '}
        {t('library.minutes', { count: item.estimatedMinutes })} ·{' '}
        {t('library.levels', { levels: item.postLevels.join(', ') })} ·{' '}
        {t('library.languages', {
          languages: item.languages.map((l) => l.toUpperCase()).join(', '),
        })}
      </p>
      <p className="meta">
        {t('library.competencies')}: {item.competencies.map(competencyName).join(', ')}
      </p>
      <p className="meta">
        {t('library.channels')}: {item.channels.map((c) => t(`channel.${c}`)).join(', ')}
      </p>
      {attempts.length > 0 && (
        <p className="attempts">
          {t('library.attempts', { count: attempts.length })}
          {bestRatings(attempts, competencyName) &&
            ` · ${t('library.best', { ratings: bestRatings(attempts, competencyName) })}`}
        </p>
      )}
      <button type="button" className="primary" onClick={onOpen} aria-describedby={titleId}>
        {t('library.open')}
      </button>
    </article>
  );
}
