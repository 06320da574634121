import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importTwine as importTwineRaw, type TwineImport as RawImport } from '../../src/engine/import/twine';
import { Scenario } from '../../src/engine/format/scenario';
import { validateScenarioValue } from '../../src/engine/validate/validate';
import { framework } from '../fixtures/framework';

/** The import with its English texts shown as plain strings (`raw` is what the importer returned). */
type TwineImport = RawImport & { raw: Record<string, unknown> };

function english(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(english);
  if (typeof value !== 'object' || value === null) return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === 'en') return (value as { en: unknown }).en;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, english(v)]));
}

function importTwine(text: string): TwineImport {
  const result = importTwineRaw(text);
  return { ...result, raw: result.scenario, scenario: english(result.scenario) as Record<string, unknown> };
}

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'twine');
const HTML = readFileSync(join(FIXTURES, 'spring-flood-call.html'), 'utf8');
const TWEE = readFileSync(join(FIXTURES, 'flood-shelter-rumour.twee'), 'utf8');

interface ImportedResponse { id: string; text: string; next: string; evidence: unknown[]; feedback: string }
interface ImportedScene { id: string; channel: string; text: string; responses: ImportedResponse[] }
interface ImportedEnding { id: string; outcome: string; title: string; debrief: string }

const scenesOf = (result: TwineImport): ImportedScene[] => result.scenario.scenes as ImportedScene[];
const endingsOf = (result: TwineImport): ImportedEnding[] => result.scenario.endings as ImportedEnding[];
const sceneOf = (result: TwineImport, id: string): ImportedScene => {
  const scene = scenesOf(result).find((s) => s.id === id);
  if (!scene) throw new Error(`no scene ${id}`);
  return scene;
};
const links = (scene: ImportedScene): { id: string; text: string; next: string }[] => scene.responses.map(({ id, text, next }) => ({ id, text, next }));
const notes = (result: TwineImport, kind: TwineImport['unmapped'][number]['kind']) => result.unmapped.filter((n) => n.kind === kind);

/** Validates the imported scenario against the bundled framework and returns the diagnostic codes by severity. */
function validate(result: TwineImport): { ok: boolean; errors: string[]; warnings: string[] } {
  const validation = validateScenarioValue(result.raw, framework());
  const codes = (severity: string) => validation.diagnostics.filter((d) => d.severity === severity).map((d) => `${d.code}: ${d.message}`);
  return { ok: validation.ok, errors: codes('error'), warnings: codes('warning') };
}

/** A small Twee story for the edge cases. */
const twee = (...passages: string[]): string => [':: StoryTitle', 'Edge case', '', ...passages].join('\n');

describe('importTwine: languages', () => {
  it('writes the texts as English and declares three languages, so the validator lists what to translate', () => {
    const result = importTwine(HTML);
    expect((result.raw.scenes as { text: unknown }[])[0]!.text).toEqual({ en: expect.any(String) });
    expect(validate(result).warnings.some((w) => w.startsWith('missing-translation: No Kazakh and Russian text here'))).toBe(true);
  });
});

