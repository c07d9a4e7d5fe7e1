import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue, sourcelessByCue } from '../helpers.js';

// Sources of the nineteenth attribution round (issue 10). Every sentence is written for these tests.

describe('"calls" and "demands" that are the object of a verb stirring them', () => {
  it('an event that renews or prompts the calls makes none: no source, never the verb', () => {
    const x = sourcelessByCue('The blizzard renewed calls for a second runway at Tarnow.', 'calls for');
    expect(x.text).toBe('a second runway at Tarnow');
    const y = sourcelessByCue('The outage prompted calls for a new grid operator.', 'calls for');
    expect(y.text).toBe('a new grid operator');
  });

  it('a person who renews them keeps being their source, and the verb "calls for" keeps its subject', () => {
    expect(byCue(analyse('Okafor renewed calls for a second runway at Tarnow.'), 'renewed calls for').sourceSpan?.text).toBe('Okafor');
    expect(byCue(analyse('The pilots union calls for a second runway.'), 'calls for').sourceSpan?.text).toBe('The pilots union');
  });
});

describe('a month name that is the last word of a name', () => {
  it('the whole name is the source, before or after the content', () => {
    expect(byCue(analyse('Ingrid March said the choir would tour in autumn.'), 'said').sourceSpan?.text).toBe('Ingrid March');
    expect(byCue(analyse('The choir would tour in autumn, Nell May told reporters.'), 'told').sourceSpan?.text).toBe('Nell May');
  });

  it('a time phrase or a modal between a subject and its verb is still stepped over', () => {
    expect(byCue(analyse('Berg in March said the choir would tour in autumn.'), 'said').sourceSpan?.text).toBe('Berg');
    expect(byCue(analyse('The choir board Monday said it would tour in autumn.'), 'said').sourceSpan?.text).toBe('The choir board');
    expect(byCue(analyse('Berg may say the choir will tour in autumn.'), 'may say').sourceSpan?.text).toBe('Berg');
    // (title case reaches the month-surname check: "May" before a bare verb is the modal, not a surname)
    expect(analyse('Berg May Say Choir Will Tour In Autumn').attributions.map((x) => x.sourceSpan?.text)).toEqual(['Berg']);
  });
});

describe('a bare year before the verb', () => {
  it('ends the subject phrase it belongs to; the verb is not stepped back over it', () => {
    expect(byCue(analyse('A ledger going back to 1874 showed the mill had been sold twice.'), 'showed').sourceSpan?.text).toBe('A ledger going back to 1874');
  });

  it('a year that a time word opens is still an adjunct between subject and verb', () => {
    expect(byCue(analyse('Tarnow in 1874 said the mill had been sold twice.'), 'said').sourceSpan?.text).toBe('Tarnow');
  });
});

describe('a participle with a "by" agent behind adverbs after its noun', () => {
  it('the agent is the source and the noun the content, as without the adverb', () => {
    const x = byCue(analyse('Berg drafted the rule, a curfew fiercely opposed by shopkeepers.'), 'fiercely opposed');
    expect(x.sourceSpan?.text).toBe('shopkeepers');
    expect(x.text).toBe('a curfew');
    const y = byCue(analyse('Berg drafted a curfew opposed by shopkeepers.'), 'opposed');
    expect(y.sourceSpan?.text).toBe('shopkeepers');
  });
});

describe('"was opposed by": the passive of "oppose", not the state "be opposed"', () => {
  it('the agent holds the view and the subject is what is opposed', () => {
    const x = byCue(analyse('The curfew was fiercely opposed by shopkeepers.'), 'was fiercely opposed');
    expect(x.sourceSpan?.text).toBe('shopkeepers');
    expect(x.text).toBe('The curfew');
  });

  it('the state "opposed to" and a "by" of cause after another state keep their subject', () => {
    expect(byCue(analyse('Shopkeepers are opposed to the curfew.'), 'are opposed to').sourceSpan?.text).toBe('Shopkeepers');
    expect(byCue(analyse('Shopkeepers were alarmed by the curfew.'), 'were alarmed by').sourceSpan?.text).toBe('Shopkeepers');
  });
});

describe('a demand whose that-clause takes a bare verb (mandative subjunctive)', () => {
  it('"Ruiz renewed demands that Vale resign": the noun with its renewer as the source', () => {
    const x = byCue(analyse('Ruiz renewed demands that Vale resign.'), 'renewed demands');
    expect([x.sourceSpan?.text, x.text]).toEqual(['Ruiz', 'Vale resign']);
    expect(byCue(analyse('Ruiz renewed the demand that Vale resign.'), 'renewed the demand').text).toBe('Vale resign');
  });

  it('not: a bare verb with its object gap is a relative clause about the demands', () => {
    expect(analyse('The demands that Vale make are fair.').attributions).toHaveLength(0);
  });
});
