import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../engine/format/scenario';
import type { Scene } from '../../engine/format/scene';
import { useLang } from '../use-lang';
import { FeedPost } from './feed-post';
import { Localized } from './localized';

/** The current scene, drawn as what its channel is: a desk, a call, a press room, a studio, a feed, a chat, a meeting. */
export function ChannelView({
  scene,
  scenario,
  meters,
}: {
  scene: Scene;
  scenario: Scenario;
  meters: Readonly<Record<string, number>>;
}) {
  const { t } = useTranslation();
  const { text } = useLang();
  const speaker = scene.speaker ? scenario.cast.find((c) => c.id === scene.speaker) : undefined;
  const affiliation = speaker
    ? text(speaker.outlet) || text(speaker.agency) || text(speaker.description)
    : '';
  const journalists =
    scene.channel === 'press-conference'
      ? scenario.cast.filter((c) => c.role === 'journalist' || c.role === 'blogger')
      : [];
  return (
    <section className={`channel channel-${scene.channel}`} aria-labelledby="scene-heading">
      <header className="channel-header">
        <span className="channel-name">{t(`channel.${scene.channel}`)}</span>
        {scene.channel === 'interview' && <span className="live-badge">{t('play.live')}</span>}
      </header>
      <h2 id="scene-heading" tabIndex={-1} className="scene-title">
        {scene.title ? text(scene.title) : t(`channel.${scene.channel}`)}
      </h2>
      {journalists.length > 0 && (
        <ul className="press-row" aria-hidden="true">
          {journalists.map((j) => (
            <li key={j.id} className={j.id === scene.speaker ? 'speaking' : ''}>
              {text(j.name)}
              {j.outlet && <small> · {text(j.outlet)}</small>}
            </li>
          ))}
        </ul>
      )}
      <div className="scene-body">
        {speaker && (
          <p className="speaker">
            <strong>{text(speaker.name)}</strong>
            {affiliation && <span>, {affiliation}</span>}
            {speaker.speaks && (
              <span className="speaks">
                {' '}
                ({t('play.speaks', { language: t(`play.languageName.${speaker.speaks}`) })})
              </span>
            )}
          </p>
        )}
        <blockquote className="scene-text" lang={undefined}>
          <Localized value={scene.text} as="p" />
        </blockquote>
      </div>
      {scene.feed && scene.feed.length > 0 && (
        <div className="scene-feed">
          {scene.feed.map((item, i) => (
            <FeedPost key={i} item={item} scenario={scenario} meters={meters} />
          ))}
        </div>
      )}
    </section>
  );
}
