import { formatElapsed } from '../report/clock';
import type { ResultsRecord } from './results-record';

/** The byte-order mark that makes spreadsheet programs read the CSV as UTF-8 (so Cyrillic survives). */
export const CSV_BOM = '\uFEFF';

/** The columns of the results CSV, in order. */
export const RESULTS_CSV_COLUMNS = [
  'record_type',
  'pseudonym',
  'scenario_id',
  'scenario_version',
  'level',
  'mode',
  'language',
  'scene_id',
  'response_id',
  'story_time',
  'seconds_taken',
  'timed_out',
  'competency',
  'rating',
  'raw_score',
  'observations',
  'red_flags',
] as const;

/** One field as RFC 4180 writes it: quoted, with quotes doubled, when it holds a comma, a quote, CR or LF. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * RFC 4180 CSV text of rows: fields quoted where needed, each line ending in CRLF, and a leading UTF-8
 * byte-order mark. Used for one record (`resultsToCsv`) and for a group (`resultsGroupToCsv`).
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return CSV_BOM + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/**
 * Free text as a spreadsheet should show it: a leading `=`, `+`, `-`, `@`, tab or CR would make it a
 * formula, so such text gets a leading apostrophe (the OWASP advice against CSV injection).
 */
function asText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A raw score with three decimals, e.g. "0.600" or "-0.333"; empty for none. */
function rawScore(raw: number | null): string {
  if (raw === null) return '';
  const rounded = Math.round(raw * 1000) / 1000;
  return (rounded === 0 ? 0 : rounded).toFixed(3);
}

/**
 * The data rows of a record, without the header: one `decision` row per decision, then one `competency`
 * row per competency. A composed statement's fragment ids are joined by ";" in `response_id`, as are red
 * flags in `red_flags`; `seconds_taken` is whole seconds and empty when not measured; an empty `rating`
 * means "not enough evidence".
 */
export function resultsCsvRows(record: ResultsRecord): string[][] {
  const lead = (type: 'decision' | 'competency') => [type, asText(record.pseudonym), record.scenario.id, record.scenario.version, record.level, record.mode, record.language];
  const decisions = record.decisions.map((d) => [
    ...lead('decision'),
    d.sceneId,
    d.responseId ?? (d.fragmentIds ?? []).join(';'),
    formatElapsed(d.clock),
    d.elapsedMs === null ? '' : String(Math.round(d.elapsedMs / 1000)),
    String(d.timedOut),
    '',
    '',
    '',
    '',
    '',
  ]);
  const competencies = record.profile.map((c) => [
    ...lead('competency'),
    '',
    '',
    '',
    '',
    '',
    c.competency,
    c.rating === null ? '' : String(c.rating),
    rawScore(c.raw),
    String(c.observations),
    c.redFlags.join(';'),
  ]);
  return [...decisions, ...competencies];
}

/** The results CSV of one record: header, decision rows and competency rows (see `resultsCsvRows`). */
export function resultsToCsv(record: ResultsRecord): string {
  return toCsv([RESULTS_CSV_COLUMNS, ...resultsCsvRows(record)]);
}

/** One CSV for a group: a single header, then the rows of each record in turn. */
export function resultsGroupToCsv(records: readonly ResultsRecord[]): string {
  return toCsv([RESULTS_CSV_COLUMNS, ...records.flatMap(resultsCsvRows)]);
}
