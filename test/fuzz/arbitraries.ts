/**
 * Generators of hostile input for the fuzz suite, and its knobs.
 *
 * The suite runs a fixed number of cases with a fixed seed in CI (a few seconds). For a longer
 * local run: `FUZZ_RUNS=2000 FUZZ_SEED=random npx vitest run test/fuzz`. A failure prints the
 * seed and path that reproduce it (`FUZZ_SEED=<seed>`).
 */
import fc from 'fast-check';
import type { Lexicon } from '../../src/index.js';

/** Cases per property (`FUZZ_RUNS`, default 25). */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 25);

/** fast-check parameters: a fixed seed unless `FUZZ_SEED` says otherwise (`random` for a new one). */
export function fuzzParameters(runs = RUNS): fc.Parameters<unknown> {
  const seed = process.env.FUZZ_SEED;
  return { numRuns: runs, ...(seed === 'random' ? {} : { seed: seed === undefined ? 20_260_513 : Number(seed) }) };
}

const QUOTES = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›', '`', '＂'];

/** Random Unicode: any code units (lone surrogates and controls included) or whole graphemes. */
export const randomUnicode = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary-ascii', maxLength: 200 }));

/** Quote marks of every kind mixed with words, speech verbs and line breaks. */
export const quoteSoup = fc
  .array(fc.oneof(fc.constantFrom(...QUOTES), fc.constantFrom(' said ', ' she ', ' Ana Ruiz ', 'yes', '.', ',', '\n', ' ', ' told Reuters ', ' according to '), fc.string({ maxLength: 6 })), { maxLength: 300 })
  .map((parts) => parts.join(''));

/** A construction repeated many times: the shapes that made earlier versions quadratic. */
export const repeated = fc
  .tuple(
    fc.constantFrom('It said yes.\n', 'said ', '"Go," said Ana.\n', 'Bo Lee said no. ', 'She said it, according to officials.\n', '“', 'The ministry said. It said ', 'sources said ', 'According to ', ' who spoke on condition of anonymity said '),
    fc.integer({ min: 1, max: 100 }),
  )
  .map(([unit, n]) => unit.repeat(n));

/** Huge tokens: long runs of letters, punctuation, hyphenated chains, URLs, mixed with text. */
export const hugeTokens = fc
  .tuple(
    fc.constantFrom('a', '!', '-', '.', 'ab-', '—', '"', '’', 'http://x.io/', '🙂', '\u0301', 'é', '1,', '_'),
    fc.integer({ min: 50, max: 30_000 }),
    fc.constantFrom('', 'Officials said ', 'The post X appeared first on Y.\n'),
  )
  .map(([unit, n, around]) => `${around}${unit.repeat(Math.ceil(n / unit.length))} ${around}`);

/** Pieces of news text and its furniture, to make the random texts look a little like articles. */
const newsPiece = fc.constantFrom(
  'Officials said on Tuesday.', 'The post A Title appeared first on Some Outlet.', 'By Ana Ruiz and Tom Lee', 'Editor’s note: I think',
  '“We will win,” she said.', ' said Ana Ruiz, the mayor, ', 'according to ', ' told Reuters that ', 'It is believed that ',
  'Tomás “El Tejón” Ruiz', ' reportedly ', 'Police held 22 suspects.', 'CAPS HEADLINE OF ANOTHER STORY', '\n', '\r\n', '\u2028', '\u0000', '\uFEFF',
  // Names of object properties are ordinary words: a plain-object lookup would make them bugs.
  'The constructor said the __proto__ of hasOwnProperty was toString.', ' valueOf ', 'Constructor',
);

/** Any of the above, joined with pieces of news text. */
export const hostileText = fc
  .array(fc.oneof({ weight: 3, arbitrary: newsPiece }, randomUnicode, quoteSoup, repeated, { weight: 1, arbitrary: hugeTokens }), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(' '));

/** A lexicon entry term: ordinary, extreme (long, many words, odd spacing, odd characters) or empty. */
const term = fc.oneof(
  fc.constantFrom('quay', 'harbour master', 'far-left', 'said', 'the', 'a a a a a a a a a a a a', 'x'.repeat(100), 'x'.repeat(101), 'a  b', 'a\tb', ' ', '', 'n’t', '“', '(', '.*+?^${}()|[]\\'),
  fc.array(fc.constantFrom('a', 'the', 'said', 'quay', '-', 'é'), { minLength: 1, maxLength: 16 }).map((w) => w.join(' ')),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
);

/** A frame, loaded-language or source-noun lexicon with such entries; some valid, some not. */
export const extremeLexicon: fc.Arbitrary<Lexicon> = fc
  .record({
    kind: fc.constantFrom('frame', 'loaded', 'source-noun', 'hedge') as fc.Arbitrary<'frame' | 'loaded' | 'source-noun' | 'hedge'>,
    terms: fc.array(term, { minLength: 1, maxLength: 30 }),
    category: fc.constantFrom(undefined, 'anonymous', 'unnamed:official'),
    weight: fc.oneof(fc.constant(undefined), fc.double({ noNaN: true, min: -1e6, max: 1e6 })),
  })
  .map(({ kind, terms, category, weight }) => ({
    id: `fuzz-${kind}`,
    kind,
    version: '1.0.0',
    description: 'generated',
    language: 'en',
    license: 'CC0-1.0',
    source: 'fuzz',
    entries: terms.map((t) => ({ term: t, ...(category ? { category } : {}), ...(weight !== undefined ? { weight } : {}) })),
  }));
