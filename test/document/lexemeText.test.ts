import { describe, expect, it } from 'vitest';
import { LexemeText, LexemeTextList } from '../../src/document/lexemeText.js';

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
