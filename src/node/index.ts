/**
 * `slantwise/node`: batch and streaming analysis for Node (worker threads, streams, readline).
 * Kept out of the core entry point so that `slantwise` itself stays isomorphic.
 *
 * @packageDocumentation
 */
import type { AnalyzeOptions } from '../schema/articleInput.js';
import { analyzeRecord, errorRecord, type AnalysisErrorRecord } from './analyzeWorker.js';
import { checkAnalyzeOptions, parseNdjsonLine, type AnalysisResult } from './ndjsonStream.js';

export { isErrorRecord, type AnalysisErrorRecord } from './analyzeWorker.js';
export { analysesToParquet, tableToParquet, writeParquet, type WriteParquetOptions } from './parquet.js';
export {
  analyzeStream,
  parseNdjsonLines,
  parseNdjsonLine,
  streamNdjson,
  WINDOW_PER_JOB,
  type AnalysisResult,
  type AnalyzeStreamOptions,
  type NdjsonRecord,
  type StreamNdjsonOptions,
} from './ndjsonStream.js';

/** Options of `analyzeMany`: the analysis options, plus `lines` to read the inputs as NDJSON lines. */
export interface AnalyzeManyOptions extends AnalyzeOptions {
  /**
   * Each input is one line of NDJSON text: it is parsed (a line that is not a JSON object
   * becomes an error record), blank lines are skipped, and `line` is the line number.
   */
  lines?: boolean;
}

/**
 * Analyses every input (an `ArticleInput` or a string, as `analyzeArticle` takes) and returns
 * one result per input, in order: the `ArticleAnalysis`, or in place of an input that cannot be
 * analysed an error record `{ id?, line, error, code }`, where `line` is the input's 1-based
 * position and `error` the `SlantwiseError` message. The others go on.
 *
 * @throws SlantwiseInputError for bad options and SlantwiseLexiconError for a bad extra
 * lexicon (checked once, before any input).
 *
 * @example
 * ```ts
 * import { analyzeMany } from 'slantwise/node';
 * const results = analyzeMany([{ id: 'a', text: 'Rain fell.' }, { id: 'b', text: '' }]);
 * results[1]; // { id: 'b', line: 2, error: 'Invalid input: text: must contain some non-blank text', code: 'INPUT_INVALID' }
 * const fromFile = analyzeMany(readFileSync('articles.ndjson', 'utf8').split('\n'), { lines: true });
 * ```
 */
export function analyzeMany(inputs: Iterable<unknown>, options: AnalyzeManyOptions = {}): AnalysisResult[] {
  const { lines, ...rest } = options;
  const analyze = checkAnalyzeOptions(rest);
  const results: AnalysisResult[] = [];
  let n = 0;
  for (const input of inputs) {
    n++;
    if (!lines) {
      results.push(analyzeRecord(input, n, analyze));
      continue;
    }
    if (typeof input !== 'string') {
      results.push(errorRecord(undefined, n, `expected a line of NDJSON text, got ${input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input}`, 'INPUT_INVALID'));
      continue;
    }
    const item = parseNdjsonLine(input, n);
    if (item === null) continue;
    results.push('error' in item ? ({ ...item } as AnalysisErrorRecord) : analyzeRecord(item.record, item.line, analyze));
  }
  return results;
}
