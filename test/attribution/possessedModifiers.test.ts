import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';
import { analyzeArticle } from '../../src/index.js';

// fixAH (session 37, review39 M4): one test for the modifiers between a possessive and its noun
// (cueComplements.ts `possessedModifierAt`), read by the possessor search and by the shown cue. Every sentence is
// written for these tests; names and places are invented.

describe('the modifiers between a possessive and a reporting noun', () => {
  it('a participle (-ing or -ed) is shown with the noun, and the possessor alone is the source', () => {
    expect(rows("Vale's growing fears that the pier was unsafe were shared.")).toEqual([['Vale', 'growing fears', 'the pier was unsafe']]);
    expect(rows("Vale's mounting concerns that the levy was unfair were ignored.")).toEqual([['Vale', 'mounting concerns', 'the levy was unfair']]);
    expect(rows("Vale's repeated claims that the pier was unsafe were false.")).toEqual([['Vale', 'repeated claims', 'the pier was unsafe']]);
  });

  it('an adverb on the participle is shown too, and the participle is no verb cue of its own', () => {
    expect(rows("Vale's often repeated claims that the pier was unsafe were false.")).toEqual([['Vale', 'often repeated claims', 'the pier was unsafe']]);
    expect(rows("Vale's widely reported claims that the pier was unsafe were false.")).toEqual([['Vale', 'widely reported claims', 'the pier was unsafe']]);
    expect(rows("The board's widely shared worries that the ferry was late were justified.")).toEqual([['The board', 'widely shared worries', 'the ferry was late']]);
    expect(rows('His often repeated claim that the pier was unsafe was false.')).toEqual([['His', 'often repeated claim', 'the pier was unsafe']]);
  });

  it('a hyphenated compound is shown whole, never from its middle', () => {
    expect(rows("Vale's long-standing opposition to the levy hurt her.")).toEqual([['Vale', 'long-standing opposition to', 'the levy']]);
    expect(rows('Vale made his oft-stated promise to fix the pier again.')).toEqual([['Vale', 'oft-stated promise', 'to fix the pier again']]);
  });

  it('the source stops at the possessor, never on a participle ("Vale\'s growing" is no speaker)', () => {
    const a = analyzeArticle({ text: "Vale's growing fears that the pier was unsafe were shared." }).attributions;
    expect(a).toHaveLength(1);
    expect(a[0]!.sourceSpan!.text).toBe('Vale');
    const text = "Vale's growing fears that the pier was unsafe were shared.";
    expect(text.slice(a[0]!.cueSpan.start, a[0]!.cueSpan.end)).toBe('growing fears');
    // (a participle the tagger reads as a verb after a possessive and its modifiers is no verb cue: no relation at
    // all is better than one whose source is "The board's long-awaited")
    for (const r of analyzeArticle({ text: "The board's long-awaited finding that the pier was unsafe surprised no one." }).attributions) {
      expect(r.sourceSpan?.text ?? '').not.toMatch(/awaited/);
    }
  });

  it('still: a clitic "has" or "is" before the verb keeps the verb, and a gerund head keeps the verb after it', () => {
    expect(rows("Vale's long said that the pier was unsafe.")).toEqual([['Vale', "'s long said", 'the pier was unsafe']]);
    expect(rows("Vale's often repeated that the pier was unsafe.")).toEqual([['Vale', "'s often repeated", 'the pier was unsafe']]);
    expect(rows("She's often argued that the levy is unfair.")).toEqual([['She', "'s often argued", 'the levy is unfair']]);
    expect(rows('He’s growing tired and said the pier was unsafe.')).toEqual([['He', 'said', 'the pier was unsafe']]);
    expect(rows("Vale's thinking changed after Ruiz said the pier was unsafe.")).toEqual([['Ruiz', 'said', 'the pier was unsafe']]);
    expect(rows('Vale repeated claims that the pier was unsafe.')).toEqual([['Vale', 'repeated', 'claims that the pier was unsafe']]);
  });

  it('a clitic "has" tagged as such owns no noun: its participle stays out of the shown cue (cueComplements possessorNotClitic)', () => {
    const cue = (text: string) => analyzeArticle({ text }).attributions.map((r) => text.slice(r.cueSpan.start, r.cueSpan.end));
    expect(cue('He’s endured relentless questions about the levy from Ruiz.')).toEqual(['relentless questions about']);
    // (a possessor owns the noun over "own": shown with it)
    expect(cue('Vale’s own admission that the pier was unsafe surprised no one.')).toEqual(['own admission']);
  });

  it('still: a noun after the possessive is the source\'s head, and its verb the cue', () => {
    expect(rows("The mayor's aide said the pier was unsafe.")).toEqual([["The mayor's aide", 'said', 'the pier was unsafe']]);
    expect(rows("Vale's long-time aide said the pier was unsafe.")).toEqual([["Vale's long-time aide", 'said', 'the pier was unsafe']]);
    expect(rows("Vale's spokesman repeatedly claimed that the pier was unsafe.")).toEqual([["Vale's spokesman", 'repeatedly claimed', 'the pier was unsafe']]);
  });

  it('a plural the verbs share is read as the noun after a possessive over an adverb and a participle (house2)', () => {
    // ("doubts" after "Her widely shared" is the noun, not the verb of a subject "Her widely shared")
    expect(rows('Her widely shared doubts that the plan would work proved right.')).toEqual([['Her', 'widely shared doubts', 'the plan would work']]);
    expect(rows("Ana Vale's widely shared doubts that the toll was fair proved right.")).toEqual([['Ana Vale', 'widely shared doubts', 'the toll was fair']]);
  });

  it('the -s verb stays a verb without a possessor before its modifiers', () => {
    expect(rows('The widely shared memo doubts that the plan would work.')).toEqual([['memo', 'doubts', 'the plan would work']]);
    expect(rows('Her aide, widely shared, doubts that the plan would work.')).toEqual([['Her aide', 'doubts', 'the plan would work']]);
  });
});
