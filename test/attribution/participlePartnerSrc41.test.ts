import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue } from '../helpers.js';

// src41 (issue 10): sources of verbs whose subject sits before a relative clause or a set-off participle.
// Sentences written for these tests; names are invented.

type Found = { sourceSpan: { start: number; end: number } | null; start: number; end: number };
const srcText = (text: string, x: Found) => (x.sourceSpan ? text.slice(x.sourceSpan.start, x.sourceSpan.end) : null);
const contentText = (text: string, x: Found) => text.slice(x.start, x.end);

describe('"once" right after a relative pronoun, before its verb, is an adverb of the relative clause', () => {
  it('"Growers who once backed the levy say …": the growers (was "the levy")', () => {
    const text = 'Growers who once backed the levy say it is unfair.';
    const x = attributionByCue(analyse(text), 'say');
    expect(srcText(text, x)).toMatch(/^Growers\b/);
    expect(contentText(text, x)).toBe('it is unfair');
  });

  it('"The board that once saw Vale as a savior said …": the board (was "a savior")', () => {
    const text = 'The board that once saw Vale as a savior said she had erred.';
    const x = attributionByCue(analyse(text), 'said');
    expect(srcText(text, x)).toBe('The board');
    expect(contentText(text, x)).toBe('she had erred');
  });

  it('"Clerks who once ran the port told …": a plain object in the relative clause', () => {
    const text = 'Clerks who once ran the port told the board that the cranes were idle.';
    const x = attributionByCue(analyse(text), 'told the board');
    expect(srcText(text, x)).toMatch(/^Clerks\b/);
  });

  it('negative: "once" opening a clause after "that" still opens it ("said that once the levy passed, …")', () => {
    const text = 'Vale said that once the levy passed, the growers would leave.';
    const x = attributionByCue(analyse(text), 'said');
    expect(srcText(text, x)).toBe('Vale');
    expect(contentText(text, x)).toMatch(/^once the levy passed, the growers would leave/);
  });
});

describe('an -ing form joined by "and"/"but" partners the -ing form set off before it', () => {
  it('"…, waving a letter that proved … and insisting …": the main subject (was "a letter")', () => {
    const text = 'Vale left the hall, waving a letter that proved the levy was illegal and insisting that the board had lied.';
    const x = attributionByCue(analyse(text), 'insisting');
    expect(srcText(text, x)).toBe('Vale');
    expect(contentText(text, x)).toBe('the board had lied');
  });

  it('"…, holding a banner which said … and shouting …": the relative\'s content stops before the second participle', () => {
    const text = 'Ruiz marched to the dock, holding a banner which said the pier was unsafe and shouting that Berg must resign.';
    const a = analyse(text);
    expect(contentText(text, attributionByCue(a, 'said'))).toBe('the pier was unsafe');
    const x = attributionByCue(a, 'shouting');
    expect(srcText(text, x)).toBe('Ruiz');
    expect(contentText(text, x)).toBe('Berg must resign');
  });

  it('"…, conceding that … and promising …": both participles keep the main subject', () => {
    const text = 'Vale spoke briefly, conceding that the levy had failed and promising that the fares would fall.';
    const a = analyse(text);
    expect(srcText(text, attributionByCue(a, 'conceding'))).toBe('Vale');
    expect(srcText(text, attributionByCue(a, 'promising'))).toBe('Vale');
  });

  it('negative: a progressive after "and" keeps its own subject ("the growers … and were warning")', () => {
    const text = 'Vale waved, saying little, and the growers were warning that they would leave.';
    const x = attributionByCue(analyse(text), 'were warning');
    expect(srcText(text, x)).toBe('the growers');
  });

  it('negative: with no participle set off before it, the -ing form partners the finite verb', () => {
    const text = 'Ruiz is seeking a new term and hoping that growers back her.';
    const x = attributionByCue(analyse(text), 'hoping');
    expect(srcText(text, x)).toBe('Ruiz');
    expect(contentText(text, x)).toBe('growers back her');
  });
});
