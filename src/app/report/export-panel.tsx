import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportStrings } from './strings';
import type { Scenario } from '../../engine/format/scenario';
import type { FrameworkIndex } from '../../engine/framework-index';
import type { ResultsInput } from '../../engine/results/results-record';
import { downloadText } from '../download';
import { prefetch } from '../use-module';
import type { ExportFormat } from './export-formats';

/** The record's code and schema: fetched once the trainee starts to export, not with the report. */
const loadFormats = () => import('./export-formats');

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
  const save = async (format: ExportFormat) => {
    if (props.feedback?.disputes.some((d) => !d.reason.trim())) {
      setError(t('report.feedback.needReason'));
      return;
    }
    let formats;
    try {
      formats = await loadFormats();
    } catch {
      setError(t('app.loadFailed'));
      return;
    }
    try {
      const [file, text, type] = formats.resultsFile(format, { ...props, pseudonym: name }, base);
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
        onChange={(e) => {
          setPseudonym(e.target.value);
          prefetch(loadFormats);
        }}
        autoComplete="off"
      />
      <div className="actions">
        <button type="button" disabled={!name} onClick={() => void save('json')}>
          {t('report.export.json')}
        </button>
        <button type="button" disabled={!name} onClick={() => void save('csv')}>
          {t('report.export.csv')}
        </button>
        <button type="button" disabled={!name} onClick={() => void save('xapi')}>
          {t('report.export.xapi')}
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
