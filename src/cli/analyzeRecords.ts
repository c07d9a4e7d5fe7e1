import { SlantwiseError } from '../errors.js';
import type { AnalysisErrorRecord, JsonResult } from '../node/analyzeWorker.js';
import { runStreamItems, type StreamItem } from '../node/ndjsonStream.js';
import type { Progress } from '../node/progress.js';
import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import type { AnalyzeOptions } from '../schema/articleInput.js';
import type { InputRecord } from './readInputs.js';

/** A record that could not be read or analysed, in the place its result would have had. */
export interface ErrorRecord {
  id?: string;
  source: string;
  line?: number;
  error: string;
  code: string;
}

/** One result of the CLI pipeline, in input order. */
export type CliResult = { ok: true; analysis: ArticleAnalysis } | { ok: true; json: string } | { ok: false; error: ErrorRecord };

/** Fields given on the command line for a single article (`--id`, `--outlet`, `--title`, `--date`). */
export type RecordOverrides = Partial<Record<'id' | 'outlet' | 'title' | 'publishedAt', string>>;

export interface AnalyzeRecordsOptions {
  jobs: number;
  analyze?: AnalyzeOptions;
  /** Yield each analysis serialised as one JSON line (done in the workers when `jobs > 1`). */
  json: boolean;
  /** Put an error record in place of a line that is not an NDJSON record, instead of stopping. */
  skipBad: boolean;
  /** Set on the one record of the run; a second record is refused (`SINGLE_INPUT`). */
  overrides?: RecordOverrides;
  progress?: Progress | null;
  workerFile?: string | URL;
}

/**
 * Thrown at a line of NDJSON input that is not a record (without `--skip-bad`), once every
 * result before it has been written. Names the input, the line and what is wrong with it.
 */
export class BadLineError extends SlantwiseError {
  constructor(
    readonly source: string,
    readonly line: number,
    reason: string,
    excerpt: string,
  ) {
    super('NDJSON_INVALID', `${source} line ${line} is not an NDJSON record: ${reason}${excerpt ? ` (the line starts: ${excerpt})` : ''}; fix the line, or use --skip-bad to write an error record in its place and go on`);
    this.name = 'BadLineError';
  }
}

/** Thrown when a flag meant for a single article meets a second record. */
export class SingleInputError extends SlantwiseError {
  constructor(flags: string[], source: string) {
    super('SINGLE_INPUT', `${flags.join(', ')} set the fields of a single article, but ${source} holds more than one record; give those fields in the JSON/NDJSON records instead`);
    this.name = 'SingleInputError';
  }
}

/** The command-line names of the override flags that are set. */
export function overrideFlags(o: RecordOverrides | undefined): string[] {
  if (!o) return [];
  const names: Record<keyof RecordOverrides, string> = { id: '--id', outlet: '--outlet', title: '--title', publishedAt: '--date' };
  return (Object.keys(names) as (keyof RecordOverrides)[]).filter((k) => o[k] !== undefined).map((k) => names[k]);
}

interface Pending {
  source: string;
  line?: number;
  /** The read failure to put in this place, when the record could not be read. */
  failed?: Extract<InputRecord, { ok: false }>;
}

function toErrorRecord(where: Pending, id: string | undefined, error: string, code: string): ErrorRecord {
  return { ...(id !== undefined ? { id } : {}), source: where.source, ...(where.line !== undefined ? { line: where.line } : {}), error, code };
}

/**
 * Analyses records as they are read and yields one result per record, in input order: the
 * analysis (or its JSON line), or an error record `{ id?, source, line?, error, code }` in its
 * place. With `jobs > 1` the analyses run in a worker pool; at most `jobs * 16` records are in
 * flight, so memory does not grow with the input. A line that is not an NDJSON record throws
 * `BadLineError` when its turn comes, unless `skipBad`.
 *
 * @throws SlantwiseInputError / SlantwiseLexiconError for bad options, before reading anything.
 */
export function analyzeRecords(records: AsyncIterable<InputRecord>, options: AnalyzeRecordsOptions): AsyncGenerator<CliResult> {
  const pending: Pending[] = [];
  const flags = overrideFlags(options.overrides);
  async function* items(): AsyncGenerator<StreamItem> {
    let n = 0;
    for await (const r of records) {
      n++;
      if (n === 2 && flags.length > 0) throw new SingleInputError(flags, r.source);
      if (!r.ok) {
        pending.push({ source: r.source, line: r.line, failed: r });
        yield { done: { line: n, error: r.error, code: r.code } };
        continue;
      }
      pending.push({ source: r.source, line: r.line });
      yield { task: { line: n, record: options.overrides ? { ...r.record, ...options.overrides } : r.record, json: options.json } };
    }
  }
  // Created here, so that bad options throw now, before the first record is read. Error records
  // pass through as they are: besides the read failures above, with `jobs > 1` they stand for
  // records refused on this thread before reaching a worker, or a worker that failed.
  const results = runStreamItems<ArticleAnalysis | AnalysisErrorRecord | JsonResult>(
    items(),
    { ...options.analyze, jobs: options.jobs, workerFile: options.workerFile },
    (r) => r,
  );
  return collect(results, pending, options);
}

async function* collect(
  results: AsyncGenerator<ArticleAnalysis | AnalysisErrorRecord | JsonResult>,
  pending: Pending[],
  options: AnalyzeRecordsOptions,
): AsyncGenerator<CliResult> {
  let ok = 0;
  let failed = 0;
  let complete = false;
  try {
    for await (const r of results) {
      const where = pending.shift()!;
      let out: CliResult;
      if (where.failed) {
        const f = where.failed;
        if (f.badLine && !options.skipBad) throw new BadLineError(f.source, f.line ?? 0, f.error, f.excerpt ?? '');
        out = { ok: false, error: toErrorRecord(where, undefined, f.error, f.code) };
      } else if ('json' in r && typeof r.json === 'string' && 'ok' in r) {
        if (r.ok) out = { ok: true, json: r.json };
        else {
          const e = JSON.parse(r.json) as AnalysisErrorRecord;
          out = { ok: false, error: toErrorRecord(where, e.id, e.error, e.code) };
        }
      } else if ('schemaVersion' in r) out = { ok: true, analysis: r };
      else {
        const e = r as AnalysisErrorRecord;
        out = { ok: false, error: toErrorRecord(where, e.id, e.error, e.code) };
      }
      if (out.ok) ok++;
      else failed++;
      yield out;
      options.progress?.tick(ok, failed);
    }
    complete = true;
  } finally {
    await results.return(undefined);
    options.progress?.done(ok, failed, complete);
  }
}
