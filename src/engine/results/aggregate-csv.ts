import type { GroupReport } from './aggregate';
import { toCsv } from './results-csv';

/** The columns of a group report's CSV, in order; each row fills those its section uses and leaves the rest empty. */
export const GROUP_CSV_COLUMNS = [
  'section',
  'scene_id',
  'id',
  'outcome',
  'value',
  'count',
  'reached',
  'pseudonym',
  'text',
] as const;

type Column = (typeof GROUP_CSV_COLUMNS)[number];
type Section = 'choice' | 'ending' | 'rating' | 'slowest' | 'red_flag' | 'dispute' | 'comment';

/** One row: the section and the columns it fills. */
function row(
  section: Section,
  fields: Partial<Record<Exclude<Column, 'section'>, string>>,
): string[] {
  return GROUP_CSV_COLUMNS.map((column) =>
    column === 'section' ? section : (fields[column] ?? ''),
  );
}

/** Free text guarded against CSV injection: text starting with `=`, `+`, `-`, `@`, tab or CR gets a leading apostrophe. */
function asText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const RATING_KEYS = [1, 2, 3, 4, 5, 'none'] as const;

/**
 * A group report as CSV (RFC 4180, CRLF, UTF-8 byte-order mark, via `toCsv`) for a spreadsheet: a header
 * (`GROUP_CSV_COLUMNS`), then rows by section, in the report's order:
 * - `choice`: scene_id, id (response id, or "statement"), count, reached (times the scene was reached);
 * - `ending`: id, outcome, count;
 * - `rating`: id (competency), value ("1"–"5" or "none"), count — one row per rating, zeros included;
 * - `slowest`: scene_id, value (average seconds, one decimal), count (measured decisions);
 * - `red_flag`: scene_id (empty when unknown), id (flag), count;
 * - `dispute`: scene_id, id (response), pseudonym, text (reason);
 * - `comment`: pseudonym, text.
 * Pseudonyms and free text are guarded against formula injection.
 */
export function groupReportToCsv(report: GroupReport): string {
  const rows: string[][] = [[...GROUP_CSV_COLUMNS]];
  for (const c of report.choices) {
    for (const [id, count] of Object.entries(c.counts))
      rows.push(
        row('choice', {
          scene_id: c.sceneId,
          id,
          count: String(count),
          reached: String(c.reached),
        }),
      );
  }
  for (const e of report.endings)
    rows.push(row('ending', { id: e.endingId, outcome: e.outcome, count: String(e.count) }));
  for (const r of report.ratings) {
    for (const key of RATING_KEYS)
      rows.push(
        row('rating', { id: r.competency, value: String(key), count: String(r.distribution[key]) }),
      );
  }
  for (const s of report.slowest)
    rows.push(
      row('slowest', {
        scene_id: s.sceneId,
        value: s.averageSeconds.toFixed(1),
        count: String(s.decisions),
      }),
    );
  for (const f of report.redFlags)
    rows.push(row('red_flag', { scene_id: f.sceneId ?? '', id: f.flag, count: String(f.count) }));
  for (const d of report.feedback.disputes)
    rows.push(
      row('dispute', {
        scene_id: d.sceneId,
        id: d.responseId,
        pseudonym: asText(d.pseudonym),
        text: asText(d.reason),
      }),
    );
  for (const c of report.feedback.comments)
    rows.push(row('comment', { pseudonym: asText(c.pseudonym), text: asText(c.text) }));
  return toCsv(rows);
}
