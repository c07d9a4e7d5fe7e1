import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { analyzeArticle } from '../analyzeArticle.js';
import { SlantwiseError } from '../errors.js';
import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import { LIBRARY } from '../version.js';
import { formatAnalysisTable } from './formatAnalysisTable.js';
import { readInputs } from './readInputs.js';

/** Exit codes: 0 all good, 1 some records failed, 2 usage or I/O error. */
const EXIT = { ok: 0, recordErrors: 1, usage: 2 } as const;

type ErrorRecord = { id?: string; source: string; line?: number; error: string };

function runAnalyze(inputs: string[], opts: { format: 'json' | 'table' }): number {
  const records = readInputs(inputs, () => readFileSync(0, 'utf8'));
  const results: (ArticleAnalysis | ErrorRecord)[] = [];
  for (const r of records) {
    if (!r.ok) {
      results.push({ source: r.source, ...(r.line ? { line: r.line } : {}), error: r.error });
      continue;
    }
    try {
      results.push(analyzeArticle(r.record as never));
    } catch (e) {
      if (!(e instanceof SlantwiseError)) throw e;
      const id = typeof r.record.id === 'string' ? r.record.id : undefined;
      results.push({ ...(id ? { id } : {}), source: r.source, ...(r.line ? { line: r.line } : {}), error: e.message });
    }
  }
  const ok = results.filter((x): x is ArticleAnalysis => 'schemaVersion' in x);
  const failed = results.filter((x): x is ErrorRecord => 'error' in x);
  if (opts.format === 'json') process.stdout.write(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
  else {
    process.stdout.write(`${formatAnalysisTable(ok)}\n`);
    for (const f of failed) process.stderr.write(`error: ${f.source}${f.line ? `:${f.line}` : ''}: ${f.error}\n`);
  }
  return failed.length > 0 ? EXIT.recordErrors : EXIT.ok;
}

export function buildProgram(): Command {
  const program = new Command('slantwise')
    .description('Measure media slant in news articles, with evidence for every number.')
    .version(LIBRARY.version)
    .showHelpAfterError();
  program
    .command('analyze')
    .description('analyse articles and print one result per article')
    .argument('<inputs...>', '.txt/.json/.ndjson files, directories, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'table']).default('json'))
    .addHelpText('after', '\nExamples:\n  slantwise analyze examples/corpus --format table\n  cat article.txt | slantwise analyze - --format json\n  slantwise analyze records.ndjson')
    .action((inputs: string[], opts: { format: 'json' | 'table' }) => {
      process.exitCode = runAnalyze(inputs, opts);
    });
  return program;
}

try {
  await buildProgram().parseAsync(process.argv);
} catch (e) {
  process.stderr.write(`slantwise: ${(e as Error).message}\n`);
  process.exitCode = EXIT.usage;
}
