import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../engine/format/scenario';
import type { RunContext } from '../../engine/machine/run.types';
import { formatElapsed } from '../../engine/report/clock';
import { feedItemAt } from '../../engine/report/feed';
import { useLang } from '../use-lang';
import { FeedPost } from './feed-post';
import { Localized } from './localized';

/** Everything that has happened so far, to scroll back through. */
export function Transcript({ scenario, context }: { scenario: Scenario; context: RunContext }) {
  const { t } = useTranslation();
  const { text } = useLang();
  return (
    <section className="transcript" aria-labelledby="transcript-heading">
      <h3 id="transcript-heading">{t('play.transcript')}</h3>
      <ol tabIndex={0} aria-labelledby="transcript-heading">
        {context.transcript.map((entry, i) => {
          const time = <span className="when">{formatElapsed(entry.clock)}</span>;
          switch (entry.kind) {
            case 'scene': {
              const scene = scenario.scenes.find((s) => s.id === entry.sceneId);
              const speaker = scenario.cast.find((c) => c.id === scene?.speaker);
              return (
                <li key={i}>
                  {time} {speaker && <strong>{text(speaker.name)}: </strong>}
                  <Localized value={scene?.text} />
                </li>
              );
            }
            case 'feed': {
              const item = feedItemAt(scenario, entry.origin);
              return item ? (
                <li key={i}>
                  {time} <FeedPost item={item} scenario={scenario} meters={context.meters} />
                </li>
              ) : null;
            }
            case 'response': {
              const response = scenario.scenes
                .find((s) => s.id === entry.sceneId)
                ?.responses?.find((r) => r.id === entry.responseId);
              return (
                <li key={i} className="mine">
                  {time} <strong>{t('play.you')}: </strong>
                  {entry.timedOut ? t('play.silence') : <Localized value={response?.text} />}
                </li>
              );
            }
            case 'compose': {
              const task = scenario.scenes.find((s) => s.id === entry.sceneId)?.compose;
              return (
                <li key={i} className="mine">
                  {time} <strong>{t('play.you')}: </strong>
                  {entry.fragmentIds
                    .map((id) => text(task?.fragments.find((f) => f.id === id)?.text))
                    .join(' ')}
                </li>
              );
            }
            default:
              return null;
          }
        })}
      </ol>
    </section>
  );
}
