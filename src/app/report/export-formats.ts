import { buildResultsRecord, type ResultsInput } from '../../engine/results/results-record';
import { resultsToCsv } from '../../engine/results/results-csv';
import { resultsToXapi } from '../../engine/results/xapi';

/** Where the xAPI statements say they come from: an address that identifies Tyńda, not a server that is contacted. */
const XAPI = { homepage: 'https://tynda.kz', activityBase: 'https://tynda.kz/xapi' };

export type ExportFormat = 'json' | 'csv' | 'xapi';

/**
 * A finished run's results as a file: name, text and media type. This module, with the record's
 * schema, is fetched when the trainee starts to export, not with the report.
 *
 * @throws Error when the record cannot be built; the message says why.
 */
export function resultsFile(
  format: ExportFormat,
  input: ResultsInput,
  base: string,
): [string, string, string] {
  const record = buildResultsRecord(input);
  if (format === 'csv') return [`${base}.csv`, resultsToCsv(record), 'text/csv;charset=utf-8'];
  if (format === 'xapi')
    return [
      `${base}.xapi.json`,
      JSON.stringify(resultsToXapi(record, XAPI), null, 2),
      'application/json',
    ];
  return [`${base}.json`, JSON.stringify(record, null, 2), 'application/json'];
}
