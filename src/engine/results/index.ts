export { CHECKSUM_PREFIX, canonicalJson, checksumOf, fnv1a64 } from './checksum';
export { importResults, type ImportResultsOutcome } from './import-results';
export { isIsoDuration, isIsoTimestamp, isoDuration } from './iso8601';
export { RESULTS_FORMAT_VERSION, RESULTS_KIND, ResultsRecord, buildResultsRecord, type ResultsInput } from './results-record';
export { ResultsCompetency, ResultsDecision, ResultsEvidence, ResultsMode, ResultsVote, TraineeDispute, TraineeFeedback } from './results-schema';
export { CSV_BOM, RESULTS_CSV_COLUMNS, csvField, resultsCsvRows, resultsGroupToCsv, resultsToCsv, toCsv } from './results-csv';
export { XAPI_ACTIVITY_TYPES, XAPI_VERBS, checkStatement, deterministicUuid, resultsToXapi, type XapiOptions } from './xapi';
export type { LanguageMap, XapiActivity, XapiActivityDefinition, XapiAgent, XapiContext, XapiResult, XapiStatement, XapiVerb } from './xapi-types';
export * from './aggregate';
