import { describe, expect, it } from 'vitest';
import { analyzeArticle, DEFAULT_LEXICONS, SlantwiseInputError, type Lexicon } from '../../src/index.js';

const POLICY_IDS = ['capacity', 'crime', 'cultural-identity', 'economic', 'external', 'fairness', 'health', 'legality', 'morality', 'policy', 'political', 'public-opinion', 'quality-of-life', 'security'].map((x) => `policy-${x}`);

describe("frames: 'policy' — the Policy Frames Codebook's dimensions", () => {
  it('scores the fourteen dimensions instead of the ten default frames, and records only the lexicons used', () => {
    const a = analyzeArticle('A new poll shows most voters oppose the plan.', { frames: 'policy' });
    expect(Object.keys(a.frames).sort()).toEqual(POLICY_IDS);
    expect(a.meta.lexicons.filter((l) => l.id.startsWith('frame-')).map((l) => l.id).sort()).toEqual(POLICY_IDS.map((id) => `frame-${id}`));
    const d = analyzeArticle('A new poll shows most voters oppose the plan.');
    expect(Object.keys(d.frames)).toHaveLength(10);
    expect(d.meta.lexicons.some((l) => l.id.startsWith('frame-policy-'))).toBe(false);
  });

  it('names an article-level primary frame', () => {
    const text = 'Hospitals are overwhelmed by the outbreak. Doctors say the virus has filled every ward, and patients wait days for treatment.';
    expect(analyzeArticle(text, { frames: 'policy' }).primaryFrame).toBe('policy-health');
    expect(analyzeArticle('The weather was mild.', { frames: 'policy' }).primaryFrame).toBeNull();
    expect(analyzeArticle('Troops invaded the north at dawn.').primaryFrame).toBe('invasion');
  });

  it('documents every dimension with examples that behave as documented', () => {
    const lexicons = Object.values(DEFAULT_LEXICONS).filter((l) => l.frameSet === 'policy');
    expect(lexicons).toHaveLength(14);
    for (const l of lexicons) {
      const id = l.id.slice('frame-'.length);
      for (const text of l.examples!.positive) expect(analyzeArticle(text, { frames: 'policy' }).frames[id]!.hits, `${id}: ${text}`).toBeGreaterThan(0);
      for (const text of l.examples!.negative) expect(analyzeArticle(text, { frames: 'policy' }).frames[id]!.evidence.reduce((s, e) => s + e.weight, 0), `${id}: ${text}`).toBeLessThan(1);
    }
  });

  it('keeps a frame lexicon the caller brings with either set', () => {
    const mine: Lexicon = { id: 'frame-migration', version: '1.0.0', description: 'test', language: 'en', license: 'CC0-1.0', source: 'test', entries: [{ term: 'asylum seeker' }] };
    expect(analyzeArticle('Asylum seekers waited.', { frames: 'policy', lexicons: [mine] }).frames.migration!.hits).toBe(1);
    expect(analyzeArticle('Asylum seekers waited.', { lexicons: [mine] }).frames.migration!.hits).toBe(1);
  });

  it('refuses an unknown frame set with an error naming the option', () => {
    expect(() => analyzeArticle('Text.', { frames: 'boydstun' as never })).toThrow(SlantwiseInputError);
    expect(() => analyzeArticle('Text.', { frames: 'boydstun' as never })).toThrow(/frames/);
  });
});
