import { useTranslation } from 'react-i18next';
import type { Scenario } from '../engine/format/scenario';
import type { FrameworkIndex } from '../engine/framework-index';
import { targetsOf } from '../engine/graph/targets';
import { useLang } from '../app/use-lang';

/** What a response selected on the graph does: its evidence, effects, flags and where it leads. */
export function ResponseDetails({
  scenario,
  framework,
  sceneId,
  responseId,
}: {
  scenario: Scenario;
  framework: FrameworkIndex;
  sceneId: string;
  responseId: string | null;
}) {
  const { t } = useTranslation();
  const { text } = useLang();
  const scene = scenario.scenes.find((s) => s.id === sceneId);
  const response = responseId ? scene?.responses?.find((r) => r.id === responseId) : undefined;
  const next = response?.next ?? scene?.compose?.next;
  const evidence = response?.evidence ?? scene?.compose?.fragments.flatMap((f) => f.evidence) ?? [];
  return (
    <section aria-labelledby="response-heading" className="response-details">
      <h3 id="response-heading">
        {t('studio.response.heading')}: {sceneId}/{responseId ?? t('studio.response.compose')}
      </h3>
      {response && <p>{text(response.text)}</p>}
      <p>
        {t('studio.response.next')}:{' '}
        {next
          ? targetsOf(next)
              .map((x) => x.id)
              .join(', ')
          : '—'}
      </p>
      <h4>{t('studio.response.evidence')}</h4>
      {evidence.length === 0 ? (
        <p>{t('studio.response.none')}</p>
      ) : (
        <ul>
          {evidence.map((e, i) => {
            const indicator = framework.indicators.get(e.indicator);
            return (
              <li key={i}>
                {indicator?.sign === -1 ? '−' : '+'} {e.indicator} ×{e.weight ?? 1}
                {e.tag && ` (${e.tag})`}: {text(indicator?.text)}
              </li>
            );
          })}
        </ul>
      )}
      {response?.effects && (
        <p>
          {t('studio.response.effects')}:{' '}
          {Object.entries(response.effects)
            .map(([meter, delta]) => `${meter} ${delta > 0 ? '+' : ''}${delta}`)
            .join(', ')}
        </p>
      )}
      {(response?.setFlags?.length ?? 0) > 0 && (
        <p>
          {t('studio.response.flags')}: {response?.setFlags?.join(', ')}
        </p>
      )}
    </section>
  );
}

/** The responses of the scene selected on the graph, as buttons (the keyboard's way to a response's details). */
export function SceneResponses({
  scenario,
  sceneId,
  onSelect,
}: {
  scenario: Scenario;
  sceneId: string;
  onSelect: (responseId: string | null) => void;
}) {
  const { t } = useTranslation();
  const { text } = useLang();
  const scene = scenario.scenes.find((s) => s.id === sceneId);
  if (!scene) return null;
  return (
    <section aria-labelledby="scene-responses-heading">
      <h3 id="scene-responses-heading">{t('studio.response.ofScene', { scene: sceneId })}</h3>
      <ul>
        {scene.compose ? (
          <li>
            <button type="button" className="quiet" onClick={() => onSelect(null)}>
              {t('studio.response.compose')}
            </button>
          </li>
        ) : (
          (scene.responses ?? []).map((r) => (
            <li key={r.id}>
              <button type="button" className="quiet" onClick={() => onSelect(r.id)}>
                {r.id}: {text(r.text)}
              </button>
            </li>
          ))
        )}
      </ul>
    </section>
  );
}
