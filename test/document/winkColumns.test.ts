import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import { NLP_PIPE } from '../../src/document/nlpModel.js';
import { numberWordValue } from '../../src/document/numberWords.js';
import { fillColumnsByAccessors, publicColumns, winkColumns, type WinkTokens, type WordColumns } from '../../src/document/winkColumns.js';
import { winkModel } from '../../src/document/winkModel.js';

// Contractions, words the model does not know, British spellings (mapped), words with several
// lemmas by tag (left/leaves/saw), numbers, abbreviations, hyphens, quotes and blank lines.
const TEXTS = [
  'Councillor Zqabson told Rxvilleton officials on Tuesday that 1,234 residents can\'t wait.',
  'The Defence Ministry said it "won\'t comment", according to Dr. Vlarsk of the U.N. agency.\n\nShe left; he leaves. They saw the saw.',
  'Prices rose 4.5% in Q3; ministers were criticised and the organisation\'s e-mail went viral. I\'d\'ve gone — y\'all know.',
  'Thugs stormed the building’s gates at 5 p.m. “We’re hiding,” the colour-blind workers said. Zqabsons zqabsoned.',
  'Twenty-six Velmor guards, a Dozen clerks and 3.5 million voters: Seventeen of 1,200 said one thing, then 2031 more.',
];

const lemmatize = winkModel.addons.lemmatize as never;

/** Every column of every token, as arrays (lemmas read twice: the second read is memoised). */
function columns(t: WinkTokens) {
  const all = Array.from({ length: t.count }, (_, i) => i);
  return {
    value: all.map((i) => t.value(i)),
    type: all.map((i) => t.type(i)),
    lemma: all.map((i) => t.lemma(i)),
    lemmaAgain: all.map((i) => t.lemma(i)),
    lowerLemma: all.map((i) => t.lowerLemma(i)),
    lowerLemmaAgain: all.map((i) => t.lowerLemma(i)),
    pos: all.map((i) => t.pos(i)),
    normal: all.map((i) => t.normal(i)),
    contraction: all.map((i) => t.contraction(i)),
    sentenceStarts: [...t.sentenceStarts],
  };
}

const WORD_TYPES = new Set(['word', 'number']);

/** What `fillColumns` writes for every token (`keep` = all of them, or every other one). */
function filled(t: WinkTokens, fill: (keep: Int32Array, count: number, out: WordColumns) => void, step: number) {
  const keep = Int32Array.from({ length: Math.ceil(t.count / step) }, (_, k) => k * step);
  const count = keep.length;
  const out: WordColumns = { lower: new Array(count), lowerId: new Int32Array(count), lemma: new Array(count), pos: new Array(count), type: new Array(count), wordType: new Uint8Array(count), numberWord: new Uint8Array(count) };
  fill(keep, count, out);
  // Whether a lemma equal to the form is the same string is not observable here; its value is.
  return { ...out, lowerId: [...out.lowerId], wordType: [...out.wordType], numberWord: [...out.numberWord] };
}