describe('importTwine: published Twine 2 HTML (Harlowe)', () => {
  const result = importTwine(HTML);

  it('turns passages with links into scenes and passages without links into endings', () => {
    expect(scenesOf(result).map((s) => s.id)).toEqual(['start', 'reassure', 'facts', 'deflect']);
    expect(endingsOf(result).map((e) => e.id)).toEqual(['promise-a-boat', 'evacuation', 'complaint']);
    expect(endingsOf(result)[1]).toEqual({
      id: 'evacuation',
      outcome: 'partial',
      title: 'Evacuation',
      debrief: 'You name the nearest evacuation point, School No. 3 on Abai Street, and tell her the rescue crew has her address. At 07:20 the crew carries her husband to the boat. She thanks you by name.',
    });
  });

  it('fills the scenario fields as a skeleton for the trainer', () => {
    expect(result.scenario).toMatchObject({
      formatVersion: 2,
      id: 'spring-flood-call',
      version: '0.1.0',
      title: 'Spring Flood Call',
      postLevels: ['D'],
      competencies: ['EMP'],
      estimatedMinutes: 5,
      difficulty: 'introductory',
      languages: ['kk', 'ru', 'en'],
      cast: [],
      meters: [],
    });
    for (const field of ['summary', 'situation', 'role']) expect(result.scenario[field]).toMatch(/^TODO: /);
  });

  it('starts at the startnode passage', () => {
    expect(result.scenario.start).toBe('start');
    expect(importTwine(HTML.replace('startnode="1"', 'startnode="3"')).scenario.start).toBe('facts');
  });

  it('maps the ->, <- and | link forms to responses with the link text and target scene', () => {
    expect(links(sceneOf(result, 'start'))).toEqual([
      { id: 'r1', text: 'Acknowledge her fear', next: 'reassure' },
      { id: 'r2', text: 'Ask exactly where she is', next: 'facts' },
      { id: 'r3', text: 'Tell her to call 112', next: 'deflect' },
    ]);
  });

  it('maps a plain [[link]] to a response showing the passage name', () => {
    expect(links(sceneOf(result, 'reassure'))[0]).toEqual({ id: 'r1', text: 'Promise a boat', next: 'promise-a-boat' });
  });

  it('leaves evidence empty and asks the trainer for feedback', () => {
    for (const scene of scenesOf(result)) {
      for (const response of scene.responses) {
        expect(response.evidence).toEqual([]);
        expect(response.feedback).toMatch(/^TODO: .*evidence/);
      }
    }
  });

  it('decodes HTML entities and removes links from the scene text', () => {
    const text = sceneOf(result, 'start').text;
    expect(text).toBe(
      '06:40. The flood hotline rings. A woman\'s voice, close to tears: "The water is already at the door & rising. My husband can\'t walk. What do we do?"\n' +
        'The river gauge on your screen reads 4.2 m (< 4.5 m, the evacuation mark).',
    );
    expect(text).not.toMatch(/&(quot|amp|lt|gt|#39);|\[\[/);
  });

  it('reports every passage tags once', () => {
    expect(notes(result, 'tag').map((n) => n.passage)).toEqual(['Start', 'Reassure', 'Deflect', 'Promise a boat', 'Evacuation']);
    expect(notes(result, 'tag')[0]?.detail).toContain('"intro", "phone"');
  });

  it('strips Harlowe macros, their hooks and variables from the text and reports them', () => {
    expect(sceneOf(result, 'start').text).not.toContain('(set:');
    expect(sceneOf(result, 'reassure').text).not.toMatch(/\(if:|second call/);
    expect(endingsOf(result)[2]?.debrief).toBe('By noon the post has 300 shares. Journalists ask the press office why the hotline refuses calls. The hotline log shows call from her, and no call back.');
    expect(notes(result, 'macro').map((n) => [n.passage, n.detail.match(/"([^"]*)"/)?.[1]])).toEqual([
      ['Start', '(set: $calls to 1)'],
      ['Reassure', '(if: $calls > 1)[She reminds you that this is her second call.]'],
      ['Promise a boat', '(set: $promise to true)'],
      ['Complaint', '$calls'],
    ]);
  });

  it('removes leftover HTML tags and reports them as markup', () => {
    expect(sceneOf(result, 'facts').text).toBe('She gives her address: 14 Riverside Street, ground floor. You read it back to her and log it for the rescue crew.');
    const markup = notes(result, 'markup').filter((n) => n.passage !== '');
    expect(markup.map((n) => [n.passage, n.detail.match(/<\w+>/)?.[0]])).toEqual([
      ['Facts', '<b>'],
      ['Facts', '<br>'],
      ['Deflect', '<i>'],
    ]);
  });

  it('reports the story script and stylesheet, but not the story format engine', () => {
    expect(notes(result, 'script')).toEqual([{ passage: '', kind: 'script', detail: expect.stringContaining('JavaScript (1 line)') }]);
    expect(notes(result, 'stylesheet')).toEqual([{ passage: '', kind: 'stylesheet', detail: expect.stringContaining('stylesheet (2 lines)') }]);
  });

  it('sets every scene to the meeting channel and says so once', () => {
    expect(scenesOf(result).every((s) => s.channel === 'meeting')).toBe(true);
    expect(result.unmapped.filter((n) => n.detail.includes('"meeting"'))).toEqual([{ passage: '', kind: 'markup', detail: expect.stringContaining('choose each scene') }]);
  });

  it('validates without errors, and the warnings list the evidence still to add', () => {
    const { ok, errors, warnings } = validate(result);
    expect(errors).toEqual([]);
    expect(ok).toBe(true);
    expect(warnings.filter((w) => w.startsWith('no-evidence'))).toHaveLength(8);
  });
});

describe('importTwine: Twee 3 (SugarCube)', () => {
  const result = importTwine(TWEE);

  it('honours the StoryData start, though the start passage is not first', () => {
    expect(result.scenario.start).toBe('morning-briefing');
    expect(scenesOf(result).map((s) => s.id)).toEqual(['morning-briefing', 'confirm-numbers', 'quick-denial']);
    expect(endingsOf(result).map((e) => e.id)).toEqual(['shelter-full', 'trust-restored', 'volunteers']);
  });

  it('takes the title from StoryTitle and keeps script and stylesheet passages out of the scenes', () => {
    expect(result.scenario).toMatchObject({ id: 'flood-shelter-rumour', title: 'Flood Shelter Rumour' });
    expect(notes(result, 'script')).toHaveLength(1);
    expect(notes(result, 'stylesheet')).toHaveLength(1);
    expect(JSON.stringify(result.scenario)).not.toMatch(/Config\.history|font-family/);
  });

  it('maps all link forms', () => {
    expect(links(sceneOf(result, 'morning-briefing'))).toEqual([
      { id: 'r1', text: 'Check with the shelter manager', next: 'confirm-numbers' },
      { id: 'r2', text: 'Post a denial right away', next: 'quick-denial' },
      { id: 'r3', text: 'Wait and see', next: 'shelter-full' },
    ]);
    expect(links(sceneOf(result, 'quick-denial'))).toEqual([{ id: 'r1', text: 'Confirm Numbers', next: 'confirm-numbers' }]);
  });

  it('strips SugarCube macros, with the body of container macros, and reports them', () => {
    expect(sceneOf(result, 'morning-briefing').text).toMatch(/^08:15, operations room\. .*"The school shelter is full, don't bother going\."/);
    expect(sceneOf(result, 'confirm-numbers').text).toBe('The manager confirms: 40 free beds, hot meals, and space for pets.');
    expect(notes(result, 'macro').map((n) => n.passage)).toEqual(['Morning Briefing', 'Confirm Numbers']);
    expect(notes(result, 'macro')[1]?.detail).toContain('<<if $trust gt 40>>');
  });

  it('reports tags, ignoring the metadata block in the header', () => {
    expect(notes(result, 'tag').map((n) => n.passage)).toEqual(['Shelter Full', 'Morning Briefing', 'Confirm Numbers', 'Trust Restored', 'Volunteers']);
    expect(notes(result, 'tag')[1]?.detail).toContain('"briefing", "meeting"');
    expect(notes(result, 'tag')[1]?.detail).not.toContain('position');
  });

  it('validates without errors, and warns about the missing evidence', () => {
    const { ok, errors, warnings } = validate(result);
    expect(errors).toEqual([]);
    expect(ok).toBe(true);
    expect(warnings.some((w) => w.startsWith('no-evidence'))).toBe(true);
  });

  it('falls back to the passage named Start, and else to the first passage', () => {
    const noData = TWEE.replace(/:: StoryData[\s\S]*?\n}\n/, '');
    expect(importTwine(noData).scenario.start).toBe('shelter-full');
    expect(importTwine(noData.replace(':: Quick Denial', ':: Start')).scenario.start).toBe('start');
  });
});

describe('importTwine: problems in the story', () => {
  it('points a link to a missing passage at a placeholder ending and reports it', () => {
    const result = importTwine(twee(':: Start', 'The phone rings.', '[[Answer->Caller]]', '[[Hang up->Nowhere]]', '', ':: Caller', 'Thank you.'));
    expect(links(sceneOf(result, 'start'))).toEqual([
      { id: 'r1', text: 'Answer', next: 'caller' },
      { id: 'r2', text: 'Hang up', next: 'missing-nowhere' },
    ]);
    expect(endingsOf(result).find((e) => e.id === 'missing-nowhere')).toMatchObject({ outcome: 'partial', title: 'Nowhere', debrief: expect.stringMatching(/^TODO: .*"Nowhere"/) });
    expect(notes(result, 'link')).toEqual([{ passage: 'Start', kind: 'link', detail: expect.stringContaining('"Nowhere", which is not a passage') }]);
    expect(validate(result).errors).toEqual([]);
  });

  it('gives duplicate passage names distinct ids, reports them, and links to the first', () => {
    const result = importTwine(twee(':: Start', '[[Call]]', '', ':: Call', 'First version.', '', ':: Call', 'Second version.', '', ':: Call', 'Third version.'));
    expect(endingsOf(result).map((e) => [e.id, e.debrief])).toEqual([
      ['call', 'First version.'],
      ['call-2', 'Second version.'],
      ['call-3', 'Third version.'],
    ]);
    expect(links(sceneOf(result, 'start'))).toEqual([{ id: 'r1', text: 'Call', next: 'call' }]);
    expect(notes(result, 'duplicate-name')).toHaveLength(2);
    expect(notes(result, 'duplicate-name')[0]).toMatchObject({ passage: 'Call', detail: expect.stringContaining('"call-2"') });
    expect(validate(result).errors).toEqual([]);
  });

  it('derives valid ids from any passage name', () => {
    const result = importTwine(twee(':: Start', '[[2nd Call!]] [[Call back]] [[Call-back]] [[Звонок]] [[Café]]', ...['2nd Call!', 'Call back', 'Call-back', 'Звонок', 'Café'].map((n) => `:: ${n}\nEnd.`)));
    expect(endingsOf(result).map((e) => e.id)).toEqual(['p-2nd-call', 'call-back', 'call-back-2', 'passage', 'cafe']);
    expect(notes(result, 'duplicate-name')).toEqual([]);
    expect(validate(result).errors).toEqual([]);
  });

  it('gives a start passage without links a way to an ending', () => {
    const result = importTwine(twee(':: Start', 'Only text.'));
    expect(links(sceneOf(result, 'start'))).toEqual([{ id: 'r1', text: 'Continue', next: 'start-end' }]);
    expect(notes(result, 'link')).toHaveLength(1);
    expect(validate(result).errors).toEqual([]);
  });

  it('gives a loop of passages with no ending a way out', () => {
    const result = importTwine(twee(':: Start', '[[Ask again->Loop]]', '', ':: Loop', '[[Back->Start]]'));
    expect(endingsOf(result).map((e) => e.id)).toEqual(['start-end']);
    expect(links(sceneOf(result, 'start'))).toEqual([
      { id: 'r1', text: 'Ask again', next: 'loop' },
      { id: 'r2', text: 'Continue', next: 'start-end' },
    ]);
    expect(links(sceneOf(result, 'loop'))).toEqual([{ id: 'r1', text: 'Back', next: 'start' }]);
    expect(notes(result, 'link')).toEqual([{ passage: 'Start', kind: 'link', detail: expect.stringContaining('loop back') }]);
    expect(validate(result).errors).toEqual([]);
  });

  it('keeps at most 9 responses and reports the rest', () => {
    const targets = Array.from({ length: 11 }, (_, i) => `Option ${i + 1}`);
    const result = importTwine(twee(':: Start', targets.map((t) => `[[${t}]]`).join('\n'), ...targets.map((t) => `:: ${t}\nDone.`)));
    expect(sceneOf(result, 'start').responses).toHaveLength(9);
    expect(notes(result, 'link')[0]?.detail).toContain('"Option 10", "Option 11"');
    expect(validate(result).errors).toEqual([]);
  });

  it('reports SugarCube link setters and HTML comments', () => {
    const result = importTwine(twee(':: Start', '<!-- draft --><<set $x to 1>>Hi $name.', '[[Go|End][$went to true]]', ':: End', 'Bye.'));
    expect(sceneOf(result, 'start').text).toBe('Hi .');
    expect(links(sceneOf(result, 'start'))).toEqual([{ id: 'r1', text: 'Go', next: 'end' }]);
    expect(notes(result, 'macro').map((n) => n.detail.split(' was')[0])).toEqual(['Link setter "[$went to true]" on the link to "End"', 'Macro "<<set $x to 1>>"', 'Variable "$name"']);
    expect(notes(result, 'markup').some((n) => n.detail.includes('comment'))).toBe(true);
  });
});

describe('importTwine: input that is not a Twine story', () => {
  it.each(['', 'hello', '<html>', '<html><body><p>Not a story</p></body></html>', '<tw-storydata name="Empty" startnode="1"></tw-storydata>', '{"formatVersion": 2}'])(
    'never throws on %j, and explains why in a minimal valid scenario',
    (input) => {
      const result = importTwine(input);
      expect(result.unmapped[0]).toMatchObject({ passage: '', kind: 'markup', detail: expect.stringMatching(/Twine/) });
      expect(validate(result).errors).toEqual([]);
    },
  );

  it('never throws and always yields a scenario without validation errors, whatever the text', () => {
    const fragment = fc.constantFrom('[[', ']]', '->', '<-', '|', ':: ', '\n', '(set: $x to 1)', '(if: $x)[', '<<if $x>>', '<</if>>', '<b>', '&amp;', '&#0;', '&#x110000;', 'Start', '[', ']', '{', '"', '<tw-passagedata name="A">', 'x');
    const name = fc.constantFrom('Start', 'Call', 'Call back', 'Call-back', '2nd', 'Звонок', 'Nowhere');
    const body = fc.array(fc.oneof(name.map((n) => `[[${n}]]`), name.map((n) => `[[Go->${n}]]`), fragment), { maxLength: 12 }).map((parts) => parts.join(' '));
    const story = fc.array(fc.tuple(name, body), { minLength: 1, maxLength: 6 }).map((passages) => passages.map(([n, b]) => `:: ${n}\n${b}`).join('\n'));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(fragment).map((parts) => parts.join('')), story), (text) => {
        const result = importTwine(text);
        expect(Scenario.safeParse(result.scenario).success).toBe(true);
        expect(validate(result).errors).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
