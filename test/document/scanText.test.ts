import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { scanText, textFingerprint } from '../../src/document/scanText.js';
import { normalizeText, normalizeTextFrom } from '../../src/document/normalizeText.js';
import { idOfHashes, stableId } from '../../src/document/stableId.js';
import { notTextProblem } from '../../src/document/validateInput.js';

/** The not-text check as it was before perf41, its own pass: the reference for the shared scan. */
function notTextProblemAsItWas(text: string): string | null {
  let junk = 0;
  let letters = 0;
  let visible = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return `looks like binary data, not text (a NUL character at offset ${i})`;
    if (c <= 0x20) {
      if (c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x20) junk++;
      continue;
    }
    visible++;
    if ((c >= 0x7f && c <= 0x9f) || c === 0xfffd || c === 0xfffe || c === 0xffff) junk++;
    else if (c >= 0xd800 && c <= 0xdfff) {
      const pair = c <= 0xdbff ? text.charCodeAt(i + 1) : 0;
      if (pair >= 0xdc00 && pair <= 0xdfff) {
        letters++;
        i++;
      } else junk++;
    } else if (/[\p{L}\p{M}]/u.test(text[i]!)) letters++;
  }
  if (junk >= 8 && junk > text.length * 0.02) {
    return `looks like binary data, not text (${junk.toLocaleString('en-US')} control or replacement characters in ${text.length.toLocaleString('en-US')})`;
  }
  if (visible >= 200 && letters < visible * 0.2) {
    return `is mostly not text (${Math.round((letters / visible) * 100)}% of its visible characters are letters)`;
  }
  return null;
}

/** Offset of the first code unit normalizeText changes, -1 when it changes none. */
function firstChange(text: string): number {
  const normalized = normalizeText(text);
  for (let i = 0; i < text.length; i++) if (normalized[i] !== text[i]) return i;
  return -1;
}

// Text with the characters each reader treats apart: controls, CR/LF, NUL, exotic spaces, C1,
// replacement characters, lone and paired surrogates, Latin-1 and other-script letters, marks.
const unit = fc.constantFrom(
  'a', 'Z', ' ', '.', '7', '\t', '\n', '\r', '\u0000', '\u0001', '\u000b', '\u007f', '\u0085', '\u00a0', '\u00e9', '\u00d7', '\u00ad',
  '\u0301', '\u03bb', '\u2014', '\u200b', '\u2028', '\u3000', '\ud83d', '\ude00', '\ud83d\ude00', '\ufffd', '\ufeff', '\uffff',
);
const text = fc.oneof(fc.array(unit, { maxLength: 40 }).map((parts) => parts.join('')), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 300 }));

describe('scanText: one pass for the not-text check, normalizeText and stableId', () => {
  it('gives what each reader found in a pass of its own', () => {
    fc.assert(
      fc.property(text, (t) => {
        const scan = scanText(t);
        expect(idOfHashes(scan.h1, scan.h2)).toBe(stableId(t));
        expect(scan.firstReplaced).toBe(firstChange(t));
        expect(normalizeTextFrom(t, scan.firstReplaced)).toBe(normalizeText(t));
        expect(notTextProblem(t)).toBe(notTextProblemAsItWas(t));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 500) },
    );
  });

  it('finds the first character normalizeText replaces, and none in plain text or a surrogate pair', () => {
    expect(scanText('Vale paid the tram fare.').firstReplaced).toBe(-1);
    expect(scanText('Okafor \ud83d\ude00 smiled.').firstReplaced).toBe(-1);
    expect(scanText('Berg\r\nsaid so.').firstReplaced).toBe(4);
    expect(scanText('Berg\u00a0said \r so.').firstReplaced).toBe(4);
    expect(scanText('Dara \ud83d said.').firstReplaced).toBe(5);
    expect(normalizeTextFrom('Vale paid.', -1)).toBe('Vale paid.');
  });

  it('reports the first NUL and keeps counting past it', () => {
    const scan = scanText('Ruiz\u0000\u0000 levy');
    expect(scan.nulAt).toBe(4);
    expect(scan.letters).toBe(8);
    expect(scanText('Ruiz levy').nulAt).toBe(-1);
    expect(notTextProblem('harbour\u0000')).toBe('looks like binary data, not text (a NUL character at offset 7)');
  });

  it('hashes a long text as stableId does', () => {
    const long = 'The harbour levy passed. '.repeat(2_000) + '\ud83d\ude00\r\n';
    const scan = scanText(long);
    expect(idOfHashes(scan.h1, scan.h2)).toBe(stableId(long));
    expect(scan.firstReplaced).toBe(long.length - 2);
  });
});

describe('textFingerprint: whether a scan handed over with a text is its own', () => {
  it('is the scan\'s fingerprint, and the same for the same text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(scanText(t).fingerprint).toBe(textFingerprint(t.slice()));
      }),
    );
  });

  it('tells apart texts of one length that differ anywhere in a short text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 64 }), fc.nat(), (t, n) => {
        const i = n % t.length;
        const other = t.slice(0, i) + String.fromCharCode((t.charCodeAt(i) + 1) & 0xffff) + t.slice(i + 1);
        expect(textFingerprint(other)).not.toBe(textFingerprint(t));
      }),
    );
  });

  it('tells apart long texts of one length with other words, first and last characters included', () => {
    const a = 'Vale said the tram fare would rise in spring, and Berg said nothing. '.repeat(40);
    const b = a.replace(/Vale/g, 'Ruiz');
    expect(b.length).toBe(a.length);
    expect(textFingerprint(b)).not.toBe(textFingerprint(a));
    expect(textFingerprint('X' + a.slice(1))).not.toBe(textFingerprint(a));
    expect(textFingerprint(a.slice(0, -1) + 'X')).not.toBe(textFingerprint(a));
    // and the length counts: a text one character longer differs
    expect(textFingerprint(a + ' ')).not.toBe(textFingerprint(a));
  });
});

describe('stableId seeds', () => {
  it('keep the ids of known texts, from a module the bundler can inline (no imports)', () => {
    // fixed ids: a change of seed or multiplier (or of how they are read) would move every document id
    expect(stableId('Vale said the pier was unsafe.')).toBe('art-0aaa0b3dcd883c');
    const source = readFileSync(new URL('../../src/document/stableIdSeeds.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*(?:import|export\s+(?:\*|\{[^}]*\})\s+from)\b/m);
  });
});
