/**
 * Imports a Twine 2 story (published HTML or Twee 3) as a Tyńda scenario skeleton: passages become
 * scenes, links become responses, passages without links become endings. What Tyńda cannot express
 * (tags, macros, markup, code) is listed for the trainer instead of being guessed at.
 */
import { readTwineStory, type TwinePassage, type TwineStory } from './twine-story';
import { cleanPassage, tidy, type TwineLink, type TwineNote } from './twine-text';

/** The result of importing a Twine story. */
export interface TwineImport {
  /** The scenario skeleton (format 2). It validates structurally; the validator's warnings tell the trainer what to add. */
  scenario: Record<string, unknown>;
  /** What could not be mapped, for the trainer: one entry per problem (`passage` is empty when it concerns the whole story). */
  unmapped: { passage: string; kind: 'tag' | 'macro' | 'markup' | 'link' | 'script' | 'stylesheet' | 'duplicate-name'; detail: string }[];
}

/** Placeholder texts that tell the trainer what to write. */
const TODO = {
  title: 'Imported Twine story',
  summary: 'TODO: one or two sentences for the library card: the crisis and what the trainee practises.',
  situation: 'TODO: the briefing: what has happened, where and when, and what the trainee knows at the start.',
  role: 'TODO: the trainee\'s role, e.g. "Press secretary of the district akimat".',
  feedback: 'TODO: say why this response works or fails, citing the doctrine rule, then add evidence (indicators from the framework) so that it can be scored.',
  text: 'TODO: this passage had no text; write what happens or what is said to the trainee.',
  debrief: 'TODO: write what happened next and what the trainee can learn from it.',
};

/** At most this many responses per scene (one per number key). */
const MAX_RESPONSES = 9;

/** A scene or ending id from a name: lower case, ASCII letters and digits joined by '-', starting with a letter. */
function slug(name: string, fallback: string): string {
  const plain = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const s = plain.replace(/[^a-z0-9]+/g, '-').replace(/^-+/, '').slice(0, 60).replace(/-+$/, '');
  if (!s) return fallback;
  return /^[0-9]/.test(s) ? `p-${s}` : s;
}

