import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { analyzeArticle } from '../analyzeArticle.js';
import { compareArticles } from '../compare/compareArticles.js';
import { SlantwiseError, SlantwiseLexiconError } from '../errors.js';
import { DEFAULT_LEXICON_LIST } from '../lexicons/defaultLexicons.js';
import { summarizeLexicons } from '../lexicons/describeLexicons.js';
import { validateLexicon } from '../lexicons/validateLexicon.js';
import { analysesToLongCsv, analysesToWideCsv, comparisonToCsvTables } from '../report/csvTables.js';
import { renderHtmlReport } from '../report/htmlReport.js';
import { markdownReport } from '../report/markdownReport.js';
import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import { LIBRARY } from '../version.js';
import { formatAnalysisTable } from './formatAnalysisTable.js';
import { formatComparisonTable } from './formatComparisonTable.js';
import { readInputs } from './readInputs.js';
import { textTable } from './textTable.js';

/** Where the CLI writes and reads; the real process streams, or buffers in tests. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => string;
  /** Writes a file (for `--out`); defaults to the file system. */
  writeFile?: (path: string, content: string) => void;
  /** Streams NDJSON from stdin to stdout (`analyze - --format ndjson`); absent in buffered tests. */
  streamNdjson?: (options: { jobs: number; lexicons: unknown[]; timeBudgetMs?: number }) => Promise<{ ok: number; failed: number }>;
}

/** Exit codes: 0 all good, 1 some records could not be analysed, 2 usage or I/O error. */
export const EXIT = { ok: 0, recordErrors: 1, usage: 2 } as const;

/** A record that could not be analysed, in the place its result would have had. */
export interface ErrorRecord {
  id?: string;
  source: string;
  line?: number;
  error: string;
}

type AnalyzeFormat = 'table' | 'json' | 'ndjson' | 'csv' | 'md' | 'html';
type CompareFormat = 'table' | 'json' | 'csv' | 'md' | 'html';
const CSV_PARTS = ['table', 'divergence', 'shared-quotes', 'discrepancies', 'coverage', 'similarity', 'distinctive-terms'] as const;

function readLexiconFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new SlantwiseLexiconError(path, [{ path: 'file', message: err.code === 'ENOENT' ? 'no such file' : `not valid JSON (${err.message})` }]);
  }
}

function analyzeInputs(inputs: string[], io: CliIO, lexicons: unknown[], stdinAs?: '.ndjson', timeBudgetMs?: number): (ArticleAnalysis | ErrorRecord)[] {
  const options = lexicons.length > 0 || timeBudgetMs !== undefined ? { ...(lexicons.length > 0 ? { lexicons } : {}), ...(timeBudgetMs !== undefined ? { timeBudgetMs } : {}) } : undefined;
  return readInputs(inputs, io.readStdin, stdinAs).map((r) => {
    const where = { source: r.source, ...(r.line ? { line: r.line } : {}) };
    if (!r.ok) return { ...where, error: r.error };
    try {
      return analyzeArticle(r.record as never, options);
    } catch (e) {
      if (!(e instanceof SlantwiseError)) throw e;
      const id = typeof r.record.id === 'string' ? r.record.id : undefined;
      return { ...(id ? { id } : {}), ...where, error: e.message };
    }
  });
}

/** `--time-budget <ms>`: milliseconds, 0 for none. */
function parseTimeBudget(value: string): number {
  const ms = Number(value);
  if (!/^\d+(?:\.\d+)?$/.test(value.trim()) || !Number.isFinite(ms)) throw new InvalidArgumentError('expected milliseconds, e.g. 30000 (0 for no budget)');
  return ms;
}

const TIME_BUDGET_HELP = 'time budget per article in ms (default 60000, 0 for none); an article over it becomes an error record';

function isAnalysis(x: ArticleAnalysis | ErrorRecord): x is ArticleAnalysis {
  return 'schemaVersion' in x;
}

function renderHtml(analyses: ArticleAnalysis[]): string {
  return renderHtmlReport(analyses, compareArticles(analyses));
}

