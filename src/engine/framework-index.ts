import type { Competency, DoctrineRule, Framework, Indicator, RedFlag } from './format/framework';
import type { PostLevel } from './format/constants';

/** An indicator with the competency it belongs to. */
export interface IndexedIndicator extends Indicator {
  competency: string;
  /** +1 for effective behaviour, −1 for ineffective. */
  sign: 1 | -1;
}

/** Look-up tables over a framework, built once. */
export interface FrameworkIndex {
  framework: Framework;
  competencies: Map<string, Competency>;
  indicators: Map<string, IndexedIndicator>;
  doctrine: Map<string, DoctrineRule>;
  redFlags: Map<string, RedFlag>;
}

export function indexFramework(framework: Framework): FrameworkIndex {
  const indicators = new Map<string, IndexedIndicator>();
  for (const competency of framework.competencies) {
    for (const indicator of competency.indicators) {
      indicators.set(indicator.id, {
        ...indicator,
        competency: competency.id,
        sign: indicator.polarity === 'effective' ? 1 : -1,
      });
    }
  }
  return {
    framework,
    competencies: new Map(framework.competencies.map((c) => [c.id, c])),
    indicators,
    doctrine: new Map(framework.doctrine.map((d) => [d.id, d])),
    redFlags: new Map(framework.redFlags.map((r) => [r.id, r])),
  };
}

/** True when an indicator applies to a post level (indicators without levels apply to all). */
export function appliesToLevel(indicator: Indicator, level: PostLevel): boolean {
  return !indicator.levels || indicator.levels.includes(level);
}
