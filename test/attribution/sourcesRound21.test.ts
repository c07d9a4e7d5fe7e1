import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Sources of the twenty-first attribution round (issue 10). Every sentence is written for these tests.

describe('a quantifier floated after the auxiliary ("have all argued", "has both praised")', () => {
  it('is no part of the subject, nor is the auxiliary', () => {
    expect(byCue(analyse('The beekeepers have all argued that the new hive rules are too strict.'), 'have all argued').sourceSpan?.text).toBe('The beekeepers');
    expect(byCue(analyse('Okafor and Berg had each warned that the orchard would flood.'), 'had each warned').sourceSpan?.text).toBe('Okafor and Berg');
  });

  it('a second verb coordinated after such a verb shares its subject', () => {
    const a = analyse('Tarnow has both welcomed the orchard plan and criticized its timing.');
    expect(byCue(a, 'criticized').sourceSpan?.text).toBe('Tarnow');
  });

  it('a quantifier before a noun stays the determiner of its own subject', () => {
    expect(byCue(analyse('All members have agreed that the orchard fee is fair.'), 'have agreed').sourceSpan?.text).toBe('All members');
  });
});

describe('a verb coordinated after "be", adverbs and an adjective ("are well aware of … and have praised")', () => {
  it('shares the subject of "be"', () => {
    expect(byCue(analyse('The growers are well aware of the frost risk and have praised the new shelters.'), 'have praised').sourceSpan?.text).toBe('The growers');
    expect(byCue(analyse('Ruiz was not happy with the pier repairs and said so at length.'), 'said').sourceSpan?.text).toBe('Ruiz');
  });

  it('not when the second clause has a subject of its own', () => {
    expect(byCue(analyse('Ruiz is very fond of the old pier and the council has praised it.'), 'has praised').sourceSpan?.text).toBe('the council');
  });
});

describe('"have" with a noun of difficulty before an -ing cue ("had a hard time explaining")', () => {
  it('the subject of "have" is the source, not the noun of difficulty', () => {
    expect(byCue(analyse('The warden had a hard time explaining the closure of the trail.'), 'explaining').sourceSpan?.text).toBe('The warden');
  });

  it('a spending verb keeps its subject; another noun before the -ing form stays the source', () => {
    expect(byCue(analyse('Okafor spent the morning praising the new ferry.'), 'praising').sourceSpan?.text).toBe('Okafor');
    expect(byCue(analyse('The warden had a letter praising the new ferry.'), 'praising').sourceSpan?.text).toBe('a letter');
  });
});

describe('a phrase opening the sentence before the subject', () => {
  it('a name ending a prepositional phrase is not the subject of a title and name after the comma', () => {
    expect(byCue(analyse('After the defeat by Ruiz, guild chair Ana Okafor sharply criticized the ferry fares.'), 'sharply criticized').sourceSpan?.text).toBe('guild chair Ana Okafor');
  });

  it('a past participle with its agent, set off by commas, describes the subject before it', () => {
    expect(byCue(analyse('During the winter Berg, prodded by Ruiz, came out against the ferry fares.'), 'came out against').sourceSpan?.text).toBe('Berg');
  });
});

describe('a second relative clause joined by "and which"', () => {
  it('stands for the antecedent of a first relative led by a preposition or by "that"', () => {
    const a = analyse('The choir, in which Berg sang for years, and which for most of the decade opposed the new organ, has disbanded.');
    expect(byCue(a, 'opposed').sourceSpan?.text).toBe('which');
    const b = analyse('It is a choir that was formed to sing at weddings, and which through the whole winter loudly opposed the new organ.');
    expect(byCue(b, 'loudly opposed').sourceSpan?.text).toBe('which');
  });

  it('a "that" opening a clause after a verb is no relative pronoun: the reported clause keeps its bounds', () => {
    const x = byCue(analyse('Berg said that the choir opposed the organ, and which singers agreed is unclear.'), 'said');
    expect(x.sourceSpan?.text).toBe('Berg');
  });
});
