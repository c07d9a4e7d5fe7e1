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
