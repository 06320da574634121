import type { PostLevel } from '../format/constants';
import type { Lang } from '../format/text';
import {
  choicesOf,
  endingsOf,
  feedbackOf,
  ratingsOf,
  redFlagsOf,
  slowestOf,
  votesOf,
} from './aggregate-sections';
import { byId, byVersion, entry } from './aggregate-tally';
import type { ResultsRecord } from './results-record';

export { groupReportToCsv, GROUP_CSV_COLUMNS } from './aggregate-csv';
export { STATEMENT_KEY } from './aggregate-sections';

/** Which of a scenario's runs a group report covers; a field left out does not filter. */
export interface GroupFilter {
  /** Only runs scored for this post level. */
  level?: PostLevel;
  /** Only runs played in this language. */
  language?: Lang;
}

/** A rating distribution: how many runs got each rating 1–5, and how many had "not enough evidence". */
export interface RatingDistribution {
  1: number;
  2: number;
  3: number;
  4: number;
  5: number;
  none: number;
}

/** What a group of trainees did in one scenario, for the trainer's dashboard. */
export interface GroupReport {
  /** The scenario reported on. */
  scenarioId: string;
  /** The versions of the scenario the runs were played on, lowest first. */
  scenarioVersions: string[];
  /** How many runs the report covers (after the filter). */
  runs: number;
  /**
   * Per scene, in order of first appearance: how many chose each response (id → count, most chosen
   * first; a composed statement counts under the key "statement"), and how many times the scene was reached.
   */
  choices: { sceneId: string; reached: number; counts: Record<string, number> }[];
  /** How many runs ended at each ending, most frequent first. */
  endings: { endingId: string; outcome: string; count: number }[];
  /** Per competency, in order of first appearance: how many got each rating 1–5 and how many "not enough evidence". */
  ratings: { competency: string; distribution: RatingDistribution }[];
  /**
   * The decisions that took longest on average, in real seconds rounded to 0.1, top 5, slowest first;
   * `decisions` is how many measured decisions the average rests on (unmeasured ones are left out).
   */
  slowest: { sceneId: string; averageSeconds: number; decisions: number }[];
  /**
   * Red flags raised: in how many runs each flag was raised, most frequent first. Records keep red
   * flags per competency, not per scene, so `sceneId` is left undefined.
   */
  redFlags: { flag: string; sceneId?: string; count: number }[];
  /**
   * Trainees' feedback: how many gave any, average realism and relevance (1–5, two decimals; null when
   * nobody answered), how many found each scene hardest (most first), and the comments and disputes in
   * the order of the records.
   */
  feedback: {
    responses: number;
    realism: number | null;
    relevance: number | null;
    hardest: { sceneId: string; count: number }[];
    comments: { pseudonym: string; text: string }[];
    disputes: { pseudonym: string; sceneId: string; responseId: string; reason: string }[];
  };
  /**
   * Seminar votes, when the runs were group runs: each group's vote at each scene, scenes in order of
   * first appearance and groups in the order of the records; counts most votes first.
   */
  votes: { sceneId: string; counts: Record<string, number>; chosen: string; override: boolean }[];
}

/** Whether a record is a run of the scenario that passes the filter. */
function selected(record: ResultsRecord, scenarioId: string, filter: GroupFilter): boolean {
  return (
    record.scenario.id === scenarioId &&
    (filter.level === undefined || record.level === filter.level) &&
    (filter.language === undefined || record.language === filter.language)
  );
}

/**
 * Aggregates the results records of a group for the trainer's dashboard: the runs of `scenarioId` (all
 * its versions) that pass `filter`; records of other scenarios are ignored. Every list is in a fixed
 * order (see `GroupReport`), so the same records in the same order always give the same report. With
 * no matching runs, the report has `runs: 0`, empty lists and null averages.
 */
export function aggregateResults(
  records: readonly ResultsRecord[],
  scenarioId: string,
  filter: GroupFilter = {},
): GroupReport {
  const runs = records.filter((r) => selected(r, scenarioId, filter));
  const choices = choicesOf(runs);
  return {
    scenarioId,
    scenarioVersions: [...new Set(runs.map((r) => r.scenario.version))].sort(byVersion),
    runs: runs.length,
    choices,
    endings: endingsOf(runs),
    ratings: ratingsOf(runs),
    slowest: slowestOf(runs),
    redFlags: redFlagsOf(runs),
    feedback: feedbackOf(runs),
    votes: votesOf(
      runs,
      choices.map((c) => c.sceneId),
    ),
  };
}

/**
 * The scenarios the records are runs of, to choose one to report on: id, title (from the run of the
 * highest version; the first such record when several) and number of runs; most runs first, then by id.
 */
export function scenariosIn(
  records: readonly ResultsRecord[],
): { id: string; title: string; runs: number }[] {
  const scenarios = new Map<string, { version: string; title: string; runs: number }>();
  for (const record of records) {
    const { id, version, title } = record.scenario;
    const s = entry(scenarios, id, () => ({ version, title, runs: 0 }));
    s.runs++;
    if (byVersion(version, s.version) > 0) {
      s.version = version;
      s.title = title;
    }
  }
  return [...scenarios]
    .map(([id, s]) => ({ id, title: s.title, runs: s.runs }))
    .sort((a, b) => b.runs - a.runs || byId(a.id, b.id));
}
