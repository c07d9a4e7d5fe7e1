import { describe, expect, it } from 'vitest';
import { LexemeText, LexemeTextList, entryStarts } from '../../src/document/lexemeText.js';
import { SortedWordIndex, compareWords } from '../../src/document/wordIndex.js';

/** A list's JSON text between its `[` and `]`, as the model file writes it. */
const textOf = (list: string[]) => JSON.stringify(list).slice(1, -1);

describe('LexemeText', () => {
  const words = ['<oov>', '"', ',', '', 'harbour', 'levy', 'tram\\fare', 'Vale', 'orchard'];

  it('reads each entry of a list text on demand, JSON escapes included', () => {
    const text = new LexemeText(textOf(words), words.length);
    expect(text.at(4)).toBe('harbour');
    expect(text.at(1)).toBe('"');
    expect(text.at(2)).toBe(',');
    expect(text.at(3)).toBe('');
    expect(text.at(6)).toBe('tram\\fare');
    expect(text.toArray()).toEqual(words);
    // (out of the list: nothing, as an array's `at` beyond its end)
    expect(text.at(words.length)).toBeUndefined();
    expect(text.at(-1)).toBeUndefined();
  });

  it('takes the right text of the entries it is given fixes for (index steps and words)', () => {
    const mangled = ['a', 'cafÃ©', 'levy', 'ValeÃ¢ÂÂs'];
    const text = new LexemeText(textOf(mangled), mangled.length, [1, 'café', 2, 'Vale’s']);
    expect(text.toArray()).toEqual(['a', 'café', 'levy', 'Vale’s']);
  });

  it('refuses a text with another number of entries than expected', () => {
    expect(() => new LexemeText(textOf(words), words.length + 1)).toThrow(/fewer entries/);
    expect(() => new LexemeText(textOf(words), words.length - 1)).toThrow(/beyond/);
    expect(new LexemeText('', 0).toArray()).toEqual([]);
    expect(() => new LexemeText('"levy"', 0)).toThrow(/beyond/);
  });
});

describe('LexemeText read in blocks', () => {
  // A sorted list (after its first item) of 70 invented words: three blocks of 32.
  const words = ['<oov>', ...Array.from({ length: 69 }, (_, k) => `levy${String(k).padStart(2, '0')}`), 'Vale'].sort((a, b) => (a === '<oov>' ? -1 : b === '<oov>' ? 1 : compareWords(a, b)));
  const text = textOf(words);
  const starts = entryStarts(text, words.length);
  const steps = [0, 32, 64].map((k, b) => starts[k]! - (b === 0 ? 0 : starts[(b - 1) * 32]!));

  it('reads the same entries as when every start is found at once', () => {
    const blocks = new LexemeText(text, words.length, [], { stride: 32, steps });
    // (a block's first entry before its block, then one inside it, then the last entry)
    expect([blocks.at(32), blocks.at(33), blocks.at(words.length - 1), blocks.at(64)]).toEqual([words[32], words[33], words[words.length - 1], words[64]]);
    expect(blocks.toArray()).toEqual(words);
    expect(blocks.stride).toBe(32);
    // (marks for another number of blocks: every start found at once)
    expect(new LexemeText(text, words.length, [], { stride: 32, steps: steps.slice(1) }).stride).toBe(0);
  });

  it('is searched by SortedWordIndex as the array is', () => {
    const index = new SortedWordIndex(new LexemeTextList(new LexemeText(text, words.length, [], { stride: 32, steps })));
    const plain = new SortedWordIndex(words);
    for (const word of [...words.slice(1), 'harbour', 'levy', 'levy33x', 'zzz', 'Levy05', 'VALE']) expect(index.get(word)).toBe(plain.get(word));
  });
});

describe('LexemeTextList', () => {
  it('reads the model\'s entries, then the words pushed after them, as an array would', () => {
    const model = new LexemeText(textOf(['<oov>', 'harbour', 'levy']), 3);
    const a = new LexemeTextList(model);
    const b = new LexemeTextList(model);
    expect(a.push('Okafor')).toBe(4);
    expect(a.length).toBe(4);
    expect([a.at(0), a.at(2), a.at(3), a.at(4)]).toEqual(['<oov>', 'levy', 'Okafor', undefined]);
    // (each engine's additions are its own; the model's entries are shared)
    expect(b.length).toBe(3);
    expect(b.at(3)).toBeUndefined();
  });
});

describe('LexemeTextList.dropAdded (an engine renewed in place)', () => {
  it('drops the pushed words and keeps the model\'s, so that the next push takes the first added index again', () => {
    const list = new LexemeTextList(new LexemeText(textOf(['<oov>', 'harbour', 'levy']), 3));
    list.push('Okafor');
    list.push('Tarnwick');
    list.dropAdded();
    expect(list.length).toBe(3);
    expect([list.at(1), list.at(2), list.at(3), list.at(4)]).toEqual(['harbour', 'levy', undefined, undefined]);
    expect(list.push('Vale')).toBe(4);
    expect(list.at(3)).toBe('Vale');
  });
});
