import { describe, expect, it } from 'vitest';
import { charCodeAt, codePointAt } from '../../src/document/charCodes.js';

// The plain-function charCodeAt (sixteenth speed pass) against the method, on strings of the
// representations V8 gives text: flat, sliced, joined, two-byte, used as an object key.
describe('charCodeAt as a function', () => {
  it('reads the same code units as the method, NaN past either end', () => {
    const base = 'Vale told the harbour board ’the levy stays’ on Tuesday, café';
    const keyed: Record<string, number> = {};
    const sliced = base.slice(5, 30);
    keyed[sliced] = 1;
    const strings = ['', 'Ruiz', base, sliced, base.slice(2, 6), `${base.slice(0, 20)}${String(Math.random()).slice(0, 3)}`, base.slice(44), '\ud83d\ude00 Okafor'];
    for (const s of strings) {
      for (let i = -1; i <= s.length; i++) {
        const got = charCodeAt(s, i);
        const want = s.charCodeAt(i);
        if (Number.isNaN(want)) expect(got).toBeNaN();
        else expect(got).toBe(want);
      }
    }
  });
});

describe('codePointAt as a function', () => {
  it('reads the same code points as the method, lone surrogates and pairs included, undefined past either end', () => {
    const base = 'Berg paid the tram fare \ud83d\ude8b at the orchard gate, café \ud83d and \ude00 alone';
    const keyed: Record<string, number> = {};
    const sliced = base.slice(3, 40);
    keyed[sliced] = 1;
    const strings = ['', 'Dara', base, sliced, `${base.slice(0, 26)}${String(Math.random()).slice(0, 3)}`, base.slice(24, 26)];
    for (const s of strings) for (let i = -1; i <= s.length; i++) expect(codePointAt(s, i)).toBe(s.codePointAt(i));
  });
});
