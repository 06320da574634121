import { useTranslation } from 'react-i18next';
import type { FeedItem } from '../../engine/format/effects';
import type { Scenario } from '../../engine/format/scenario';
import { amplified } from '../../engine/report/feed';
import { useLang } from '../use-lang';
import { Localized } from './localized';

/** A post, headline, comment or chat message; likes and shares grow with the meter that amplifies it. */
export function FeedPost({
  item,
  scenario,
  meters,
}: {
  item: FeedItem;
  scenario: Scenario;
  meters: Readonly<Record<string, number>>;
}) {
  const { t } = useTranslation();
  const { text } = useLang();
  const author = item.author ? scenario.cast.find((c) => c.id === item.author) : undefined;
  const likes = amplified(item.likes, item, meters, scenario);
  const shares = amplified(item.shares, item, meters, scenario);
  return (
    <article className={`feed-item feed-${item.kind}`}>
      <p className="feed-source">{author ? text(author.name) : text(item.source)}</p>
      <Localized value={item.text} as="p" />
      {(item.likes !== undefined || item.shares !== undefined) && (
        <p className="feed-reactions">
          {item.likes !== undefined && <span>{t('play.likes', { count: likes })}</span>}{' '}
          {item.shares !== undefined && <span>{t('play.shares', { count: shares })}</span>}
        </p>
      )}
    </article>
  );
}
