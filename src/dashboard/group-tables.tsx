import { useTranslation } from 'react-i18next';
import type { GroupReport } from '../engine/results/aggregate';

/** The group report as tables: choices, endings, ratings, slowest decisions, red flags, feedback and votes. */
export function GroupTables({ report }: { report: GroupReport }) {
  const { t } = useTranslation();
  return (
    <>
      <section aria-labelledby="choices-heading">
        <h3 id="choices-heading">{t('dashboard.choices')}</h3>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.scene')}</th>
              <th scope="col">{t('dashboard.reached')}</th>
              <th scope="col">{t('dashboard.response')}</th>
              <th scope="col">{t('dashboard.chosen')}</th>
            </tr>
          </thead>
          <tbody>
            {report.choices.flatMap((scene) =>
              Object.entries(scene.counts).map(([response, count], i) => (
                <tr key={`${scene.sceneId}-${response}`}>
                  {i === 0 && (
                    <th scope="row" rowSpan={Object.keys(scene.counts).length}>
                      {scene.sceneId}
                    </th>
                  )}
                  {i === 0 && <td rowSpan={Object.keys(scene.counts).length}>{scene.reached}</td>}
                  <td>{response}</td>
                  <td>{count}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="endings-heading">
        <h3 id="endings-heading">{t('dashboard.endings')}</h3>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.ending')}</th>
              <th scope="col">{t('dashboard.count')}</th>
            </tr>
          </thead>
          <tbody>
            {report.endings.map((e) => (
              <tr key={e.endingId}>
                <th scope="row">
                  {e.endingId} ({e.outcome})
                </th>
                <td>{e.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="ratings-heading">
        <h3 id="ratings-heading">{t('dashboard.ratings')}</h3>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.competency')}</th>
              {[1, 2, 3, 4, 5].map((n) => (
                <th scope="col" key={n}>
                  {n}
                </th>
              ))}
              <th scope="col">{t('dashboard.none')}</th>
            </tr>
          </thead>
          <tbody>
            {report.ratings.map((r) => (
              <tr key={r.competency}>
                <th scope="row">{r.competency}</th>
                {([1, 2, 3, 4, 5] as const).map((n) => (
                  <td key={n}>{r.distribution[n]}</td>
                ))}
                <td>{r.distribution.none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="slowest-heading">
        <h3 id="slowest-heading">{t('dashboard.slowest')}</h3>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.scene')}</th>
              <th scope="col">{t('dashboard.seconds')}</th>
              <th scope="col">{t('dashboard.decisions')}</th>
            </tr>
          </thead>
          <tbody>
            {report.slowest.map((s) => (
              <tr key={s.sceneId}>
                <th scope="row">{s.sceneId}</th>
                <td>{s.averageSeconds}</td>
                <td>{s.decisions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="flags-heading">
        <h3 id="flags-heading">{t('dashboard.redFlags')}</h3>
        {report.redFlags.length === 0 ? (
          <p>{t('dashboard.nothing')}</p>
        ) : (
          <ul>
            {report.redFlags.map((f) => (
              <li key={`${f.flag}-${f.sceneId ?? ''}`}>
                {f.flag}: {f.count}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="feedback-heading">
        <h3 id="feedback-heading">{t('dashboard.feedback')}</h3>
        <p>
          {t('dashboard.realism', { value: report.feedback.realism ?? t('dashboard.nothing') })}
        </p>
        <p>
          {t('dashboard.relevance', { value: report.feedback.relevance ?? t('dashboard.nothing') })}
        </p>
        <h4>{t('dashboard.hardest')}</h4>
        <ul>
          {report.feedback.hardest.map((h) => (
            <li key={h.sceneId}>
              {h.sceneId}: {h.count}
            </li>
          ))}
        </ul>
        <h4>{t('dashboard.comments')}</h4>
        <ul>
          {report.feedback.comments.map((c, i) => (
            <li key={i}>
              <strong>{c.pseudonym}</strong>: {c.text}
            </li>
          ))}
        </ul>
        <h4>{t('dashboard.disputes')}</h4>
        <ul>
          {report.feedback.disputes.map((d, i) => (
            <li key={i}>
              <strong>{d.pseudonym}</strong>, {d.sceneId}/{d.responseId}: {d.reason}
            </li>
          ))}
        </ul>
      </section>
      {report.votes.length > 0 && (
        <section aria-labelledby="votes-heading">
          <h3 id="votes-heading">{t('dashboard.votes')}</h3>
          <ul>
            {report.votes.map((v, i) => (
              <li key={i}>
                {v.sceneId}:{' '}
                {Object.entries(v.counts)
                  .map(([id, n]) => `${id} ${n}`)
                  .join(', ')}{' '}
                → {v.chosen}
                {v.override && ` (${t('dashboard.override')})`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
