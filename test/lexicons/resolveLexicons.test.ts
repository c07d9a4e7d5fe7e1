import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyzeArticle.js';
import { DEFAULT_LEXICONS } from '../../src/lexicons/defaultLexicons.js';
import { resolveLexicons } from '../../src/lexicons/resolveLexicons.js';

describe('resolveLexicons: default matchers shared across frame sets', () => {
  it('builds the five non-frame default matchers once for both frame sets', () => {
    const plain = resolveLexicons();
    const policy = resolveLexicons(undefined, 'policy');
    expect(policy.topicMatcher).toBe(plain.topicMatcher);
    expect(policy.loadedMatcher).toBe(plain.loadedMatcher);
    expect(policy.intensifierMatcher).toBe(plain.intensifierMatcher);
    expect(policy.hedgeMatcher).toBe(plain.hedgeMatcher);
    expect(policy.labelMatcher).toBe(plain.labelMatcher);
    expect(policy.frameMatcher).not.toBe(plain.frameMatcher);
    expect(policy.matchers).not.toBe(plain.matchers);
  });

  it('builds its own matchers for a set with extra lexicons', () => {
    const hedges = { ...structuredClone(DEFAULT_LEXICONS.hedges), replace: true };
    const custom = resolveLexicons([hedges]);
    const plain = resolveLexicons();
    expect(custom.hedgeMatcher).not.toBe(plain.hedgeMatcher);
    expect(custom.loadedMatcher).not.toBe(plain.loadedMatcher);
  });

  it('finds the same loaded words and hedges with the policy set as with the default set', () => {
    const text = 'Vale said the levy was, frankly, a disgrace and perhaps unfair to the orchard growers.';
    const plain = analyzeArticle(text);
    const policy = analyzeArticle(text, { frames: 'policy' });
    expect(plain.language.loaded.length + plain.language.hedges.length).toBeGreaterThan(0);
    expect(policy.language).toEqual(plain.language);
    expect(policy.topics).toEqual(plain.topics);
  });
});
