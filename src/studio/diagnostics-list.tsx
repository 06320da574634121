import { useTranslation } from 'react-i18next';
import type { Diagnostic } from '../engine/validate/diagnostic';

/** The validator's diagnostics as a list; each entry shows line:col and jumps to the place. */
export function DiagnosticsList({
  diagnostics,
  onJump,
}: {
  diagnostics: readonly Diagnostic[];
  onJump: (d: Diagnostic) => void;
}) {
  const { t } = useTranslation();
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return (
    <section aria-labelledby="diagnostics-heading" className="diagnostics">
      <h3 id="diagnostics-heading">{t('studio.diagnostics')}</h3>
      <p aria-live="polite">
        {diagnostics.length === 0
          ? t('studio.none')
          : `${t('studio.errors', { count: errors })}, ${t('studio.warnings', { count: diagnostics.length - errors })}`}
      </p>
      <ol>
        {diagnostics.map((d, i) => (
          <li key={i} className={`diagnostic diagnostic-${d.severity}`}>
            <button type="button" className="quiet" onClick={() => onJump(d)}>
              <span className="where">
                {d.line}:{d.column}
              </span>{' '}
              <strong>{t(`studio.severity.${d.severity}`)}</strong>: {d.message}
              {d.hint && <span className="hint"> — {d.hint}</span>}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
