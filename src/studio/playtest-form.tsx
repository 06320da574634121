import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../engine/format/scenario';
import type { RunInput } from '../engine/machine/run.types';
import { useLang } from '../app/use-lang';

export interface PlaytestRequest {
  sceneId: string;
  input: RunInput;
}

/** Choose a scene to play from, and optionally set meters, flags and the clock by hand. */
export function PlaytestForm({
  scenario,
  onStart,
}: {
  scenario: Scenario;
  onStart: (request: PlaytestRequest) => void;
}) {
  const { t } = useTranslation();
  const { text } = useLang();
  const id = useId();
  const [sceneId, setSceneId] = useState(scenario.start);
  const [meters, setMeters] = useState<Record<string, number>>(() =>
    Object.fromEntries(scenario.meters.map((m) => [m.id, m.initial])),
  );
  const [flags, setFlags] = useState<string[]>([]);
  const [clock, setClock] = useState(0);
  return (
    <section aria-labelledby={`${id}-heading`} className="playtest">
      <h3 id={`${id}-heading`}>{t('studio.playtest')}</h3>
      <label htmlFor={`${id}-scene`}>{t('studio.fromScene')}</label>{' '}
      <select id={`${id}-scene`} value={sceneId} onChange={(e) => setSceneId(e.target.value)}>
        {scenario.scenes.map((scene) => (
          <option key={scene.id} value={scene.id}>
            {scene.id}
            {scene.title ? ` — ${text(scene.title)}` : ''}
          </option>
        ))}
      </select>
      <details>
        <summary>{t('studio.setState')}</summary>
        {scenario.meters.map((meter) => (
          <label key={meter.id} className="choice">
            {text(meter.label)}{' '}
            <input
              type="number"
              min={meter.min ?? 0}
              max={meter.max ?? 100}
              value={meters[meter.id] ?? meter.initial}
              onChange={(e) => setMeters((m) => ({ ...m, [meter.id]: Number(e.target.value) }))}
            />
          </label>
        ))}
        {(scenario.flags ?? []).map((flag) => (
          <label key={flag.id} className="choice">
            <input
              type="checkbox"
              checked={flags.includes(flag.id)}
              onChange={(e) =>
                setFlags((f) =>
                  e.target.checked ? [...f, flag.id] : f.filter((x) => x !== flag.id),
                )
              }
            />{' '}
            {flag.id}
          </label>
        ))}
        <label className="choice">
          {t('studio.clock')}{' '}
          <input
            type="number"
            min={0}
            value={clock}
            onChange={(e) => setClock(Math.max(0, Number(e.target.value)))}
          />
        </label>
      </details>
      <button
        type="button"
        className="primary"
        onClick={() =>
          onStart({ sceneId, input: { meters, flags, clock, pauseBetweenScenes: true } })
        }
      >
        {t('studio.play')}
      </button>
    </section>
  );
}
