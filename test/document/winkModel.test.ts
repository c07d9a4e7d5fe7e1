import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import packageModel from 'wink-eng-lite-web-model';
import coreData from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';
import { NLP_PIPE } from '../../src/document/nlpModel.js';
import { bytesOfBase64, readCore, winkModel } from '../../src/document/winkModel.js';
import { SortedWordIndex } from '../../src/document/wordIndex.js';
import { FeatureListIndex } from '../../src/document/featureListIndex.js';
import { LexemeTextList, entryStarts } from '../../src/document/lexemeText.js';
import { patchWinkCache, patchWinkTokenizer, WINK_SPLITTER_SOURCE, winkMapHash, winkTokenizerPattern } from '../../scripts/coldStartPlugins.js';

const require = createRequire(import.meta.url);

// Words wink's model does not know (added to an engine's lists), contractions, a British
// spelling, abbreviations and numbers: every part of the core data an engine reads or extends.
const TEXT = [
  'Councillor Zqabson told Rxvilleton officials on Tuesday that 1,234 residents can\'t wait.',
  'The Defence Ministry said it "won\'t comment", according to Dr. Vlarsk of the U.N. agency.',
  'Prices rose 4.5% in Q3; ministers were criticised and the organisation\'s e-mail went viral.',
].join('\n');

function readWith(model: unknown, text: string, engine: typeof winkNLP = winkNLP) {
  return readOn(engine(model as never, NLP_PIPE as never), text);
}

/** `readWith` on an engine already made. */
function readOn(nlp: ReturnType<typeof winkNLP>, text: string) {
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  return {
    value: tokens.out(its.value as never),
    normal: tokens.out(its.normal as never),
    pos: tokens.out(its.pos as never),
    lemma: tokens.out(its.lemma as never),
    type: tokens.out(its.type as never),
    precedingSpaces: tokens.out(its.precedingSpaces as never),
    stopWord: tokens.out(its.stopWordFlag as never),
    sentences: doc.sentences().out(its.span as never),
  };
}

