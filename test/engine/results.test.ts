import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine/format/scenario';
import { MAX_FILE_CHARS } from '../../src/engine/json/limits';
import {
  RESULTS_CSV_COLUMNS,
  ResultsRecord,
  buildResultsRecord,
  canonicalJson,
  checkStatement,
  checksumOf,
  fnv1a64,
  importResults,
  isoDuration,
  resultsGroupToCsv,
  resultsToCsv,
  resultsToXapi,
  toCsv,
  type ResultsInput,
  type XapiStatement,
} from '../../src/engine/results/index';
import { playScenario } from '../../src/engine/run/headless';
import { scoreRun } from '../../src/engine/scoring/score';
import { SCORING_KEY_VERSION } from '../../src/engine/scoring/scoring-key';
import { fakeScenario } from '../fixtures/fake-scenario';
import { framework } from '../fixtures/framework';
import { readCsv } from '../fixtures/read-csv';
import { playTimed } from '../fixtures/timed-run';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const STARTED = '2025-04-01T06:40:00.000Z';
const ENDED = '2025-04-01T06:52:30.000Z';
const XAPI = { homepage: 'https://tynda.example', activityBase: 'https://tynda.example/xapi' };
const BASE = XAPI.activityBase;

/** The fake scenario with a red flag on the argumentative answer to Aigul's call. */
function flaggedScenario(): Scenario {
  const scenario = fakeScenario();
  const call = scenario.scenes[0] as Scenario['scenes'][number];
  const responses = (call.responses ?? []).map((r) => (r.id === 'argue' ? { ...r, redFlags: ['abuses-citizen'] } : r));
  return { ...scenario, scenes: [{ ...call, responses }, ...scenario.scenes.slice(1)] };
}

const play = playTimed;

/** The failing path: a timeout, waiting, then a statement composed from two fragments. */
function failedInput(overrides: Partial<ResultsInput> = {}): ResultsInput {
  const context = play(fakeScenario(), [{ timeout: true }, { respond: 'wait' }, { compose: ['calm', 'doing'] }], [undefined, 12_345, 95_000]);
  return { scenario: fakeScenario(), framework: framework(), context, pseudonym: 'Owl-17', level: 'C', mode: 'assessment', language: 'ru', startedAt: STARTED, endedAt: ENDED, ...overrides };
}

/** The resolving path, with a red flag raised by arguing. */
function flaggedInput(overrides: Partial<ResultsInput> = {}): ResultsInput {
  const context = play(flaggedScenario(), [{ respond: 'argue' }, { respond: 'inform' }, { compose: ['feel', 'doing'] }]);
  return { scenario: flaggedScenario(), framework: framework(), context, pseudonym: 'Айгүл', level: 'C', mode: 'practice', language: 'kk', startedAt: STARTED, endedAt: ENDED, ...overrides };
}

function resolvedInput(): ResultsInput {
  const context = play(fakeScenario(), [{ respond: 'empathise' }, { respond: 'inform' }], [4_000, 7_500]);
  return { scenario: fakeScenario(), framework: framework(), context, pseudonym: 'Heron', level: 'C', mode: 'practice', language: 'en', startedAt: STARTED, endedAt: ENDED };
}

/** A deep copy of a record as a plain JSON value, to damage. */
function editable(record: ResultsRecord): Record<string, unknown> & { profile: Record<string, unknown>[]; decisions: Record<string, unknown>[] } {
  return JSON.parse(JSON.stringify(record)) as never;
}


