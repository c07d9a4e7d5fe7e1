import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import { packageModel } from './stablePackageModel.js';
import coreData from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';
import { NLP_PIPE } from '../../src/document/nlpModel.js';
import { bytesOfBase64, readCore, winkModel } from '../../src/document/winkModel.js';
import { SortedWordIndex } from '../../src/document/wordIndex.js';
import { FeatureListIndex } from '../../src/document/featureListIndex.js';
import { LexemeTextList, entryStarts } from '../../src/document/lexemeText.js';
import { patchWinkAutomaton, patchWinkCache, patchWinkDocumentMethods, patchWinkReadDoc, patchWinkRecursiveTokenizer, patchWinkTokenizer, patchWinkTransformers, WINK_SPLITTER_SOURCE, withRecognizeLocals, winkAutomatonRows, winkDocumentMethods, winkMapHash, winkReadDoc, winkRecursiveTokenizer, winkTokenizerPattern, withFastMethods, withFastRawDocument } from '../../scripts/coldStartPlugins.js';

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

/**
 * Runs `use` on a copy of the installed wink-nlp in a temporary folder, removed afterwards: `src` is the
 * installed package's folder (read the sources to patch there), `dir` the copy's root (its files in `dir/src`).
 */
function withWinkCopy(use: (src: string, dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'slantwise-wink-'));
  try {
    const src = dirname(require.resolve('wink-nlp'));
    cpSync(src, join(dir, 'src'), { recursive: true });
    use(src, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
    withWinkCopy((src, dir) => {
      writeFileSync(join(dir, 'src/cache.js'), patchWinkCache(readFileSync(join(src, 'cache.js'), 'utf8')));
      // (with the document methods that read the cache's `lookupForToken`, as the bundles pair them)
      writeFileSync(join(dir, 'src/dd-wrapper.js'), patchWinkDocumentMethods(readFileSync(join(src, 'dd-wrapper.js'), 'utf8')));
      const patched = require(join(dir, 'src/wink-nlp.js')) as typeof winkNLP;
      const mapModel = { ...winkModel, core: () => readCore(true) };
      expect(readCore(true).features.lexeme.hash).toBeInstanceOf(SortedWordIndex);
      expect(readCore(true).features.prefix.hash).toBeInstanceOf(FeatureListIndex);
      // (contractions, whose lookup answers several entries, next to words that answer one; glued
      // pieces the recursive tokenizer splits by asking whether a part is a word)
      const text = `${TEXT} Qqxlorpian Zzyvonne Brackwater-Lumsden. CONSTRUCTOR constructor __proto__ toString Vale didn't sail, Ruiz won't, Berg can't; they'd gone.Ruiz's (pier)-toll,ferry`;
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
    });
  });

  it('refuses to patch a wink-nlp cache it was not written for', () => {
    const source = readFileSync(require.resolve('wink-nlp/src/cache.js'), 'utf8');
    expect(() => patchWinkCache(source.replace('var index = lexemesHash[ text ];', 'var i = lexemesHash[ text ]; var index = i;'))).toThrow(/cache\.js changed/);
    expect(() => patchWinkCache(`${source}\nvar other = h[ value ];`)).toThrow(/cache\.js changed/);
    // (a feature list read by index that the patch does not turn into `at`)
    expect(() => patchWinkCache(`${source}\nvar word = lxm.list[ 0 ];`)).toThrow(/cache\.js changed/);
    expect(() => patchWinkCache(source.replace('return lxm.list[ index ];', 'return lxm.list[ index ] ;'))).toThrow(/cache\.js changed/);
  });

  it('reads documents the same when readDoc tokenizes into an array kept between documents', () => {
    withWinkCopy((src, dir) => {
      // (the three patches the bundles pair: the cache's lookupForToken, the stores at a count, the scratch)
      writeFileSync(join(dir, 'src/cache.js'), patchWinkCache(readFileSync(join(src, 'cache.js'), 'utf8')));
      writeFileSync(join(dir, 'src/dd-wrapper.js'), patchWinkDocumentMethods(readFileSync(join(src, 'dd-wrapper.js'), 'utf8')));
      const readDocSource = patchWinkReadDoc(readFileSync(join(src, 'wink-nlp.js'), 'utf8'));
      expect(readDocSource).toContain('rdd.tokens = tokenScratch;');
      writeFileSync(join(dir, 'src/wink-nlp.js'), readDocSource);
      const patched = require(join(dir, 'src/wink-nlp.js')) as typeof winkNLP;
      const mapModel = { ...winkModel, core: () => readCore(true) };
      const nlp = patched(mapModel as never, NLP_PIPE as never);
      const long = `${TEXT}\nVale didn't sail; the Harbour Times's editor, Berg, said "no" at 9 a.m. Qorvath agreed.\n${TEXT}`;
      const short = 'Ruiz said the pier was safe.';
      // A long document, then a shorter one (whose tokens are written over the long one's in the
      // scratch), then the long one again: each as a new engine reads it, with only its own tokens.
      for (const text of [long, short, long, 'Tarn.', '']) {
        expect(readWith(mapModel, text, () => nlp)).toStrictEqual(readWith(packageModel, text));
        const doc = nlp.readDoc(text);
        expect(doc.out()).toBe(text);
        expect(doc.tokens().length()).toBe(winkNLP(packageModel as never, NLP_PIPE as never).readDoc(text).tokens().length());
      }
      // A document larger than the scratch keeps: read right, and the next one too.
      const huge = 'a b '.repeat(33_000);
      expect(nlp.readDoc(huge).tokens().length()).toBe(66_000);
      expect(readWith(mapModel, short, () => nlp)).toStrictEqual(readWith(packageModel, short));
      // Custom entities: their examples are tokenized into an empty array of their own (no scratch).
      const withEntities = patched(mapModel as never, ['sbd', 'pos', 'cer'] as never);
      const reference = winkNLP(packageModel as never, ['sbd', 'pos', 'cer'] as never);
      const entities = [{ name: 'paper', patterns: ['Harbour Times', '[PROPN] Gazette'] }];
      withEntities.learnCustomEntities(entities);
      reference.learnCustomEntities(entities);
      const text = 'The Harbour Times and the Tarn Gazette said so.';
      const found = (engine: ReturnType<typeof winkNLP>) => engine.readDoc(text).customEntities().out(engine.its.detail as never);
      expect(found(withEntities)).toStrictEqual(found(reference));
      expect(found(withEntities)).toHaveLength(2);
    });
  });

  it('refuses to tokenize into a kept array when readDoc or the document methods changed', () => {
    const source = readFileSync(require.resolve('wink-nlp/src/wink-nlp.js'), 'utf8');
    expect(() => patchWinkReadDoc(source.replace('    rdd.tokens = [];\n', '    rdd.tokens = new Array();\n'))).toThrow(/wink-nlp\.js changed/);
    expect(() => patchWinkReadDoc(source.replace('tokenize( wrappedDocData, text );', 'tokenize( wrappedDocData, text.trim() );'))).toThrow(/wink-nlp\.js changed/);
    expect(() => patchWinkReadDoc(source.replace('rdd.numOfTokens = rdd.tokens.length / tkSize;', 'rdd.tokens = rdd.tokens.slice();\n    rdd.numOfTokens = rdd.tokens.length / tkSize;'))).toThrow(/more than once/);
    const wrapper = readFileSync(require.resolve('wink-nlp/src/dd-wrapper.js'), 'utf8');
    const patched = patchWinkDocumentMethods(wrapper);
    expect(patched).not.toMatch(/= tokens\.push\(/);
    expect(patched).toContain('methods._tokenEntries = tokenEntries;');
    // (a push the patch does not know, or another read of the tokens, would not follow the count)
    expect(() => patchWinkDocumentMethods(`${wrapper}\nvar more = function ( a ) { tokens.push( a, 0, 0, 0 ); };`)).toThrow(/dd-wrapper\.js changed/);
    expect(() => patchWinkDocumentMethods(wrapper.replace('idx = tokens.push( tokenIndex[ 0 ], precedingSpaces, 0, 0 );', 'idx = tokens.push( tokenIndex[ 0 ], precedingSpaces, 1, 0 );'))).toThrow(/dd-wrapper\.js changed/);
  });

  it('makes readDoc\'s raw document data with its property names from the start: same keys, same order, null prototype, same documents', () => {
    withWinkCopy((src, dir) => {
      const source = readFileSync(join(src, 'wink-nlp.js'), 'utf8');
      const patchedSource = withFastRawDocument(source);
      expect(patchedSource).not.toContain('var rdd = Object.create( null );');
      expect(patchedSource).toContain('var rdd = Object.setPrototypeOf( { cache: undefined, wordVectors: undefined, tokens: undefined, ');
      writeFileSync(join(dir, 'src/wink-nlp.js'), patchedSource);
      const patched = require(join(dir, 'src/wink-nlp.js')) as typeof winkNLP;
      // (the library's model hands over wink-nlp's raw document data as `readabilityStats`)
      const raw = (engine: typeof winkNLP, text: string) => {
        const nlp = engine(winkModel as never, NLP_PIPE as never);
        return nlp.readDoc(text).out(nlp.its.readabilityStats as never) as unknown as Record<string, unknown>;
      };
      for (const text of [TEXT, 'Ruiz said the pier was safe. Vale left.', '']) {
        const fast = raw(patched, text);
        const slow = raw(winkNLP, text);
        expect(Object.getPrototypeOf(fast)).toBeNull();
        expect(Object.keys(fast)).toStrictEqual(Object.keys(slow));
        expect(Object.keys(fast)).toContain('numOfSentences');
        expect(JSON.stringify(fast.tokens)).toBe(JSON.stringify(slow.tokens));
        expect(JSON.stringify(fast.sentences)).toBe(JSON.stringify(slow.sentences));
        expect(readWith(winkModel, text, patched)).toStrictEqual(readWith(packageModel, text));
      }
    });
  });

  it('refuses to make the raw document data as a literal when readDoc makes or changes it otherwise', () => {
    const source = readFileSync(require.resolve('wink-nlp/src/wink-nlp.js'), 'utf8');
    expect(() => withFastRawDocument(source.replace('    var rdd = Object.create( null );\n', '    var rdd = {};\n'))).toThrow(/wink-nlp\.js changed/);
    expect(() => withFastRawDocument(source.replace('    rdd.markings = [];\n', '    rdd.markings = [];\n    delete rdd.markings;\n'))).toThrow(/wink-nlp\.js changed/);
    expect(() => withFastRawDocument(source.replace('    rdd.markings = [];\n', "    rdd[ 'markings' ] = [];\n"))).toThrow(/wink-nlp\.js changed/);
    expect(patchWinkReadDoc(source)).toContain('var rdd = Object.setPrototypeOf( {');
  });

  it('splits glued words the same with the bundles\' recursive tokenizer, which passes an index into its list of patterns', () => {
    withWinkCopy((src, dir) => {
      const source = readFileSync(join(src, 'recursive-tokenizer.js'), 'utf8');
      const patchedSource = patchWinkRecursiveTokenizer(source);
      expect(patchedSource).not.toContain('regexes.slice');
      expect(patchedSource).toContain('tokenizeTextRecursively( tokens[ i ], regexes, from + 1 );');
      writeFileSync(join(dir, 'src/recursive-tokenizer.js'), patchedSource);
      const patched = require(join(dir, 'src/wink-nlp.js')) as typeof winkNLP;
      // Pieces the linear tokenizer leaves to the recursive one: punctuation inside and around
      // words, several levels deep, with numbers, symbols, hashtags, mentions and addresses glued on.
      const text = [
        TEXT,
        '(pier)-toll,ferry “Vale”—Berg; U.S.-led,Tarn-based 4.5bn/yr $12.50/ton #PierVote@HarbourTimes',
        'vale@harbour.example/pier?x=1 ...Ruiz\'s(“late”)fee!? 9a.m.-5p.m. [Berg]:{Vale}/Tarn--Ruiz...',
      ].join('\n');
      expect(readWith(packageModel, text, patched)).toStrictEqual(readWith(packageModel, text));
      expect(patched(packageModel as never, NLP_PIPE as never).readDoc(text).out()).toBe(text);
    });
  });

  it('refuses to patch a recursive tokenizer it was not written for', () => {
    const source = readFileSync(require.resolve('wink-nlp/src/recursive-tokenizer.js'), 'utf8');
    expect(() => patchWinkRecursiveTokenizer(source.replace('regexes.slice( 1 )', 'regexes.slice( 1, 9 )'))).toThrow(/recursive-tokenizer\.js changed/);
    expect(() => patchWinkRecursiveTokenizer(source.replace('var rgx = regexes[ 0 ];', 'var rgx = regexes[ 0 ];\n    var next = regexes[ 1 ];'))).toThrow(/read elsewhere/);
  });

  it('tokenizes the same with the bundles\' tokenizer, whose no-break-space pattern is made once', () => {
    withWinkCopy((src, dir) => {
      const patchedSource = patchWinkTokenizer(readFileSync(join(src, 'tokenizer.js'), 'utf8'));
      // (the literal is gone from the per-token loop, and made once per tokenizer)
      expect(patchedSource.match(/u205f\]\//g)).toHaveLength(1);
      // (with the model's splitter, the raw-token scan tells a space run with a no-break space: no pattern test per raw token)
      expect(patchedSource).toContain('const hasNBSP = splitOneByOne ? rawNoBreak : rgxNoBreakSpace.test( t );');
      writeFileSync(join(dir, 'src/tokenizer.js'), patchedSource);
      const patched = require(join(dir, 'src/wink-nlp.js')) as typeof winkNLP;
      // No-break, thin and narrow spaces between words, alone and beside ordinary spaces.
      const text = `${TEXT}\nBerg\u00a0Tarnow left at 9\u202fpm;  Okafor \u2009 stayed\u2005home.\u00a0\u00a0Vale\u205fagreed. \u00a0Ruiz  \u200a\u2003\u00a0 said\u2002 no.\u00a0\n\u00a0Tarn`;
      expect(readWith(packageModel, text, patched)).toStrictEqual(readWith(packageModel, text));
      const outOf = (engine: typeof winkNLP) => engine(packageModel as never, NLP_PIPE as never).readDoc(text).out();
      expect(outOf(patched)).toBe(outOf(winkNLP));
      expect(outOf(patched)).toBe(text);
    });
  });

  it('reads raw tokens one at a time with the model\'s splitter, as split would give them', () => {
    // (the model's splitter is the one the scan is written for, so the bundles take the scan)
    const core = (packageModel as unknown as { core(): { trex: { helpers: { splitter: [string, string] } } } }).core();
    const splitter = new RegExp(core.trex.helpers.splitter[0], core.trex.helpers.splitter[1]);
    expect([splitter.source, splitter.flags]).toStrictEqual([WINK_SPLITTER_SOURCE, '']);
    withWinkCopy((src, dir) => {
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
    });
  });

  it('refuses to patch a wink-nlp tokenizer it was not written for', () => {
    const source = readFileSync(require.resolve('wink-nlp/src/tokenizer.js'), 'utf8');
    expect(() => patchWinkTokenizer(source.replace('const hasNBSP', 'const hasNoBreakSpace'))).toThrow(/tokenizer\.js changed/);
    expect(() => patchWinkTokenizer(`${source}\nvar tokenize = function ( doc, text ) {};`)).toThrow(/tokenizer\.js changed/);
    expect(() => patchWinkTokenizer(source.replace('rawTokens = text.split( rgxSplitter );', 'rawTokens = text.split( rgxSplitter, 1e6 );'))).toThrow(/tokenizer\.js changed/);
  });

  it('finds the same sentences, tags, negations, entities and custom patterns with the bundles\' automaton tables', () => {
    withWinkCopy((src, dir) => {
      writeFileSync(join(dir, 'src/automaton.js'), patchWinkAutomaton(readFileSync(join(src, 'automaton.js'), 'utf8')));
      const patched = require(join(dir, 'src/wink-nlp.js')) as typeof winkNLP;
      // Abbreviations and initials (sentence machine), quotes, a question and line breaks, negations,
      // dates, money and numbers (entity machine), and words the tagger's hints change.
      const text = [
        'Dr. Vale of the Harbour Times did not say whether 7 ferries, worth $4.5 million, would sail.',
        '"We won\'t wait," Ruiz told Tarn County officials on March 3, 2026. Was it late?',
        'Berg, who never loved the plan, called it "a gift"!\nThe U.S. office of J. K. Tarnow opened at 9 a.m. Then it rained.',
      ].join(' ');
      const full = (engine: typeof winkNLP) => {
        const nlp = engine(packageModel as never);
        const its = nlp.its;
        const doc = nlp.readDoc(text);
        return {
          ...readWith(packageModel, text, () => nlp),
          negation: doc.tokens().out(its.negationFlag as never),
          entities: doc.entities().out(its.detail as never),
          sentiment: doc.sentences().out(its.sentiment as never),
        };
      };
      const fromPatched = full(patched);
      expect(fromPatched).toStrictEqual(full(winkNLP));
      // (the machines did find something: several sentences, entities, a negation)
      expect(fromPatched.sentences.length).toBeGreaterThan(4);
      expect(fromPatched.entities.length).toBeGreaterThan(2);
      expect(fromPatched.negation).toContain(true);
      expect(readWith(packageModel, text, patched)).toStrictEqual(readWith(packageModel, text));
      // Custom patterns: learned (a machine of numbers), then learned again (its tables made anew).
      // (the library's model: the package's loader re-encodes its pattern automaton at every engine)
      const custom = (engine: typeof winkNLP) => {
        const nlp = engine(winkModel as never);
        const found = (patterns: unknown[]) => {
          nlp.learnCustomEntities(patterns as never);
          return nlp.readDoc(text).customEntities().out(nlp.its.detail as never);
        };
        return [
          found([{ name: 'ferry count', patterns: ['[NUM] ferries'] }, { name: 'title', patterns: ['Dr. [PROPN]', '[PROPN] [PROPN]'] }]),
          found([{ name: 'weather', patterns: ['it rained', 'it [VERB]'] }]),
        ];
      };
      const learned = custom(patched);
      expect(learned).toStrictEqual(custom(winkNLP));
      expect(learned[0]).toContainEqual({ value: '7 ferries', type: 'ferry count' });
      expect(learned[1]).toContainEqual({ value: 'it rained', type: 'weather' });
      expect(JSON.stringify(learned[1])).not.toContain('ferry');
    });
  });

  it('tags and splits the same with the model\'s transformers reading hints through the bundles\' cache readers', () => {
    withWinkCopy((src, dir) => {
      writeFileSync(join(dir, 'src/cache.js'), patchWinkCache(readFileSync(join(src, 'cache.js'), 'utf8')));
      const patched = require(join(dir, 'src/wink-nlp.js')) as typeof winkNLP;
      const transformers = (name: string) => {
        const patchedSource = patchWinkTransformers(readFileSync(require.resolve(`wink-eng-lite-web-model/dist/${name}`), 'utf8'));
        expect(patchedSource).not.toContain('.property(');
        writeFileSync(join(dir, name), patchedSource);
        return require(join(dir, name)) as unknown[];
      };
      const hintModel = {
        ...winkModel,
        core: () => readCore(true),
        sbd: () => ({ ...winkModel.sbd(), transformers: transformers('sbd-transformers.js') }),
        pos: () => ({ ...winkModel.pos(), transformers: transformers('pos-transformers.js') }),
      };
      // Abbreviations and initials, ambiguous quotes and a closing quote before a capital, words the
      // model does not know (read from an engine's own lexicon), and words whose tags the hints set.
      const text = [
        `${TEXT} Prof. Okonkwo-Brill and Sen. R. J. Vale met at 5 p.m. in Tarn Co. on Jan. 4.`,
        'Vale said: "Zorbleton is done." Then Qwintara left. \'Nobody knew,\' Ruiz wrote, \'that it\'d last.\' Etc. etc.',
        'The ferry, a Harbour Times e.g. favourite, can\'t sail -- will it? No. That\'s all... He ran; she won\'t.',
        // (abbreviations the model does not know, before capitals: one sentence each)
        'Ruiz joined the Q.X.Z. Harbour unit. Berg met the V.Q.T. Board on Monday.',
      ].join('\n');
      const nlp = patched(hintModel as never, NLP_PIPE as never);
      nlp.readDoc(text);
      // (twice with one engine: the second read finds the unknown words in the engine's own lexicon)
      expect(readWith(hintModel, text, () => nlp)).toStrictEqual(readWith(packageModel, text));
      expect(readWith(hintModel, text, patched)).toStrictEqual(readWith(packageModel, text));
      // The readers give what `property` gives, for every token, known or not (the library's model
      // hands over wink-nlp's raw document data as `readabilityStats`).
      const rdd = nlp.readDoc(text).out(nlp.its.readabilityStats as never) as unknown as { cache: Record<string, (...a: unknown[]) => unknown>; tokens: number[] };
      const hints = ['sbdHint', 'isAbbrev', 'posHint'] as const;
      const read = (how: (hint: string, word: number) => unknown) => rdd.tokens.filter((_, k) => k % 4 === 0).map((word) => hints.map((hint) => how(hint, word)));
      const byReaders = read((hint, word) => rdd.cache[hint]!(word));
      expect(byReaders).toStrictEqual(read((hint, word) => rdd.cache.property!(word, hint)));
      // (the text has unknown words, and abbreviations among them)
      expect(rdd.tokens.some((word, k) => k % 4 === 0 && word >= (rdd.cache.intrinsicSize!() as number))).toBe(true);
      expect(byReaders.flat().filter((v) => v !== 0).length).toBeGreaterThan(10);
      const unknownAbbreviations = rdd.tokens.filter((word, k) => k % 4 === 0 && word >= (rdd.cache.intrinsicSize!() as number) && rdd.cache.property!(word, 'isAbbrev') === 1);
      expect(unknownAbbreviations.length).toBeGreaterThan(0);
    });
  });

  it('tags the same when readDoc applies the marked part-of-speech transformer once per document instead of per call', () => {
    withWinkCopy((src, dir) => {
      writeFileSync(join(dir, 'src/cache.js'), patchWinkCache(readFileSync(join(src, 'cache.js'), 'utf8')));
      writeFileSync(join(dir, 'src/dd-wrapper.js'), patchWinkDocumentMethods(readFileSync(join(src, 'dd-wrapper.js'), 'utf8')));
      const readDocSource = patchWinkReadDoc(readFileSync(join(src, 'wink-nlp.js'), 'utf8'));
      expect(readDocSource).toContain('posHintedAgain( posShown, posHints, posTags, px, posHintDelta, posKeyLF )');
      writeFileSync(join(dir, 'src/wink-nlp.js'), readDocSource);
      const patched = require(join(dir, 'src/wink-nlp.js')) as typeof winkNLP;
      const posSource = patchWinkTransformers(readFileSync(require.resolve('wink-eng-lite-web-model/dist/pos-transformers.js'), 'utf8'));
      expect(posSource).toContain('transformers[0].hintDelta=108e4');
      writeFileSync(join(dir, 'pos-transformers.js'), posSource);
      const marked = require(join(dir, 'pos-transformers.js')) as Array<((...a: unknown[]) => unknown) & { hintDelta?: number }>;
      let calls = 0;
      const counting = (keepMark: boolean) => {
        const f = Object.assign((...a: unknown[]) => (calls++, marked[0]!(...a)), keepMark ? { hintDelta: marked[0]!.hintDelta } : {});
        return [f, f];
      };
      const modelWith = (keepMark: boolean) => ({ ...winkModel, core: () => readCore(true), pos: () => ({ ...winkModel.pos(), transformers: counting(keepMark) }) });
      // Line breaks (the key the machines skip), words the model does not know, tags the hints set and the machines repair.
      const texts = [
        `${TEXT}\n\nVale can't sail.\nThe Qorvath ferry, Ruiz said, will run late — won't it?\r\n  Berg: "No."`,
        'Ruiz said that that was that.\n\n\nRun, Vale, run! Tarn County\'s clerks were told to wait; they did.',
        // (the first machine retags «to» before a verb, and the second reads the new tag)
        'Vale is expected to visit Tarn County next month to open a pier.',
        '',
        '\n',
      ];
      for (const text of texts) {
        calls = 0;
        expect(readWith(modelWith(true), text, patched)).toStrictEqual(readWith(packageModel, text));
        // (the marked transformer is applied by readDoc, never called)
        expect(calls).toBe(0);
        // Unmarked: the machines call it per token, with the same tags.
        expect(readWith(modelWith(false), text, patched)).toStrictEqual(readWith(packageModel, text));
        if (text.trim() !== '') expect(calls).toBeGreaterThan(0);
      }
      const nlp = patched(modelWith(true) as never, NLP_PIPE as never);
      expect(nlp.readDoc(texts[2]!).tokens().out(nlp.its.pos as never).slice(0, 5)).toStrictEqual(['PROPN', 'AUX', 'VERB', 'PART', 'VERB']);
    });
  });

  it('marks the part-of-speech transformer only when its rule is the one readDoc applies', () => {
    const source = readFileSync(require.resolve('wink-eng-lite-web-model/dist/pos-transformers.js'), 'utf8');
    expect(patchWinkTransformers(source)).toContain(',transformers[0].hintDelta=108e4,');
    expect(() => patchWinkTransformers(source.replace('mapped+108e4', 'mapped+107e4'))).toThrow(/part-of-speech transformer changed/);
    expect(() => patchWinkTransformers(source.replace('rawTokens[4*i]', 'rawTokens[4*i+1]'))).toThrow(/part-of-speech transformer changed/);
    // (the sentence transformers carry no mark)
    expect(patchWinkTransformers(readFileSync(require.resolve('wink-eng-lite-web-model/dist/sbd-transformers.js'), 'utf8'))).not.toContain('.hintDelta=');
  });

  it('refuses to patch transformers that read other properties or none', () => {
    const source = readFileSync(require.resolve('wink-eng-lite-web-model/dist/sbd-transformers.js'), 'utf8');
    expect(patchWinkTransformers(source)).toContain('cache.sbdHint(rawTokens[4*i])');
    expect(() => patchWinkTransformers(source.replace('"isAbbrev"', '"isSlang"'))).toThrow(/transformers changed/);
    expect(() => patchWinkTransformers('module.exports = [];')).toThrow(/transformers changed/);
  });

  it('reads documents the same with the bundles\' cache and document methods made as literals', () => {
    withWinkCopy((src, dir) => {
      for (const file of ['cache.js', 'dd-wrapper.js']) {
        const patchedSource = withFastMethods(readFileSync(join(src, file), 'utf8'), file);
        expect(patchedSource).toContain('var methods = Object.setPrototypeOf( { ');
        writeFileSync(join(dir, 'src', file), patchedSource);
      }
      // The same keys, in the same order, on a null prototype.
      const methodsOf = (folder: string) => {
        const cache = require(join(folder, 'cache.js'))((packageModel as unknown as { core(): unknown }).core(), packageModel.featureFn);
        const doc = require(join(folder, 'dd-wrapper.js'))({ cache, tokens: [] });
        return [cache, doc].map((o: object) => ({ proto: Object.getPrototypeOf(o), keys: Object.keys(o), functions: Object.values(o).every((f) => typeof f === 'function') }));
      };
      const patchedMethods = methodsOf(join(dir, 'src'));
      expect(patchedMethods).toStrictEqual(methodsOf(src));
      expect(patchedMethods[0]).toMatchObject({ proto: null, functions: true });
      expect(patchedMethods[1]!.keys).toContain('_addToken');
      const patched = require(join(dir, 'src/wink-nlp.js')) as typeof winkNLP;
      const text = `${TEXT}\nVale didn't sail; the Harbour Times's editor, Berg, said "no" at 9 a.m. Qorvath agreed.`;
      expect(readWith(packageModel, text, patched)).toStrictEqual(readWith(packageModel, text));
      expect(patched(packageModel as never).readDoc(text).out()).toBe(text);
    });
  });

  it('refuses to patch document methods whose cache lookups changed', () => {
    const source = readFileSync(require.resolve('wink-nlp/src/dd-wrapper.js'), 'utf8');
    const patched = patchWinkDocumentMethods(source);
    expect(patched.match(/cache\.lookupForToken\( text \)/g)).toHaveLength(2);
    expect(patched).not.toContain('cache.lookup( text )');
    expect(() => patchWinkDocumentMethods(source.replace('var tokenIndex = cache.lookup( text );', 'var tokenIndex = cache.lookup(text);'))).toThrow(/dd-wrapper\.js changed/);
    expect(() => patchWinkDocumentMethods(source.replace('return cache.lookup( text );', 'return !!cache.lookup( text );'))).toThrow(/dd-wrapper\.js changed/);
    const cacheSource = readFileSync(require.resolve('wink-nlp/src/cache.js'), 'utf8');
    expect(patchWinkCache(cacheSource)).toContain('methods.lookupForToken = lookupForToken;');
    expect(() => patchWinkCache(cacheSource.replace('  }; // lookup()', '  };'))).toThrow(/cache\.js changed/);
  });

  it('refuses to make a methods literal for a module that makes its methods otherwise', () => {
    const source = readFileSync(require.resolve('wink-nlp/src/dd-wrapper.js'), 'utf8');
    expect(withFastMethods(source, 'dd-wrapper.js')).toContain("var methods = Object.setPrototypeOf( { _addToken: undefined, _addTokenIfInCache: undefined, isLexeme: undefined, clean: undefined }, null );");
    expect(() => withFastMethods(source.replace('var methods = Object.create( null );', 'var methods = {};'), 'dd-wrapper.js')).toThrow(/dd-wrapper\.js changed/);
    expect(() => withFastMethods(`${source}\n  methods.clean = null;`, 'dd-wrapper.js')).toThrow(/dd-wrapper\.js changed/);
  });

  it('recognizes the same patterns through the dense tables of integer tokens as through the Maps and the automaton\'s objects', () => {
    withWinkCopy((src, dir) => {
      const patchedSource = patchWinkAutomaton(readFileSync(join(src, 'automaton.js'), 'utf8'));
      // (the same patched automaton counting its dense reads, and one whose limit leaves every machine to the Maps)
      const counted = patchedSource.replace('h = Math.imul( t, -1640531535 ) >>> shift;', 'globalThis.__denseReads += 1; h = Math.imul( t, -1640531535 ) >>> shift;');
      expect(counted).not.toBe(patchedSource);
      writeFileSync(join(dir, 'src/dense-automaton.js'), counted);
      writeFileSync(join(dir, 'src/map-automaton.js'), counted.replace('var DENSE_LIMIT = 1 << 16;', 'var DENSE_LIMIT = 0;'));
      type Machine = { learn(p: unknown[]): number; recognize(t: unknown[]): unknown[]; importJSON(j: string): void };
      const kinds = ['automaton.js', 'dense-automaton.js', 'map-automaton.js'].map((f) => require(join(dir, 'src', f)) as (cache?: unknown) => Machine);
      const g = globalThis as unknown as { __denseReads: number };
      g.__denseReads = 0;
      // A cache whose line break is word 424242 (machines of numbers, as the library's are).
      const cache = { lookup: () => [424242] };
      // Keys of many kinds: small and large integers, a negative one, one past 32 bits, a fraction; tokens
      // add an unknown word, the line break, and a number as text (which reads the same key as the number).
      const keys: number[] = [1, 2, 3, 7, 40, 1080001, 1080002, 2070003, -5, 2 ** 40, 1.5];
      const tokens: unknown[] = [...keys, 99, 424242, '7', '1080001'];
      let seed = 68;
      const next = (n: number) => {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        return (seed >>> 8) % n;
      };
      const patterns = Array.from({ length: 40 }, (_, i) => ({ name: `p${i % 7}`, pattern: Array.from({ length: 1 + next(4) }, () => keys[next(keys.length)]) }));
      const machines = kinds.map((make) => make(cache));
      for (const m of machines) m.learn(patterns);
      for (let run = 0; run < 300; run++) {
        const stream = Array.from({ length: next(30) }, () => tokens[next(tokens.length)]);
        const found = machines.map((m) => JSON.stringify(m.recognize(stream)));
        expect(found[1]).toBe(found[0]);
        expect(found[2]).toBe(found[0]);
      }
      const dense = g.__denseReads;
      expect(dense).toBeGreaterThan(1000);
      // The model's sentence and part-of-speech machines are read densely too.
      for (const json of [...winkModel.sbd().machines, ...winkModel.pos().machines] as string[]) {
        const m = kinds[1]!(cache);
        m.importJSON(typeof json === 'string' ? json : JSON.stringify(json));
        const before = g.__denseReads;
        m.recognize([1, 2, 1080001, 99, 3]);
        expect(g.__denseReads).toBeGreaterThan(before);
      }
      // Over the limit, the Maps alone (the counted copy with a limit of 0 never read densely).
      const overLimit = kinds[2]!(cache);
      overLimit.learn(patterns);
      const before = g.__denseReads;
      expect(JSON.stringify(overLimit.recognize([1, 2, 3, 7, 40]))).toBe(JSON.stringify(machines[0]!.recognize([1, 2, 3, 7, 40])));
      expect(g.__denseReads).toBe(before);
    });
  });

  it('reads the automaton\'s variables into locals once per recognize, with the same patterns under a transformer and a pattern swap', () => {
    const source = readFileSync(require.resolve('wink-nlp/src/automaton.js'), 'utf8');
    const patched = patchWinkAutomaton(source);
    const body = patched.slice(patched.indexOf('  var recognize = function'), patched.indexOf('}; // recognize()'));
    const code = body.split('\n').filter((line) => !/^\s*\/\//.test(line));
    const localsLine = code.findIndex((line) => line.includes('rootState = root'));
    expect(localsLine).toBeGreaterThan(0);
    // After the locals line, no code line reads the closure's variables.
    for (const line of code.slice(localsLine + 1)) expect(line).not.toMatch(/\b(?:root|keyLF|eosToken|substitutions|cache|rows|terminalAt|otherwiseAt|pushMatch2Patterns)\b/);
    // A local's name already taken in `recognize` refuses the patch.
    const small = '  var recognize = function ( tokens ) {\n    if ( rows === null ) compileRows();\n    // root in a comment stays\n    var x = rows[ root ] || keyLF; var rooted = 1;\n';
    const local = withRecognizeLocals(small);
    expect(local).toContain('    // root in a comment stays\n    var x = rowsAt[ rootState ] || lineBreakKey; var rooted = 1;\n');
    expect(local).toContain('var rootState = root, lineBreakKey = keyLF,');
    expect(() => withRecognizeLocals(small.replace('var x', 'var swaps = 1, x'))).toThrow(/already names swaps/);
    expect(() => withRecognizeLocals(small.replace('    if ( rows === null ) compileRows();\n', ''))).toThrow(/tables first/);
    withWinkCopy((src, dir) => {
      writeFileSync(join(dir, 'src/local-automaton.js'), patched);
      type Machine = { learn(p: unknown[]): number; recognize(t: unknown[], f?: unknown, param?: unknown): unknown[]; setPatternSwap(p: unknown): void };
      const kinds = ['automaton.js', 'local-automaton.js'].map((f) => require(join(dir, 'src', f)) as (cache?: unknown) => Machine);
      const cache = { lookup: () => [424242] };
      const keys = [1, 2, 3, 5, 8, 13, 1080001, 1080005];
      let seed = 71;
      const next = (n: number) => {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        return (seed >>> 8) % n;
      };
      const patterns = Array.from({ length: 30 }, (_, i) => ({ name: `q${i % 5}`, pattern: Array.from({ length: 1 + next(3) }, () => keys[next(keys.length)]) }));
      const machines = kinds.map((make) => make(cache));
      for (const m of machines) m.learn(patterns);
      // A transformer that reads its parameter and the cache it is given (as the model's do), so a wrong
      // argument or a token shifted by a swap changes what is found.
      const seen: [boolean, number][][] = [[], []];
      const transform = (which: number) => (t: number, c: unknown, param: number[], j: number) => {
        seen[which]!.push([c === cache, j]);
        return param[j]! % 3 === 0 ? 1080001 : t;
      };
      let found = 0;
      for (let run = 0; run < 200; run++) {
        const stream = Array.from({ length: next(25) }, () => (next(9) === 0 ? 424242 : keys[next(keys.length)]));
        const param = stream.map(() => next(10));
        const swap = run % 2 === 0 ? null : [[next(5), next(5) + 5, 1080005]];
        const out = machines.map((m, k) => {
          m.setPatternSwap(swap);
          return JSON.stringify(m.recognize(stream, transform(k), param));
        });
        expect(out[1]).toBe(out[0]);
        if (out[0] !== '[]') found += 1;
      }
      expect(found).toBeGreaterThan(50);
      expect(seen[1]).toStrictEqual(seen[0]);
      expect(seen[0]!.every((entry) => entry[0] === true)).toBe(true);
    });
  });

  it('refuses to patch a wink-nlp automaton it was not written for', () => {
    const source = readFileSync(require.resolve('wink-nlp/src/automaton.js'), 'utf8');
    expect(() => patchWinkAutomaton(source.replace('ns = fsm[ state ][ t ] || root;', 'ns = fsm[ state ][ t ] || 0;'))).toThrow(/automaton\.js changed/);
    expect(() => patchWinkAutomaton(source.replace('    customPropertyAtStates = model[ 5 ];\n', ''))).toThrow(/automaton\.js changed/);
    // (another read of the automaton's objects in `recognize`, which the tables would not follow)
    expect(() => patchWinkAutomaton(source.replace('var t;\n', 'var t;\n    var first2 = fsm[ root ];\n'))).toThrow(/still reads/);
  });

  it('fails the build when wink-nlp is bundled but the file to patch was moved', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wink-moved-'));
    try {
      // (a wink-nlp whose tokenizer and cache live in lib/, not src/: the patch filters match nothing)
      const lib = join(dir, 'node_modules', 'wink-nlp', 'lib');
      cpSync(dirname(require.resolve('wink-nlp/src/tokenizer.js')), lib, { recursive: true });
      writeFileSync(join(dir, 'entry.js'), "import './node_modules/wink-nlp/lib/tokenizer.js';\n");
      for (const plugin of [winkTokenizerPattern, winkMapHash, winkAutomatonRows, winkDocumentMethods, winkReadDoc, winkRecursiveTokenizer]) {
        await expect(build({ entryPoints: [join(dir, 'entry.js')], bundle: true, write: false, logLevel: 'silent', plugins: [plugin] })).rejects.toThrow(/was not patched/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
