/**
 * Word sets that hot per-token checks ask about a token's lower-case form, answered as bits of
 * one record per word id of the document's vocabulary (`SlantDocument.lowerId`). Each check
 * used to cost a string-keyed `Set` lookup per token, and such lookups run at ≈ 2.5× the
 * analysis's average cost per instruction (their buckets, entries and key strings are evicted
 * between uses); a known word now costs one typed-array read for all the sets together.
 *
 * A module defines its bit once, at load (`defineLowerBit`), with a predicate of the lower-case
 * form alone (pure: the record of a word id is computed once and kept across documents). The bits
 * are numbered in lowerWordBitNumbers.ts, which imports nothing, so that the tests of a record read
 * literals (perf66).
 */
import type { SlantDocument } from './readDocument.js';
import { grownCopy, grownLength } from './wordIdTable.js';

const predicates: ((lower: string) => boolean)[] = [];
/** The bit of each of `predicates`. */
const predicateBits: number[] = [];
/** Set in every filled record, so that 0 means "not computed yet". Bits below it are the sets'. */
const KNOWN = 1 << 29;

let vocabulary: object | null = null;
let table: Int32Array = new Int32Array(0);
let tables = new WeakMap<object, Int32Array>();

function recordOf(lower: string): number {
  let bits = KNOWN;
  for (let b = 0; b < predicates.length; b++) if (predicates[b]!(lower)) bits |= predicateBits[b]!;
  return bits;
}

/**
 * Registers a word set (as a predicate of the lower-case form) as `bit` of `lowerWordBits`'s
 * records (one bit below 1 << 29, numbered in lowerWordBitNumbers.ts; a bit defined twice
 * throws). Call at module load, before any document is analysed (a registration drops the
 * records computed so far).
 *
 * @example
 * ```ts
 * defineLowerBit(NEGATOR_BIT, (w) => w === 'not' || w === 'never');
 * (lowerWordBits(doc, k) & NEGATOR_BIT) !== 0;
 * ```
 */
export function defineLowerBit(bit: number, test: (lower: string) => boolean): void {
  if (!(bit > 0 && bit < KNOWN && (bit & (bit - 1)) === 0)) throw new Error(`lowerWordBits: ${bit} is not one bit below 1 << 29`);
  if (predicateBits.includes(bit)) throw new Error(`lowerWordBits: bit ${bit} defined twice`);
  predicates.push(test);
  predicateBits.push(bit);
  vocabulary = null;
  table = new Int32Array(0);
  tables = new WeakMap();
}

/**
 * The bits of the sets (`defineLowerBit`) that hold token `k`'s lower-case form; 0 for a token
 * outside the document. Same answers as asking each set about `doc.lower[k]`.
 *
 * @example
 * ```ts
 * const doc = readDocument('Vale never said it.');
 * (lowerWordBits(doc, 1) & NEGATOR) !== 0 // true with the bit above
 * ```
 */
export function lowerWordBits(doc: SlantDocument, k: number): number {
  const id = doc.lowerId[k];
  if (id === undefined) return 0;
  if (id < 0) return recordOf(doc.lower[k]!) & ~KNOWN;
  if (doc.vocabulary !== vocabulary) {
    if (vocabulary !== null) tables.set(vocabulary, table);
    vocabulary = doc.vocabulary;
    table = tables.get(vocabulary!) ?? new Int32Array(0);
  }
  if (id >= table.length) table = grownCopy(table, grownLength(table.length, id));
  let bits = table[id]!;
  if (bits === 0) table[id] = bits = recordOf(doc.lower[k]!);
  return bits & ~KNOWN;
}