describe('the wink-nlp model the library assembles', () => {
  it('builds the same core data as the package\'s own loader', () => {
    // `trex` differs only by equivalent URL classes (winkTrex.test.ts).
    expect({ ...readCore(), trex: coreData.trex }).toStrictEqual((packageModel as unknown as { core(): unknown }).core());
  });

  it('gives every engine its own copy of what engines change, and leaves the package data as it was', () => {
    const before = JSON.stringify(coreData);
    const a = readCore();
    const b = readCore();
    expect(a.features.lexeme.list).not.toBe(b.features.lexeme.list);
    expect(a.features.lexeme.hash).not.toBe(b.features.lexeme.hash);
    readWith(winkModel, `${TEXT} Qqxlorpian Zzyvonne Brackwater-Lumsden.`);
    expect(JSON.stringify(coreData)).toBe(before);
  });

  it('reads documents exactly as wink-nlp does with the package\'s model', () => {
    expect(readWith(winkModel, TEXT)).toStrictEqual(readWith(packageModel, TEXT));
  });

  it('hands every engine the same automaton of the meta entity model, encoded once, however many engines are made', () => {
    const machines = () => (winkModel.metaCER() as { machines: string }).machines;
    const first = machines();
    for (let k = 0; k < 40; k++) expect(machines()).toBe(first);
    // (the package's loader re-encodes its module-level value on every call: a second call gave a string of a string)
    expect(typeof JSON.parse(first)).not.toBe('string');
    for (let k = 0; k < 3; k++) expect(winkNLP(winkModel as never, NLP_PIPE as never).readDoc('Vale spoke at noon.').tokens().length()).toBe(5);
  });

  it('decodes base64 the same with and without Buffer (browsers have only atob)', () => {
    for (const data of [coreData.xpansions as string, 'AQID', 'AQIDBA==', 'AQIDBAU=', '']) {
      expect(new Uint8Array(bytesOfBase64(data, null))).toStrictEqual(new Uint8Array(bytesOfBase64(data)));
    }
    expect([...new Uint8Array(bytesOfBase64('AQIDBA==', null))]).toEqual([1, 2, 3, 4]);
  });

  it('returns a large decoded Buffer\'s own bytes and copies a small one out of the shared pool', () => {
    const large = coreData.xpansions as string;
    const bytes = bytesOfBase64(large);
    expect(bytes.byteLength).toBe(Buffer.from(large, 'base64').byteLength);
    expect(new Uint8Array(bytes)).toStrictEqual(new Uint8Array(Buffer.from(large, 'base64')));
    // A pooled Buffer shares its ArrayBuffer (8 kB) with others: only its own 4 bytes come back.
    const small = bytesOfBase64('AQIDBA==');
    expect(small.byteLength).toBe(4);
    expect([...new Uint8Array(small)]).toEqual([1, 2, 3, 4]);
  });

  it('reads documents the same with the bundles\' wink-nlp, whose cache indexes words in Maps', () => {
    // The bundles carry wink-nlp with cache.js patched (scripts/coldStartPlugins.ts); here the
    // installed copy is patched the same way in a temporary folder.
    const dir = mkdtempSync(join(tmpdir(), 'slantwise-wink-'));
    try {
      const src = dirname(require.resolve('wink-nlp'));
      cpSync(src, join(dir, 'src'), { recursive: true });
      writeFileSync(join(dir, 'src/cache.js'), patchWinkCache(readFileSync(join(src, 'cache.js'), 'utf8')));
      const patched = require(join(dir, 'src/wink-nlp.js')) as typeof winkNLP;
      const mapModel = { ...winkModel, core: () => readCore(true) };
      expect(readCore(true).features.lexeme.hash).toBeInstanceOf(SortedWordIndex);
      expect(readCore(true).features.prefix.hash).toBeInstanceOf(FeatureListIndex);
      const text = `${TEXT} Qqxlorpian Zzyvonne Brackwater-Lumsden. CONSTRUCTOR constructor __proto__ toString`;
      const nlp = patched(mapModel as never, NLP_PIPE as never);
      nlp.readDoc(text);
      // Twice with one engine: the second read finds the words the first one added.
      expect(readWith(mapModel, text, () => nlp)).toStrictEqual(readWith(packageModel, text));
      // The lexemes handed over as the list's text, as dist/wink-core-data.cjs does (lexemeText.ts).
      // (read in blocks of 32 entries, as the build records their first entries' starts)
      const listText = JSON.stringify(coreData.features.lexeme.list).slice(1, -1);
      const starts = entryStarts(listText, coreData.features.lexeme.list.length);
      const steps = Array.from({ length: Math.ceil(starts.length / 32 - 1 / 32) }, (_, b) => starts[b * 32]! - (b === 0 ? 0 : starts[(b - 1) * 32]!));
      const lexeme = Object.defineProperties({}, { text: { value: listText }, length: { value: coreData.features.lexeme.list.length }, fixes: { value: [] }, marks: { value: { stride: 32, steps } } });
      const textData = { ...coreData, features: { ...coreData.features, lexeme } };
      const textModel = { ...winkModel, core: () => readCore(true, textData) };
      expect(readCore(true, textData).features.lexeme.list).toBeInstanceOf(LexemeTextList);
      expect(readCore(true, textData).features.lexeme.list.stride).toBe(32);
      const textNlp = patched(textModel as never, NLP_PIPE as never);
      textNlp.readDoc(text);
      expect(readWith(textModel, text, () => textNlp)).toStrictEqual(readWith(packageModel, text));
      // (without the Maps of the patched wink-nlp, the list is an array again)
      expect(Array.isArray(readCore(false, { ...textData, features: { ...textData.features, lexeme: { list: coreData.features.lexeme.list } } }).features.lexeme.list)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to patch a wink-nlp cache it was not written for', () => {
    const source = readFileSync(require.resolve('wink-nlp/src/cache.js'), 'utf8');
    expect(() => patchWinkCache(source.replace('var index = lexemesHash[ text ];', 'var i = lexemesHash[ text ]; var index = i;'))).toThrow(/cache\.js changed/);
    expect(() => patchWinkCache(`${source}\nvar other = h[ value ];`)).toThrow(/cache\.js changed/);
    // (a feature list read by index that the patch does not turn into `at`)
    expect(() => patchWinkCache(`${source}\nvar word = lxm.list[ 0 ];`)).toThrow(/cache\.js changed/);
    expect(() => patchWinkCache(source.replace('return lxm.list[ index ];', 'return lxm.list[ index ] ;'))).toThrow(/cache\.js changed/);
  });

  it('tokenizes the same with the bundles\' tokenizer, whose no-break-space pattern is made once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'slantwise-wink-'));
    try {
      const src = dirname(require.resolve('wink-nlp'));
      cpSync(src, join(dir, 'src'), { recursive: true });
      const patchedSource = patchWinkTokenizer(readFileSync(join(src, 'tokenizer.js'), 'utf8'));
      // (the literal is gone from the per-token loop, and made once per tokenizer)
      expect(patchedSource.match(/u205f\]\//g)).toHaveLength(1);
      writeFileSync(join(dir, 'src/tokenizer.js'), patchedSource);
      const patched = require(join(dir, 'src/wink-nlp.js')) as typeof winkNLP;
      // No-break, thin and narrow spaces between words, alone and beside ordinary spaces.
      const text = `${TEXT}\nBerg\u00a0Tarnow left at 9\u202fpm;  Okafor \u2009 stayed\u2005home.\u00a0\u00a0Vale\u205fagreed.`;
      expect(readWith(packageModel, text, patched)).toStrictEqual(readWith(packageModel, text));
      const outOf = (engine: typeof winkNLP) => engine(packageModel as never, NLP_PIPE as never).readDoc(text).out();
      expect(outOf(patched)).toBe(outOf(winkNLP));
      expect(outOf(patched)).toBe(text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads raw tokens one at a time with the model\'s splitter, as split would give them', () => {
    // (the model's splitter is the one the scan is written for, so the bundles take the scan)
    const core = (packageModel as unknown as { core(): { trex: { helpers: { splitter: [string, string] } } } }).core();
    const splitter = new RegExp(core.trex.helpers.splitter[0], core.trex.helpers.splitter[1]);
    expect([splitter.source, splitter.flags]).toStrictEqual([WINK_SPLITTER_SOURCE, '']);
    const dir = mkdtempSync(join(tmpdir(), 'slantwise-wink-'));
    try {
      const src = dirname(require.resolve('wink-nlp'));
      cpSync(src, join(dir, 'src'), { recursive: true });
      const patchedSource = patchWinkTokenizer(readFileSync(join(src, 'tokenizer.js'), 'utf8'));
      expect(patchedSource).toContain('if ( !splitOneByOne ) rawTokens = text.split( rgxSplitter );');
      writeFileSync(join(dir, 'src/tokenizer.js'), patchedSource);
      const patched = require(join(dir, 'src/wink-nlp.js')) as typeof winkNLP;
      // Every separator of both classes, alone, in runs, mixed and at both ends; spaces the
      // splitter does not know (U+2006, U+3000, zero width, vertical tab, form feed) inside words.
      const texts = [
        '',
        '   ',
        '\n\n',
        `  Vale said\tno.\r\nRuiz \t agreed;\u00a0 Berg\u2002\u2003left\u2009\u200aat 9\u202fpm.\u205f\n`,
        'Tarn\u2006County\u3000Harbour\u200bTimes\u000bsaid\u000cyes \r\r\n\t done.',
        `\u00a0\u00a0"Go," said Vale.\n\n\nShe left.   `,
      ];
      const scanned = patched(packageModel as never, NLP_PIPE as never);
      const split = winkNLP(packageModel as never, NLP_PIPE as never);
      for (const text of texts) expect(readOn(scanned, text)).toStrictEqual(readOn(split, text));
      // Another splitter (here one that also splits at «z»): `split` again, not the scan.
      const coreWith = (fresh: typeof core) => ({ ...fresh, trex: { ...fresh.trex, helpers: { ...fresh.trex.helpers, splitter: ['([ z]+|[\\n\\r\\t]+)', ''] } } });
      const atZ = { ...packageModel, core: () => coreWith((packageModel as unknown as { core(): typeof core }).core()) };
      const text = 'Ruiz said no.';
      expect(readWith(atZ, text, patched).value.slice(0, 3)).toStrictEqual(['Rui', 'z', 'said']);
      expect(readWith(atZ, text, patched)).toStrictEqual(readWith(atZ, text));
      expect(readOn(scanned, text).value.slice(0, 2)).toStrictEqual(['Ruiz', 'said']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to patch a wink-nlp tokenizer it was not written for', () => {
    const source = readFileSync(require.resolve('wink-nlp/src/tokenizer.js'), 'utf8');
    expect(() => patchWinkTokenizer(source.replace('const hasNBSP', 'const hasNoBreakSpace'))).toThrow(/tokenizer\.js changed/);
    expect(() => patchWinkTokenizer(`${source}\nvar tokenize = function ( doc, text ) {};`)).toThrow(/tokenizer\.js changed/);
    expect(() => patchWinkTokenizer(source.replace('rawTokens = text.split( rgxSplitter );', 'rawTokens = text.split( rgxSplitter, 1e6 );'))).toThrow(/tokenizer\.js changed/);
  });

  it('fails the build when wink-nlp is bundled but the file to patch was moved', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wink-moved-'));
    try {
      // (a wink-nlp whose tokenizer and cache live in lib/, not src/: the patch filters match nothing)
      const lib = join(dir, 'node_modules', 'wink-nlp', 'lib');
      cpSync(dirname(require.resolve('wink-nlp/src/tokenizer.js')), lib, { recursive: true });
      writeFileSync(join(dir, 'entry.js'), "import './node_modules/wink-nlp/lib/tokenizer.js';\n");
      for (const plugin of [winkTokenizerPattern, winkMapHash]) {
        await expect(build({ entryPoints: [join(dir, 'entry.js')], bundle: true, write: false, logLevel: 'silent', plugins: [plugin] })).rejects.toThrow(/was not patched/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
