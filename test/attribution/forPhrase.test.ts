import { describe, expect, it } from 'vitest';
import { splitAtForPhrase } from '../../src/attribution/forPhrase.js';
import { describeSource } from '../../src/attribution/describeSource.js';
import { isRegexSpaceCode } from '../../src/document/letterRuns.js';

// splitAtForPhrase stands in for a regular expression (cold start): the same groups on every
// string, whatever its spaces, case, articles and line breaks.
const PATTERN = /^(?:a|an|the|one|another)?\s*([\p{L}\s-]+?)\s+(?:for|of|at|from)\s+(.+)$/iu;
const viaPattern = (s: string) => {
  const m = PATTERN.exec(s);
  return m ? { head: m[1], organization: m[2] } : null;
};

describe('splitAtForPhrase', () => {
  it('splits a person speaking for an organisation', () => {
    expect(splitAtForPhrase('a spokeswoman for the Tarnow Harbour Board')).toEqual({ head: 'spokeswoman', organization: 'the Tarnow Harbour Board' });
    expect(splitAtForPhrase('The head of research at Okafor Labs')).toEqual({ head: 'head', organization: 'research at Okafor Labs' });
    expect(splitAtForPhrase('Vale and Ruiz')).toBeNull();
    expect(describeSource('a spokeswoman for the Tarnow Harbour Board')).toMatchObject({ kind: 'person', name: null, anaphor: 'spokeswoman', affiliation: 'Tarnow Harbour Board' });
  });

  it('gives the groups of the regular expression it replaces', () => {
    const fixed = [
      '', 'for', ' for x', 'a for b', 'an for b', 'another aide for Berg', 'ANOTHER Aide FOR Berg', 'one of them', 'the  chair  of  the  board',
      'aide for ', 'aide for  ', 'aide for \n', 'aide for\nBerg', 'aide\nfor Berg\nand Vale', 'aide for Berg\n', 'aide for Berg \u2028x',
      'aide\u00a0for\u3000Berg', 'aide fort Berg', 'aide of-the year', 'self-styled envoy from Ruiz Co.', 'envoy from from from x',
      'Σύμβουλος for Berg', 'a\u0345b for c', '𝐀ide for Berg', 'aide 2 for Berg', 'aide\u180efor Berg', 'the the for the', ' ', 'x of',
    ];
    const parts = ['a', 'an', 'the', 'one', 'another', 'A', 'The', 'for', 'FOR', 'of', 'at', 'from', 'From', 'aide', 'Berg', '-', 'x', '1', '.', '\u0345', 'é', '𝐀'];
    const spaces = [' ', '  ', '', '\n', '\t', '\u00a0', '\u2028'];
    let seed = 7;
    const rand = (k: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % k;
    };
    const random: string[] = [];
    for (let i = 0; i < 4000; i++) {
      let s = '';
      const len = 1 + rand(7);
      for (let j = 0; j < len; j++) s += parts[rand(parts.length)]! + spaces[rand(spaces.length)]!;
      random.push(s);
    }
    for (const s of [...fixed, ...random]) expect(splitAtForPhrase(s), JSON.stringify(s)).toEqual(viaPattern(s));
  });

  it('reads a head character as the class [\\p{L}\\s-] with the i and u flags does, on every code point', () => {
    const wrong: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const c = String.fromCodePoint(cp);
      const s = `${c} for x`;
      const expected = viaPattern(s);
      const got = splitAtForPhrase(s);
      if (JSON.stringify(expected) !== JSON.stringify(got)) wrong.push(cp);
    }
    expect(wrong).toEqual([]);
  });

  it('matches \\s exactly, and the articles and prepositions in ASCII letters only', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isRegexSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    // (no letter of "a an the one another for of at from" has a non-ASCII case twin)
    for (let cp = 0x80; cp <= 0x10ffff; cp++) if (/[aefhmnort]/iu.test(String.fromCodePoint(cp))) wrong.push(cp);
    expect(wrong).toEqual([]);
  });
});
