import { describe, expect, it } from 'vitest';
import { cueShape, type Cue } from '../../src/attribution/cue.js';

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
