/**
 * Build-time side of src/document/lemmaExceptionTable.ts: wink-eng-lite-web-model's three
 * lemmatizer exception maps (wn-noun-, wn-verb- and wn-adjective-exceptions.js) written as sorted
 * tables, and its lemmatizer (lemmatize.js) patched to look words up in them.
 */

/** The characters a key or a lemma's added part may hold: above `9` (see lemmaExceptionTable.ts), never a space. */
const TABLE_TEXT = /^[^\x00-\x39]*$/;

/**
 * The table (src/document/lemmaExceptionTable.ts) of one of wink's exception maps: its entries
 * sorted by key, each as key, number of characters dropped, characters added. Throws on a map the
 * table cannot hold (a value no string, a key or an added part with a digit, a space or any
 * character below `9`).
 */
export function lemmaExceptionTableOf(map: Readonly<Record<string, unknown>>): string {
  // (the default order compares UTF-16 code units, as `<` does and as the lookup does)
  const keys = Object.keys(map).sort();
  let table = '';
  for (const key of keys) {
    const lemma = map[key];
    if (typeof lemma !== 'string' || key === '' || !TABLE_TEXT.test(key)) throw new Error(`wink lemma exceptions: unexpected entry ${JSON.stringify(key)}`);
    let shared = 0;
    while (shared < key.length && shared < lemma.length && key.charCodeAt(shared) === lemma.charCodeAt(shared)) shared++;
    const added = lemma.slice(shared);
    if (!TABLE_TEXT.test(added)) throw new Error(`wink lemma exceptions: unexpected lemma ${JSON.stringify(lemma)}`);
    table += `${key}${key.length - shared}${added} `;
  }
  return table;
}

/** Where wink's lemmatizer indexes its exception maps, and the lookup calls that replace them. */
const LEMMATIZE_PATCHES: ReadonlyArray<readonly [string, string]> = [
  ['adjectiveExceptions[value]', 'adjectiveExceptions(value)'],
  ['verbExceptions[value]', 'verbExceptions(value)'],
  ['nounExceptions[value]', 'nounExceptions(value)'],
];

/**
 * wink-eng-lite-web-model's lemmatize.js calling its exception lists (then the lookups of
 * lemmaExceptionTable.ts) instead of indexing them. Throws when the source is not the one the
 * patch was written for (a new model version): each indexing occurs exactly once, and no other
 * remains.
 */
export function patchWinkLemmatize(source: string): string {
  let out = source;
  for (const [from, to] of LEMMATIZE_PATCHES) {
    const at = out.indexOf(from);
    if (at < 0 || out.indexOf(from, at + 1) >= 0) throw new Error(`wink's lemmatize.js changed: expected "${from}" exactly once`);
    out = out.slice(0, at) + to + out.slice(at + from.length);
  }
  if (/Exceptions\s*\[/.test(out)) throw new Error("wink's lemmatize.js changed: an exception list is still indexed");
  return out;
}
