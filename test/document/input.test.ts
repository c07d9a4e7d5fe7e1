import { describe, expect, it } from 'vitest';
import { analyzeArticle, SlantwiseError, SlantwiseInputError, stableId } from '../../src/index.js';

function inputError(fn: () => unknown): SlantwiseInputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(SlantwiseInputError);
    expect(e).toBeInstanceOf(SlantwiseError);
    return e as SlantwiseInputError;
  }
  throw new Error('expected a SlantwiseInputError');
}

describe('input validation', () => {
  it('accepts a plain string and an ArticleInput', () => {
    expect(analyzeArticle('Rain fell on the city.').segments).toHaveLength(1);
    const a = analyzeArticle({ text: 'Rain fell.', id: 'x1', outlet: 'Gazette', title: 'Rain' });
    expect(a).toMatchObject({ id: 'x1', outlet: 'Gazette', title: 'Rain', schemaVersion: 1 });
  });

  it('names the field when text has the wrong type', () => {
    const e = inputError(() => analyzeArticle({ text: 42 } as never));
    expect(e.issues[0]!.path).toBe('text');
    expect(e.message).toMatch(/text/);
  });

  it('refuses a missing text', () => {
    const e = inputError(() => analyzeArticle({ id: 'a' } as never));
    expect(e.issues.map((i) => i.path)).toContain('text');
  });

  it('refuses empty and blank text', () => {
    expect(inputError(() => analyzeArticle('')).issues[0]!.path).toBe('text');
    expect(inputError(() => analyzeArticle({ text: ' \n\t ' })).message).toMatch(/text: must contain some non-blank text/);
  });

  it('refuses a non-string, non-object input', () => {
    expect(inputError(() => analyzeArticle(null as never)).message).toMatch(/input: expected a string or an object/);
    expect(inputError(() => analyzeArticle(['a'] as never)).message).toMatch(/got an array/);
    expect(inputError(() => analyzeArticle(7 as never)).message).toMatch(/got number/);
  });

  it('names wrongly typed optional fields and unknown keys', () => {
    expect(inputError(() => analyzeArticle({ text: 'x', outlet: 3 } as never)).issues[0]!.path).toBe('outlet');
    expect(inputError(() => analyzeArticle({ text: 'x', id: '' })).issues[0]!.path).toBe('id');
    expect(inputError(() => analyzeArticle({ text: 'x', txet: 'y' } as never)).message).toMatch(/unknown key\(s\) "txet"/);
  });

  it('names bad options', () => {
    expect(inputError(() => analyzeArticle('x', { maxChars: -1 })).issues[0]!.path).toBe('options.maxChars');
    expect(inputError(() => analyzeArticle('x', { maxChar: 5 } as never)).message).toMatch(/options: unknown key\(s\) "maxChar"/);
  });

  it('refuses oversize text with a clear message and its own code', () => {
    const e = inputError(() => analyzeArticle('word '.repeat(30), { maxChars: 100 }));
    expect(e.code).toBe('INPUT_TOO_LARGE');
    expect(e.message).toMatch(/text: is 150 characters long, over the limit of 100/);
    expect(() => analyzeArticle('word '.repeat(30), { maxChars: 150 })).not.toThrow();
  });
});

describe('ids', () => {
  it('defaults to a stable hash of the text', () => {
    const a = analyzeArticle('The council met on Monday.');
    expect(a.id).toBe(stableId('The council met on Monday.'));
    expect(analyzeArticle('The council met on Monday.').id).toBe(a.id);
    expect(analyzeArticle('The council met on Tuesday.').id).not.toBe(a.id);
  });
});

describe('determinism and meta', () => {
  it('gives byte-identical JSON on a second run and records the library', () => {
    const text = 'By Ana Ruiz\nThe council met on Monday.\nThe post Council Meets appeared first on Gazette.';
    expect(JSON.stringify(analyzeArticle(text))).toBe(JSON.stringify(analyzeArticle(text)));
    expect(analyzeArticle(text).meta.library.name).toBe('slantwise');
  });
});
