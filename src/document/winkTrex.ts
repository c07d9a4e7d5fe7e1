/**
 * wink-nlp's tokenizer patterns (the model's `trex`) with the URL patterns' wide character
 * classes written so that V8 compiles them without ICU's case closure.
 *
 * Why: `[a-z\u00A1-\uFFFF\d]` under a non-Unicode `i` flag makes V8 close the range
 * U+00A1–U+FFFF over case when the pattern is first run (ICU's `UnicodeSet`), ≈ 5 M instructions
 * per compile, paid by the first analysis of every process for each variant (one-byte and
 * two-byte subjects, two patterns). The negated classes below match the same characters under a
 * non-Unicode `i`: case folding without `u` never maps a character from U+0080 up to an ASCII one,
 * and U+0080–U+00A0 have no case forms, so the class is the ASCII letters and digits plus every
 * unit from U+00A1 (a test checks every code unit).
 */

/** Each wide class of the model's URL patterns and its case-closure-free equivalent. */
export const WIDE_CLASS_EQUIVALENTS: ReadonlyArray<readonly [string, string]> = [
  [String.raw`[a-z\u00A1-\uFFFF\d]`, String.raw`[^\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\xa0]`],
  [String.raw`[a-z\u00A1-\uFFFF]`, String.raw`[^\x00-\x40\x5b-\x60\x7b-\xa0]`],
];

/** One pattern of the model's `trex` lists: source, flags, token category. */
type TrexEntry = [string, string, ...unknown[]];

/** The model's `trex` shape, as wink-nlp's `compile-trex.js` reads it. */
interface Trex {
  ltc: TrexEntry[];
  rtc: TrexEntry[];
  helpers: Record<string, TrexEntry>;
  [key: string]: unknown;
}

/**
 * A copy of `trex` whose non-Unicode, case-insensitive patterns have their wide classes replaced
 * by the equivalents above; every other pattern is the same object (the model data is not changed).
 */
export function trexWithoutWideCaseClasses<T extends Trex>(trex: T): T {
  return { ...trex, ltc: trex.ltc.map(narrowed), rtc: trex.rtc.map(narrowed) };
}

/** `entry` with its wide classes replaced, when its flags make V8 close them over case. */
function narrowed(entry: TrexEntry): TrexEntry {
  const [source, flags] = entry;
  if (!flags.includes('i') || flags.includes('u')) return entry;
  let out = source;
  for (const [wide, narrow] of WIDE_CLASS_EQUIVALENTS) out = out.replaceAll(wide, narrow);
  return out === source ? entry : [out, ...entry.slice(1)] as TrexEntry;
}
