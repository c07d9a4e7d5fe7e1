import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { compareArticles } from '../compare/compareArticles.js';
import { SlantwiseError, SlantwiseLexiconError } from '../errors.js';
import { DEFAULT_LEXICON_LIST } from '../lexicons/defaultLexicons.js';
import { summarizeLexicons } from '../lexicons/describeLexicons.js';
import { validateLexicon } from '../lexicons/validateLexicon.js';
import { Progress } from '../node/progress.js';
import { analysesToLongCsv, analysesToWideCsv, comparisonToCsvTables } from '../report/csvTables.js';
import { renderHtmlReport } from '../report/htmlReport.js';
import { markdownReport } from '../report/markdownReport.js';
import { writeParquet } from '../node/parquet.js';
import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import type { AnalyzeOptions } from '../schema/articleInput.js';
import { LIBRARY } from '../version.js';
import { analyzeRecords, SingleInputError, overrideFlags, type CliResult, type ErrorRecord, type RecordOverrides } from './analyzeRecords.js';
import { formatAnalysisTable } from './formatAnalysisTable.js';
import { formatComparisonTable } from './formatComparisonTable.js';
import type { ChunkSource } from './lines.js';
import { fileOutput, writeFileAtomic, writerOutput, type Output } from './output.js';
import { expandPaths, inputBytes, readInputs, type StdinFormat } from './readInputs.js';
import { textTable } from './textTable.js';

export type { ErrorRecord } from './analyzeRecords.js';

/** Where the CLI writes and reads; the real process streams, or buffers in tests. */
export interface CliIO {
  /** Writes to standard output; may return a promise that settles once the output has drained. */
  stdout: (text: string) => void | Promise<void>;
  stderr: (text: string) => void;
  /** Standard input (a stream, or chunks in tests), read only when `-` is an input. */
  stdin: () => ChunkSource;
  /** Size of standard input when it is a regular file (for the progress bar), else null. */
  stdinBytes?: number | null;
  /** Where to draw the progress line of long runs; drawn only when it is a terminal. */
  progress?: NodeJS.WriteStream | null;
}

/** Exit codes: 0 all good, 1 some records could not be analysed, 2 usage, input or I/O error. */
export const EXIT = { ok: 0, recordErrors: 1, usage: 2 } as const;

type AnalyzeFormat = 'table' | 'json' | 'ndjson' | 'csv' | 'md' | 'html' | 'parquet';
type CompareFormat = 'table' | 'json' | 'csv' | 'md' | 'html' | 'parquet';
const CSV_PARTS = ['table', 'divergence', 'shared-quotes', 'discrepancies', 'coverage', 'similarity', 'distinctive-terms'] as const;

/** Options shared by the commands that read articles. */
interface ReadOptions {
  jobs: number;
  lexicon?: string[];
  timeBudget?: number;
  skipBad?: boolean;
  inputFormat?: StdinFormat;
}

/** `--jobs`: a whole number of worker threads from 1 to 256. */
export function parseJobs(value: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= 1 && n <= 256)) throw new InvalidArgumentError('must be a whole number of worker threads from 1 to 256.');
  return n;
}

/** The single-article flags (`--id`, `--outlet`, `--title`, `--date`) that were given. */
function overridesOf(opts: { id?: string; outlet?: string; title?: string; date?: string }): RecordOverrides {
  const overrides: RecordOverrides = { id: opts.id, outlet: opts.outlet, title: opts.title, publishedAt: opts.date };
  for (const k of Object.keys(overrides) as (keyof RecordOverrides)[]) if (overrides[k] === undefined) delete overrides[k];
  return overrides;
}

/** `--time-budget <ms>`: milliseconds, 0 for none. */
function parseTimeBudget(value: string): number {
  const ms = Number(value);
  if (!/^\d+(?:\.\d+)?$/.test(value.trim()) || !Number.isFinite(ms)) throw new InvalidArgumentError('expected milliseconds, e.g. 30000 (0 for no budget)');
  return ms;
}

const TIME_BUDGET_HELP = 'time budget per article in ms (default 60000, 0 for none); an article over it becomes an error record';