describe('wink-nlp token columns read from the raw document data', () => {
  it('fill the word columns in one pass as the accessors give them, document after document', () => {
    const nlp = winkNLP(winkModel as never, NLP_PIPE as never);
    for (const text of [...TEXTS, ...TEXTS]) {
      for (const step of [1, 2]) {
        const doc = nlp.readDoc(text);
        const raw = winkColumns(nlp as never, doc as never, lemmatize);
        const fast = filled(raw, (keep, count, out) => raw.fillColumns(keep, count, out, WORD_TYPES), step);
        const slow = filled(raw, (keep, count, out) => fillColumnsByAccessors(raw, keep, count, out, WORD_TYPES), step);
        expect(fast).toStrictEqual(slow);
        // The number bit kept in the word record is the number test of the lower-case form.
        expect(fast.numberWord).toStrictEqual(fast.lower.map((w) => (numberWordValue(w) !== null ? 1 : 0)));
        if (step === 1 && text.includes('Twenty-six')) {
          const numbers = fast.lower.filter((_, k) => fast.numberWord[k] === 1);
          expect(numbers).toStrictEqual(['twenty', 'six', 'dozen', '3.5', 'seventeen', '1,200', 'one', '2031']);
        }
        if (step === 1) expect(new Set(fast.wordType)).toStrictEqual(new Set([0, 1])); // punctuation and words
        // Through out(): the same forms and tags (no ids there).
        const pub = publicColumns(nlp as never, doc as never);
        const viaOut = filled(pub, (keep, count, out) => pub.fillColumns(keep, count, out, WORD_TYPES), step);
        expect({ ...viaOut, lowerId: undefined }).toStrictEqual({ ...fast, lowerId: undefined });
      }
    }
  });


  it('are the columns wink-nlp\'s own out() gives, document after document on one engine', () => {
    const nlp = winkNLP(winkModel as never, NLP_PIPE as never);
    // Twice over: the second time the engine has seen every word and the memos are warm.
    for (const text of [...TEXTS, ...TEXTS]) {
      const doc = nlp.readDoc(text);
      const raw = winkColumns(nlp as never, doc as never, lemmatize);
      const fast = columns(raw);
      expect(fast).toStrictEqual(columns(publicColumns(nlp as never, doc as never)));
      expect(fast.value.length).toBeGreaterThan(10);
      // The ids of the normal forms: the id's form is the normal form; one id, one form.
      const ids = Array.from({ length: fast.value.length }, (_, i) => raw.normalId(i));
      const formOf = new Map<number, string>();
      ids.forEach((id, i) => {
        expect(id).toBeGreaterThanOrEqual(0);
        expect(raw.form(id)).toBe(fast.normal[i]);
        expect(formOf.get(id) ?? fast.normal[i]).toBe(fast.normal[i]);
        formOf.set(id, fast.normal[i]!);
      });
      expect(raw.vocabulary).not.toBeNull();
      // The lower-cased lemma (remembered per word and tag) is the lemma, or the word, lower-cased.
      expect(fast.lowerLemma).toStrictEqual(fast.lemma.map((l, i) => (l ?? fast.value[i]!).toLowerCase()));
    }
  });

  it('fall back to out() when the model does not hand out its raw data', () => {
    const model = { ...winkModel, addons: { ...winkModel.addons, readabilityStats: () => ({ tokens: 'not raw data' }) } };
    const nlp = winkNLP(model as never, NLP_PIPE as never);
    const doc = nlp.readDoc(TEXTS[1]!);
    expect(columns(winkColumns(nlp as never, doc as never, lemmatize))).toStrictEqual(columns(publicColumns(nlp as never, doc as never)));
  });
});

describe('winkColumns layout constants', () => {
  it('live in a module the bundler can inline (no imports), with record slots inside one stride and distinct info bits', async () => {
    const L = await import('../../src/document/winkColumnLayout.js');
    // esbuild inlines a top-level constant only from a module without imports
    const source = readFileSync(new URL('../../src/document/winkColumnLayout.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*(?:import|export\s+(?:\*|\{[^}]*\})\s+from)\b/m);
    const slots = [L.INFO, L.NORMAL_ID, L.VALUE, L.FORM, L.LEMMA];
    expect(new Set(slots).size).toBe(slots.length);
    for (const s of slots) expect(s >= 0 && s < L.WORD_STRIDE).toBe(true);
    expect(L.PAGE_MASK).toBe(L.PAGE_WORDS - 1);
    // the info word: type code in bits 0-7, 1 + tag in bits 8-15, then the two flags
    expect(L.FILLED).toBe(1 << 16);
    expect(L.NUMBER_WORD).toBe(1 << 17);
    expect(L.POS_MASK >>> L.BITS_FOR_LEMMA).toBe(0x3f);
  });
});
