import { describe, expect, it } from 'vitest';
import { cueFromBase, cueShape, shapedOrNull, type Cue } from '../../src/attribution/cue.js';

describe('cueShape', () => {
  const bare: Cue = { type: 'verb', tokStart: 3, tokEnd: 4, head: 3, lemma: 'say', stance: 'neutral', cueClass: 'speech', negated: false, sentence: 1 };

  it('gives every cue the same keys in one order, whichever optional fields it had', () => {
    const agentless = cueShape({ ...bare, type: 'agentless', agentless: 'raising', content: { a: 5, b: 9 } });
    const plain = cueShape(bare);
    expect(Object.keys(plain)).toEqual(Object.keys(agentless));
    expect(Object.keys(plain)).toEqual(['type', 'tokStart', 'tokEnd', 'head', 'lemma', 'stance', 'cueClass', 'negated', 'byAgent', 'nominal', 'agentless', 'content', 'sentence']);
  });

  it('copies the values and leaves the cue unchanged', () => {
    const passive = { ...bare, byAgent: 6 };
    const shaped = cueShape(passive);
    expect(shaped).not.toBe(passive);
    expect(shaped).toEqual(passive);
    expect(shaped.byAgent).toBe(6);
    expect(shaped.nominal).toBeUndefined();
    expect(Object.keys(passive)).not.toContain('nominal');
  });
});

describe('cueFromBase', () => {
  const { type: _type, ...base } = { type: 'verb', tokStart: 3, tokEnd: 4, head: 3, lemma: 'criticize', stance: 'distancing', cueClass: 'evaluation', negated: false, sentence: 2 } satisfies Cue;

  it('builds in one object what spreading the base and cueShape built, keys in the same order', () => {
    const built = cueFromBase(base, 'agentless', 'it-that', 1, undefined, { a: 5, b: 8 });
    const shaped = cueShape({ type: 'agentless', ...base, tokStart: 1, agentless: 'it-that', content: { a: 5, b: 8 } });
    expect(built).toEqual(shaped);
    expect(Object.keys(built)).toEqual(Object.keys(shaped));
  });

  it('keeps the base positions unless told otherwise (a passive with its "by")', () => {
    const passive = cueFromBase(base, 'verb', undefined, base.tokStart, 5);
    expect([passive.tokStart, passive.tokEnd, passive.byAgent, passive.agentless]).toEqual([3, 4, 5, undefined]);
    expect(cueFromBase(base, 'verb', undefined, base.tokStart, undefined, undefined, 6).tokEnd).toBe(6);
  });
});

describe('shapedOrNull', () => {
  it('shapes a cue and keeps null', () => {
    expect(shapedOrNull(null)).toBeNull();
    expect(Object.keys(shapedOrNull({ type: 'agentless', tokStart: 0, tokEnd: 1, head: 0, lemma: 'seem', stance: 'neutral', cueClass: 'belief', negated: false, sentence: 0 })!)).toContain('content');
  });
});
