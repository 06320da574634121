/** Version of the scoring key below; results record it, and docs/scoring.md documents it. */
export const SCORING_KEY_VERSION = '1.0.0';

/** Fewer observations than this give "not enough evidence" instead of a rating. */
export const MIN_OBSERVATIONS = 3;

/** A red flag caps its competency's rating at this. */
export const RED_FLAG_CAP = 2;

/**
 * Lower bounds of the raw score (−1…+1) for ratings 2, 3, 4 and 5. A 5 also needs no
 * ineffective evidence at all.
 */
export const RATING_BANDS = [-0.4, 0.2, 0.6, 0.9] as const;

/** Rating 1–5 for a raw score, before any red-flag cap. */
export function ratingForScore(raw: number, anyIneffective: boolean): 1 | 2 | 3 | 4 | 5 {
  let rating: 1 | 2 | 3 | 4 | 5 = 1;
  if (raw >= RATING_BANDS[0]) rating = 2;
  if (raw >= RATING_BANDS[1]) rating = 3;
  if (raw >= RATING_BANDS[2]) rating = 4;
  if (raw >= RATING_BANDS[3] && !anyIneffective) rating = 5;
  return rating;
}
