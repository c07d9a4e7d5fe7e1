/**
 * One record per word id of a document vocabulary for the per-word memos that several stages
 * read per token (`LexiconMatcherGroup.keysOf`, `tokenFlags`, `lineMayHaveCue`, the mention
 * scan's `notName`). Each memo used to keep its own table indexed by word id, so the first read of
 * a word in a document cost a cache miss per table (perf25, bench/HISTORY.md: ≈ 5.5 % of the steady
 * samples were such single loads); in one record of `RECORD_STRIDE` slots (32 bytes) the stages
 * after the first find the word's line in the cache.
 */
import { grownCopy, grownLength } from './wordIdTable.js';

// Slots of a record (read at `id * RECORD_STRIDE + slot`).
/** `keysOf`: 1 + the index of the word in the group's words, -1 not among them, 0 not looked up. */
export const KEYS_WORD = 0;
/** `keysOf`: the other key's index (see `WordTable` in lexiconMatcher.ts). */
export const KEYS_ALT = 1;
/** `keysOf`: reference of the other key's string in the owner's list (0: none set). */
export const KEYS_ALT_KEY = 2;
/** `tokenFlags`: 1 + the flags of the lower-case form (0: not looked up). */
export const FLAGS_LOW = 3;
/** `tokenFlags`: reference of the last lemma seen with the id in the owner's list (0: none). */
export const FLAGS_LEMMA = 4;
/** `tokenFlags`: 1 + the flags of that lemma. */
export const FLAGS_LEMMA_FLAGS = 5;
/** `lineMayHaveCue`: 0 not yet seen, 1 no cue word inside, 2 a cue word inside. */
export const LINE_CUE = 6;
/** `notName`: 0 not asked, 1 a word of `NOT_NAMES`, 2 not one. */
export const NOT_NAME = 7;

/** Slots per record: 8 × 4 bytes, two records per 64-byte cache line. */
export const RECORD_STRIDE = 8;

/**
 * The records of one vocabulary's word ids. Slots that hold a value of one lexicon set (the
 * group's word indices, a lexicon set's flags) are claimed by the first such owner that asks
 * (`claims`); another owner keeps records of its own (`ownRecords`), so that the values never mix.
 */
export class WordIdRecords {
  /** The records (zero: nothing known); replaced by a longer copy as the vocabulary grows. */
  data = new Int32Array(0);
  private readonly owners = new Map<string, object>();

  /** Makes room for word id `id` (re-read `data` after the call). */
  growTo(id: number): void {
    const length = grownLength(this.data.length / RECORD_STRIDE, id);
    this.data = grownCopy(this.data, length * RECORD_STRIDE);
  }

  /** Whether `owner` may use the slots of `part` here: true for the first owner that asks, and then for it alone. */
  claims(part: string, owner: object): boolean {
    const known = this.owners.get(part);
    if (known === undefined) {
      this.owners.set(part, owner);
      return true;
    }
    return known === owner;
  }
}

const shared = new WeakMap<object, WordIdRecords>();

/**
 * The shared records of `vocabulary` (`SlantDocument.vocabulary`), made on first use.
 *
 * @example
 * ```ts
 * const r = wordIdRecords(doc.vocabulary!);
 * r.growTo(90_000);
 * r.data[90_000 * RECORD_STRIDE + LINE_CUE]; // 0: not seen yet
 * ```
 */
export function wordIdRecords(vocabulary: object): WordIdRecords {
  let r = shared.get(vocabulary);
  if (r === undefined) shared.set(vocabulary, (r = new WordIdRecords()));
  return r;
}

/**
 * The records `owner` uses for `vocabulary`'s slots of `part`: the shared ones when it claims
 * them, else its own (kept in `own`, one per vocabulary).
 */
export function ownRecords(vocabulary: object, part: string, owner: object, own: WeakMap<object, WordIdRecords>): WordIdRecords {
  const r = wordIdRecords(vocabulary);
  if (r.claims(part, owner)) return r;
  let mine = own.get(vocabulary);
  if (mine === undefined) own.set(vocabulary, (mine = new WordIdRecords()));
  return mine;
}

/**
 * Sets the string a record's slot `at` refers to in `values` (an owner's list beside the records,
 * entry 0 never read): a slot keeps its place in the list once set. Read back as
 * `values[data[at]]` (`undefined` when never set).
 */
export function setRecordString<T>(data: Int32Array, at: number, values: (T | undefined)[], value: T): void {
  const ref = data[at]!;
  if (ref !== 0) values[ref] = value;
  else {
    data[at] = values.length;
    values.push(value);
  }
}
