import { readFileSync } from 'node:fs';
import { streamNdjson } from '../node/ndjsonStream.js';
import { runCli } from './program.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin: () => readFileSync(0, 'utf8'),
  // `analyze - --format ndjson`: a streaming filter in constant memory, progress on a terminal only.
  streamNdjson: ({ jobs, lexicons, timeBudgetMs }) =>
    streamNdjson(process.stdin, process.stdout, {
      jobs,
      progress: process.stderr,
      analyze: { ...(lexicons.length > 0 ? { lexicons } : {}), ...(timeBudgetMs !== undefined ? { timeBudgetMs } : {}) },
    }),
});