/**
 * Runs the `slantwise` command line with `argv` (without the node and script paths) and
 * returns the exit code.
 */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let exitCode: number = EXIT.ok;
  const writeFile = io.writeFile ?? ((path: string, content: string) => writeFileSync(path, content));
  const emit = (content: string, out?: string) => (out ? writeFile(out, content) : io.stdout(content));
  const reportErrors = (failed: ErrorRecord[]) => {
    for (const f of failed) io.stderr(`error: ${f.source}${f.line ? `:${f.line}` : ''}: ${f.error}\n`);
  };
  const program = new Command('slantwise')
    .description('Measure media slant in news articles, with evidence for every number.')
    .version(LIBRARY.version)
    .option('--verbose', 'print full error details')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError();

  program
    .command('analyze')
    .description('analyse articles and print one result per article')
    .argument('<inputs...>', '.txt/.json/.ndjson files, directories, globs, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'ndjson', 'table', 'csv', 'md', 'html']).default('json'))
    .addOption(new Option('--csv <shape>', 'CSV shape: long (article, outlet, measure, voice, value) or wide (a row per article)').choices(['long', 'wide']).default('long'))
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .option('-j, --jobs <n>', 'worker threads for streaming NDJSON from stdin', (v) => Math.max(1, Number.parseInt(v, 10) || 1), 1)
    .option('-l, --lexicon <file...>', 'extra lexicon JSON files (same id replaces a default)')
    .option('--time-budget <ms>', TIME_BUDGET_HELP, parseTimeBudget)
    .addHelpText(
      'after',
      `
Inputs: a .txt file is one article (its id is the file name); a .json file holds one record or an
array of records {id, outlet, title, text}; an .ndjson/.jsonl file one record a line; a directory
is read recursively; a glob ('corpus/**/*.txt') is expanded; - reads stdin.

With "- --format ndjson" slantwise is a streaming filter: one result line per input line, in
order, in constant memory; a bad record becomes {"id","line","error"} in its place.

Examples:
  slantwise analyze examples/corpus --format table
  slantwise analyze 'corpus/**/*.txt' --format csv --csv wide --out measures.csv
  cat records.ndjson | slantwise analyze - --format ndjson --jobs 2 > results.ndjson
  slantwise analyze article.txt --format html --out report.html`,
    )
    .action(async (inputs: string[], opts: { format: AnalyzeFormat; csv: 'long' | 'wide'; out?: string; jobs: number; lexicon?: string[]; timeBudget?: number }) => {
      const lexicons = (opts.lexicon ?? []).map((f) => validateLexicon(readLexiconFile(f)));
      if (opts.format === 'ndjson' && inputs.length === 1 && inputs[0] === '-' && io.streamNdjson && !opts.out) {
        const { failed } = await io.streamNdjson({ jobs: opts.jobs, lexicons, ...(opts.timeBudget !== undefined ? { timeBudgetMs: opts.timeBudget } : {}) });
        exitCode = failed > 0 ? EXIT.recordErrors : EXIT.ok;
        return;
      }
      const results = analyzeInputs(inputs, io, lexicons, opts.format === 'ndjson' ? '.ndjson' : undefined, opts.timeBudget);
      const ok = results.filter(isAnalysis);
      const failed = results.filter((x): x is ErrorRecord => !isAnalysis(x));
      switch (opts.format) {
        case 'json':
          emit(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`, opts.out);
          break;
        case 'ndjson':
          emit(results.map((r) => `${JSON.stringify(r)}\n`).join(''), opts.out);
          break;
        case 'csv':
          emit(opts.csv === 'wide' ? analysesToWideCsv(ok) : analysesToLongCsv(ok), opts.out);
          reportErrors(failed);
          break;
        case 'md':
          emit(markdownReport(ok), opts.out);
          reportErrors(failed);
          break;
        case 'html':
          emit(renderHtml(ok), opts.out);
          reportErrors(failed);
          break;
        default:
          emit(`${formatAnalysisTable(ok)}\n`, opts.out);
          reportErrors(failed);
      }
      exitCode = failed.length > 0 ? EXIT.recordErrors : EXIT.ok;
    });

  program
    .command('compare')
    .description('analyse several articles on one event and compare them side by side')
    .argument('<inputs...>', '.txt/.json/.ndjson files, directories, globs, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv', 'md', 'html']).default('table'))
    .addOption(new Option('--part <part>', 'with --format csv to standard output: which table').choices([...CSV_PARTS]).default('table'))
    .option('-o, --out <path>', 'write to a file (with --format csv: a directory, one CSV per part)')
    .option('-l, --lexicon <file...>', 'extra lexicon JSON files (same id replaces a default)')
    .option('--time-budget <ms>', TIME_BUDGET_HELP, parseTimeBudget)
    .addHelpText(
      'after',
      `
Prints the side-by-side table, frame divergence, shared quotations with their wording
differences, discrepancies, omissions, similarity and distinctive terms.

Examples:
  slantwise compare examples/corpus
  slantwise compare a.txt b.txt c.txt --format json > comparison.json
  slantwise compare examples/corpus --format csv --out comparison/    # table.csv, shared-quotes.csv, ...
  slantwise compare examples/corpus --format csv --part discrepancies
  slantwise compare examples/corpus --format html --out report.html`,
    )
    .action(async (inputs: string[], opts: { format: CompareFormat; part: (typeof CSV_PARTS)[number]; out?: string; lexicon?: string[]; timeBudget?: number }) => {
      const lexicons = (opts.lexicon ?? []).map((f) => validateLexicon(readLexiconFile(f)));
      const results = analyzeInputs(inputs, io, lexicons, undefined, opts.timeBudget);
      const analyses = results.filter(isAnalysis);
      const failed = results.filter((x): x is ErrorRecord => !isAnalysis(x));
      reportErrors(failed);
      const comparison = compareArticles(analyses);
      switch (opts.format) {
        case 'json':
          emit(`${JSON.stringify({ comparison, errors: failed }, null, 2)}\n`, opts.out);
          break;
        case 'csv': {
          const tables = comparisonToCsvTables(comparison);
          if (opts.out) {
            mkdirSync(opts.out, { recursive: true });
            for (const part of CSV_PARTS) writeFile(join(opts.out, `${part}.csv`), tables[part]);
            io.stderr(`wrote ${CSV_PARTS.length} CSV files to ${opts.out}\n`);
          } else io.stdout(tables[opts.part]);
          break;
        }
        case 'md':
          emit(markdownReport(analyses, comparison), opts.out);
          break;
        case 'html':
          emit(renderHtml(analyses), opts.out);
          break;
        default:
          emit(`${formatComparisonTable(analyses, comparison)}\n`, opts.out);
      }
      exitCode = failed.length > 0 ? EXIT.recordErrors : EXIT.ok;
    });

  const lexicon = program.command('lexicon').description('list the default lexicons or validate lexicon files');
  lexicon
    .command('list')
    .description('list the default lexicons with kind, version, size, license and source')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'table']).default('table'))
    .addHelpText('after', '\nExamples:\n  slantwise lexicon list\n  slantwise lexicon list --format json')
    .action((opts: { format: 'json' | 'table' }) => {
      const rows = summarizeLexicons(DEFAULT_LEXICON_LIST);
      if (opts.format === 'json') io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
      else io.stdout(`${textTable(['id', 'kind', 'version', 'entries', 'license'], rows.map((r) => [r.id, r.kind, r.version, r.entries, r.license.length > 40 ? `${r.license.slice(0, 37)}...` : r.license]))}\n`);
    });
  lexicon
    .command('validate')
    .description('check lexicon JSON files against the lexicon schema')
    .argument('<files...>', 'lexicon JSON files')
    .addHelpText('after', '\nExamples:\n  slantwise lexicon validate my-frames.json\n  slantwise lexicon validate lexicons/*.json')
    .action((files: string[]) => {
      let bad = 0;
      for (const f of files) {
        try {
          const l = validateLexicon(readLexiconFile(f));
          io.stdout(`ok   ${f}: ${l.id}@${l.version}, ${l.entries.length} entries\n`);
        } catch (e) {
          if (!(e instanceof SlantwiseLexiconError)) throw e;
          bad++;
          io.stdout(`FAIL ${f}: ${e.message}\n`);
        }
      }
      exitCode = bad > 0 ? EXIT.recordErrors : EXIT.ok;
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    const verbose = argv.includes('--verbose');
    const err = e as NodeJS.ErrnoException;
    const message = err.code === 'ENOENT' ? `no such file: ${err.path}` : err.message;
    io.stderr(`slantwise: ${message}\n${verbose && err.stack ? `${err.stack}\n` : verbose ? '' : '(run with --verbose for details)\n'}`);
    return EXIT.usage;
  }
  return exitCode;
}
