import { describe, expect, it } from 'vitest';
import { ENGINE_RENEWAL_CHARS, getNlp, getNlpToRead, renewNlp } from '../../src/document/nlpModel.js';
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
    expect(fresh).toEqual(seasoned);
  });
});
