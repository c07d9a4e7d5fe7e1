import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/index.js';
import { createVoiceMap } from '../../src/attribution/voiceMap.js';

describe('voice map', () => {
  it('tells author, quoted and editorial voice apart by offset', () => {
    const text = [
      'The council closed the bridge on Monday.',
      '“It is not safe,” engineer Ada Roe said.',
      'The ferry will run every hour.',
      'Editor’s note: I think the council waited too long.',
    ].join('\n');
    const a = analyzeArticle(text);
    const voices = createVoiceMap(a.segments, a.quotes);
    expect(voices.voiceAt(text.indexOf('council closed'))).toBe('author');
    expect(voices.voiceAt(text.indexOf('not safe'))).toBe('quoted');
    expect(voices.voiceAt(text.indexOf('engineer'))).toBe('author');
    expect(voices.voiceAt(text.indexOf('I think'))).toBe('editorial');
  });
});

describe('voice map walker', () => {
  const seg = (kind: string, start: number, end: number) => ({ kind, start, end }) as never;
  const quote = (start: number, end: number) => ({ start, end }) as never;
  const agrees = (segments: never[], quotes: never[], offsets: number[]) => {
    const voices = createVoiceMap(segments, quotes);
    const walk = voices.walker();
    return offsets.map((o) => walk(o)).join() === offsets.map((o) => voices.voiceAt(o)).join();
  };
  const ascending = Array.from({ length: 60 }, (_, i) => i);

  it('gives the same voices as voiceAt on a forward scan over disjoint spans', () => {
    const segments = [seg('body', 0, 20), seg('editorial', 20, 35), seg('body', 35, 40), seg('editorial', 45, 50)];
    const quotes = [quote(30, 33), quote(3, 8), quote(8, 8), quote(10, 12)];
    expect(agrees(segments, quotes, ascending)).toBe(true);
    const walk = createVoiceMap(segments, quotes).walker();
    expect([walk(2), walk(3), walk(7), walk(8), walk(21), walk(31), walk(34), walk(46), walk(55)]).toEqual(['author', 'quoted', 'quoted', 'author', 'editorial', 'quoted', 'editorial', 'editorial', 'author']);
  });

  it('stays right when an offset goes back or quotes overlap', () => {
    const segments = [seg('editorial', 5, 15)];
    expect(agrees(segments, [quote(2, 9), quote(20, 30)], [...ascending, 25, 3, 0, 40, 6])).toBe(true);
    expect(agrees(segments, [quote(2, 25), quote(4, 6), quote(10, 12)], ascending)).toBe(true);
  });
});

describe('voice map runs (how far a voice holds)', () => {
  const seg = (kind: string, start: number, end: number) => ({ kind, start, end }) as never;
  const quote = (start: number, end: number) => ({ start, end }) as never;
  /** Every answer agrees with voiceAt, and so does every offset of the run it claims (up to `limit`). */
  const holds = (segments: never[], quotes: never[], offsets: number[], limit = 70) => {
    const voices = createVoiceMap(segments, quotes);
    const runs = voices.runs();
    for (const o of offsets) {
      const v = runs.at(o);
      if (v !== voices.voiceAt(o) || runs.until < o) return false;
      for (let p = o; p < Math.min(runs.until, limit); p++) if (voices.voiceAt(p) !== v) return false;
    }
    return true;
  };
  const ascending = Array.from({ length: 60 }, (_, i) => i);

  it('gives voiceAt’s voices and runs that end where the voice may change', () => {
    const segments = [seg('body', 0, 20), seg('editorial', 20, 35), seg('body', 35, 40), seg('editorial', 45, 50)];
    const quotes = [quote(30, 33), quote(3, 8), quote(8, 8), quote(10, 12)];
    expect(holds(segments, quotes, ascending)).toBe(true);
    const runs = createVoiceMap(segments, quotes).runs();
    const at = (o: number) => [runs.at(o), runs.until];
    // author up to the first quotation; quoted to its end; editorial up to the quotation inside it; author to the end
    expect([at(0), at(4), at(12), at(21), at(31), at(33), at(40), at(46), at(55)]).toEqual([
      ['author', 3], ['quoted', 8], ['author', 20], ['editorial', 30], ['quoted', 33], ['editorial', 35], ['author', 45], ['editorial', 50], ['author', 2 ** 30 - 1],
    ]);
  });

  it('claims no run past the offset when it goes back or quotations overlap', () => {
    const segments = [seg('editorial', 5, 15)];
    expect(holds(segments, [quote(2, 9), quote(20, 30)], [...ascending, 25, 3, 0, 40, 6])).toBe(true);
    const runs = createVoiceMap(segments, [quote(2, 9), quote(20, 30)]).runs();
    runs.at(25);
    expect([runs.at(3), runs.until]).toEqual(['quoted', 3]);
    const overlapping = createVoiceMap(segments, [quote(2, 25), quote(4, 6), quote(10, 12)]).runs();
    expect([overlapping.at(3), overlapping.until]).toEqual(['quoted', 3]);
    expect(holds(segments, [quote(2, 25), quote(4, 6), quote(10, 12)], ascending)).toBe(true);
  });
});
