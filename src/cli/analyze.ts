import { runAnalyze } from './analyze-command';

process.exitCode = runAnalyze(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) });
