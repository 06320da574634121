/** Passage-text helpers for the Twine importer: links, macros, markup, entities and whitespace. */

/** Something in a Twine story that the importer could not map, for the trainer to act on. */
export interface TwineNote {
  /** Name of the passage it is in; empty when it concerns the whole story. */
  passage: string;
  kind: 'tag' | 'macro' | 'markup' | 'link' | 'script' | 'stylesheet' | 'duplicate-name';
  detail: string;
}

/** A `[[link]]` found in a passage. */
export interface TwineLink {
  /** What the link shows: the trainee's response. */
  text: string;
  /** Name of the passage it leads to. */
  target: string;
}

/** A passage's text once links, macros and markup are taken out. */
export interface CleanPassage {
  text: string;
  links: TwineLink[];
  notes: TwineNote[];
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', deg: '°',
};

/** Decodes HTML character references (named, decimal and hex) in one pass; unknown ones stay as they are. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Splits a link's inside into text and target: `text->target` (rightmost arrow), `target<-text` (leftmost), `text|target`, or `target`. */
export function splitLink(inside: string): TwineLink {
  const arrow = inside.lastIndexOf('->');
  const back = inside.indexOf('<-');
  const bar = inside.indexOf('|');
  let text = inside;
  let target = inside;
  if (arrow >= 0) [text, target] = [inside.slice(0, arrow), inside.slice(arrow + 2)];
  else if (back >= 0) [target, text] = [inside.slice(0, back), inside.slice(back + 2)];
  else if (bar >= 0) [text, target] = [inside.slice(0, bar), inside.slice(bar + 1)];
  target = target.trim();
  return { text: text.trim() || target, target };
}

/** `[[inside]]` or SugarCube's `[[inside][setter]]`; the inside holds no brackets, so `(if:)[[[link]]]` finds the link. */
const LINK = /\[\[([^[\]]+)\](?:\[([^[\]]*)\])?\]/g;

/** Index just past the bracket that closes the one at `open` (skipping quoted strings in macro code); -1 if it never closes. */
function closingIndex(text: string, open: number, opener: string, closer: string, code: boolean): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (code && (c === '"' || c === "'")) quote = c;
    else if (c === opener) depth++;
    else if (c === closer && --depth === 0) return i + 1;
  }
  return -1;
}

/** Removes Harlowe macros `(name: …)` with any attached hooks `[…]`; returns the text and what was removed. */
function stripHarloweMacros(text: string, removed: string[]): string {
  let out = '';
  let i = 0;
  const start = /\([A-Za-z][\w-]*:/g;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    let end = closingIndex(text, m.index, '(', ')', true);
    if (end < 0) break;
    while (/^[ \t]*\[/.test(text.slice(end))) {
      const hook = closingIndex(text, text.indexOf('[', end), '[', ']', false);
      if (hook < 0) break;
      end = hook;
    }
    out += text.slice(i, m.index);
    removed.push(text.slice(m.index, end));
    i = end;
    start.lastIndex = end;
  }
  return out + text.slice(i);
}

/** Removes SugarCube macros `<<name …>>`, together with everything up to their `<</name>>` when they have one. */
function stripSugarCubeMacros(text: string, removed: string[]): string {
  return text.replace(/<<[A-Za-z][\w-]*[\s\S]*?>>/g, (tag: string) => {
    removed.push(tag);
    return '';
  }).replace(/<<\/[\w-]+>>/g, '');
}

/** Removes SugarCube container macros whole (`<<if …>>…<</if>>`), innermost first, before single tags are removed. */
function stripSugarCubeBlocks(text: string, removed: string[]): string {
  const block = /<<([A-Za-z][\w-]*)\b(?:(?!<<\1\b)[\s\S])*?<<\/\1>>/g;
  let previous = '';
  let current = text;
  while (previous !== current) {
    previous = current;
    current = current.replace(block, (whole: string) => {
      removed.push(whole);
      return '';
    });
  }
  return current;
}

/** Shortens a snippet for a note. */
function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
}

/** Tidies whitespace: single spaces inside lines, at most one blank line between paragraphs. */
export function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Takes a passage's source apart: its links, its plain text, and notes on what was dropped. */
export function cleanPassage(passage: string, source: string): CleanPassage {
  const notes: TwineNote[] = [];
  const note = (kind: TwineNote['kind'], detail: string): void => {
    if (!notes.some((n) => n.kind === kind && n.detail === detail)) notes.push({ passage, kind, detail });
  };
  const links: TwineLink[] = [];
  let text = source.replace(LINK, (_whole, inside: string, setter: string | undefined) => {
    const link = splitLink(inside);
    if (link.target) links.push({ text: tidy(decodeEntities(link.text)) || link.target, target: link.target });
    if (setter !== undefined) note('macro', `Link setter "[${snippet(setter)}]" on the link to "${link.target}" was removed: use flags or meter effects on the response instead.`);
    return '';
  });
  const macros: string[] = [];
  text = stripHarloweMacros(stripSugarCubeMacros(stripSugarCubeBlocks(text, macros), macros), macros);
  for (const macro of macros) note('macro', `Macro "${snippet(macro)}" was removed: Tyńda has no story code; use meters, flags, conditional routing or injects instead.`);
  text = text.replace(/\$[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*/g, (variable: string) => {
    note('macro', `Variable "${variable}" was removed from the text: write the words the trainee should see instead.`);
    return '';
  });
  text = text.replace(/<!--[\s\S]*?-->|<\/?([A-Za-z][\w-]*)\b[^<>]*>/g, (tag: string, name: string | undefined) => {
    note('markup', name ? `HTML tag <${name.toLowerCase()}> was removed: scene text is plain.` : `HTML comment "${snippet(tag)}" was removed.`);
    return name?.toLowerCase() === 'br' || name?.toLowerCase() === 'p' ? '\n' : '';
  });
  return { text: tidy(decodeEntities(text)), links, notes };
}
