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
