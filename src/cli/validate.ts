import { runValidate } from './validate-command';

process.exitCode = runValidate(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) });