describe('results record', () => {
  it('builds from a real run, validates against its own schema and carries the checksum', () => {
    const input = failedInput();
    const record = buildResultsRecord(input);
    expect(ResultsRecord.safeParse(record).success).toBe(true);
    expect(record).toMatchObject({
      kind: 'tynda-results',
      formatVersion: 1,
      scenario: { id: 'fake', version: '1.0.0', title: 'Fake' },
      scoringKey: SCORING_KEY_VERSION,
      pseudonym: 'Owl-17',
      level: 'C',
      mode: 'assessment',
      language: 'ru',
      startedAt: STARTED,
      endedAt: ENDED,
      endingId: 'failed',
      outcome: 'failed',
    });
    expect(record.checksum).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
    expect(record.checksum).toBe(checksumOf(record));
    expect(record.votes).toBeUndefined();
    expect(record.feedback).toBeUndefined();
  });

  it('keeps decisions with in-story time, real time and timeouts', () => {
    const record = buildResultsRecord(failedInput());
    expect(record.decisions).toEqual([
      { sceneId: 'call', responseId: 'silence', clock: 10, elapsedMs: 20_000, timedOut: true },
      { sceneId: 'post', responseId: 'wait', clock: 40, elapsedMs: 12_345, timedOut: false },
      { sceneId: 'statement', responseId: null, fragmentIds: ['calm', 'doing'], clock: 70, elapsedMs: 95_000, timedOut: false },
    ]);
    const unmeasured = buildResultsRecord(failedInput({ context: play(fakeScenario(), [{ respond: 'empathise' }, { respond: 'inform' }]) }));
    expect(unmeasured.decisions.map((d) => d.elapsedMs)).toEqual([null, null]);
  });

  it('carries the profile scoreRun computes for the scenario’s competencies', () => {
    const input = failedInput();
    const record = buildResultsRecord(input);
    const expected = scoreRun(input.context.evidence, input.context.redFlags, framework(), 'C', ['EMP', 'INFO']);
    expect(record.profile.map((c) => c.competency)).toEqual(['EMP', 'INFO']);
    expect(record.profile.map(({ competency, rating, raw, observations, capped }) => ({ competency, rating, raw, observations, capped }))).toEqual(
      expected.competencies.map(({ competency, rating, raw, observations, capped }) => ({ competency, rating, raw, observations, capped })),
    );
    const info = record.profile.find((c) => c.competency === 'INFO');
    expect(info).toMatchObject({ rating: 1, observations: 4 });
    expect(info?.evidence.map((e) => [e.sceneId, e.indicator, e.sign])).toEqual([
      ['call', 'INFO.silence', -1],
      ['post', 'INFO.silence', -1],
      ['statement', 'INFO.withholds', -1],
      ['statement', 'INFO.known-unknown', 1],
    ]);
  });

  it('records red flags and the cap they put on a rating', () => {
    const record = buildResultsRecord(flaggedInput());
    const emp = record.profile.find((c) => c.competency === 'EMP');
    expect(emp).toMatchObject({ rating: 2, capped: true, redFlags: ['abuses-citizen'] });
    expect(record.outcome).toBe('partial');
    const call = buildResultsRecord(resolvedInput()).profile.find((c) => c.competency === 'EMP');
    expect(call?.evidence[0]).toEqual({ sceneId: 'call', indicator: 'EMP.acknowledges-feelings', weight: 2, sign: 1, tag: 'CERC-EMP' });
  });

  it('adds votes and feedback, and survives a JSON round trip unchanged', () => {
    const record = buildResultsRecord(
      failedInput({
        mode: 'seminar',
        votes: [{ sceneId: 'post', counts: { inform: 4, wait: 7 }, chosen: 'wait', override: false }],
        feedback: { realism: 4, relevance: 5, hardestSceneId: 'statement', comment: 'Сложно, но полезно', disputes: [{ sceneId: 'post', responseId: 'wait', reason: 'We had no facts yet' }] },
      }),
    );
    expect(ResultsRecord.safeParse(record).success).toBe(true);
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
    expect(checksumOf(JSON.parse(JSON.stringify(record)) as object)).toBe(record.checksum);
  });

  it('trims the pseudonym and refuses one that does not fit', () => {
    expect(buildResultsRecord(failedInput({ pseudonym: '  Owl  ' })).pseudonym).toBe('Owl');
    expect(() => buildResultsRecord(failedInput({ pseudonym: 'x'.repeat(41) }))).toThrow(/\/pseudonym.*1 to 40/);
    expect(() => buildResultsRecord(failedInput({ pseudonym: '   ' }))).toThrow(/\/pseudonym/);
    expect(() => buildResultsRecord(failedInput({ pseudonym: 'two\nlines' }))).toThrow(/line breaks/);
  });

  it('refuses a run that has not ended, a run of another scenario and an end before the start', () => {
    const unfinished = playScenario(fakeScenario(), [{ respond: 'empathise' }]).context;
    expect(() => buildResultsRecord(failedInput({ context: unfinished }))).toThrow(/not reached an ending/);
    expect(() => buildResultsRecord(failedInput({ scenario: fakeScenario({ id: 'other' }) }))).toThrow(/not other/);
    expect(() => buildResultsRecord(failedInput({ endedAt: '2025-04-01T06:00:00.000Z' }))).toThrow(/\/endedAt/);
    expect(() => buildResultsRecord(failedInput({ startedAt: 'this morning' }))).toThrow(/\/startedAt/);
  });

  it('hashes canonical JSON with FNV-1a 64', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
    // Multi-byte UTF-8 against a BigInt reference.
    const text = 'Айгүл 😀 ok';
    let h = 0xcbf29ce484222325n;
    for (const byte of new TextEncoder().encode(text)) h = BigInt.asUintN(64, (h ^ BigInt(byte)) * 0x100000001b3n);
    expect(fnv1a64(text)).toBe(h.toString(16).padStart(16, '0'));
    expect(canonicalJson({ b: 1, a: [true, null, { d: 'x', c: undefined }] })).toBe('{"a":[true,null,{"d":"x"}],"b":1}');
    const record = buildResultsRecord(failedInput());
    const reordered = Object.fromEntries(Object.entries(record).reverse());
    expect(checksumOf(reordered)).toBe(record.checksum);
    expect(checksumOf({ ...record, pseudonym: 'Owl-18' })).not.toBe(record.checksum);
  });
});

