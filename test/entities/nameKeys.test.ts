import { describe, expect, it } from 'vitest';
import { foldName } from '../../src/entities/nameKeys.js';

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
