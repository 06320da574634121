import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine/format/scenario';
import {
  CSV_BOM,
  GROUP_CSV_COLUMNS,
  aggregateResults,
  buildResultsRecord,
  groupReportToCsv,
  scenariosIn,
  type ResultsInput,
  type ResultsRecord,
} from '../../src/engine/results/index';
import type { Move } from '../../src/engine/run/headless';
import { fakeScenario } from '../fixtures/fake-scenario';
import { framework } from '../fixtures/framework';
import { readCsv } from '../fixtures/read-csv';
import { playTimed } from '../fixtures/timed-run';

const STARTED = '2025-04-01T06:40:00.000Z';
const ENDED = '2025-04-01T06:52:30.000Z';

/** The fake scenario with a red flag on the argumentative answer to Aigul's call. */
function flaggedScenario(): Scenario {
  const scenario = fakeScenario();
  const call = scenario.scenes[0] as Scenario['scenes'][number];
  const responses = (call.responses ?? []).map((r) =>
    r.id === 'argue' ? { ...r, redFlags: ['abuses-citizen'] } : r,
  );
  return { ...scenario, scenes: [{ ...call, responses }, ...scenario.scenes.slice(1)] };
}

/** The record of a real run of `scenario`; `elapsedMs` is the real time per decision the player measured. */
function record(
  scenario: Scenario,
  moves: Move[],
  elapsedMs: (number | undefined)[],
  input: Omit<ResultsInput, 'scenario' | 'framework' | 'context' | 'startedAt' | 'endedAt'> &
    Partial<ResultsInput>,
): ResultsRecord {
  return buildResultsRecord({
    scenario,
    framework: framework(),
    context: playTimed(scenario, moves, elapsedMs),
    startedAt: STARTED,
    endedAt: ENDED,
    ...input,
  });
}

/** Level C, Russian: times out at the call, waits, composes a soothing statement; ends "failed". */
const owl = record(
  fakeScenario(),
  [{ timeout: true }, { respond: 'wait' }, { compose: ['calm', 'doing'] }],
  [undefined, 12_345, 95_000],
  {
    pseudonym: 'Owl-17',
    level: 'C',
    mode: 'assessment',
    language: 'ru',
  },
);

/** Level C, Kazakh: argues (a red flag), informs, composes; ends "partial"; gives feedback with a dispute. */
const aigul = record(
  flaggedScenario(),
  [{ respond: 'argue' }, { respond: 'inform' }, { compose: ['feel', 'doing'] }],
  [30_000, 8_000, 60_000],
  {
    pseudonym: 'Айгүл',
    level: 'C',
    mode: 'practice',
    language: 'kk',
    feedback: {
      realism: 4,
      relevance: 5,
      hardestSceneId: 'statement',
      comment: '  Сложно, но полезно ',
      disputes: [{ sceneId: 'call', responseId: 'argue', reason: 'Facts matter, "too"' }],
    },
  },
);

/** Level B, English: empathises and informs; ends "resolved"; feedback without relevance, with a formula-like comment. */
const heron = record(
  fakeScenario(),
  [{ respond: 'empathise' }, { respond: 'inform' }],
  [4_000, 7_500],
  {
    pseudonym: 'Heron',
    level: 'B',
    mode: 'practice',
    language: 'en',
    feedback: {
      realism: 2,
      hardestSceneId: 'call',
      comment: '=HYPERLINK("http://evil")',
      disputes: [
        { sceneId: 'post', responseId: 'inform', reason: 'We had no facts yet' },
        { sceneId: 'call', responseId: 'empathise', reason: '-too soft' },
      ],
    },
  },
);

/** Level D, Russian, a seminar group: empathises, waits, composes; ends "failed"; votes at two scenes, one overridden. */
const group = record(
  fakeScenario(),
  [{ respond: 'empathise' }, { respond: 'wait' }, { compose: ['feel', 'doing'] }],
  [15_000, 40_000, 120_000],
  {
    pseudonym: 'Group 1',
    level: 'D',
    mode: 'seminar',
    language: 'ru',
    votes: [
      { sceneId: 'post', counts: { wait: 3, inform: 6 }, chosen: 'wait', override: true },
      {
        sceneId: 'call',
        counts: { argue: 2, empathise: 7, silence: 0 },
        chosen: 'empathise',
        override: false,
      },
    ],
    feedback: { disputes: [], comment: '   ' },
  },
);

/** Runs of another scenario, in two versions. */
const other = (version: string, title: string, pseudonym: string) =>
  record(
    fakeScenario({ id: 'other', version, title: { en: title } }),
    [{ respond: 'empathise' }, { respond: 'inform' }],
    [],
    { pseudonym, level: 'C', mode: 'practice', language: 'en' },
  );
