import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/index.js';
import type { ArticleAnalysis } from '../../src/index.js';

const analyse = (text: string) => analyzeArticle(text);
/** Each attribution's offsets must slice the text it reports. */
function sliced(text: string, a: ArticleAnalysis) {
  for (const r of a.attributions) {
    expect(text.slice(r.start, r.end)).toBe(r.text);
    if (r.sourceSpan) expect(text.slice(r.sourceSpan.start, r.sourceSpan.end)).toBe(r.sourceSpan.text);
  }
}

describe('known wrong verb relations (known11)', () => {
  it('a spaced dash ends the source of "according to"', () => {
    for (const dash of ['-', '—']) {
      const text = `The ferry fare will rise, according to the harbour survey ${dash} despite the protests in Tarnow.`;
      const a = analyse(text);
      sliced(text, a);
      const r = a.attributions.find((x) => x.cue === 'according to');
      expect(r?.sourceSpan?.text).toBe('the harbour survey');
      expect(r?.text).toBe('The ferry fare will rise');
    }
  });

  it('a naming verb coordinated after a reported clause is the speaker\'s own act', () => {
    for (const [text, cue, content] of [
      ['Okafor said the ferry plan was late and labelled it a farce.', 'labelled', 'it a farce'],
      ['Okafor argued the levy was unfair and described it as theft.', 'described', 'it as theft'],
      ['Berg said the bridge was unsafe and called the audit “a whitewash”.', 'called', 'the audit “a whitewash”'],
    ] as const) {
      const a = analyse(text);
      sliced(text, a);
      expect(a.attributions[0]!.text).not.toContain(cue);
      const r = a.attributions.find((x) => x.cue === cue);
      expect(r?.text).toBe(content);
      expect(r?.sourceSpan?.text).toBe(text.split(' ')[0]);
    }
  });
});