/** `--date`: anything `Date.parse` reads (2024-05-01, 2024-05-01T09:30:00Z), kept as given. */
function parseDate(value: string): string {
  if (Number.isNaN(Date.parse(value))) throw new InvalidArgumentError('must be a date such as 2024-05-01 or 2024-05-01T09:30:00Z.');
  return value;
}

function readLexiconFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new SlantwiseLexiconError(path, [{ path: 'file', message: err.code === 'ENOENT' ? 'no such file' : `not valid JSON (${err.message})` }]);
  }
}

function renderHtml(analyses: ArticleAnalysis[]): string {
  return renderHtmlReport(analyses, compareArticles(analyses));
}

/** The progress line, when `io.progress` is a terminal; its bar needs the input size. */
function progressFor(io: CliIO, files: string[]): Progress | null {
  if (!io.progress?.isTTY) return null;
  return new Progress(io.progress, inputBytes(files, io.stdinBytes ?? null));
}

/** Reads and analyses the inputs as a stream of results in input order (see `analyzeRecords`). */
function analyzeInputs(inputs: string[], io: CliIO, opts: ReadOptions & { json: boolean; overrides?: RecordOverrides; defaultStdin: StdinFormat }): AsyncGenerator<CliResult> {
  const lexicons = (opts.lexicon ?? []).map((f) => validateLexicon(readLexiconFile(f)));
  const files = expandPaths(inputs);
  const flags = overrideFlags(opts.overrides);
  if (flags.length > 0 && files.length > 1) throw new SingleInputError(flags, `the inputs (${files.length} files)`);
  const progress = progressFor(io, files);
  const records = readInputs(files, { stdin: io.stdin, stdinFormat: opts.inputFormat ?? opts.defaultStdin, onBytes: progress ? (n) => (progress.bytes += n) : undefined });
  const analyze: AnalyzeOptions | undefined =
    lexicons.length > 0 || opts.timeBudget !== undefined
      ? { ...(lexicons.length > 0 ? { lexicons } : {}), ...(opts.timeBudget !== undefined ? { timeBudgetMs: opts.timeBudget } : {}) }
      : undefined;
  return analyzeRecords(records, { jobs: opts.jobs, analyze, json: opts.json, skipBad: opts.skipBad ?? false, overrides: flags.length > 0 ? opts.overrides : undefined, progress });
}

/** Every analysis and every error record of a run, for the formats that need them all at once. */
async function collectAll(results: AsyncIterable<CliResult>): Promise<{ analyses: ArticleAnalysis[]; failed: ErrorRecord[] }> {
  const analyses: ArticleAnalysis[] = [];
  const failed: ErrorRecord[] = [];
  for await (const r of results) {
    if (!r.ok) failed.push(r.error);
    else if ('analysis' in r) analyses.push(r.analysis);
  }
  return { analyses, failed };
}

/** `JSON.stringify(value, null, 2)` as an element of a pretty-printed array. */
function arrayItem(value: unknown): string {
  return `  ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`;
}

/**
 * Writes results as they come, in the shape `JSON.stringify(x, null, 2)` gives: one object for a
 * single result, else an array. Returns the number of error records.
 */
async function writeJson(results: AsyncIterable<CliResult>, out: Output): Promise<number> {
  let failed = 0;
  let first: unknown;
  let count = 0;
  for await (const r of results) {
    if (!r.ok) failed++;
    const value = r.ok ? ('analysis' in r ? r.analysis : JSON.parse(r.json)) : r.error;
    count++;
    if (count === 1) first = value;
    else {
      if (count === 2) await out.write(`[\n${arrayItem(first)}`);
      await out.write(`,\n${arrayItem(value)}`);
    }
  }
  if (count === 0) await out.write('[]\n');
  else if (count === 1) await out.write(`${JSON.stringify(first, null, 2)}\n`);
  else await out.write('\n]\n');
  return failed;
}

/** Runs `body` against the output, and commits it only when `body` succeeds. */
async function withOutput<T>(out: Output, body: (out: Output) => Promise<T>): Promise<T> {
  try {
    const result = await body(out);
    await out.commit();
    return result;
  } catch (e) {
    await out.abort();
    throw e;
  }
}

