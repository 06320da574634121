import { useTranslation } from 'react-i18next';
import { useReportStrings } from './strings';
import type { CompetencyScore } from '../../engine/scoring/score';
import type { FrameworkIndex } from '../../engine/framework-index';
import { useLang } from '../use-lang';

/** The competency profile as an SVG bar chart, with the same figures in a table beside it for screen readers and print. */
export function ProfileChart({
  scores,
  framework,
}: {
  scores: readonly CompetencyScore[];
  framework: FrameworkIndex;
}) {
  useReportStrings();
  const { t } = useTranslation();
  const { text } = useLang();
  // Each competency's name (in the trainee's language) above its bar, then the bar on a 1–5 scale.
  const rowHeight = 38;
  const nameHeight = 13;
  const labelWidth = 0;
  const width = 320;
  const scale = (width - labelWidth - 10) / 5;
  return (
    <div className="profile">
      <svg
        role="img"
        aria-labelledby="chart-title"
        viewBox={`0 0 ${width} ${scores.length * rowHeight + 24}`}
        className="profile-chart"
      >
        <title id="chart-title">{t('report.chart')}</title>
        {[1, 2, 3, 4, 5].map((tick) => (
          <g key={tick}>
            <line
              x1={labelWidth + tick * scale}
              x2={labelWidth + tick * scale}
              y1={0}
              y2={scores.length * rowHeight}
              className="tick"
            />
            <text
              x={labelWidth + tick * scale}
              y={scores.length * rowHeight + 16}
              textAnchor="middle"
              className="tick-label"
            >
              {tick}
            </text>
          </g>
        ))}
        {scores.map((score, i) => (
          <g key={score.competency} transform={`translate(0 ${i * rowHeight})`}>
            <text x={0} y={nameHeight - 3} className="bar-label">
              {shortened(
                text(framework.competencies.get(score.competency)?.name) || score.competency,
              )}
            </text>
            {score.rating === null ? (
              <text x={labelWidth + 4} y={nameHeight + 13} className="bar-na">
                {t('report.notEnough')}
              </text>
            ) : (
              <rect
                x={labelWidth}
                y={nameHeight + 2}
                height={rowHeight - nameHeight - 8}
                width={score.rating * scale}
                className={`bar bar-${score.rating}${score.capped ? ' bar-capped' : ''}`}
              />
            )}
          </g>
        ))}
      </svg>
      <div className="table-scroll">
        <table className="profile-table">
          <caption>{t('report.profile')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.competency')}</th>
              <th scope="col">{t('report.rating')}</th>
              <th scope="col">{t('report.observations')}</th>
            </tr>
          </thead>
          <tbody>
            {scores.map((score) => (
              <tr key={score.competency}>
                <th scope="row">{text(framework.competencies.get(score.competency)?.name)}</th>
                <td>
                  {score.rating === null ? t('report.notEnough') : score.rating}
                  {score.capped && <span> ({t('report.capped')})</span>}
                </td>
                <td>{score.observations}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Names longer than the chart is wide are cut with an ellipsis; the table beside it has them whole. */
function shortened(name: string, max = 56): string {
  return name.length > max ? `${name.slice(0, max - 1).trimEnd()}…` : name;
}
