/**
 * The part of a word list that `SortedWordIndex` and the bundles' wink-nlp cache read: an array, or
 * a `LexemeTextList`.
 */
export interface WordList {
  readonly length: number;
  at(index: number): string | undefined;
}

/** The separator between two entries of a JSON list of strings written without spaces. */
const ENTRY_SEPARATOR = '","';
const BACKSLASH = '\\';

/**
 * wink's lexeme list (87,000 words) as the JSON text of the model file's list, between its `[` and
 * `]`, with each entry read when it is first asked for.
 *
 * Why: `JSON.parse` of the list made and interned 87,000 strings at every cold start (≈ 78 M
 * instructions, then their scavenges) while the first article reads a few hundred. Finding where
 * each entry starts is one `indexOf` per entry (≈ 31 M): an entry ends at `","` (the build checks
 * that this split gives the model's list, see scripts/winkCoreOneByte.ts). dist/wink-core-data.cjs
 * hands over the text read as one-byte (`latin1`) characters, with the right text of its non-ASCII
 * entries (`fixes`: index steps and words); entries with a JSON escape are parsed as JSON.
 *
 * Shared by every engine (it is only read): an engine's own list is a `LexemeTextList` over it.
 */
export class LexemeText {
  /** Where each entry's text starts (once its block is read); the last item is where one after the last entry would start. */
  private readonly starts: Uint32Array;
  /** Per block of `stride` entries, whether `starts` holds its entries' starts. */
  private readonly blockRead: Uint8Array;
  /** Each entry read so far (the fixed ones from the start). */
  private readonly words: Array<string | undefined>;
  /**
   * With marks, the entries per block whose first entry's start the build recorded: a search
   * compares a word with those first entries before it reads a block's starts (see
   * `SortedWordIndex`); 0 when every start was found at once.
   */
  readonly stride: number;

  /**
   * `text` holds `length` entries; `fixes` are (index step, word) pairs. `marks`, when given, are
   * the starts of every `stride`-th entry (as steps from the one before), so that a block's starts
   * are found when it is first read (the build records them, scripts/winkCoreOneByte.ts); without
   * them every start is found now. Throws when the text holds another number of entries.
   */
  constructor(
    private readonly text: string,
    readonly length: number,
    fixes: ReadonlyArray<number | string> = [],
    marks?: { stride: number; steps: readonly number[] },
  ) {
    this.starts = new Uint32Array(length + 1);
    const blocks = marks && marks.stride > 0 && marks.steps.length === Math.ceil(length / marks.stride) ? marks : null;
    this.stride = blocks ? blocks.stride : 0;
    if (blocks) {
      for (let b = 0, at = 0; b < blocks.steps.length; b++) this.starts[b * blocks.stride] = at += blocks.steps[b]!;
      this.starts[length] = text.length + ENTRY_SEPARATOR.length - 1;
      this.blockRead = new Uint8Array(blocks.steps.length);
    } else {
      entryStarts(text, length, this.starts);
      this.blockRead = new Uint8Array(0);
    }
    this.words = new Array<string | undefined>(length);
    for (let k = 0, index = 0; k < fixes.length; k += 2) {
      index += fixes[k] as number;
      this.words[index] = fixes[k + 1] as string;
    }
  }

  /** The entry at `index` (0 ≤ index < length). */
  at(index: number): string | undefined {
    if (index < 0 || index >= this.length) return undefined;
    return this.words[index] ?? this.read(index);
  }

  /** Every entry, as `JSON.parse` gives the list (for a wink-nlp that reads plain arrays). */
  toArray(): string[] {
    const list = new Array<string>(this.length);
    for (let k = 0; k < this.length; k++) list[k] = this.at(k)!;
    return list;
  }

  private read(index: number): string {
    const { stride } = this;
    let end: number;
    if (stride === 0) end = this.starts[index + 1]! - ENTRY_SEPARATOR.length;
    else if (index % stride === 0 && this.blockRead[index / stride] === 0) {
      // (a block's first entry, as a search compares it: its end, without the block's starts)
      const separator = this.text.indexOf(ENTRY_SEPARATOR, this.starts[index]!);
      end = separator < 0 || index === this.length - 1 ? this.text.length - 1 : separator;
    } else {
      const block = (index / stride) | 0;
      if (this.blockRead[block] === 0) this.readBlock(block);
      end = this.starts[index + 1]! - ENTRY_SEPARATOR.length;
    }
    // (the entry, then `","` before the next one's text)
    const raw = this.text.slice(this.starts[index]!, end);
    const word = raw.includes(BACKSLASH) ? (JSON.parse(`"${raw}"`) as string) : raw;
    this.words[index] = word;
    return word;
  }

  /** Finds the starts of the entries of `block` after its first, and the next block's first. */
  private readBlock(block: number): void {
    const { stride, starts, text } = this;
    const last = Math.min((block + 1) * stride, this.length);
    let at = starts[block * stride]!;
    for (let k = block * stride + 1; k < last; k++) {
      const end = text.indexOf(ENTRY_SEPARATOR, at);
      if (end < 0) throw new Error('wink lexeme text: fewer entries than expected');
      starts[k] = at = end + ENTRY_SEPARATOR.length;
    }
    this.blockRead[block] = 1;
  }
}

/**
 * Where each of the `length` entries of `text` (`"a","b",…,"z"`) starts, after its opening quote,
 * and, last, where an entry after the last one would start, written into `starts`. Throws on
 * another count.
 */
export function entryStarts(text: string, length: number, starts: Uint32Array = new Uint32Array(length + 1)): Uint32Array {
  if (length === 0) {
    if (text.length !== 0) throw new Error('wink lexeme text: entries beyond the expected count');
    return starts;
  }
  let at = 1;
  for (let k = 0; k < length; k++) {
    starts[k] = at;
    const end = text.indexOf(ENTRY_SEPARATOR, at);
    if (end < 0) {
      if (k !== length - 1) throw new Error('wink lexeme text: fewer entries than expected');
      at = text.length + ENTRY_SEPARATOR.length - 1;
    } else {
      at = end + ENTRY_SEPARATOR.length;
    }
  }
  if (at !== text.length + ENTRY_SEPARATOR.length - 1) throw new Error('wink lexeme text: entries beyond the expected count');
  starts[length] = at;
  return starts;
}

/**
 * One engine's lexeme list: the model's entries (a shared `LexemeText`), then the words the engine
 * adds (`push`, as wink-nlp's cache adds the words it has not seen). Offers what the bundles'
 * wink-nlp cache reads of a list (`at`, `push`, `length`; scripts/coldStartPlugins.ts,
 * `patchWinkCache`).
 */
export class LexemeTextList implements WordList {
  length: number;
  private readonly added: string[] = [];

  /** The model's `stride` (see `LexemeText`): `SortedWordIndex` searches its block marks first. */
  readonly stride: number;

  constructor(private readonly model: LexemeText) {
    this.length = model.length;
    this.stride = model.stride;
  }

  at(index: number): string | undefined {
    return index < this.model.length ? this.model.at(index) : this.added[index - this.model.length];
  }

  /** Adds `word` after the others and returns the new length, as `Array.prototype.push`. */
  push(word: string): number {
    this.added.push(word);
    return ++this.length;
  }

  /** Drops the words `push` added: the model's own are left (the engine renewed in place, see `renewNlp`). */
  dropAdded(): void {
    this.added.length = 0;
    this.length = this.model.length;
  }
}