/**
 * Runs the `slantwise` command line with `argv` (without the node and script paths) and
 * returns the exit code.
 */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let exitCode: number = EXIT.ok;
  const outputFor = (path?: string): Output => (path ? fileOutput(path) : writerOutput(io.stdout));
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

  const readOptions = (cmd: Command): Command =>
    cmd
      .option('-j, --jobs <n>', 'worker threads for the analysis (1 to 256)', parseJobs, 1)
      .option('-l, --lexicon <file...>', 'extra lexicon JSON files (same id replaces a default)')
      .option('--time-budget <ms>', TIME_BUDGET_HELP, parseTimeBudget)
      .option('--skip-bad', 'put an error record in place of an NDJSON line that is not a record, and go on (default: stop there with an error)')
      .addOption(new Option('--input-format <format>', 'how to read standard input (files go by extension)').choices(['auto', 'ndjson', 'json', 'text']));

  readOptions(
    program
      .command('analyze')
      .description('analyse articles and print one result per article')
      .argument('<inputs...>', '.txt/.html/.json/.ndjson files, directories, globs, or - for stdin')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'ndjson', 'table', 'csv', 'md', 'html', 'parquet']).default('json'))
      .addOption(new Option('--csv <shape>', 'CSV shape: long (article, outlet, measure, voice, value) or wide (a row per article)').choices(['long', 'wide']).default('long'))
      .option('-o, --out <file>', 'write to a file instead of standard output (written in full or not at all; with --format parquet: a directory)'),
  )
    .option('--id <id>', 'id of the article (a single input only)')
    .option('--outlet <name>', 'outlet of the article (a single input only)')
    .option('--title <title>', 'title of the article (a single input only)')
    .option('--date <date>', 'publication date of the article, e.g. 2024-05-01 (a single input only)', parseDate)
    .addHelpText(
      'after',
      `
Inputs: a .txt file is one article (its id is the file name); an .html/.htm file is a web page whose
article is extracted; a .json file holds one record or an array of records {id, outlet, title, text}
(or html instead of text); an .ndjson/.jsonl file one record a line (streamed);
a directory is read recursively; a glob ('corpus/**/*.txt') is expanded; - reads stdin.

Standard input is NDJSON when one of its first two non-blank lines is a JSON object, a JSON
document when it starts with [ or {, and one plain-text article otherwise (--input-format
overrides; with --format ndjson it is NDJSON). An NDJSON line that is not a JSON object stops
the run with an error naming the line (exit 2); with --skip-bad an error record
{"id","source","line","error","code"} takes its place and the rest go on.

With --format ndjson or json, results are written as they are ready, in input order, in
constant memory whatever the input size; --jobs N spreads the work over N worker threads
(same output). --out writes to a temporary file renamed over the target only on success.

Examples:
  slantwise analyze examples/corpus --format table
  slantwise analyze story.txt --outlet "Valley Gazette" --date 2024-05-01 --format table
  slantwise analyze 'corpus/**/*.txt' --format csv --csv wide --out measures.csv
  cat records.ndjson | slantwise analyze - --format ndjson --jobs 2 > results.ndjson
  slantwise analyze big.ndjson --format ndjson --skip-bad --out results.ndjson
  slantwise analyze article.txt --format html --out report.html
  slantwise analyze corpus/ --format parquet --out results/   # articles.parquet, quotes.parquet, ...`,
    )
    .action(async (inputs: string[], opts: ReadOptions & { format: AnalyzeFormat; csv: 'long' | 'wide'; out?: string; id?: string; outlet?: string; title?: string; date?: string }) => {
      if (opts.format === 'parquet' && !opts.out) throw new Error('--format parquet writes a directory of files: give it with --out DIR');
      if (opts.format === 'parquet') {
        const { analyses: ok, failed: errors } = await collectAll(analyzeInputs(inputs, io, { ...opts, json: false, overrides: overridesOf(opts), defaultStdin: 'auto' }));
        io.stderr(`wrote ${writeParquet(ok, opts.out!).length} Parquet files to ${opts.out}\n`);
        reportErrors(errors);
        exitCode = errors.length > 0 ? EXIT.recordErrors : EXIT.ok;
        return;
      }
      const overrides = overridesOf(opts);
      const results = analyzeInputs(inputs, io, { ...opts, json: opts.format === 'ndjson', overrides, defaultStdin: opts.format === 'ndjson' ? 'ndjson' : 'auto' });
      const failed = await withOutput(outputFor(opts.out), async (out) => {
        if (opts.format === 'ndjson') {
          let n = 0;
          for await (const r of results) {
            if (!r.ok) n++;
            await out.write(`${r.ok ? ('json' in r ? r.json : JSON.stringify(r.analysis)) : JSON.stringify(r.error)}\n`);
          }
          return n;
        }
        if (opts.format === 'json') return writeJson(results, out);
        const { analyses: ok, failed: errors } = await collectAll(results);
        switch (opts.format) {
          case 'csv':
            await out.write(opts.csv === 'wide' ? analysesToWideCsv(ok) : analysesToLongCsv(ok));
            break;
          case 'md':
            await out.write(markdownReport(ok));
            break;
          case 'html':
            await out.write(renderHtml(ok));
            break;
          default:
            await out.write(`${formatAnalysisTable(ok)}\n`);
        }
        reportErrors(errors);
        return errors.length;
      });
      exitCode = failed > 0 ? EXIT.recordErrors : EXIT.ok;
    });

  readOptions(
    program
      .command('compare')
      .description('analyse several articles on one event and compare them side by side')
      .argument('<inputs...>', '.txt/.html/.json/.ndjson files, directories, globs, or - for stdin')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv', 'md', 'html', 'parquet']).default('table'))
      .addOption(new Option('--part <part>', 'with --format csv to standard output: which table').choices([...CSV_PARTS]).default('table'))
      .option('-o, --out <path>', 'write to a file (with --format csv or parquet: a directory, one file per part)'),
  )
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
  slantwise compare examples/corpus --format html --out report.html
  slantwise compare examples/corpus --format parquet --out results/  # articles, evidence and comparison-* tables`,
    )
    .action(async (inputs: string[], opts: ReadOptions & { format: CompareFormat; part: (typeof CSV_PARTS)[number]; out?: string }) => {
      if (opts.format === 'parquet' && !opts.out) throw new Error('--format parquet writes a directory of files: give it with --out DIR');
      const { analyses, failed } = await collectAll(analyzeInputs(inputs, io, { ...opts, json: false, defaultStdin: 'auto' }));
      reportErrors(failed);
      const comparison = compareArticles(analyses);
      if (opts.format === 'parquet') {
        io.stderr(`wrote ${writeParquet(analyses, opts.out!, { comparison }).length} Parquet files to ${opts.out}\n`);
      } else if (opts.format === 'csv' && opts.out) {
        const tables = comparisonToCsvTables(comparison);
        mkdirSync(opts.out, { recursive: true });
        for (const part of CSV_PARTS) writeFileAtomic(join(opts.out, `${part}.csv`), tables[part]);
        io.stderr(`wrote ${CSV_PARTS.length} CSV files to ${opts.out}\n`);
      } else {
        await withOutput(outputFor(opts.out), async (out) => {
          switch (opts.format) {
            case 'json':
              await out.write(`${JSON.stringify({ comparison, errors: failed }, null, 2)}\n`);
              break;
            case 'csv':
              await out.write(comparisonToCsvTables(comparison)[opts.part]);
              break;
            case 'md':
              await out.write(markdownReport(analyses, comparison));
              break;
            case 'html':
              await out.write(renderHtml(analyses));
              break;
            default:
              await out.write(`${formatComparisonTable(analyses, comparison)}\n`);
          }
        });
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
    const err = e as NodeJS.ErrnoException;
    // The reader went away (`slantwise ... | head`): nothing more to say to anyone.
    if (err.code === 'EPIPE') return EXIT.ok;
    const verbose = argv.includes('--verbose');
    const message = err.code === 'ENOENT' ? `no such file: ${err.path}` : err.message;
    // The library's own refusals (a bad line, a bad lexicon) say all there is to say.
    const hint = e instanceof SlantwiseError ? '' : '(run with --verbose for details)\n';
    io.stderr(`slantwise: ${message}\n${verbose && err.stack ? `${err.stack}\n` : verbose ? '' : hint}`);
    return EXIT.usage;
  }
  return exitCode;
}
