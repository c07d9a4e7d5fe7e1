import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, slicedByCue } from '../helpers.js';
import { findQuoteSpans } from '../../src/attribution/findQuoteSpans.js';

// Leads of the thirty-eighth attribution round (issue 10). Every sentence is written for these tests; names are invented.

const triples = (t: string) => analyse(t).attributions.map((x) => [x.sourceSpan?.text ?? null, x.cue, x.text]);

describe('a parenthetical tag runs on over "and/but/so" and a clause whose verb reports no words', () => {
  it('the act after the conjunction is part of what was said, with no relation of its own', () => {
    expect(triples('The levy was impossible, Berg said, so the board decided to drop it.')).toEqual([
      ['Berg', 'said', 'The levy was impossible, Berg said, so the board decided to drop it'],
    ]);
    expect(triples('The levy was too high, Berg argued, but the growers refused to pay.')).toEqual([
      ['Berg', 'argued', 'The levy was too high, Berg argued, but the growers refused to pay'],
    ]);
    expect(triples('The pier was unsafe, Vale wrote, and she felt free to stay away.')).toEqual([
      ['Vale', 'wrote', 'The pier was unsafe, Vale wrote, and she felt free to stay away'],
    ]);
  });

  it('the content keeps its two pieces around the tag', () => {
    const x = slicedByCue('The levy was impossible, Berg said, so the board decided to drop it.', 'said');
    expect(x.contentSpans?.map((p) => p.text)).toEqual(['The levy was impossible', 'so the board decided to drop it']);
    expect(x.sourceSpan?.text).toBe('Berg');
  });

  it('not: a speaking or writing verb after the conjunction reports on its own', () => {
    expect(triples('The pier is old, Vale said, and the board said it would close.')).toEqual([
      ['Vale', 'said', 'The pier is old'],
      ['the board', 'said', 'it would close'],
    ]);
    expect(triples('The pier was unsafe, Vale wrote, so the clerks wrote that it would close.')).toEqual([
      ['Vale', 'wrote', 'The pier was unsafe'],
      ['the clerks', 'wrote', 'it would close'],
    ]);
  });

  it('not: "while", or a reported clause with no tag in it, as before', () => {
    expect(triples('The levy was high, Berg said, while the clerks believed it was fair.')).toEqual([
      ['Berg', 'said', 'The levy was high'],
      ['the clerks', 'believed', 'it was fair'],
    ]);
    expect(triples('Berg said the levy was impossible, so the board decided to drop it.')).toEqual([
      ['Berg', 'said', 'the levy was impossible'],
      ['the board', 'decided', 'to drop it'],
    ]);
  });
});

describe('"that" as a determiner after a cue verb, with a later verb in another clause', () => {
  it('the determiner stays in the content when a comma, conjunction or subordinator comes before the next verb', () => {
    expect(slicedByCue('Vale decried that plan, saying it would hurt the growers.', 'decried').text).toBe('that plan');
    expect(slicedByCue('Berg praised that decision, and the clerks cheered.', 'praised').text).toBe('that decision');
    expect(slicedByCue('Ruiz rejected that offer because the fee was too high.', 'rejected').text.startsWith('that offer')).toBe(true);
  });

  it('not: a verb right after the noun makes "that" open the reported clause', () => {
    expect(slicedByCue('Vale said that reform must come.', 'said').text).toBe('reform must come');
    expect(slicedByCue('Vale argued that reform of the levy would fail.', 'argued').text).toBe('reform of the levy would fail');
  });
});

describe('a contact relative before a copula: the head and what the copula predicates', () => {
  it('the content is the head and the predicate with its copula, in two pieces', () => {
    const x = slicedByCue('Not everything Vale says is true.', 'says');
    expect(x.sourceSpan?.text).toBe('Vale');
    expect(x.contentSpans?.map((p) => p.text)).toEqual(['everything', 'is true']);
    const y = slicedByCue('Something Ruiz says is wrong.', 'says');
    expect(y.contentSpans?.map((p) => p.text)).toEqual(['Something', 'is wrong']);
    const z = slicedByCue('One of the things Ruiz wanted was a new ferry.', 'wanted');
    expect(z.contentSpans?.map((p) => p.text)).toEqual(['One of the things', 'was a new ferry']);
  });

  it('not: a reported clause after the cue, or a tag after the content, keeps its extent', () => {
    expect(slicedByCue('Vale said the pier is unsafe.', 'said').text).toBe('the pier is unsafe');
    expect(slicedByCue('The levy the board proposed is unfair, Vale said.', 'said').text).toBe('The levy the board proposed is unfair');
  });
});

describe('an opening quotation mark typed backwards', () => {
  it('a right mark before a word, with nothing open and a right mark after, opens the quotation (behind a direction mark too)', () => {
    const x = slicedByCue('Ruiz said: \u200e\u201dThe pier is old. It will fall. Nobody listens.\u201d', 'said:');
    expect(x.text).toBe('The pier is old. It will fall. Nobody listens.');
    expect(x.sourceSpan?.text).toBe('Ruiz');
    expect(slicedByCue('\u200f\u201dThe pier is old. It will fall,\u201d Ruiz said.', 'said').text).toBe('The pier is old. It will fall,');
    expect(slicedByCue('Ruiz said: \u201dThe pier is old. It will fall.\u201d', 'said:').text).toBe('The pier is old. It will fall.');
  });

  it('not: a right mark that closes an open quotation, or one with no right mark after it', () => {
    expect(slicedByCue('\u201cThe pier is old. It will fall,\u201d Ruiz said.', 'said').text).toBe('The pier is old. It will fall,');
    const lone = analyse('Ruiz said: \u201dThe pier is old. It will fall.');
    expect(lone.attributions.map((a) => a.text)).not.toContain('The pier is old. It will fall.');
  });
});

describe('findQuoteSpans: a right mark that opens', () => {
  const spans = (t: string) => findQuoteSpans(t).map((q) => t.slice(q.start, q.end));
  it('opens before a word with nothing open, behind a space or a direction mark', () => {
    expect(spans('Vale wrote: \u200f\u201dWe stay. We vote.\u201d')).toEqual(['We stay. We vote.']);
    expect(spans('Vale wrote \u201dWe stay\u201d and left.')).toEqual(['We stay']);
  });
  it('not: with no right mark after it, or after a word', () => {
    expect(spans('Vale wrote \u201dWe stay and left.')).toEqual([]);
    expect(spans('The pier\u201ds deck was old.')).toEqual([]);
  });
});
