import { describe, expect, it } from 'vitest';
import { relationByCueSpan as rel } from '../helpers.js';

// One of a group that "those" names (issue 10, source49): "Berg was among those supporting the levy" gave the
// source «those»; the subject of "be among" does what the group does. A relative pronoun stays the source ("is
// among those who say …", sourceSpans.test.ts). Every sentence is written for these tests; names and places are
// invented.

describe('the subject of "be among those"', () => {
  it('"Berg was among those supporting the levy" → «Berg»', () => {
    const r = rel('Berg was among those supporting the levy.', 'supporting');
    expect(r.sourceSpan?.text).toBe('Berg');
    expect(r.text).toBe('the levy');
  });

  it('over an adverb: "Berg is now among those urging a new vote" → «Berg»', () => {
    expect(rel('Berg is now among those urging a new vote.', 'urging').sourceSpan?.text).toBe('Berg');
  });

  it('not "among" opening the clause, nor "those" opening the sentence: «those» stays the source', () => {
    expect(rel('Among those backing the levy is Berg.', 'backing').sourceSpan?.text).toBe('those');
    expect(rel('Those backing the levy met in May.', 'backing').sourceSpan?.text).toBe('Those');
  });
});
