import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { jsonLiteral } from '../../scripts/coldStartPlugins.js';

describe('jsonLiteral (bundled JSON stays a single-quoted string)', () => {
  const data = { terms: ["don't", "Okafor's", 'rock `n` roll', 'a ${b} c', 'back\\slash', 'line\nbreak', '“curly”'], n: [1, -2.5, null, false] };

  it('reads back the same data, with no apostrophe inside the literal', async () => {
    const literal = jsonLiteral(JSON.stringify(data));
    expect(literal.slice(1, -1)).not.toContain("'");
    const { out } = (await import(`data:text/javascript,${encodeURIComponent(`export const out = JSON.parse(${literal});`)}`)) as { out: unknown };
    expect(out).toStrictEqual(data);
  });

  it('is printed by esbuild as a single-quoted string, not as a template', async () => {
    const { code } = await transform(`export const out = JSON.parse(${jsonLiteral(JSON.stringify(data))});`, { format: 'esm' });
    expect(code).toContain("JSON.parse('");
    expect(code).not.toContain('JSON.parse(`');
  });
});
