import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module script without types
import { buildStagesProfile } from '../../bench/buildStagesProfile.mjs';
import { readDocument } from '../../src/document/readDocument.js';
import { getNlp, renewNlp } from '../../src/document/nlpModel.js';
import type { SlantDocument } from '../../src/document/readDocument.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

// Unknown words and names (new word ids), abbreviations, initials, quotation marks, contractions, a glued period word,
// line breaks and a long run: what the bundles' wink-nlp patches read or keep between documents and engines.
const TEXTS = [
  'Councillor Zqabson told Rxvilleton officials on Tuesday that 1,234 residents can\'t wait.\nShe said “Qwertyism” was over.',
  'Prof. Okonkwo-Brill and Sen. R. J. Vale met at 5 p.m. in Tarn Co. on Jan. 4. "Why?" asked Ruiz. \'Nobody knew,\' Berg wrote.',
  'The Harbour Times said Vale chimed in. “We won’t sail,” she said -- will it? No. That’s all...\n\n\nZqabson’s plan failed, aides said.',
  `Ruiz joined the Q.X.Z. unit at 4,321,987 Qarth Row (qarth@vale.example, #qarthrow); ${'x'.repeat(90)} was typed. Vale is expected to visit Tarn County next month to open a pier.`,
];

/** A document without its word ids and what they number (an engine's own: a renewed engine numbers new words anew). */
function withoutIds(doc: SlantDocument): Omit<SlantDocument, 'lowerId' | 'vocabulary'> {
  const { lowerId: _ids, vocabulary: _vocabulary, ...rest } = doc;
  return rest;
}

/** More than the words of the model's lexicon (≈ 87,600): an id past it is a word an engine added. */
const MODEL_WORDS = 87_000;

type Stages = { readDocument: typeof readDocument; renewNlp: typeof renewNlp; getNlp: typeof getNlp };

describe('the bundles\' patched wink-nlp across an engine renewal', () => {
  // Inside the project, so that the bundle's external dependencies resolve from its node_modules.
  const cache = join(root, 'node_modules', '.cache', 'slantwise-renewal-test');
  let dir = '';
  let bundled: Stages;
  let bundleUrl = '';

  beforeAll(async () => {
    mkdirSync(cache, { recursive: true });
    dir = mkdtempSync(join(cache, 'bundle-'));
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, `export { readDocument } from '${root}src/document/readDocument.js';\nexport { getNlp, renewNlp } from '${root}src/document/nlpModel.js';\n`);
    // (built as bench:stages builds the stages: wink-nlp bundled with the package build's patches)
    bundleUrl = pathToFileURL(await buildStagesProfile({ out: dir, entry })).href;
    bundled = (await import(bundleUrl)) as Stages;
  }, 300_000);
  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('reads documents as the installed wink-nlp does, before and after each renewal of its engine', () => {
    const wanted = TEXTS.map((text) => withoutIds(readDocument(text)));
    // (the texts do have words the model does not know, which each engine numbers itself, after the model's words)
    const zqabson = bundled.readDocument(TEXTS[0]!);
    const known = zqabson.lowerId[zqabson.lower.indexOf('told')]!;
    expect(zqabson.lowerId[zqabson.lower.indexOf('zqabson')]).toBeGreaterThan(known);
    expect(zqabson.lowerId[zqabson.lower.indexOf('zqabson')]).toBeGreaterThanOrEqual(MODEL_WORDS);
    for (let engine = 0; engine < 3; engine++) {
      if (engine > 0) bundled.renewNlp();
      // (twice per engine: the second read finds the engine's tables, memos and token scratch from the first; in another
      // order per engine, so that an id a new word had in an earlier engine stands for another word in this one)
      for (let round = 0; round < 2; round++) {
        const order = TEXTS.map((_, k) => (k + engine) % TEXTS.length);
        const docs = order.map((k) => bundled.readDocument(TEXTS[k]!));
        expect(docs.map(withoutIds)).toStrictEqual(order.map((k) => wanted[k]));
        for (const doc of docs) {
          // Within one engine, one id stands for one form.
          const formOf = new Map<number, string>();
          doc.lowerId.forEach((id, k) => {
            if (id >= 0) expect(formOf.get(id) ?? doc.lower[k]).toBe(doc.lower[k]);
            if (id >= 0) formOf.set(id, doc.lower[k]!);
          });
        }
      }
    }
  });

  it('numbers words in a new vocabulary after a renewal, and in the same one until the next', () => {
    bundled.renewNlp();
    const first = bundled.readDocument(TEXTS[0]!);
    expect(bundled.readDocument(TEXTS[1]!).vocabulary).toBe(first.vocabulary);
    bundled.renewNlp();
    const renewed = bundled.readDocument(TEXTS[0]!);
    expect(renewed.vocabulary).not.toBe(first.vocabulary);
    expect(withoutIds(renewed)).toStrictEqual(withoutIds(first));
  });

  it('renews its engine in place, which then numbers new words from the model\'s last word on, as a new engine does', () => {
    bundled.renewNlp();
    const engine = bundled.getNlp();
    const first = bundled.readDocument(TEXTS[0]!);
    // (words and feature values the engine added, among them those a later text would take ids from)
    for (const text of TEXTS.slice(1)) bundled.readDocument(text);
    bundled.renewNlp();
    // the same engine (its functions stay compiled), with what it added forgotten: the same ids as after the last renewal
    expect(bundled.getNlp()).toBe(engine);
    const renewed = bundled.readDocument(TEXTS[0]!);
    expect(Array.from(renewed.lowerId)).toStrictEqual(Array.from(first.lowerId));
    expect(withoutIds(renewed)).toStrictEqual(withoutIds(first));
    // (a text read second numbers its new words after the first text's, in either engine's life)
    const third = bundled.readDocument(TEXTS[2]!);
    bundled.renewNlp();
    bundled.readDocument(TEXTS[0]!);
    expect(Array.from(bundled.readDocument(TEXTS[2]!).lowerId)).toStrictEqual(Array.from(third.lowerId));
  });

  it('numbers words after a renewal in place as a new engine of its own does', async () => {
    // (a second instance of the bundle, by another URL: its own shared engine, made new on its first read)
    const fresh = (await import(`${bundleUrl}?fresh`)) as Stages;
    for (const text of TEXTS) bundled.readDocument(text);
    const engine = bundled.getNlp();
    bundled.renewNlp();
    // (in another order than the texts were first read in, so that a word added before the renewal would keep another id)
    const order = [2, 0, 3, 1];
    const renewed = order.map((k) => Array.from(bundled.readDocument(TEXTS[k]!).lowerId));
    expect(bundled.getNlp()).toBe(engine);
    const made = order.map((k) => Array.from(fresh.readDocument(TEXTS[k]!).lowerId));
    expect(fresh.getNlp()).not.toBe(engine);
    expect(renewed).toStrictEqual(made);
  });
});
