import { describe, expect, it } from 'vitest';
import coreData from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';
import { asciiJson } from '../../scripts/coldStartPlugins.js';

const isAscii = (s: string) => !/[^\x00-\x7f]/.test(s);

describe('asciiJson (the ES module build reads the wink model from an ASCII copy)', () => {
  it('writes every character beyond ASCII as an escape, and reads back the same data', () => {
    const data = { quote: '“Tarnow’s plan”', emoji: ['🌊', 'a😀b'], separators: 'x\u2028y\u2029z', accents: 'Ruiz → Müller', plain: 'ok', n: [1, 2.5, null, true] };
    const text = asciiJson(data);
    expect(isAscii(text)).toBe(true);
    expect(JSON.parse(text)).toStrictEqual(data);
  });

  it('keeps the wink model\'s core data as it is', () => {
    const text = asciiJson(coreData);
    expect(isAscii(text)).toBe(true);
    expect(JSON.parse(text)).toStrictEqual(coreData);
  });
});