describe('importResults', () => {
  const record = buildResultsRecord(failedInput());
  const text = JSON.stringify(record, null, 2);
  const refused = (input: string) => {
    const outcome = importResults(input, 'owl.json');
    expect(outcome.ok).toBe(false);
    return outcome.ok ? '' : outcome.reason;
  };

  it('accepts an exported record, with or without a byte-order mark', () => {
    expect(importResults(JSON.stringify(record), 'owl.json')).toEqual({ ok: true, record });
    expect(importResults('\uFEFF' + text, 'owl.json')).toEqual({ ok: true, record });
  });

  it('refuses text that is not JSON, naming the file and the place', () => {
    const reason = refused('{ "kind": "tynda-results", }');
    expect(reason).toMatch(/^"owl\.json" cannot be imported: it is not valid JSON/);
    expect(reason).toMatch(/line 1, column \d+/);
    expect(refused('')).toMatch(/empty/);
  });

  it('refuses a list, a single value, another kind of file and a scenario', () => {
    expect(refused(JSON.stringify([record]))).toMatch(/holds a list, not a results record/);
    expect(refused('42')).toMatch(/single value/);
    expect(refused(JSON.stringify({ ...record, kind: 'tynda-progress' }))).toMatch(/not a Tyńda results file/);
    expect(refused(JSON.stringify(fakeScenario()))).toMatch(/is a scenario, not a results file/);
  });

  it('refuses a record from a newer Tyńda, saying so', () => {
    const reason = refused(JSON.stringify({ ...record, formatVersion: 2, somethingNew: true }));
    expect(reason).toMatch(/made by a newer Tyńda/);
    expect(reason).toMatch(/Update Tyńda/);
  });

  it('names the first bad field as a JSON pointer', () => {
    const missing = editable(record);
    delete missing.decisions[1]?.clock;
    expect(refused(JSON.stringify(missing))).toMatch(/the required field \/decisions\/1\/clock is missing/);
    const noPseudonym = editable(record);
    delete noPseudonym.pseudonym;
    expect(refused(JSON.stringify(noPseudonym))).toContain('/pseudonym');
    const wrongType = editable(record);
    (wrongType.profile[1] as Record<string, unknown>).rating = 'one';
    expect(refused(JSON.stringify(wrongType))).toContain('/profile/1/rating');
    const extra = editable(record);
    (extra.profile[0] as Record<string, unknown>).email = 'owl@example.org';
    expect(refused(JSON.stringify(extra))).toMatch(/\/profile\/0\/email does not belong/);
    expect(refused(JSON.stringify({ ...record, pseudonym: 'x'.repeat(41) }))).toMatch(/\/pseudonym.*1 to 40/);
  });

  it('refuses a record whose rating was changed after export', () => {
    const tampered = editable(record);
    (tampered.profile[1] as Record<string, unknown>).rating = 5;
    expect(ResultsRecord.safeParse(tampered).success).toBe(true);
    expect(refused(JSON.stringify(tampered))).toMatch(/the file was changed after it was exported/);
  });

  it('refuses an oversized file and a __proto__ key', () => {
    const huge = JSON.stringify({ ...record, padding: ' '.repeat(MAX_FILE_CHARS) });
    expect(refused(huge)).toMatch(/too large/);
    const poisoned = JSON.stringify(record).replace('{"kind"', '{"__proto__":{"admin":true},"kind"');
    expect(refused(poisoned)).toMatch(/"__proto__" is not allowed/);
  });

  it('never throws', () => {
    const inputs = [undefined, null, 42, '[[[[', '['.repeat(10_000), 'null', '{"kind":"tynda-results","formatVersion":"1"}', '{"kind":"tynda-results","formatVersion":1e400}'];
    for (const input of inputs) expect(importResults(input as unknown as string, 'x.json').ok).toBe(false);
  });
});

