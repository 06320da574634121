import type { PostLevel } from '../format/constants';
import { appliesToLevel, type FrameworkIndex } from '../framework-index';
import type { EvidenceRecord, RedFlagRecord } from '../machine/run.types';
import { MIN_OBSERVATIONS, RED_FLAG_CAP, SCORING_KEY_VERSION, ratingForScore } from './scoring-key';

/** One piece of evidence behind a competency's rating. */
export interface ScoredEvidence extends EvidenceRecord {
  competency: string;
  /** +1 effective, −1 ineffective. */
  sign: 1 | -1;
}

/** A competency's result in one run. */
export interface CompetencyScore {
  competency: string;
  observations: number;
  /** Σ(weight × polarity) ÷ Σ(weight), from −1 (all ineffective) to +1 (all effective); null without evidence. */
  raw: number | null;
  /** 1–5, or null for "not enough evidence". */
  rating: 1 | 2 | 3 | 4 | 5 | null;
  /** True when a red flag capped the rating. */
  capped: boolean;
  redFlags: RedFlagRecord[];
  evidence: ScoredEvidence[];
}

/** The competency profile of a run. */
export interface CompetencyProfile {
  scoringKey: string;
  level: PostLevel;
  competencies: CompetencyScore[];
}

/**
 * Scores a run's evidence against the framework for a post level. Evidence whose indicator belongs
 * to another post level (Table 1's sets for Cooperation and interaction) is left out. The raw score is
 * normalised per observation, so trainees on different paths can be compared.
 */
export function scoreRun(evidence: readonly EvidenceRecord[], redFlags: readonly RedFlagRecord[], fw: FrameworkIndex, level: PostLevel, competencies?: readonly string[]): CompetencyProfile {
  const ids = competencies ?? [...fw.competencies.keys()];
  const byCompetency = new Map<string, ScoredEvidence[]>(ids.map((id) => [id, []]));
  for (const record of evidence) {
    const indicator = fw.indicators.get(record.indicator);
    if (!indicator || !appliesToLevel(indicator, level)) continue;
    byCompetency.get(indicator.competency)?.push({ ...record, competency: indicator.competency, sign: indicator.sign });
  }
  const scores = ids.map((competency): CompetencyScore => {
    const items = byCompetency.get(competency) ?? [];
    const flags = redFlags.filter((r) => fw.redFlags.get(r.flag)?.competency === competency);
    const totalWeight = items.reduce((sum, e) => sum + e.weight, 0);
    const raw = totalWeight > 0 ? items.reduce((sum, e) => sum + e.weight * e.sign, 0) / totalWeight : null;
    let rating: CompetencyScore['rating'] = null;
    let capped = false;
    if (raw !== null && items.length >= MIN_OBSERVATIONS) {
      rating = ratingForScore(raw, items.some((e) => e.sign < 0));
      if (flags.length > 0 && rating > RED_FLAG_CAP) {
        rating = RED_FLAG_CAP;
        capped = true;
      }
    }
    return { competency, observations: items.length, raw, rating, capped, redFlags: flags, evidence: items };
  });
  return { scoringKey: SCORING_KEY_VERSION, level, competencies: scores };
}