/** Hands out ids that are unique among scenes and endings, adding -2, -3… on collisions. */
class Ids {
  private readonly used = new Set<string>();
  take(base: string): string {
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

/** A scene as built. */
interface SceneDraft {
  id: string;
  channel: 'meeting';
  text: string;
  responses: { id: string; text: string; next: string; evidence: never[]; feedback: string }[];
}

/** An ending as built. */
interface EndingDraft {
  id: string;
  outcome: 'partial';
  title: string;
  debrief: string;
}

/** A response the trainer still has to write evidence and feedback for. */
function response(index: number, text: string, next: string): SceneDraft['responses'][number] {
  return { id: `r${index + 1}`, text, next, evidence: [], feedback: TODO.feedback };
}

/** Index of the start passage: the one the story names, else "Start", else the first. */
function startIndexOf(story: TwineStory, passages: readonly TwinePassage[], notes: TwineNote[]): number {
  const named = passages.findIndex((p) => p.name === story.startName);
  if (named >= 0) return named;
  if (story.startName !== undefined) {
    notes.push({ passage: story.startName, kind: 'link', detail: `The story starts at "${story.startName}", which is not a passage; the scenario starts at the passage named "Start", or else the first passage.` });
  }
  return Math.max(0, passages.findIndex((p) => p.name === 'Start'));
}

/**
 * Gives a way out to every scene from which no ending can be reached (the start passage without links,
 * or a loop of passages that only link to each other), one scene at a time, so that no run can circle for ever.
 */
function openDeadEnds(scenes: SceneDraft[], endings: EndingDraft[], names: ReadonlyMap<string, string>, ids: Ids, notes: TwineNote[]): void {
  for (;;) {
    const canEnd = new Set(endings.map((e) => e.id));
    for (let grew = true; grew; ) {
      grew = false;
      for (const scene of scenes) {
        if (!canEnd.has(scene.id) && scene.responses.some((r) => canEnd.has(r.next))) {
          canEnd.add(scene.id);
          grew = true;
        }
      }
    }
    const stuck = scenes.find((s) => !canEnd.has(s.id));
    if (!stuck) return;
    const passage = names.get(stuck.id) ?? stuck.id;
    const end = ids.take(`${stuck.id}-end`);
    endings.push({ id: end, outcome: 'partial', title: passage || end, debrief: TODO.debrief });
    if (stuck.responses.length >= MAX_RESPONSES) stuck.responses.pop();
    stuck.responses.push(response(stuck.responses.length, 'Continue', end));
    notes.push({ passage, kind: 'link', detail: `No ending can be reached from this passage (it is the start and has no links, or its links only loop back): a "Continue" response to the placeholder ending "${end}" was added.` });
  }
}

/** Maps one story to a scenario, adding to `notes` what it could not map. */
function buildScenario(story: TwineStory, notes: TwineNote[]): Record<string, unknown> {
  const passages: TwinePassage[] = story.passages.length > 0 ? story.passages : [{ name: 'Start', tags: [], source: '' }];
  const ids = new Ids();
  const idByName = new Map<string, string>();
  const names = new Map<string, string>();
  const passageIds = passages.map((p) => {
    const id = ids.take(slug(p.name, 'passage'));
    const first = idByName.get(p.name);
    if (first === undefined) idByName.set(p.name, id);
    else notes.push({ passage: p.name, kind: 'duplicate-name', detail: `Another passage is also named "${p.name}": this one became scene "${id}", and links to the name lead to "${first}". Rename one of them.` });
    names.set(id, p.name);
    return id;
  });
  const startIndex = startIndexOf(story, passages, notes);

  const scenes: SceneDraft[] = [];
  const endings: EndingDraft[] = [];
  const missing = new Map<string, string>();
  const targetOf = (passage: string, link: TwineLink): string => {
    const known = idByName.get(link.target);
    if (known !== undefined) return known;
    let id = missing.get(link.target);
    if (id === undefined) {
      id = ids.take(`missing-${slug(link.target, 'passage')}`);
      missing.set(link.target, id);
      endings.push({ id, outcome: 'partial', title: link.target, debrief: `TODO: the Twine story linked to a passage "${link.target}" that does not exist. Write this ending, or point the response at another scene.` });
    }
    notes.push({ passage, kind: 'link', detail: `The link "${link.text}" leads to "${link.target}", which is not a passage; it now ends at the placeholder ending "${id}".` });
    return id;
  };

  passages.forEach((p, i) => {
    const id = passageIds[i] ?? p.name;
    if (p.tags.length > 0) {
      const list = p.tags.map((t) => `"${t}"`).join(', ');
      const what = p.tags.length === 1 ? `Tag ${list} was` : `Tags ${list} were`;
      notes.push({ passage: p.name, kind: 'tag', detail: `${what} not imported: scenes have no tags; set the scene's channel, speaker or clock instead.` });
    }
    const clean = cleanPassage(p.name, p.source);
    notes.push(...clean.notes);
    if (clean.links.length === 0 && i !== startIndex) {
      endings.push({ id, outcome: 'partial', title: p.name || id, debrief: clean.text || TODO.debrief });
      return;
    }
    if (clean.links.length > MAX_RESPONSES) {
      const dropped = clean.links.slice(MAX_RESPONSES).map((l) => `"${l.target}"`).join(', ');
      notes.push({ passage: p.name, kind: 'link', detail: `The passage has ${clean.links.length} links but a scene offers at most ${MAX_RESPONSES} responses: the links to ${dropped} were left out.` });
    }
    const responses = clean.links.slice(0, MAX_RESPONSES).map((link, r) => response(r, link.text, targetOf(p.name, link)));
    scenes.push({ id, channel: 'meeting', text: clean.text || TODO.text, responses });
  });
  openDeadEnds(scenes, endings, names, ids, notes);

  // Twine stories are in one language: the texts become English, and the scenario declares all three
  // languages, so the validator lists every text still to translate.
  const en = (text: string) => ({ en: text });
  return {
    formatVersion: 2,
    id: slug(story.name, 'twine-story'),
    version: '0.1.0',
    title: en(tidy(story.name) || TODO.title),
    summary: en(TODO.summary),
    situation: en(TODO.situation),
    role: en(TODO.role),
    postLevels: ['D'],
    competencies: ['EMP'],
    estimatedMinutes: Math.min(600, Math.max(5, scenes.length)),
    difficulty: 'introductory',
    languages: ['kk', 'ru', 'en'],
    cast: [],
    meters: [],
    start: passageIds[startIndex],
    scenes: scenes.map((scene) => ({ ...scene, text: en(scene.text), responses: scene.responses.map((r) => ({ ...r, text: en(r.text), feedback: en(r.feedback) })) })),
    endings: endings.map((ending) => ({ ...ending, title: en(ending.title), debrief: en(ending.debrief) })),
  };
}

/** Notes about the story as a whole: its code, its stylesheet, and the channels the trainer must choose. */
function storyNotes(story: TwineStory): TwineNote[] {
  const lines = (text: string): string => (text.includes('\n') ? `${text.split('\n').length} lines` : '1 line');
  const notes: TwineNote[] = [...story.notes];
  if (story.script) notes.push({ passage: '', kind: 'script', detail: `The story JavaScript (${lines(story.script)}) was not imported: scenarios run no code; rebuild its logic with meters, flags and conditional routing.` });
  if (story.stylesheet) notes.push({ passage: '', kind: 'stylesheet', detail: `The story stylesheet (${lines(story.stylesheet)}) was not imported: the player draws each channel in its own style.` });
  notes.push({ passage: '', kind: 'markup', detail: 'Every scene was set to the "meeting" channel: choose each scene\'s real channel (phone, reception, social-feed, messenger, interview, press-conference) and add its speaker.' });
  return notes;
}

/** A minimal scenario with one note explaining why the text could not be imported. */
function unreadable(detail: string): TwineImport {
  const story: TwineStory = { name: '', startName: undefined, passages: [], script: '', stylesheet: '', notes: [] };
  const notes: TwineNote[] = [{ passage: '', kind: 'markup', detail }];
  return { scenario: buildScenario(story, notes), unmapped: notes };
}

/**
 * Imports a Twine 2 story, published to HTML (`<tw-storydata>`) or written in Twee 3, as a scenario
 * skeleton plus the list of what could not be mapped. Never throws: unreadable input gives a minimal
 * scenario and an entry explaining what was expected.
 */
export function importTwine(text: string): TwineImport {
  try {
    const story = readTwineStory(String(text));
    if (!story) {
      return unreadable('This is not a Twine 2 story: it has no <tw-storydata> element and no Twee ":: Passage" headers. In Twine, use "Publish to File" or "Export as Twee" and import that file.');
    }
    if (story.passages.length === 0) return unreadable('The Twine story has no passages to import.');
    const notes = storyNotes(story);
    const scenario = buildScenario(story, notes);
    return { scenario, unmapped: notes };
  } catch (error) {
    return unreadable(`The story could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}
