import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostLevel } from '../../engine/format/constants';
import type { Text } from '../../engine/format/lang';
import { POST_LEVELS } from '../../engine/format/constants';
import type { CatalogItem } from '../catalog/catalog.types';
import { Localized } from '../components/localized';
import type { Mode } from '../stores/progress-store';
import { useConfirmation } from '../use-confirmation';
import { useLang } from '../use-lang';

export interface BriefingScreenProps {
  item: CatalogItem;
  /** The situation and role, once the scenario itself has loaded. */
  details: { situation: Text; role: Text } | undefined;
  level: PostLevel;
  mode: Mode;
  onLevel: (level: PostLevel) => void;
  onMode: (mode: Mode) => void;
  onStart: () => void;
  onBack: () => void;
  /** The title of a run in progress that starting this one would replace, if any. */
  replaces?: string | undefined;
  /** Goes back to that run instead. */
  onResume?: () => void;
  ready: boolean;
  error?: boolean;
}

/** Before a run: the situation, the trainee's role, the clock's start; the post level and the mode. */
export function BriefingScreen({
  item,
  details,
  level,
  mode,
  onLevel,
  onMode,
  onStart,
  onBack,
  ready,
  error,
  replaces,
  onResume,
}: BriefingScreenProps) {
  const { t } = useTranslation();
  const { text } = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // Starting replaces a run in progress, so it is asked first, with the focus on going back to it.
  const { asking, ask, withdraw, safeRef, askerRef } = useConfirmation();
  return (
    <div className="briefing">
      <h2 ref={heading} tabIndex={-1}>
        {text(item.title)}
      </h2>
      <h3>{t('briefing.situation')}</h3>
      {details ? <Localized value={details.situation} as="p" /> : <p>{t('app.loading')}</p>}
      <h3>{t('briefing.role')}</h3>
      {details ? <Localized value={details.role} as="p" /> : <p>{t('app.loading')}</p>}
      {item.clockStart && <p>{t('briefing.clock', { time: item.clockStart })}</p>}
      <fieldset>
        <legend>{t('briefing.levelLegend')}</legend>
        {POST_LEVELS.map((l) => {
          const covered = item.postLevels.includes(l);
          return (
            <label key={l} className="choice">
              <input
                type="radio"
                name="level"
                value={l}
                checked={level === l}
                disabled={!covered}
                onChange={() => onLevel(l)}
              />{' '}
              {t(`level.${l}`)}
              {!covered && <span className="hint"> ({t('briefing.levelNotCovered')})</span>}
            </label>
          );
        })}
      </fieldset>
      <fieldset>
        <legend>{t('briefing.modeLegend')}</legend>
        {(['practice', 'assessment', 'seminar'] as const).map((m) => (
          <label key={m} className="choice">
            <input
              type="radio"
              name="mode"
              value={m}
              checked={mode === m}
              onChange={() => onMode(m)}
            />{' '}
            {t(`briefing.${m}`)}
          </label>
        ))}
      </fieldset>
      {error && <p role="alert">{t('briefing.loadError')}</p>}
      {asking && replaces ? (
        <div
          role="group"
          aria-label={t('briefing.replaceQuestion', { title: replaces })}
          className="confirm notice"
          onKeyDown={(e) => e.key === 'Escape' && withdraw()}
        >
          <p>{t('briefing.replaceQuestion', { title: replaces })}</p>
          <div className="actions">
            <button type="button" ref={safeRef} className="primary" onClick={onResume}>
              {t('briefing.resumeOther')}
            </button>
            <button type="button" onClick={onStart}>
              {t('briefing.startAnyway')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button
            type="button"
            ref={askerRef}
            className="primary"
            onClick={() => (replaces ? ask() : onStart())}
            disabled={!ready}
          >
            {t('briefing.start')}
          </button>
          <button type="button" onClick={onBack}>
            {t('briefing.back')}
          </button>
        </div>
      )}
    </div>
  );
}
