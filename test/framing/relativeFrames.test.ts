import { describe, expect, it } from 'vitest';
import { analyzeArticle, compareArticles } from '../../src/index.js';

describe('frame scores relative to the set’s shared vocabulary', () => {
  const a = analyzeArticle({ id: 'a', text: 'Police arrested twelve men after a raid on a warehouse. Officers said the arrests followed months of work.' });
  const b = analyzeArticle({ id: 'b', text: 'Police arrested twelve men. Prosecutors say the gang extorted shop owners and laundered the money.' });
  const c = analyzeArticle({ id: 'c', text: 'The arrests came as the two governments agreed to work together on border security.' });

  it('lists, per frame, the entries that (nearly) every article uses', () => {
    const r = compareArticles([a, b, c]).relativeFrames;
    expect(r.shared.crime).toEqual(['arrest']);
    expect(r.shared.cooperation).toEqual([]);
  });

  it('keeps only the framing an article chose beyond those shared words', () => {
    const r = compareArticles([a, b, c]).relativeFrames;
    const score = (id: string) => r.rows.find((x) => x.id === id)!.frames.crime!;
    expect(score('c')).toBe(0); // its only crime word is the shared "arrests"
    expect(score('b')).toBeGreaterThan(0); // extortion and laundering are its own
    expect(score('b')).toBeLessThan(b.frames.crime!.score);
    expect(score('b')).toBeGreaterThan(score('a'));
  });

  it('shares nothing in a set of one', () => {
    const r = compareArticles([a]).relativeFrames;
    expect(r.shared.crime).toEqual([]);
    expect(r.rows[0]!.frames.crime).toBe(a.frames.crime!.score);
  });
});
