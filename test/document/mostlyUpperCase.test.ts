import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMostlyUpperCase } from '../../src/document/segments/lineShape.js';

// isMostlyUpperCase stops reading once the letters not upper case pass a tenth of the line (perf84):
// it must answer as the share over the whole line does. The reference counts every code point.
function shareAtLeastNineTenths(line: string): boolean {
  let upper = 0;
  let letters = 0;
  for (const ch of line) {
    if (ch.toLowerCase() === ch.toUpperCase()) continue;
    letters++;
    if (ch === ch.toUpperCase()) upper++;
  }
  return letters !== 0 && upper / letters >= 0.9;
}

// Upper and lower case ASCII and accents, caseless characters, a sharp s, a title-case digraph,
// Greek, and a pair of surrogates with case (Deseret): lines invented.
const PIECES = ['A', 'B', 'z', 'e', ' ', '1', '.', '-', 'É', 'é', 'ß', 'ǅ', 'Σ', 'σ', '𐐀', '𐐨', '中', '“', 'HARBOUR ', 'levy '];

describe('isMostlyUpperCase', () => {
  it('reads ALL-CAPS headlines and not ordinary lines', () => {
    expect(isMostlyUpperCase('VALE WINS THE TARN COUNTY SEAT')).toBe(true);
    expect(isMostlyUpperCase('VALE WINS THE SEAT, says Ruiz')).toBe(false);
    expect(isMostlyUpperCase('Vale wins the Tarn County seat')).toBe(false);
    expect(isMostlyUpperCase('1, 2, 3')).toBe(false);
  });
  it('answers at the edge of nine in ten', () => {
    expect(isMostlyUpperCase('ABCDEFGHIj')).toBe(true);
    expect(isMostlyUpperCase('ABCDEFGHij')).toBe(false);
    expect(isMostlyUpperCase('j ABCDEFGHI')).toBe(true);
    expect(isMostlyUpperCase('ÉÉÉÉÉÉÉÉÉé')).toBe(true);
    expect(isMostlyUpperCase('𐐀𐐀𐐀𐐀𐐀𐐀𐐀𐐀𐐀𐐨')).toBe(true);
  });
  it('answers as the share over the whole line', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
        const line = pieces.join('');
        expect(isMostlyUpperCase(line), line).toBe(shareAtLeastNineTenths(line));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 40 }), (line) => {
        expect(isMostlyUpperCase(line), line).toBe(shareAtLeastNineTenths(line));
      }),
      { numRuns: 2000 },
    );
  });
});
