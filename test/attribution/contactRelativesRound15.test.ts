import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue } from '../helpers.js';

// Contact relative clauses (no relative pronoun) whose verb lost its object to the antecedent
// (issue 10, fifteenth round). Every sentence is written for these tests.

const srcText = (text: string, x: { sourceSpan: { start: number; end: number } | null }) => (x.sourceSpan ? text.slice(x.sourceSpan.start, x.sourceSpan.end) : null);

describe('a noun before a name-led subject is the antecedent, not part of the source', () => {
  it('"the plan Ruiz proposed was rejected": source the name, content the antecedent', () => {
    const text = 'The plan Ruiz proposed was rejected.';
    const x = attributionByCue(analyse(text), 'proposed');
    expect(srcText(text, x)).toBe('Ruiz');
    expect(x.text).toBe('The plan');
    expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('"the plan the council proposed was rejected": the same with a determiner-led subject', () => {
    const text = 'The plan the council proposed was rejected.';
    const x = attributionByCue(analyse(text), 'proposed');
    expect(srcText(text, x)).toBe('the council');
    expect(x.text).toBe('The plan');
  });

  it('"the thing Ruiz wanted was a recount": a copula after the gap names the content, with the head (leads58)', () => {
    const text = 'The thing Ruiz wanted was a recount.';
    const x = attributionByCue(analyse(text), 'wanted');
    expect(x.text).toBe('The thing Ruiz wanted was a recount');
    expect(x.contentSpans.map((p) => p.text)).toEqual(['The thing', 'was a recount']);
  });

  it('a title before a name stays in the source, and a clause object keeps its own relation', () => {
    const text = 'The spokesman Ruiz said the plan failed.';
    const x = attributionByCue(analyse(text), 'said');
    expect(srcText(text, x)).toBe('The spokesman Ruiz');
    expect(x.text).toBe('the plan failed');
    const t2 = 'Vale backed the levy, something Ruiz argues is unwise.';
    const y = attributionByCue(analyse(t2), 'argues');
    expect(y.contentSpans.map((p) => p.text)).toEqual(['something', 'is unwise']);
  });
});
