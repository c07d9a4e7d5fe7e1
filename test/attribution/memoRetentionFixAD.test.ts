import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/index.js';
import { detachedCopy } from '../../src/document/detachedCopy.js';

// describeSource's memo outlives an article (the role words of a mention are memoised per article). An article
// handed in as a slice of a large string must not stay alive through it once analysed.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function retainedMegabytes(articles: number): number {
  analyzeArticle('Harbour master Ana Berg said the pier was unsafe.'); // (loads the model first)
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < articles; i++) {
    const pad = String.fromCharCode(97 + (i % 26)).repeat(4_000_000) + ' ';
    const name = `Ana Vale${String.fromCharCode(65 + (i % 26))}${i}`;
    const article = `Harbour master ${name} said the pier was unsafe. The harbour master ${name} later said the levy was unfair.`;
    analyzeArticle((pad + article).slice(pad.length));
  }
  gc();
  return (process.memoryUsage().heapUsed - before) / 1e6;
}

describe('source memos keep no article alive (fixAD)', () => {
  it('ten articles cut from 4 MB strings leave far less than one of them behind', () => {
    // (before the copies each article kept its 4 MB parent: about 40 MB here)
    expect(retainedMegabytes(10)).toBeLessThan(12);
  });

  it('detachedCopy keeps the text', () => {
    const big = 'x'.repeat(1000) + 'Harbour master Ana Vale';
    const slice = big.slice(1000);
    expect(detachedCopy(slice)).toBe('Harbour master Ana Vale');
    expect(detachedCopy('Vale')).toBe('Vale');
    expect(detachedCopy('')).toBe('');
  });
});
