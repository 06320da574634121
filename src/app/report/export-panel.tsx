import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportStrings } from './strings';
import type { Scenario } from '../../engine/format/scenario';
import type { FrameworkIndex } from '../../engine/framework-index';
import { buildResultsRecord, type ResultsInput } from '../../engine/results/results-record';
import { resultsToCsv } from '../../engine/results/results-csv';
import { resultsToXapi } from '../../engine/results/xapi';
import { downloadText } from '../download';

/** Where the xAPI statements say they come from: an address that identifies Tyńda, not a server that is contacted. */
const XAPI = { homepage: 'https://tynda.kz', activityBase: 'https://tynda.kz/xapi' };

export interface ExportPanelProps extends Omit<
  ResultsInput,
  'pseudonym' | 'scenario' | 'framework'
> {
  scenario: Scenario;
  framework: FrameworkIndex;
}

/** Lets the trainee keep or hand in their results: JSON, CSV or xAPI, under a pseudonym of their choice. Nothing leaves the device otherwise. */
export function ExportPanel(props: ExportPanelProps) {
  useReportStrings();
  const { t } = useTranslation();
  const id = useId();
  const [pseudonym, setPseudonym] = useState('');
  const [error, setError] = useState<string | null>(null);
  const name = pseudonym.trim();
  const base = `${props.scenario.id}-${name.replace(/[^\p{L}\p{N}_-]+/gu, '_') || 'results'}`;
  const record = () => buildResultsRecord({ ...props, pseudonym: name });
  const save = (make: () => [string, string, string]) => {
    if (props.feedback?.disputes.some((d) => !d.reason.trim())) {
      setError(t('report.feedback.needReason'));
      return;
    }
    try {
      const [file, text, type] = make();
      downloadText(file, text, type);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="export no-print">
      <h3 id={`${id}-heading`}>{t('report.export.heading')}</h3>
      <p className="hint">{t('report.export.privacy')}</p>
      <label htmlFor={`${id}-name`}>{t('report.export.pseudonym')}</label>{' '}
      <input
        id={`${id}-name`}
        value={pseudonym}
        maxLength={40}
        onChange={(e) => setPseudonym(e.target.value)}
        autoComplete="off"
      />
      <div className="actions">
        <button
          type="button"
          disabled={!name}
          onClick={() =>
            save(() => [`${base}.json`, JSON.stringify(record(), null, 2), 'application/json'])
          }
        >
          {t('report.export.json')}
        </button>
        <button
          type="button"
          disabled={!name}
          onClick={() =>
            save(() => [`${base}.csv`, resultsToCsv(record()), 'text/csv;charset=utf-8'])
          }
        >
          {t('report.export.csv')}
        </button>
        <button
          type="button"
          disabled={!name}
          onClick={() =>
            save(() => [
              `${base}.xapi.json`,
              JSON.stringify(resultsToXapi(record(), XAPI), null, 2),
              'application/json',
            ])
          }
        >
          {t('report.export.xapi')}
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
