import { describe, expect, it } from 'vitest';
import { acronymOf, foldName, isPlainWord, nameParts, pushNamePart, slugOf, withoutFinalDot } from '../../src/entities/nameKeys.js';

describe('foldName', () => {
  it('lower-cases a plain word and a plain phrase, dropping a leading "the"', () => {
    expect(foldName('Ostrava')).toBe('ostrava');
    expect(foldName('The Harbour Authority')).toBe('harbour authority');
    expect(foldName('Them Crooked Vultures')).toBe('them crooked vultures');
    expect(foldName('U.S. Coast Guard')).toBe('u.s. coast guard');
  });

  it('folds spacing, apostrophes, possessives and accents the same way whatever the path', () => {
    expect(foldName('  The   Harbour\tAuthority ')).toBe('harbour authority');
    expect(foldName('Marta Vell’s')).toBe('marta vell');
    expect(foldName("Marta Vell's")).toBe('marta vell');
    expect(foldName('the  Board`s')).toBe('board');
    expect(foldName('José Núñez')).toBe('jose nunez');
  });
});

describe('nameParts', () => {
  it('splits a name into folded words without initials, suffixes or trailing commas', () => {
    expect(nameParts('Donald J. Halvorsen')).toEqual(['donald', 'halvorsen']);
    expect(nameParts('Ana K Ruiz Jr.')).toEqual(['ana', 'ruiz']);
    expect(nameParts('Ruiz, Ana III')).toEqual(['ruiz', 'ana']);
    expect(nameParts('Ostrava')).toEqual(['ostrava']);
  });

  it('gives the same parts whatever the spacing between the words', () => {
    expect(nameParts('José\tNúñez  Vidal')).toEqual(['jose', 'nunez', 'vidal']);
    expect(nameParts('Marta\u00a0Vell’s')).toEqual(['marta', 'vell']);
    expect(nameParts(' The  Vell   Family ')).toEqual(['vell', 'family']);
  });
});

describe('pushNamePart and isPlainWord', () => {
  it('keeps a folded word as nameParts does, and drops initials, suffixes and final commas', () => {
    const out: string[] = [];
    for (const w of ['ana', 'j.', 'k', 'vale,', 'jr.', 'iii', '', 'ruiz-berg']) pushNamePart(out, w);
    expect(out).toEqual(['ana', 'vale', 'ruiz-berg']);
  });

  it('tells the words foldName only lower-cases', () => {
    for (const w of ['Vale', 'U.S.', 'Ruiz-Berg', 'x']) expect(isPlainWord(w)).toBe(true);
    for (const w of ['', '.Vale', '-x', 'José', "O'Neil", 'Vale’s', 'Ana Vale', 'B2']) expect(isPlainWord(w)).toBe(false);
  });
});

describe('withoutFinalDot', () => {
  it('drops one final dot only', () => {
    expect(withoutFinalDot('mr.')).toBe('mr');
    expect(withoutFinalDot('u.s.')).toBe('u.s');
    expect(withoutFinalDot('ms')).toBe('ms');
    expect(withoutFinalDot('')).toBe('');
  });
});

describe('acronymOf', () => {
  /** The array version it replaced. */
  const byArrays = (name: string) => {
    const words = foldName(name).split(/[\s-]+/).filter((w) => w && !['of', 'the', 'and', 'for', 'on', 'in', 'de', 'del', 'la', 'y', '&'].includes(w));
    return words.length < 2 ? null : words.map((w) => w[0]).join('');
  };
  it('gives the initials of the content words, null for one', () => {
    expect(acronymOf('Harbour Levy Authority')).toBe('hla');
    expect(acronymOf('The Department of Orchards')).toBe('do');
    expect(acronymOf('Orchard')).toBeNull();
    expect(acronymOf('Board of the Tram')).toBe('bt');
  });
  it('answers as split(/[\\s-]+/) on hyphens, odd spaces and accents', () => {
    const names = ['Vale-Ruiz Tram Board', '-Okafor  Berg-', 'Dara\u00a0Harbour\u2009Fund', 'Él Órgano de Pesca', ' the of ', '', 'Berg –Vale', 'Okafor\tand\nDara', 'Ruiz’s Orchard Trust', 'A-B-C', '\u{1d400}lpha Beta'];
    for (const n of names) expect(acronymOf(n), n).toBe(byArrays(n));
  });
});

describe('slugOf', () => {
  /** The regular-expression version it replaced. */
  const byRegExp = (name: string) => foldName(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'entity';
  it('joins the letter and digit runs of the folded name by dashes', () => {
    expect(slugOf('Ana Vale')).toBe('ana-vale');
    expect(slugOf('The Tarn County Harbour Board')).toBe('tarn-county-harbour-board');
    expect(slugOf('U.S. Tram Office')).toBe('u-s-tram-office');
    expect(slugOf('Vale')).toBe('vale');
    expect(slugOf('26')).toBe('26');
    expect(slugOf('—')).toBe('entity');
    expect(slugOf('')).toBe('entity');
  });
  it('answers as the two replacements on punctuation at either end, accents, odd spaces and other scripts', () => {
    const names = ['(Vale)', '-Okafor  Berg-', "Ruiz's", 'Ruiz’s Orchard Trust', 'José Núñez', 'Dara\u00a0Harbour\u2009Fund', 'Berg & Sons, Inc.', 'Tarn--Vale', '..', 'a', 'Harbour 2', '\u{1d400}lpha Beta', 'Пётр Вале', 'Vale 4 Berg!', ' the Vale '];
    for (const n of names) expect(slugOf(n), n).toBe(byRegExp(n));
  });
});
