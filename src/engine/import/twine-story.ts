/** Reads a Twine 2 story from published HTML (`<tw-storydata>`) or Twee 3 source, without a DOM. */
import { decodeEntities, type TwineNote } from './twine-text';

/** A passage as written in the file; `source` is its Twine markup, already unescaped from HTML. */
export interface TwinePassage {
  name: string;
  tags: string[];
  source: string;
}

/** A story as written in the file, before it is mapped to a scenario. */
export interface TwineStory {
  name: string;
  /** Name of the start passage when the file names one. */
  startName: string | undefined;
  passages: TwinePassage[];
  script: string;
  stylesheet: string;
  /** Problems met while reading the file itself. */
  notes: TwineNote[];
}

/** The attributes of an HTML start tag, keyed by lower-case name, with their values decoded. */
function attributes(tag: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of tag.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    map.set((m[1] ?? '').toLowerCase(), decodeEntities(m[2] ?? m[3] ?? ''));
  }
  return map;
}

/** The contents of every `<tag>…</tag>` element in the HTML, joined. */
function elementText(html: string, tag: string): string {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'gi'))].map((m) => m[1] ?? '').join('\n').trim();
}

function readHtml(html: string): TwineStory | undefined {
  const open = /<tw-storydata\b([^>]*)>/i.exec(html);
  if (!open) return undefined;
  const from = open.index + open[0].length;
  const close = html.slice(from).search(/<\/tw-storydata>/i);
  const body = html.slice(from, close < 0 ? undefined : from + close);
  const story = attributes(open[1] ?? '');
  const notes: TwineNote[] = [];
  const others = (html.match(/<tw-storydata\b/gi)?.length ?? 1) - 1;
  if (others > 0) notes.push({ passage: '', kind: 'markup', detail: `The file holds ${others + 1} stories; only the first, "${story.get('name') ?? ''}", was imported. Publish each story to its own file to import the others.` });
  let startName: string | undefined;
  const passages = [...body.matchAll(/<tw-passagedata\b([^>]*)>([\s\S]*?)<\/tw-passagedata>/gi)].map((m): TwinePassage => {
    const attrs = attributes(m[1] ?? '');
    const name = attrs.get('name') ?? '';
    if (startName === undefined && attrs.get('pid') === story.get('startnode')) startName = name;
    return { name, tags: (attrs.get('tags') ?? '').split(/\s+/).filter(Boolean), source: decodeEntities(m[2] ?? '') };
  });
  return { name: story.get('name') ?? '', startName, passages, script: elementText(body, 'script'), stylesheet: elementText(body, 'style'), notes };
}

/** Splits a Twee 3 header (after `::`) into name, tags and metadata; `\` escapes `[`, `]`, `{`, `}` and `\`. */
function readTweeHeader(header: string): { name: string; tags: string[] } {
  const m = /^((?:\\.|[^\\[{])*)(?:\[((?:\\.|[^\\\]])*)\])?\s*(?:\{.*\})?\s*$/.exec(header);
  const unescape = (s: string): string => s.replace(/\\(.)/g, '$1');
  if (!m) return { name: unescape(header).trim(), tags: [] };
  return { name: unescape(m[1] ?? '').trim(), tags: (m[2] ?? '').split(/\s+/).filter(Boolean).map(unescape) };
}

/** The `start` passage named by a Twee StoryData block, noting when the block is not JSON. */
function storyDataStart(json: string, notes: TwineNote[]): string | undefined {
  try {
    const data: unknown = JSON.parse(json);
    const start = typeof data === 'object' && data !== null ? (data as { start?: unknown }).start : undefined;
    return typeof start === 'string' ? start : undefined;
  } catch {
    notes.push({ passage: 'StoryData', kind: 'markup', detail: 'StoryData is not valid JSON, so its "start" passage could not be read.' });
    return undefined;
  }
}

function readTwee(text: string): TwineStory | undefined {
  const blocks: { header: string; lines: string[] }[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.startsWith('::')) blocks.push({ header: line.slice(2).trim(), lines: [] });
    else blocks.at(-1)?.lines.push(line);
  }
  if (blocks.length === 0) return undefined;
  const story: TwineStory = { name: '', startName: undefined, passages: [], script: '', stylesheet: '', notes: [] };
  for (const block of blocks) {
    const { name, tags } = readTweeHeader(block.header);
    const source = block.lines.join('\n').trim();
    if (name === 'StoryTitle') story.name = source;
    else if (name === 'StoryData') story.startName = storyDataStart(source, story.notes);
    else if (tags.includes('script')) story.script = `${story.script}\n${source}`.trim();
    else if (tags.includes('stylesheet')) story.stylesheet = `${story.stylesheet}\n${source}`.trim();
    else story.passages.push({ name, tags, source });
  }
  return story;
}

/** Reads a Twine 2 story from published HTML or Twee 3; undefined when the text is neither. */
export function readTwineStory(text: string): TwineStory | undefined {
  return readHtml(text) ?? readTwee(text);
}