const lark = other('1.10.0', 'Other, revised', 'Lark');
const wren = other('1.9.0', 'Other', 'Wren');
const finch = other('1.9.0', 'Other', 'Finch');

const all = [owl, lark, aigul, heron, wren, group, finch];

describe('aggregateResults', () => {
  const report = aggregateResults(all, 'fake');

  it('covers the runs of the scenario only, with their versions', () => {
    expect(report.scenarioId).toBe('fake');
    expect(report.runs).toBe(4);
    expect(report.scenarioVersions).toEqual(['1.0.0']);
    expect(aggregateResults(all, 'other').scenarioVersions).toEqual(['1.9.0', '1.10.0']);
    expect(aggregateResults(all, 'other').runs).toBe(3);
  });

  it('counts the responses chosen and how often each scene was reached', () => {
    expect(report.choices).toEqual([
      { sceneId: 'call', reached: 4, counts: { empathise: 2, argue: 1, silence: 1 } },
      { sceneId: 'post', reached: 4, counts: { inform: 2, wait: 2 } },
      { sceneId: 'statement', reached: 3, counts: { statement: 3 } },
    ]);
    // Keys run most chosen first, then by id.
    expect(report.choices.map((c) => Object.keys(c.counts))).toEqual([
      ['empathise', 'argue', 'silence'],
      ['inform', 'wait'],
      ['statement'],
    ]);
  });

  it('orders scenes by first appearance', () => {
    const heronFirst = aggregateResults([heron, owl], 'fake');
    expect(heronFirst.choices.map((c) => c.sceneId)).toEqual(['call', 'post', 'statement']);
    expect(heronFirst.choices[2]).toEqual({
      sceneId: 'statement',
      reached: 1,
      counts: { statement: 1 },
    });
  });

  it('counts endings, most frequent first', () => {
    expect(report.endings).toEqual([
      { endingId: 'failed', outcome: 'failed', count: 2 },
      { endingId: 'partial', outcome: 'partial', count: 1 },
      { endingId: 'resolved', outcome: 'resolved', count: 1 },
    ]);
  });

  it('builds each competency’s rating distribution, "not enough evidence" included', () => {
    expect(report.ratings.map((r) => r.competency)).toEqual(['EMP', 'INFO']);
    for (const { competency, distribution } of report.ratings) {
      const expected = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, none: 0 };
      for (const r of [owl, aigul, heron, group]) {
        const rating = r.profile.find((c) => c.competency === competency)?.rating;
        if (rating === null) expected.none++;
        else if (rating !== undefined) expected[rating]++;
      }
      expect(distribution).toEqual(expected);
    }
    expect(report.ratings).toEqual([
      { competency: 'EMP', distribution: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 1, none: 2 } },
      { competency: 'INFO', distribution: { 1: 1, 2: 0, 3: 0, 4: 0, 5: 1, none: 2 } },
    ]);
    expect(aggregateResults(all, 'fake', { level: 'C' }).ratings).toEqual([
      { competency: 'EMP', distribution: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 0, none: 1 } },
      { competency: 'INFO', distribution: { 1: 1, 2: 0, 3: 0, 4: 0, 5: 1, none: 0 } },
    ]);
    for (const r of report.ratings)
      expect(Object.values(r.distribution).reduce((s, n) => s + n, 0)).toBe(4);
  });

  it('lists the slowest decisions on average, leaving out unmeasured ones', () => {
    // call: 20 (timed out), 30, 4, 15 → 17.25; post: 12.345, 8, 7.5, 40 → 16.96; statement: 95, 60, 120 → 91.67.
    expect(report.slowest).toEqual([
      { sceneId: 'statement', averageSeconds: 91.7, decisions: 3 },
      { sceneId: 'call', averageSeconds: 17.3, decisions: 4 },
      { sceneId: 'post', averageSeconds: 17, decisions: 4 },
    ]);
    // The other scenario's runs were not timed at all.
    expect(aggregateResults(all, 'other').slowest).toEqual([]);
  });

  it('keeps the top five slowest, ties by scene id', () => {
    const scenes = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const seconds = [5, 9, 1, 9, 7, 3, 2];
    const decisions = scenes.map((sceneId, i) => ({
      sceneId,
      responseId: 'x',
      clock: i,
      elapsedMs: (seconds[i] ?? 0) * 1000,
      timedOut: false,
    }));
    const long = { ...owl, decisions };
    expect(
      aggregateResults([long], 'fake').slowest.map((s) => [s.sceneId, s.averageSeconds]),
    ).toEqual([
      ['b', 9],
      ['d', 9],
      ['e', 7],
      ['a', 5],
      ['f', 3],
    ]);
  });

  it('counts red flags by the runs that raised them, without a scene the record does not keep', () => {
    expect(report.redFlags).toEqual([{ flag: 'abuses-citizen', count: 1 }]);
    expect(report.redFlags[0]?.sceneId).toBeUndefined();
    expect(aggregateResults([aigul, { ...aigul, pseudonym: 'Copy' }], 'fake').redFlags).toEqual([
      { flag: 'abuses-citizen', count: 2 },
    ]);
  });

  it('averages feedback and lists hardest scenes, comments and disputes', () => {
    expect(report.feedback).toEqual({
      responses: 3,
      realism: 3,
      relevance: 5,
      hardest: [
        { sceneId: 'call', count: 1 },
        { sceneId: 'statement', count: 1 },
      ],
      comments: [
        { pseudonym: 'Айгүл', text: 'Сложно, но полезно' },
        { pseudonym: 'Heron', text: '=HYPERLINK("http://evil")' },
      ],
      disputes: [
        { pseudonym: 'Айгүл', sceneId: 'call', responseId: 'argue', reason: 'Facts matter, "too"' },
        {
          pseudonym: 'Heron',
          sceneId: 'post',
          responseId: 'inform',
          reason: 'We had no facts yet',
        },
        { pseudonym: 'Heron', sceneId: 'call', responseId: 'empathise', reason: '-too soft' },
      ],
    });
    const none = aggregateResults([owl], 'fake').feedback;
    expect(none).toEqual({
      responses: 0,
      realism: null,
      relevance: null,
      hardest: [],
      comments: [],
      disputes: [],
    });
  });

  it('rounds feedback averages to two decimals', () => {
    const fb = (realism: 1 | 2 | 3 | 4 | 5) => ({ ...owl, feedback: { realism, disputes: [] } });
    expect(aggregateResults([fb(4), fb(4), fb(5)], 'fake').feedback).toMatchObject({
      responses: 3,
      realism: 4.33,
      relevance: null,
    });
  });

  it('lists seminar votes by scene, most votes first', () => {
    expect(report.votes).toEqual([
      {
        sceneId: 'call',
        counts: { empathise: 7, argue: 2, silence: 0 },
        chosen: 'empathise',
        override: false,
      },
      { sceneId: 'post', counts: { inform: 6, wait: 3 }, chosen: 'wait', override: true },
    ]);
    expect(Object.keys(report.votes[1]?.counts ?? {})).toEqual(['inform', 'wait']);
    expect(aggregateResults(all, 'fake', { level: 'C' }).votes).toEqual([]);
  });

  it('filters by level and by language', () => {
    const levelC = aggregateResults(all, 'fake', { level: 'C' });
    expect(levelC.runs).toBe(2);
    expect(levelC.choices[0]).toEqual({
      sceneId: 'call',
      reached: 2,
      counts: { argue: 1, silence: 1 },
    });
    expect(levelC.endings.map((e) => e.endingId)).toEqual(['failed', 'partial']);
    expect(levelC.feedback.disputes.map((d) => d.pseudonym)).toEqual(['Айгүл']);

    const russian = aggregateResults(all, 'fake', { language: 'ru' });
    expect(russian.runs).toBe(2);
    expect(russian.endings).toEqual([{ endingId: 'failed', outcome: 'failed', count: 2 }]);
    expect(russian.choices.find((c) => c.sceneId === 'post')?.counts).toEqual({ wait: 2 });
    expect(russian.feedback.responses).toBe(1);
    expect(russian.feedback.comments).toEqual([]);

    const both = aggregateResults(all, 'fake', { level: 'C', language: 'ru' });
    expect(both.runs).toBe(1);
    expect(both.endings).toEqual([{ endingId: 'failed', outcome: 'failed', count: 1 }]);
    expect(
      aggregateResults(all, 'fake', { level: 'B', language: 'en' }).choices[1]?.counts,
    ).toEqual({ inform: 1 });
  });

  it('gives an empty report when no run matches', () => {
    for (const empty of [
      aggregateResults(all, 'fake', { level: 'B', language: 'ru' }),
      aggregateResults([], 'fake'),
      aggregateResults(all, 'missing'),
    ]) {
      expect(empty).toMatchObject({
        runs: 0,
        scenarioVersions: [],
        choices: [],
        endings: [],
        ratings: [],
        slowest: [],
        redFlags: [],
        votes: [],
      });
      expect(empty.feedback).toEqual({
        responses: 0,
        realism: null,
        relevance: null,
        hardest: [],
        comments: [],
        disputes: [],
      });
    }
  });

  it('does not change the records and gives the same report twice', () => {
    const before = JSON.stringify(all);
    expect(aggregateResults(all, 'fake')).toEqual(report);
    expect(JSON.stringify(all)).toBe(before);
  });
});

