import { describe, expect, it } from 'vitest';
import { ENGINE_RENEWAL_CHARS, ENGINE_RENEWAL_WORDS, getNlp, getNlpToRead, readWithSharedEngine, renewNlp } from '../../src/document/nlpModel.js';
import { analyzeArticle } from '../../src/analyzeArticle.js';
import { readDocument } from '../../src/document/readDocument.js';

describe('the shared wink-nlp engine', () => {
  it('is replaced after it has read ENGINE_RENEWAL_CHARS characters, so its lexicon of new words cannot grow without end', () => {
    const first = getNlpToRead(10);
    expect(getNlpToRead(10)).toBe(first);
    const renewed = getNlpToRead(ENGINE_RENEWAL_CHARS);
    expect(renewed).not.toBe(first);
    expect(getNlp()).toBe(renewed);
  });

  it('reads a document the same with a fresh engine as with one that has seen its words before', () => {
    const text = 'Councillor Zqabson told Rxvilleton officials that 1,234 residents met on Tuesday.\nShe said “Qwertyism” was over.';
    readDocument(`${text} Zqabson again.`);
    const seasoned = readDocument(text);
    renewNlp();
    const fresh = readDocument(text);
    // Word ids are the engine's own (a new engine numbers the words it had not seen anew): the
    // rest is the same, and so are the words the ids stand for.
    const { lowerId: seasonedIds, vocabulary: seasonedVocabulary, ...seasonedRest } = seasoned;
    const { lowerId: freshIds, vocabulary: freshVocabulary, ...freshRest } = fresh;
    expect(freshRest).toEqual(seasonedRest);
    expect(freshVocabulary).not.toBe(seasonedVocabulary);
    for (const doc of [seasoned, fresh]) {
      const formOf = new Map<number, string>();
      doc.lowerId.forEach((id, k) => {
        expect(formOf.get(id) ?? doc.lower[k]).toBe(doc.lower[k]);
        formOf.set(id, doc.lower[k]!);
      });
    }
    expect(Array.from(freshIds).filter((id) => id < 0)).toEqual(Array.from(seasonedIds).filter((id) => id < 0));
  });

  it('does not let a word learnt from one document change how the next is tokenised', () => {
    // wink-nlp keeps a token whole once it knows it as a word: after "Brelvik’s." (split from its
    // period and learnt whole), "Brelvik’s plan" stayed one token in the next document
    const text = 'Brelvik’s plan failed, aides said.';
    renewNlp();
    const fresh = readDocument(text);
    expect(fresh.value.slice(0, 2)).toEqual(['Brelvik', '’s']);
    readDocument('It was all Brelvik’s. The Brelvik’s, Brelvik’s.');
    expect(readDocument(text)).toEqual(fresh);
  });

  it('gives the same analysis of an article whatever the process read before it', () => {
    const article = 'Mayor Tovrin’s plan is dead, two aides said on Monday.\nTovrin’s office said the vote would go ahead.';
    renewNlp();
    const alone = analyzeArticle({ id: 'a', text: article });
    analyzeArticle({ id: 'b', text: 'Nobody asked about Tovrin’s. Critics of Tovrin’s, Tovrin’s.' });
    expect(analyzeArticle({ id: 'a', text: article })).toEqual(alone);
  });

  it('is replaced once it has handed out ENGINE_RENEWAL_WORDS new word ids', () => {
    renewNlp();
    const first = getNlpToRead(10);
    // a stream of words never seen before (names, typos): each gets a new id
    const rounds = Math.ceil(ENGINE_RENEWAL_WORDS / 2000) + 2;
    let renewed = false;
    for (let r = 0; r < rounds && !renewed; r++) {
      const words = Array.from({ length: 2000 }, (_, k) => `zq${r.toString(36)}q${k.toString(36)}x`).join(' ');
      readWithSharedEngine(words, () => null);
      renewed = getNlp() !== first;
    }
    expect(renewed).toBe(true);
  });
});

