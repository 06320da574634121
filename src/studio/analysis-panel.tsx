import { useTranslation } from 'react-i18next';
import type { Analysis } from '../engine/graph/analyze';

const show = (value: number | null, unbounded: string) =>
  value === null ? unbounded : String(value);

/** What `npm run analyze` reports, beside the editor: per competency the score range and fewest observations on any path. */
export function AnalysisPanel({ analysis }: { analysis: Analysis | null }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="analysis-heading" className="analysis">
      <h3 id="analysis-heading">{t('studio.analysis')}</h3>
      {!analysis ? (
        <p>{t('studio.analysisNeedsValid')}</p>
      ) : (
        <>
          <p>
            {t('studio.counts', {
              scenes: analysis.scenes,
              responses: analysis.responses,
              endings: analysis.endings,
            })}
          </p>
          <p>
            {t('studio.paths', {
              shortest: show(analysis.shortestPath, '∞'),
              longest: show(analysis.longestPath, '∞'),
            })}
          </p>
          <p>
            {t('studio.reachable')}: {analysis.reachableEndings.join(', ') || '—'}
          </p>
          {analysis.withoutEvidence.length > 0 && (
            <p>
              {t('studio.withoutEvidence')}: {analysis.withoutEvidence.join(', ')}
            </p>
          )}
          <table>
            <caption>{t('studio.ranges')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('studio.competency')}</th>
                <th scope="col">{t('studio.min')}</th>
                <th scope="col">{t('studio.max')}</th>
                <th scope="col">{t('studio.fewest')}</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(analysis.competencies).map(([id, range]) => (
                <tr key={id} className={range.minObservations < 3 ? 'too-few' : ''}>
                  <th scope="row">{id}</th>
                  <td>{show(range.min, '−∞')}</td>
                  <td>{show(range.max, '∞')}</td>
                  <td>
                    {range.minObservations}
                    {range.minObservations < 3 && ` (${t('studio.tooFew')})`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
