/** The sections of a `GroupReport`, each built from the runs selected by `aggregateResults`. */
import type { GroupReport, RatingDistribution } from './aggregate';
import { average, bump, byId, entry, ranked, rankedRecord, round } from './aggregate-tally';
import type { ResultsRecord } from './results-record';

/** The key a composed statement (a decision without a response id) is counted under in `choices`. */
export const STATEMENT_KEY = 'statement';

/** `GroupReport.choices`: responses per scene, scenes in order of first appearance. */
export function choicesOf(records: readonly ResultsRecord[]): GroupReport['choices'] {
  const scenes = new Map<string, { reached: number; tally: Map<string, number> }>();
  for (const record of records) {
    for (const d of record.decisions) {
      const scene = entry(scenes, d.sceneId, () => ({
        reached: 0,
        tally: new Map<string, number>(),
      }));
      scene.reached++;
      bump(scene.tally, d.responseId ?? STATEMENT_KEY);
    }
  }
  return [...scenes].map(([sceneId, s]) => ({
    sceneId,
    reached: s.reached,
    counts: rankedRecord(s.tally),
  }));
}

/** `GroupReport.endings`: runs per ending, most first. */
export function endingsOf(records: readonly ResultsRecord[]): GroupReport['endings'] {
  const tally = new Map<string, number>();
  const outcomes = new Map<string, string>();
  for (const record of records) {
    bump(tally, record.endingId);
    if (!outcomes.has(record.endingId)) outcomes.set(record.endingId, record.outcome);
  }
  return ranked(tally).map(([endingId, count]) => ({
    endingId,
    outcome: outcomes.get(endingId) ?? '',
    count,
  }));
}

/** `GroupReport.ratings`: rating distribution per competency, in order of first appearance. */
export function ratingsOf(records: readonly ResultsRecord[]): GroupReport['ratings'] {
  const competencies = new Map<string, RatingDistribution>();
  for (const record of records) {
    for (const c of record.profile) {
      const distribution = entry(competencies, c.competency, (): RatingDistribution => ({
        1: 0,
        2: 0,
        3: 0,
        4: 0,
        5: 0,
        none: 0,
      }));
      if (c.rating === null) distribution.none++;
      else distribution[c.rating]++;
    }
  }
  return [...competencies].map(([competency, distribution]) => ({ competency, distribution }));
}

/** How many of the slowest decisions `slowest` lists. */
const SLOWEST_COUNT = 5;

/** `GroupReport.slowest`: the scenes with the longest average measured decision time. */
export function slowestOf(records: readonly ResultsRecord[]): GroupReport['slowest'] {
  const scenes = new Map<string, number[]>();
  for (const record of records) {
    for (const d of record.decisions) {
      if (d.elapsedMs !== null) entry(scenes, d.sceneId, () => []).push(d.elapsedMs / 1000);
    }
  }
  return [...scenes]
    .map(([sceneId, seconds]) => ({
      sceneId,
      exact: seconds.reduce((s, v) => s + v, 0) / seconds.length,
      decisions: seconds.length,
    }))
    .sort((a, b) => b.exact - a.exact || byId(a.sceneId, b.sceneId))
    .slice(0, SLOWEST_COUNT)
    .map(({ sceneId, exact, decisions }) => ({
      sceneId,
      averageSeconds: round(exact, 1),
      decisions,
    }));
}

/** `GroupReport.redFlags`: in how many runs each red flag was raised. */
export function redFlagsOf(records: readonly ResultsRecord[]): GroupReport['redFlags'] {
  const tally = new Map<string, number>();
  for (const record of records) {
    for (const flag of new Set(record.profile.flatMap((c) => c.redFlags))) bump(tally, flag);
  }
  return ranked(tally).map(([flag, count]) => ({ flag, count }));
}

/** `GroupReport.feedback`: averages, hardest scenes, comments and disputes. */
export function feedbackOf(records: readonly ResultsRecord[]): GroupReport['feedback'] {
  const given = records.flatMap((r) =>
    r.feedback ? [{ pseudonym: r.pseudonym, feedback: r.feedback }] : [],
  );
  const hardest = new Map<string, number>();
  for (const { feedback } of given)
    if (feedback.hardestSceneId !== undefined) bump(hardest, feedback.hardestSceneId);
  return {
    responses: given.length,
    realism: average(
      given.flatMap(({ feedback }) => (feedback.realism === undefined ? [] : [feedback.realism])),
      2,
    ),
    relevance: average(
      given.flatMap(({ feedback }) =>
        feedback.relevance === undefined ? [] : [feedback.relevance],
      ),
      2,
    ),
    hardest: ranked(hardest).map(([sceneId, count]) => ({ sceneId, count })),
    comments: given.flatMap(({ pseudonym, feedback }) => {
      const text = feedback.comment?.trim() ?? '';
      return text === '' ? [] : [{ pseudonym, text }];
    }),
    disputes: given.flatMap(({ pseudonym, feedback }) =>
      feedback.disputes.map((d) => ({
        pseudonym,
        sceneId: d.sceneId,
        responseId: d.responseId,
        reason: d.reason,
      })),
    ),
  };
}

/** `GroupReport.votes`: each group's votes, by scene in `sceneOrder` (other scenes after). */
export function votesOf(
  records: readonly ResultsRecord[],
  sceneOrder: readonly string[],
): GroupReport['votes'] {
  const scenes = new Map<string, GroupReport['votes']>(sceneOrder.map((id) => [id, []]));
  for (const record of records) {
    for (const v of record.votes ?? []) {
      entry(scenes, v.sceneId, () => []).push({
        sceneId: v.sceneId,
        counts: rankedRecord(new Map(Object.entries(v.counts))),
        chosen: v.chosen,
        override: v.override,
      });
    }
  }
  return [...scenes.values()].flat();
}