describe('results CSV', () => {
  it('starts with a BOM, ends lines in CRLF and has the header', () => {
    const csv = resultsToCsv(buildResultsRecord(failedInput()));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(csv.slice(1, csv.indexOf('\r\n'))).toBe(RESULTS_CSV_COLUMNS.join(','));
  });

  it('has one row per decision and one per competency', () => {
    const record = buildResultsRecord(failedInput());
    const [header, ...rows] = readCsv(resultsToCsv(record).slice(1));
    expect(header).toEqual([...RESULTS_CSV_COLUMNS]);
    expect(rows).toHaveLength(record.decisions.length + record.profile.length);
    const col = (row: string[] | undefined, name: (typeof RESULTS_CSV_COLUMNS)[number]) => row?.[RESULTS_CSV_COLUMNS.indexOf(name)];
    expect(rows.map((r) => col(r, 'record_type'))).toEqual(['decision', 'decision', 'decision', 'competency', 'competency']);
    expect(rows.slice(0, 3).map((r) => [col(r, 'scene_id'), col(r, 'response_id'), col(r, 'story_time'), col(r, 'seconds_taken'), col(r, 'timed_out')])).toEqual([
      ['call', 'silence', 'T+00:10', '20', 'true'],
      ['post', 'wait', 'T+00:40', '12', 'false'],
      ['statement', 'calm;doing', 'T+01:10', '95', 'false'],
    ]);
    expect(rows.slice(3).map((r) => [col(r, 'competency'), col(r, 'rating'), col(r, 'raw_score'), col(r, 'observations'), col(r, 'scene_id')])).toEqual([
      ['EMP', '', '-1.000', '1', ''],
      ['INFO', '1', '-0.600', '4', ''],
    ]);
    for (const row of rows) expect([col(row, 'pseudonym'), col(row, 'scenario_id'), col(row, 'scenario_version'), col(row, 'level'), col(row, 'mode'), col(row, 'language')]).toEqual(['Owl-17', 'fake', '1.0.0', 'C', 'assessment', 'ru']);
  });

  it('lists red flags and keeps Cyrillic', () => {
    const csv = resultsToCsv(buildResultsRecord(flaggedInput()));
    const rows = readCsv(csv.slice(1));
    const emp = rows.find((r) => r[0] === 'competency' && r[12] === 'EMP');
    expect(emp?.slice(13)).toEqual(['2', '0.200', '4', 'abuses-citizen']);
    expect(rows[1]?.[1]).toBe('Айгүл');
    expect(csv).toContain(',Айгүл,');
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    const csv = resultsToCsv(buildResultsRecord(failedInput({ pseudonym: 'Smith, "Jo"' })));
    expect(csv).toContain('\r\ndecision,"Smith, ""Jo""",fake,');
    expect(readCsv(csv.slice(1))[1]?.[1]).toBe('Smith, "Jo"');
    const comments = toCsv([
      ['id', 'comment'],
      ['1', 'line one\nline two'],
      ['2', 'carriage\r\nreturn, and "quotes"'],
      ['3', 'plain'],
    ]);
    expect(comments).toBe('\uFEFFid,comment\r\n1,"line one\nline two"\r\n2,"carriage\r\nreturn, and ""quotes"""\r\n3,plain\r\n');
    expect(readCsv(comments.slice(1))[2]).toEqual(['2', 'carriage\r\nreturn, and "quotes"']);
  });

  it('keeps a pseudonym from being read as a spreadsheet formula', () => {
    const rows = readCsv(resultsToCsv(buildResultsRecord(failedInput({ pseudonym: '=HYPERLINK("x")' }))).slice(1));
    expect(rows[1]?.[1]).toBe('\'=HYPERLINK("x")');
  });

  it('puts a group under one header', () => {
    const records = [buildResultsRecord(failedInput()), buildResultsRecord(resolvedInput())];
    const rows = readCsv(resultsGroupToCsv(records).slice(1));
    expect(rows.filter((r) => r[0] === 'record_type')).toHaveLength(1);
    expect(rows).toHaveLength(1 + 3 + 2 + 2 + 2);
  });
});

