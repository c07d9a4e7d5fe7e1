/**
 * The streaming half of `slantwise/node` (Node only): NDJSON lines to records, records to
 * results in input order with a bounded number in flight (optionally spread over a pool of
 * worker threads), and an NDJSON stream → stream pipeline with an optional progress line. (The CLI reads
 * its inputs itself, in src/cli, and runs them through the same ordered runner.)
 */
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createInterface, type Interface as ReadlineInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { SlantwiseError, SlantwiseInputError } from '../errors.js';
import { validateInput } from '../document/validateInput.js';
import { resolveLexicons } from '../lexicons/resolveLexicons.js';
import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import type { AnalyzeOptions } from '../schema/articleInput.js';
import { describeException, errorRecord, runTask, type AnalysisErrorRecord, type AnalyzeTask, type JsonResult } from './analyzeWorker.js';
import { inputSize, Progress } from './progress.js';
import { charCodeAt } from '../document/charCodes.js';

/** What the batch and streaming functions produce for each record. */
export type AnalysisResult = ArticleAnalysis | AnalysisErrorRecord;

/** A record read from line `line` of an NDJSON input (see `parseNdjsonLines`). */
export interface NdjsonRecord {
  line: number;
  record: unknown;
}

/** Options of `analyzeStream`: the analysis options, plus how to spread the work. */
export interface AnalyzeStreamOptions extends AnalyzeOptions {
  /** Worker threads to use; 1 (the default) analyses on the calling thread. */
  jobs?: number;
  /**
   * The worker script for `jobs > 1`. Defaults to `node-worker.js` next to this module (where
   * the build puts it); only needed when running from sources or a custom bundle.
   */
  workerFile?: string | URL;
}

/** Options of `streamNdjson`. */
export interface StreamNdjsonOptions {
  /** Worker threads (default 1). Output is identical whatever the number. */
  jobs?: number;
  /** Where to draw a progress line; drawn only when it is a terminal (`isTTY`). */
  progress?: NodeJS.WriteStream | null;
  /** Options passed to `analyzeArticle` for every record. */
  analyze?: AnalyzeOptions;
  /** See `AnalyzeStreamOptions.workerFile`. */
  workerFile?: string | URL;
}

/** Records in flight per worker: the window is `jobs * WINDOW_PER_JOB` records. */
export const WINDOW_PER_JOB = 16;

const NOT_OBJECT = 'a record must be a JSON object with a "text" field';

// Marks the items parseNdjsonLines makes, so that analyzeStream keeps their line numbers and
// passes their error records through. Non-enumerable: invisible to JSON and to deep equality.
const PARSED = Symbol('slantwise.ndjsonLine');

function mark<T extends object>(item: T): T {
  Object.defineProperty(item, PARSED, { value: true, enumerable: false });
  return item;
}

function isParsed(item: unknown): item is NdjsonRecord | AnalysisErrorRecord {
  return typeof item === 'object' && item !== null && (item as Record<symbol, unknown>)[PARSED] === true;
}

/**
 * Parses one NDJSON line (number `line`, counted from 1). Returns null for a blank line, the
 * record, or an error record for a line that is not JSON or not a JSON object.
 */
