import { describe, expect, it } from 'vitest';
import { phraseSet } from '../../src/attribution/phraseSet.js';
import { describeSource } from '../../src/attribution/describeSource.js';

// The pattern phraseSet replaces: whole words, any case, any whitespace between a phrase's words.
const asPattern = (phrases: string[]) =>
  new RegExp(String.raw`\b(?:${phrases.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|') || '(?!)'})\b`, 'i');

const PHRASES = ['close to', 'asked not to be named', 'insider', 'not authorized', 'not authorized to'];
const TEXTS = [
  'A grower close to the cooperative',
  'A grower CLOSE   TO the cooperative',
  'a grower close\nto the cooperative',
  'a grower close\u00a0to the cooperative',
  'a grower close-to the cooperative',
  'a grower closer to the cooperative',
  'the enclose token',
  'close',
  'close ',
  'the beekeeper, who asked not to be named,',
  'the beekeeper, who asked not to be named_',
  'the beekeeper asked not to be',
  "an insider's view",
  'insiders at the mill',
  'Insider',
  'she was not authorized2 to',
  'not authorized',
  '',
  'é close to é',
];

describe('phraseSet', () => {
  it('finds the phrases where the word pattern does', () => {
    const set = phraseSet(PHRASES);
    const pattern = asPattern(PHRASES);
    for (const text of TEXTS) expect([text, set.test(text)]).toEqual([text, pattern.test(text)]);
  });

  it('finds nothing with no phrases', () => {
    expect(phraseSet([]).test('close to the mill')).toBe(false);
  });

  it('keeps the pattern for a phrase with other characters', () => {
    const set = phraseSet(["o'hara aide", 'close to']);
    expect(set.test("An O'Hara aide spoke")).toBe(true);
    expect(set.test('A grower close to the mill')).toBe(true);
    expect(set.test('A grower near the mill')).toBe(false);
  });

  it('still reads anonymity in a source description', () => {
    expect(describeSource('a grower close to the cooperative')?.kind).toBe('anonymous');
    expect(describeSource('Tarnow', 'who asked not to be named')?.kind).toBe('anonymous');
    expect(describeSource('the grower Tarnow')?.kind).not.toBe('anonymous');
  });
});
