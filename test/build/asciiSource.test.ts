import { describe, expect, it } from 'vitest';
import { asciiSource } from '../../scripts/asciiSource.js';

/** Evaluates an ES module's source and returns its `out` export. */
async function run(code: string): Promise<unknown[]> {
  return ((await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { out: unknown[] }).out;
}

const isAscii = (s: string) => !/[^\x00-\x7f]/.test(s);

describe('asciiSource (the build makes its JavaScript pure ASCII)', () => {
  it('escapes comments, regular expressions and String.raw templates without changing what the code does', async () => {
    const source = [
      '#!/usr/bin/env node',
      '// a dash — in a comment',
      '/* a quote ’ in a block */',
      'const dashes = /[\\–\\—’]/g, emoji = /😀|é/u, pair = /😀/;',
      'const name = 1;',
      'const raw = String.raw`x’y${String.raw`in’ner`}z\\’w${name}’`;',
      'const built = new RegExp(String.raw`^[\\p{Lu}’]+$`, "u");',
      "const nested = { a: { b: `t${'’'.length}` } };",
      'export const out = [raw, dashes.test("—"), dashes.test("-"), emoji.test("😀"), emoji.test("e"), pair.test("😀"),',
      '  built.test("AB’"), built.test("ab"), nested.a.b, new RegExp(dashes.source + "x").test("’x"), new RegExp(emoji.source, "u").test("😀")];',
    ].join('\n');
    const ascii = asciiSource(source);
    expect(isAscii(ascii)).toBe(true);
    expect(ascii.startsWith('#!/usr/bin/env node\n')).toBe(true);
    const before = await run(source.replace(/^#!.*\n/, ''));
    expect(await run(ascii.replace(/^#!.*\n/, ''))).toEqual(before);
    expect(before[0]).toBe('x’yin’nerz\\’w1’');
  });

  it('leaves ASCII source as it is', () => {
    const code = 'export const a = /x/g; // plain\n';
    expect(asciiSource(code)).toBe(code);
  });

  it('refuses a template with another tag, whose input the rewrite would change', () => {
    expect(() => asciiSource('const tag = (s) => s.raw; export const out = [tag`a’b`];')).toThrow(/not tagged String\.raw/);
  });
});
