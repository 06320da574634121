import { parseJson } from '../json/parse-json';
import { checksumOf } from './checksum';
import { describeFirstIssue } from './describe-issue';
import { RESULTS_FORMAT_VERSION, RESULTS_KIND, ResultsRecord } from './results-record';

/** What `importResults` gives: the record, or why the file was refused, in a sentence a trainer understands. */
export type ImportResultsOutcome = { ok: true; record: ResultsRecord } | { ok: false; reason: string };

function refuse(fileName: string, clause: string): ImportResultsOutcome {
  return { ok: false, reason: `"${fileName}" cannot be imported: ${clause}.` };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function importUnchecked(text: string, fileName: string): ImportResultsOutcome {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const d = parsed.diagnostics[0];
    if (!d) return refuse(fileName, 'it is not valid JSON');
    const where = `line ${d.line}, column ${d.column}`;
    switch (d.code) {
      case 'json-syntax':
        return refuse(fileName, `it is not valid JSON (${lowerFirst(d.message.replace(/ — the file is not valid JSON$/, ''))} at ${where})`);
      case 'forbidden-key':
        return refuse(fileName, `${lowerFirst(d.message)} (${where}); it can be used to attack programs that read the file`);
      case 'file-too-large':
        return refuse(fileName, `${lowerFirst(d.message)}, far larger than any results file`);
      case 'empty-file':
        return refuse(fileName, 'the file is empty');
      default:
        return refuse(fileName, `${lowerFirst(d.message)} (${where})`);
    }
  }
  const value = parsed.value;
  if (Array.isArray(value)) return refuse(fileName, 'it holds a list, not a results record');
  if (!isPlainObject(value)) return refuse(fileName, 'it holds a single value, not a results record');
  if (value.kind !== RESULTS_KIND) {
    if ('scenes' in value && 'formatVersion' in value) return refuse(fileName, 'it is a scenario, not a results file');
    return refuse(fileName, `it is not a Tyńda results file (it lacks "kind": "${RESULTS_KIND}")`);
  }
  const version = value.formatVersion;
  if (typeof version === 'number' && version > RESULTS_FORMAT_VERSION) {
    return refuse(fileName, `it was made by a newer Tyńda (results format ${version}; this version reads format ${RESULTS_FORMAT_VERSION}). Update Tyńda, then import the file again`);
  }
  const checked = ResultsRecord.safeParse(value);
  if (!checked.success) return refuse(fileName, `it is not a valid results record: ${describeFirstIssue(checked.error, value)}`);
  if (checksumOf(checked.data) !== checked.data.checksum) {
    return refuse(fileName, 'the file was changed after it was exported (its checksum does not match), so its results cannot be trusted');
  }
  return { ok: true, record: checked.data };
}

/**
 * Reads an exported results file. Never throws: a file that is not JSON, too large, too deep, holds a
 * dangerous key, is not a results record, was made by a newer Tyńda, breaks the format (the reason names
 * the first bad field as a JSON pointer) or was changed after export is refused with a reason.
 */
export function importResults(text: string, fileName: string): ImportResultsOutcome {
  try {
    return importUnchecked(text, fileName);
  } catch {
    return refuse(fileName, 'it could not be read');
  }
}
