import type { FeedItem } from '../format/effects';
import type { Scenario } from '../format/scenario';
import type { FeedOrigin } from '../machine/run.types';

/** The feed item a transcript entry refers to. */
export function feedItemAt(scenario: Scenario, origin: FeedOrigin): FeedItem | undefined {
  switch (origin.from) {
    case 'opening':
      return scenario.openingFeed?.[origin.index];
    case 'scene':
      return scenario.scenes.find((s) => s.id === origin.sceneId)?.feed?.[origin.index];
    case 'inject':
      return scenario.injects?.find((i) => i.id === origin.injectId)?.items[origin.index];
    case 'scene-inject':
      return scenario.scenes.find((s) => s.id === origin.sceneId)?.injects?.[origin.inject]?.items[origin.index];
  }
}

/**
 * Likes and shares as shown now: items amplified by a meter grow with it, so the feed reacts to how
 * the crisis is going (at the meter's midpoint they show as written; at its maximum, three times as many).
 */
export function amplified(base: number | undefined, item: FeedItem, meters: Readonly<Record<string, number>>, scenario: Scenario): number {
  if (base === undefined) return 0;
  if (!item.amplifiedBy) return base;
  const meter = scenario.meters.find((m) => m.id === item.amplifiedBy);
  if (!meter) return base;
  const min = meter.min ?? 0;
  const max = meter.max ?? 100;
  const share = ((meters[meter.id] ?? meter.initial) - min) / (max - min || 1);
  return Math.round(base * (0.5 + share * 2.5));
}