export function parseNdjsonLine(text: string, line: number): NdjsonRecord | AnalysisErrorRecord | null {
  const trimmed = (line === 1 && charCodeAt(text, 0) === 0xfeff ? text.slice(1) : text).trim();
  if (trimmed === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (e) {
    return mark(errorRecord(undefined, line, `not valid JSON: ${(e as Error).message}`, 'JSON_INVALID'));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return mark(errorRecord(undefined, line, NOT_OBJECT, 'INPUT_INVALID'));
  return mark({ line, record: value });
}

/**
 * Turns lines of NDJSON text into records: `{ line, record }` for each JSON object, an error
 * record `{ line, error: 'not valid JSON: ...', code: 'JSON_INVALID' }` for a line that is not
 * JSON (or `code: 'INPUT_INVALID'` for JSON that is not an object). Blank lines are skipped;
 * line numbers count every line from 1. Feed the result to `analyzeStream`, which keeps these
 * line numbers and passes the error records through in place.
 *
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs';
 * import { createInterface, type Interface as ReadlineInterface } from 'node:readline';
 * const lines = createInterface({ input: createReadStream('articles.ndjson'), crlfDelay: Infinity });
 * for await (const r of analyzeStream(parseNdjsonLines(lines), { jobs: 4 })) console.log(r.id);
 * ```
 */
export async function* parseNdjsonLines(lines: AsyncIterable<string> | Iterable<string>): AsyncGenerator<NdjsonRecord | AnalysisErrorRecord> {
  let n = 0;
  for await (const text of lines) {
    const item = parseNdjsonLine(text, ++n);
    if (item) yield item;
  }
}

/**
 * Checks the analysis options once, before any record, so that a bad option or lexicon throws
 * instead of turning every record into an error record. Returns undefined for no options.
 */
export function checkAnalyzeOptions(options: AnalyzeOptions | undefined): AnalyzeOptions | undefined {
  if (!options || Object.keys(options).length === 0) return undefined;
  validateInput('-', options);
  resolveLexicons(options.lexicons);
  return options;
}

function checkJobs(jobs: unknown): number {
  if (jobs === undefined) return 1;
  if (typeof jobs !== 'number' || !Number.isInteger(jobs) || jobs < 1 || jobs > 256) {
    throw new SlantwiseInputError([{ path: 'options.jobs', message: `must be a whole number from 1 to 256, got ${String(jobs)}` }]);
  }
  return jobs;
}

/**
 * The URL of this module: `import.meta.url` in ESM (and in CJS built with tsup's `shims`),
 * else `__filename` (CJS).
 */
function moduleUrl(): string {
  const url: string | undefined = import.meta.url;
  if (url) return url;
  return pathToFileURL(__filename).href;
}

/** Finds the worker script: the one given, else `node-worker.js` beside this module. */
export function resolveWorkerFile(workerFile?: string | URL): string {
  if (workerFile !== undefined) {
    const href = workerFile instanceof URL ? workerFile.href : workerFile.startsWith('file:') ? workerFile : pathToFileURL(workerFile).href;
    if (!existsSync(new URL(href))) throw new SlantwiseError('WORKER_NOT_FOUND', `worker script not found: ${href}`);
    return href;
  }
  const base = moduleUrl();
  for (const name of ['./node-worker.js', './node-worker.mjs', './analyzeWorker.js']) {
    const url = new URL(name, base);
    if (existsSync(url)) return url.href;
  }
  throw new SlantwiseError('WORKER_NOT_FOUND', `worker script node-worker.js not found next to ${base}: build the package (npm run build) or pass workerFile`);
}

/** One unit for the ordered runner: a record to analyse, or a finished error record to pass through in its place. */
export type StreamItem = { task: AnalyzeTask } | { done: AnalysisErrorRecord };
type Item = StreamItem;

/**
 * A task as it is sent to a worker: the record validated on this thread and replaced by the
 * plain, validated article, so that what crosses the thread boundary can always be cloned (a
 * record holding a function, a symbol or a getter would make postMessage throw a
 * DOMException) and the worker sees exactly what `jobs: 1` would analyse. The text's scan goes
 * with it, so that the worker neither validates nor scans the text again. A record that does
 * not validate becomes its error record here, as `analyzeRecord` would make it.
 */
function forWorker(task: AnalyzeTask, options: AnalyzeOptions | undefined): Item {
  try {
    const { article, textScan } = validateInput(task.record, options);
    return { task: { ...task, record: article, checked: { textScan } } };
  } catch (e) {
    if (e instanceof SlantwiseError) return { done: errorRecord(task.record, task.line, e.message, e.code) };
    return { done: errorRecord(task.record, task.line, `internal error, please report: ${describeException(e)}`, 'INTERNAL_ERROR') };
  }
}

interface Engine<R> {
  jobs: number;
  analyze: AnalyzeOptions | undefined;
  /** The worker script's file URL (resolved when `jobs > 1`). */
  workerFile: string | null;
  /** What a finished error record (from parsing) becomes in the output. */
  passThrough: (r: AnalysisErrorRecord) => R;
}

async function* toItems(source: AsyncIterable<unknown> | Iterable<unknown>, json: boolean): AsyncGenerator<Item> {
  let n = 0;
  for await (const input of source) {
    n++;
    if (isParsed(input)) {
      if ('error' in input) yield { done: input };
      else yield { task: { line: input.line, record: input.record, json } };
    } else yield { task: { line: n, record: input, json } };
  }
}

const noop = () => {};

/**
 * Runs every item, in order, and yields the results in input order. `jobs: 1` analyses on this
 * thread, one record at a time; `jobs > 1` keeps at most `jobs * WINDOW_PER_JOB` records in a
 * worker pool and yields each result as soon as those before it are out.
 */
async function* runOrdered<R>(items: AsyncIterable<Item>, engine: Engine<R>): AsyncGenerator<R> {
  if (engine.jobs === 1) {
    for await (const item of items) yield 'done' in item ? engine.passThrough(item.done) : (runTask(item.task, engine.analyze) as R);
    return;
  }
  const { default: Tinypool } = await import('tinypool');
  const pool = new Tinypool({
    filename: engine.workerFile,
    minThreads: engine.jobs,
    maxThreads: engine.jobs,
    workerData: { options: engine.analyze },
  });
  const window = engine.jobs * WINDOW_PER_JOB;
  const inFlight: { promise: Promise<R>; settled: boolean }[] = [];
  const iterator = items[Symbol.asyncIterator]();
  let next: Promise<IteratorResult<Item>> | null = null;
  let ended = false;
  try {
    for (;;) {
      // Results already finished at the head go out at once, whatever the input is doing.
      while (inFlight.length > 0 && inFlight[0]!.settled) yield await inFlight.shift()!.promise;
      if (ended) {
        if (inFlight.length === 0) break;
        yield await inFlight.shift()!.promise;
        continue;
      }
      if (inFlight.length >= window) {
        yield await inFlight.shift()!.promise;
        continue;
      }
      next ??= iterator.next();
      const head = inFlight[0];
      const first = head ? await Promise.race([next.then((r) => ({ r })), head.promise.then(() => null, () => null)]) : { r: await next };
      if (first === null) continue; // the head finished first: loop to yield it
      next = null;
      if (first.r.done) {
        ended = true;
        continue;
      }
      const item = first.r.value;
      const entry = { promise: null as unknown as Promise<R>, settled: false };
      const ready = 'done' in item ? item : forWorker(item.task, engine.analyze);
      entry.promise =
        'done' in ready
          ? Promise.resolve(engine.passThrough(ready.done))
          : (pool.run(ready.task) as Promise<R>).catch((e: unknown) => engine.passThrough(errorRecord(ready.task.record, ready.task.line, `worker failed: ${describeException(e)}`, 'WORKER_FAILED')));
      entry.promise.then(
        () => (entry.settled = true),
        () => (entry.settled = true),
      );
      entry.promise.catch(noop); // awaited in order later; do not report it unhandled meanwhile
      inFlight.push(entry);
    }
  } finally {
    if (!ended) {
      // A read still pending (say, on a quiet stdin) would hold up the generator's return:
      // queue the return behind it and do not wait.
      const closing = iterator.return?.();
      if (next) {
        next.catch(noop);
        closing?.catch(noop);
      } else await closing;
    }
    await pool.destroy();
  }
}

/**
 * Analyses records from an iterable or async iterable and yields one result per record, in
 * input order: the `ArticleAnalysis`, or an error record `{ id?, line, error, code }` in place of
 * a record that could not be analysed (`line` is the record's 1-based position, or its line in
 * the file for items from `parseNdjsonLines`). Memory stays bounded: the source is read only as
 * results are consumed, with at most `jobs * 16` records in flight.
 *
 * With `jobs > 1` the records are analysed in a pool of worker threads (tinypool), each loading
 * the library once; the results are identical to `jobs: 1`.
 *
 * @throws at once (before reading the source): SlantwiseInputError for bad options (including
 * `jobs`), SlantwiseLexiconError for a bad extra lexicon, SlantwiseError `WORKER_NOT_FOUND` when
 * `jobs > 1` and the worker script is missing. Records are never thrown for.
 *
 * @example
 * ```ts
 * import { analyzeStream } from 'slantwise/node';
 * for await (const r of analyzeStream(records, { jobs: 4 })) {
 *   if ('error' in r) console.error(`record ${r.line}: ${r.error}`);
 *   else console.log(r.id, r.metrics.words);
 * }
 * ```
 */
export function analyzeStream(source: AsyncIterable<unknown> | Iterable<unknown>, options: AnalyzeStreamOptions = {}): AsyncGenerator<AnalysisResult> {
  return runOrdered(toItems(source, false), engineFor(options, (r) => r));
}

/** Checks the options (throwing before anything is read) and sets the engine up. */
function engineFor<R>(options: AnalyzeStreamOptions, passThrough: (r: AnalysisErrorRecord) => R): Engine<R> {
  const { jobs: rawJobs, workerFile, ...analyze } = options;
  const jobs = checkJobs(rawJobs);
  return { jobs, analyze: checkAnalyzeOptions(analyze), workerFile: jobs > 1 ? resolveWorkerFile(workerFile) : null, passThrough };
}

/**
 * The ordered runner under `analyzeStream`, for callers that prepare the tasks themselves (the
 * CLI, which keeps its own record of where each input came from). Options are checked at once;
 * each `done` item becomes `passThrough(record)` in its place.
 *
 * @internal not part of the `slantwise/node` entry point.
 */
export function runStreamItems<R>(items: AsyncIterable<StreamItem>, options: AnalyzeStreamOptions, passThrough: (r: AnalysisErrorRecord) => R): AsyncGenerator<R> {
  return runOrdered(items, engineFor(options, passThrough));
}

/**
 * Like `analyzeStream` but yields each result already serialised (done in the workers when
 * `jobs > 1`): what `streamNdjson` writes.
 */
export function analyzeStreamJson(source: AsyncIterable<unknown> | Iterable<unknown>, options: AnalyzeStreamOptions = {}): AsyncGenerator<JsonResult> {
  return runOrdered(toItems(source, true), engineFor(options, (r) => ({ ok: false, json: JSON.stringify(r) })));
}

/**
 * An NDJSON pipeline between two streams: reads NDJSON records line by line from `input` (with readline) and
 * writes one JSON line per record to `output` as soon as its turn comes, in input order. A
 * line that is not JSON, not an object, or not a valid article becomes an error record
 * `{"id"?, "line", "error", "code"}` in its place and the rest go on. Memory stays constant
 * whatever the input size: input is read only as output is written, and writing waits for
 * `'drain'`. With `jobs > 1` the work is spread over a worker pool; the output is identical.
 *
 * When `progress` is a terminal, a one-line counter (records, rate, failures, and a bar when the
 * input is a file of known size) is redrawn on it at most ten times a second once the run has
 * lasted a second; otherwise nothing is printed.
 *
 * @returns how many records were analysed and how many became error records.
 * @throws SlantwiseInputError / SlantwiseLexiconError for bad options (before reading), and
 * any read or write error of the streams.
 */
export async function streamNdjson(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  options: StreamNdjsonOptions = {},
): Promise<{ ok: number; failed: number }> {
  const progress = options.progress && options.progress.isTTY ? new Progress(options.progress, inputSize(input)) : null;
  let rl: ReadlineInterface | null = null;
  async function* lines(): AsyncGenerator<string> {
    rl = createInterface({ input, crlfDelay: Infinity });
    for await (const line of rl) {
      if (progress && progress.total !== null) progress.bytes += Buffer.byteLength(line) + 1;
      yield line;
    }
  }
  // Options are checked here, before anything is read.
  const results = analyzeStreamJson(parseNdjsonLines(lines()), { ...options.analyze, jobs: options.jobs, workerFile: options.workerFile });
  let outputError: unknown = null;
  const onError = (e: unknown) => (outputError ??= e);
  output.on('error', onError);

  let ok = 0;
  let failed = 0;
  let complete = false;
  try {
    for await (const r of results) {
      if (outputError) throw outputError;
      if (r.ok) ok++;
      else failed++;
      if (!output.write(`${r.json}\n`)) await once(output, 'drain');
      progress?.tick(ok, failed);
    }
    if (outputError) throw outputError;
    complete = true;
  } finally {
    (rl as ReadlineInterface | null)?.close();
    output.off('error', onError);
    progress?.done(ok, failed, complete);
  }
  return { ok, failed };
}