describe('scenariosIn', () => {
  it('lists each scenario once with its runs, most runs first, titled by its highest version', () => {
    expect(scenariosIn(all)).toEqual([
      { id: 'fake', title: 'Fake', runs: 4 },
      { id: 'other', title: 'Other, revised', runs: 3 },
    ]);
    expect(scenariosIn([wren, lark])).toEqual([{ id: 'other', title: 'Other, revised', runs: 2 }]);
    expect(scenariosIn([owl, lark])).toEqual([
      { id: 'fake', title: 'Fake', runs: 1 },
      { id: 'other', title: 'Other, revised', runs: 1 },
    ]);
    expect(scenariosIn([])).toEqual([]);
  });
});


describe('groupReportToCsv', () => {
  const csv = groupReportToCsv(aggregateResults(all, 'fake'));
  const [header, ...rows] = readCsv(csv.slice(CSV_BOM.length));
  const section = (name: string) => rows.filter((r) => r[0] === name).map((r) => r.slice(1));

  it('starts with the byte-order mark and a header with "section" first', () => {
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(header).toEqual([...GROUP_CSV_COLUMNS]);
    expect(header?.[0]).toBe('section');
    for (const row of rows) expect(row).toHaveLength(GROUP_CSV_COLUMNS.length);
  });

  it('writes the sections in order', () => {
    const order = [...new Set(rows.map((r) => r[0]))];
    expect(order).toEqual([
      'choice',
      'ending',
      'rating',
      'slowest',
      'red_flag',
      'dispute',
      'comment',
    ]);
  });

  it('writes choices, endings, ratings, slowest and red flags', () => {
    //                          scene_id, id, outcome, value, count, reached, pseudonym, text
    expect(section('choice')).toEqual([
      ['call', 'empathise', '', '', '2', '4', '', ''],
      ['call', 'argue', '', '', '1', '4', '', ''],
      ['call', 'silence', '', '', '1', '4', '', ''],
      ['post', 'inform', '', '', '2', '4', '', ''],
      ['post', 'wait', '', '', '2', '4', '', ''],
      ['statement', 'statement', '', '', '3', '3', '', ''],
    ]);
    expect(section('ending')).toEqual([
      ['', 'failed', 'failed', '', '2', '', '', ''],
      ['', 'partial', 'partial', '', '1', '', '', ''],
      ['', 'resolved', 'resolved', '', '1', '', '', ''],
    ]);
    const ratings = section('rating');
    expect(ratings).toHaveLength(12);
    expect(ratings.slice(0, 6).map((r) => [r[1], r[3]])).toEqual(
      ['1', '2', '3', '4', '5', 'none'].map((v) => ['EMP', v]),
    );
    expect(ratings.reduce((s, r) => s + Number(r[4]), 0)).toBe(8);
    expect(section('slowest')).toEqual([
      ['statement', '', '', '91.7', '3', '', '', ''],
      ['call', '', '', '17.3', '4', '', '', ''],
      ['post', '', '', '17.0', '4', '', '', ''],
    ]);
    expect(section('red_flag')).toEqual([['', 'abuses-citizen', '', '', '1', '', '', '']]);
  });

  it('writes disputes and comments, quoted and guarded against formulas', () => {
    expect(section('dispute')).toEqual([
      ['call', 'argue', '', '', '', '', 'Айгүл', 'Facts matter, "too"'],
      ['post', 'inform', '', '', '', '', 'Heron', 'We had no facts yet'],
      ['call', 'empathise', '', '', '', '', 'Heron', "'-too soft"],
    ]);
    expect(section('comment')).toEqual([
      ['', '', '', '', '', '', 'Айгүл', 'Сложно, но полезно'],
      ['', '', '', '', '', '', 'Heron', `'=HYPERLINK("http://evil")`],
    ]);
    expect(csv).toContain('"Facts matter, ""too"""');
  });

  it('writes only the header for an empty report', () => {
    expect(groupReportToCsv(aggregateResults([], 'fake'))).toBe(
      CSV_BOM + GROUP_CSV_COLUMNS.join(',') + '\r\n',
    );
  });
});
