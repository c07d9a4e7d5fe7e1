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

describe('an -ing form right after a passive verb has the passive\'s subject', () => {
  it('"A lawsuit was filed in 2014 challenging …": the lawsuit (was no source)', () => {
    const text = 'A lawsuit was filed in 2014 challenging the levy.';
    const x = attributionByCue(analyse(text), 'challenging');
    expect(srcText(text, x)).toBe('A lawsuit');
    expect(contentText(text, x)).toBe('the levy');
  });

  it('"A lawsuit was filed challenging …": with no time phrase between', () => {
    const text = 'A lawsuit was filed challenging the new fares at the dock.';
    const x = attributionByCue(analyse(text), 'challenging');
    expect(srcText(text, x)).toBe('A lawsuit');
  });

  it('"A letter was sent last week urging …": over a time phrase, an irregular participle', () => {
    const text = 'A letter was sent last week urging the board to act.';
    const x = attributionByCue(analyse(text), 'urging');
    expect(srcText(text, x)).toBe('A letter');
    expect(contentText(text, x)).toBe('the board to act');
  });

  it('"The growers were left wondering whether …": the growers', () => {
    const text = 'The growers were left wondering whether the levy would rise.';
    const x = attributionByCue(analyse(text), 'wondering');
    expect(srcText(text, x)).toBe('The growers');
    expect(contentText(text, x)).toBe('whether the levy would rise');
  });

  it('negative: after an active verb the -ing form may be its object, reported by no one ("It means admitting …")', () => {
    // (a sentence the relation is found in: the assertion on its source can fail)
    const text = 'Fixing the pier means conceding the levy failed.';
    const x = analyse(text).attributions.find((r) => r.cue === 'conceding');
    expect(x).toBeDefined();
    expect(contentText(text, x!)).toBe('the levy failed');
    expect(x!.sourceSpan).toBeNull();
  });

  it('negative: someone shown doing something in footage is not made its source ("is shown discussing")', () => {
    const text = 'Vale is shown discussing the levy.';
    const x = attributionByCue(analyse(text), 'discussing');
    expect(x.sourceSpan).toBeNull();
  });
});

describe('a participle after a quoted name that a naming participle gives a noun goes with the verb before the noun', () => {
  it('"Vale says in the ad titled “Safe,” pledging …": Vale (was no source)', () => {
    const text = 'Vale says in the ad titled "Safe," pledging to cut the fares.';
    const x = attributionByCue(analyse(text), 'pledging');
    expect(srcText(text, x)).toBe('Vale');
    expect(contentText(text, x)).toBe('to cut the fares');
  });

  it('"Ruiz founded a group called “Dock Watch,” saying …": Ruiz', () => {
    const text = 'Ruiz founded a group called "Dock Watch," saying the port needed help.';
    const x = attributionByCue(analyse(text), 'saying');
    expect(srcText(text, x)).toBe('Ruiz');
    expect(contentText(text, x)).toBe('the port needed help');
  });

  it('negative: a naming verb with its own subject is the clause\'s verb ("The board named Ruiz “clerk of the year,” citing …")', () => {
    const text = 'The board named Ruiz "clerk of the year," citing her work.';
    const x = attributionByCue(analyse(text), 'citing');
    expect(srcText(text, x)).toBe('The board');
  });
});

describe('an -s form after an amount of time opening the sentence is a plural noun, the subject', () => {
  it('"Years later reports said …": reports said (was cue "later reports" with source "Years")', () => {
    const text = 'Years later reports said the pier was unsafe.';
    const x = attributionByCue(analyse(text), 'said');
    expect(srcText(text, x)).toBe('reports');
    expect(contentText(text, x)).toBe('the pier was unsafe');
  });

  it('"Two days later reports said …": a counted amount', () => {
    const text = 'Two days later reports said the cranes had stopped.';
    const x = attributionByCue(analyse(text), 'said');
    expect(srcText(text, x)).toBe('reports');
    expect(contentText(text, x)).toBe('the cranes had stopped');
  });

  it('negative: a subject before the -s form keeps it a verb ("Years later Vale reports that …")', () => {
    const text = 'Years later Vale reports that the pier was unsafe.';
    const x = attributionByCue(analyse(text), 'reports');
    expect(srcText(text, x)).toBe('Vale');
    expect(contentText(text, x)).toBe('the pier was unsafe');
  });
});
