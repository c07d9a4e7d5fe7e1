import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/document/readDocument.js';
import { contactGapEnd } from '../../src/attribution/contactGap.js';
import { analyseChecked as analyse, attributionByCue } from '../helpers.js';

// The one rule for how a contact relative clause ends after its verb, shared by source spans and
// object gaps (issue 10, tidying). Sentences written for these tests; names are invented.

const srcText = (text: string, x: { sourceSpan: { start: number; end: number } | null }) => (x.sourceSpan ? text.slice(x.sourceSpan.start, x.sourceSpan.end) : null);

/** contactGapEnd from the token after `verb` in `text`. */
const gapAfter = (text: string, verb: string) => {
  const doc = readDocument(text);
  const v = doc.lower.indexOf(verb);
  return contactGapEnd(doc, v + 1, doc.tokenCount);
};

describe('contactGapEnd', () => {
  it('skips a time adjunct before the main verb', () => {
    expect(gapAfter('The columns Ruiz wrote last spring were read widely.', 'wrote')).toBe('verb');
    expect(gapAfter('The columns Ruiz wrote earlier this year were read widely.', 'wrote')).toBe('verb');
    expect(gapAfter('The columns Ruiz wrote during the night were read widely.', 'wrote')).toBe('verb');
  });

  it('a place is no time adjunct, and the sentence end is an end', () => {
    expect(gapAfter('The columns Ruiz wrote in the paper were read widely.', 'wrote')).toBe('object');
    expect(gapAfter('Vale read something Ruiz wrote on Friday.', 'wrote')).toBe('end');
  });

  it('a copula with no verb after names the content, a modal right after opens a clause', () => {
    expect(gapAfter('The thing Ruiz wanted was a recount.', 'wanted')).toBe('object');
    expect(gapAfter('The plan Ruiz says will fail.', 'says')).toBe('object');
  });
});

describe('contact relatives read the same way in source spans and object gaps', () => {
  it('"the plan the council proposed during the night was rejected": the antecedent is the content', () => {
    const text = 'The plan the council proposed during the night was rejected.';
    const x = attributionByCue(analyse(text), 'proposed');
    expect(srcText(text, x)).toBe('the council');
    expect(x.text).toBe('The plan');
    expect(text.slice(x.start, x.end)).toBe(x.text);
  });
});
