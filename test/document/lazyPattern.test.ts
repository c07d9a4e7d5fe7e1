import { describe, expect, it } from 'vitest';
import { lazyPattern } from '../../src/document/segments/lazyPattern.js';
import { matchBio } from '../../src/document/segments/bios.js';
import { matchByline } from '../../src/document/segments/bylines.js';

describe('lazyPattern', () => {
  it('builds the pattern once, on first use', () => {
    const name = lazyPattern(String.raw`^by\s+(\p{Lu}\p{L}+)`, 'iu');
    const first = name();
    expect(name()).toBe(first);
    expect(first.exec('By Okafor')?.[1]).toBe('Okafor');
  });

  it('leaves the segment rules that use it matching as before', () => {
    expect(matchByline('By Ana Vale and Tom Berg', 6)?.authors).toEqual(['Ana Vale', 'Tom Berg']);
    expect(matchByline('Reporting by Lena Okafor; Editing by Jan Tarnow', 8)?.reason).toBe('wire-credit');
    expect(matchBio('Mira Ruiz is a reporter covering city hall.', 8)?.name).toBe('Mira Ruiz');
  });
});
