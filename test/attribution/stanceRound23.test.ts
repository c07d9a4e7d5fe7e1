import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Endorsements and stances toward a person or plan (issue 10, twenty-third round). Every sentence
// is written for these tests.

describe('a pronoun subject of a backing won or a passive of stance', () => {
  it('a pronoun inside a clause is the whole subject: the one given the backing', () => {
    const x = byCue(analyse('Vale smiled when she won the backing of Okafor.'), 'won the backing of');
    expect(x.text).toBe('she');
    expect(x.sourceSpan?.text).toBe('Okafor');
  });

  it('"who" after a comma stays the subject of the relative clause', () => {
    const x = byCue(analyse('Okafor, who won praise from the harbour board, spoke first.'), 'won praise from');
    expect(x.text).toBe('who');
    expect(x.sourceSpan?.text).toBe('the harbour board');
  });

  it('a passive with a pronoun subject after "said" no longer takes "Vale said" into its subject', () => {
    const a = analyse('Vale said he was criticised by Berg.');
    expect(byCue(a, 'said').text).toBe('he was criticised by Berg');
    expect(a.attributions.some((x) => x.text.startsWith('Vale said'))).toBe(false);
  });

  it('a noun phrase subject keeps its words (no pronoun before the verb group)', () => {
    const x = byCue(analyse('Days later the tram union won the endorsement of Berg.'), 'won the endorsement of');
    expect(x.text).toBe('the tram union');
  });

  it('an object pronoun before the verb is no subject', () => {
    const a = analyse('The levy gave him the backing of Berg.');
    expect(a.attributions.some((x) => x.text === 'him')).toBe(false);
  });
});

describe('a stance voiced by a verb and a noun: "expressed support for"', () => {
  it('the verb, the noun and its preposition are the cue; the one supported is the content', () => {
    const x = byCue(analyse('Vale expressed support for the new pier.'), 'expressed support for');
    expect(x.text).toBe('the new pier');
    expect(x.sourceSpan?.text).toBe('Vale');
    expect(x.cueClass).toBe('evaluation');
  });

  it('a modifier of degree may stand before the noun', () => {
    const x = byCue(analyse('Dara voiced strong opposition to the tram fare.'), 'voiced strong opposition to');
    expect(x.text).toBe('the tram fare');
  });

  it('a verb of giving takes the possessive: "pledged its support to"', () => {
    const x = byCue(analyse('The growers union pledged its support to Ruiz.'), 'pledged its support to');
    expect(x.text).toBe('Ruiz');
    expect(x.sourceSpan?.text).toBe('The growers union');
  });

  it('a voicing verb with a possessive reports the stance whole', () => {
    const x = byCue(analyse('Berg expressed her support for the levy.'), 'expressed');
    expect(x.text).toBe('her support for the levy');
  });

  it('a noun with no stance, or no one named after it, keeps the plain verb', () => {
    expect(byCue(analyse('Vale expressed concern for the orchard.'), 'expressed').text).toBe('concern for the orchard');
    const a = analyse('Okafor offered support to the crews after the storm.');
    expect(a.attributions.some((x) => x.cue.startsWith('offered support'))).toBe(false);
  });
});

describe('"nothing but" before a stance noun the subject has', () => {
  it('the subject of "had" holds the praise', () => {
    const x = byCue(analyse('In contrast, Ruiz had nothing but praise for the harbour speech.'), 'praise for');
    expect(x.sourceSpan?.text).toBe('Ruiz');
    expect(x.text).toBe('the harbour speech');
  });

  it('a verb that is no light verb gives its subject no hold on the noun', () => {
    const a = analyse('Vale wanted nothing but praise for the crew.');
    expect(a.attributions.some((x) => x.cue.startsWith('praise') && x.sourceSpan?.text === 'Vale')).toBe(false);
  });
});

describe('words of judgement: "had harsh words for"', () => {
  it('words an adjective of judgement qualifies judge the one after "for" or "about"', () => {
    const x = byCue(analyse('Berg had harsh words for the orchard board.'), 'harsh words for');
    expect(x.sourceSpan?.text).toBe('Berg');
    expect(x.text).toBe('the orchard board');
    expect(byCue(analyse('Okafor did not have kind words for Ruiz.'), 'words for').text).toBe('Ruiz');
  });

  it('other words for something name it: no relation', () => {
    const a = analyse('The harbour guide has simple words for the tides.');
    expect(a.attributions.some((x) => /\bwords\b/.test(x.cue))).toBe(false);
  });
});

describe('the "to" of a judgement a possessor holds', () => {
  it('names whom the judgement is about and stays out of the content', () => {
    const x = byCue(analyse('Vale threw her support to Ruiz.'), 'threw her support to');
    expect(x.text).toBe('Ruiz');
    expect(x.sourceSpan?.text).toBe('Vale');
  });

  it('a "to" before a verb stays in the content', () => {
    const x = byCue(analyse('Berg kept up her opposition to building the pier.'), 'kept up her opposition');
    expect(x.text).toBe('to building the pier');
  });
});