describe('xAPI statements', () => {
  const record = buildResultsRecord(failedInput());
  const statements = resultsToXapi(record, XAPI);
  const scenarioIri = `${BASE}/scenarios/fake`;

  it('starts with initialized, answers each decision and ends with completed', () => {
    expect(statements.map((s) => s.verb.id)).toEqual([
      'http://adlnet.gov/expapi/verbs/initialized',
      'http://adlnet.gov/expapi/verbs/answered',
      'http://adlnet.gov/expapi/verbs/answered',
      'http://adlnet.gov/expapi/verbs/answered',
      'http://adlnet.gov/expapi/verbs/completed',
    ]);
    expect(statements.map((s) => s.verb.display['en-US'])).toEqual(['initialized', 'answered', 'answered', 'answered', 'completed']);
    expect(statements[0]?.timestamp).toBe(STARTED);
    expect(statements.at(-1)?.timestamp).toBe(ENDED);
    const times = statements.map((s) => Date.parse(s.timestamp));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('passes checkStatement, with unique deterministic UUIDs', () => {
    for (const statement of statements) expect(checkStatement(statement)).toEqual([]);
    for (const statement of resultsToXapi(buildResultsRecord(flaggedInput()), XAPI)) expect(checkStatement(statement)).toEqual([]);
    const ids = statements.map((s) => s.id);
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
    expect(resultsToXapi(record, XAPI).map((s) => s.id)).toEqual(ids);
    expect(resultsToXapi(buildResultsRecord(failedInput({ pseudonym: 'Owl-18' })), XAPI)[0]?.id).not.toBe(ids[0]);
    expect(new Set(statements.map((s) => s.context.registration)).size).toBe(1);
    expect(statements[0]?.context.registration).toMatch(UUID_V4);
  });

  it('identifies the trainee by pseudonym on an account, never by e-mail', () => {
    for (const statement of statements) {
      expect(statement.actor).toEqual({ objectType: 'Agent', name: 'Owl-17', account: { homePage: 'https://tynda.example', name: 'Owl-17' } });
    }
    const json = JSON.stringify(statements);
    expect(json).not.toMatch(/mbox|mailto:|@/);
  });

  it('answers a scene with the response, its duration and the scenario as parent', () => {
    const answered = statements.slice(1, -1);
    expect(answered.map((s) => s.object.id)).toEqual([`${scenarioIri}/scenes/call`, `${scenarioIri}/scenes/post`, `${scenarioIri}/scenes/statement`]);
    expect(answered.map((s) => s.result?.response)).toEqual(['silence', 'wait', 'calm[,]doing']);
    expect(answered.map((s) => s.result?.duration)).toEqual(['PT20S', 'PT12.35S', 'PT1M35S']);
    expect(answered[0]?.result?.extensions).toEqual({ [`${BASE}/extensions/timed-out`]: true, [`${BASE}/extensions/story-minutes`]: 10 });
    for (const s of answered) {
      expect(s.object.definition.type).toBe('http://adlnet.gov/expapi/activities/cmi.interaction');
      expect(s.context.contextActivities?.parent.map((p) => p.id)).toEqual([scenarioIri]);
    }
    expect(statements[0]?.context.contextActivities).toBeUndefined();
  });

  it('completes the scenario with success, duration, ratings and ending', () => {
    const completed = statements.at(-1) as XapiStatement;
    expect(completed.object.id).toBe(scenarioIri);
    expect(completed.object.definition.name).toEqual({ 'en-US': 'Fake' });
    expect(completed.result).toMatchObject({ completion: true, success: false, duration: 'PT12M30S' });
    expect(completed.result?.extensions).toEqual({
      [`${BASE}/extensions/competency-profile`]: { EMP: null, INFO: 1 },
      [`${BASE}/extensions/ending`]: 'failed',
      [`${BASE}/extensions/outcome`]: 'failed',
    });
    const resolved = resultsToXapi(buildResultsRecord(resolvedInput()), { ...XAPI, activityBase: `${BASE}/` });
    expect(resolved.at(-1)?.result?.success).toBe(true);
    expect(resolved.at(-1)?.object.id).toBe(scenarioIri);
  });

  it('carries level, mode, language and scoring key in the context', () => {
    for (const s of statements) {
      expect(s.context.language).toBe('ru');
      expect(s.context.extensions).toEqual({
        [`${BASE}/extensions/level`]: 'C',
        [`${BASE}/extensions/mode`]: 'assessment',
        [`${BASE}/extensions/language`]: 'ru',
        [`${BASE}/extensions/scoring-key`]: SCORING_KEY_VERSION,
        [`${BASE}/extensions/scenario-version`]: '1.0.0',
      });
    }
  });

  it('refuses options that are not addresses', () => {
    expect(() => resultsToXapi(record, { ...XAPI, homepage: 'tynda.example' })).toThrow(RangeError);
    expect(() => resultsToXapi(record, { ...XAPI, activityBase: 'not an iri' })).toThrow(RangeError);
  });

  it('writes ISO 8601 durations', () => {
    expect([0, 12_345, 60_000, 3_723_000, 90_061_500].map(isoDuration)).toEqual(['PT0S', 'PT12.35S', 'PT1M', 'PT1H2M3S', 'PT25H1M1.5S']);
  });
});

describe('checkStatement', () => {
  const good = resultsToXapi(buildResultsRecord(failedInput()), XAPI)[1] as XapiStatement;
  const broken = (edit: (s: Record<string, unknown>) => void) => {
    const copy = JSON.parse(JSON.stringify(good)) as Record<string, unknown>;
    edit(copy);
    return checkStatement(copy);
  };

  it('catches an actor without exactly one identifier', () => {
    expect(broken((s) => delete (s.actor as Record<string, unknown>).account)).toEqual([expect.stringMatching(/^actor must have exactly one inverse functional identifier.*not 0$/)]);
    expect(broken((s) => ((s.actor as Record<string, unknown>).mbox = 'mailto:owl@example.org'))).toEqual([expect.stringMatching(/not 2$/)]);
    expect(broken((s) => ((s.actor as Record<string, unknown>).account = { homePage: 'tynda', name: '' }))).toHaveLength(2);
    expect(broken((s) => delete s.actor)).toEqual(['actor is missing']);
  });

  it('catches a verb without display or with a bad id', () => {
    expect(broken((s) => delete (s.verb as Record<string, unknown>).display)).toEqual([expect.stringMatching(/^verb\.display is missing/)]);
    expect(broken((s) => ((s.verb as Record<string, unknown>).display = 'answered'))).toEqual([expect.stringMatching(/language map/)]);
    expect(broken((s) => ((s.verb as Record<string, unknown>).display = { 'en US': 'answered' }))).toEqual([expect.stringMatching(/language tag/)]);
    expect(broken((s) => ((s.verb as Record<string, unknown>).id = 'answered'))).toEqual(['verb.id must be an IRI']);
  });

  it('catches a bad timestamp, id, object id, score and duration', () => {
    expect(broken((s) => (s.timestamp = 'yesterday'))).toEqual(['timestamp must be an ISO 8601 date and time']);
    expect(broken((s) => (s.timestamp = '2025-02-30T10:00:00Z'))).toEqual(['timestamp must be an ISO 8601 date and time']);
    expect(broken((s) => (s.id = 'statement-1'))).toEqual(['id must be a UUID']);
    expect(broken((s) => ((s.object as Record<string, unknown>).id = 'scene call'))).toEqual(['object.id must be an IRI']);
    expect(broken((s) => ((s.result as Record<string, unknown>).score = { scaled: 1.5 }))).toEqual(['result.score.scaled must be between -1 and 1']);
    expect(broken((s) => ((s.result as Record<string, unknown>).score = { scaled: -1, raw: 3, min: 1, max: 5 }))).toEqual([]);
    expect(broken((s) => ((s.result as Record<string, unknown>).duration = '12 seconds'))).toEqual([expect.stringMatching(/^result\.duration/)]);
    expect(broken((s) => ((s.result as Record<string, unknown>).duration = 'PT'))).toHaveLength(1);
    expect(broken((s) => ((s.context as Record<string, unknown>).registration = 'run-1'))).toEqual(['context.registration must be a UUID']);
    expect(broken((s) => ((s.context as Record<string, unknown>).extensions = { level: 'C' }))).toEqual([expect.stringMatching(/must be an IRI/)]);
    expect(broken((s) => (s.score = 1))).toEqual(['"score" is not a statement property']);
    expect(checkStatement('statement')).toEqual(['a statement must be an object']);
  });
});
