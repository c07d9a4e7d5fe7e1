/**
 * The per-record work of the Node batch layer, shared by the main thread (`jobs: 1`) and the
 * worker threads of the pool (`jobs > 1`), so that both give identical results.
 *
 * Loaded as a worker script (tsup entry `node-worker`), its default export is the pool's task
 * handler; the analysis options come once per worker through `workerData`, so lexicons are
 * validated and compiled once per worker, not once per record.
 */
import { workerData } from 'node:worker_threads';
import { analyzeArticle, analyzeCheckedArticle } from '../analyzeArticle.js';
import type { TextScan } from '../document/scanText.js';
import { SlantwiseError } from '../errors.js';
import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import type { AnalyzeOptions, ArticleInput } from '../schema/articleInput.js';

/**
 * A record that could not be read or analysed, in the place its result would have had.
 * `line` is the record's line in the NDJSON input, or its 1-based position in the input list;
 * `id` is the record's own id when it has a string one; `code` is the `SlantwiseError` code
 * (`INPUT_INVALID`, `INPUT_TOO_LARGE`, `LEXICON_INVALID`, `TIME_BUDGET_EXCEEDED`),
 * `JSON_INVALID` for a line that is not JSON, `INTERNAL_ERROR` for a bug in slantwise, or
 * `WORKER_FAILED` when a worker thread died on the record.
 */
export interface AnalysisErrorRecord {
  id?: string;
  line: number;
  error: string;
  code: string;
}

/** One unit of work: a record (an `ArticleInput`, a string, or anything to be refused) and its line. */
export interface AnalyzeTask {
  line: number;
  record: unknown;
  /** Return the result serialised (`JsonResult`) instead of as an object. */
  json?: boolean;
  /**
   * Set when `record` is the article `validateInput` returned on the main thread (the pool's
   * tasks): the text's scan it made (undefined for `html` input), so that the worker does not
   * validate and scan the text a second time.
   */
  checked?: { textScan: TextScan | undefined };
}

/** True for an error record (as opposed to an `ArticleAnalysis`). */
export function isErrorRecord(x: unknown): x is AnalysisErrorRecord {
  return typeof x === 'object' && x !== null && 'error' in x && 'line' in x && !('schemaVersion' in x);
}

/** The record's own id, when it is an object with a non-empty string `id`. */
export function recordId(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined;
  const id = (record as { id?: unknown }).id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/** Builds an error record with the key order `id, line, error, code`. */
export function errorRecord(record: unknown, line: number, error: string, code: string): AnalysisErrorRecord {
  const id = recordId(record);
  return { ...(id !== undefined ? { id } : {}), line, error, code };
}

/**
 * Analyses one record; a `SlantwiseError` (bad input, oversize text, bad lexicon, time budget
 * exceeded) becomes an error record with its code. So does any other exception, which is a bug
 * in slantwise: it becomes an error record with code `INTERNAL_ERROR` (naming the exception),
 * so that one record that trips a bug does not take the batch down.
 */
export function analyzeRecord(record: unknown, line: number, options?: AnalyzeOptions, checked?: AnalyzeTask['checked']): ArticleAnalysis | AnalysisErrorRecord {
  try {
    return checked ? analyzeCheckedArticle(record as ArticleInput, options, checked.textScan) : analyzeArticle(record as never, options);
  } catch (e) {
    if (e instanceof SlantwiseError) return errorRecord(record, line, e.message, e.code);
    return errorRecord(record, line, `internal error, please report: ${describeException(e)}`, 'INTERNAL_ERROR');
  }
}

/** "RangeError: Maximum call stack size exceeded", for any thrown value. */
export function describeException(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  try {
    return String(e);
  } catch {
    return typeof e;
  }
}

/** A result serialised in the worker: one JSON line (no newline) and whether it is an analysis. */
export interface JsonResult {
  ok: boolean;
  json: string;
}

/** Analyses one task, as an object or, with `task.json`, as one serialised JSON line. */
export function runTask(task: AnalyzeTask, options?: AnalyzeOptions): ArticleAnalysis | AnalysisErrorRecord | JsonResult {
  const result = analyzeRecord(task.record, task.line, options, task.checked);
  return task.json ? { ok: !isErrorRecord(result), json: JSON.stringify(result) } : result;
}

/** The options this worker was started with (the pool passes them as its `workerData`). */
function workerOptions(): AnalyzeOptions | undefined {
  // tinypool hands the user's workerData as the second element of `[privateData, userData]`.
  const data: unknown = workerData;
  const user = Array.isArray(data) ? data[1] : undefined;
  return user && typeof user === 'object' ? (user as { options?: AnalyzeOptions }).options : undefined;
}

/** Task handler of the worker pool: one task in, one result (object or JSON line) out. */
export default function analyzeWorker(task: AnalyzeTask): ArticleAnalysis | AnalysisErrorRecord | JsonResult {
  return runTask(task, workerOptions());
}
