import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// The subject a participle set off by a comma shares (issue 10, "source right", round 23). Every
// sentence is written for these tests; names, places and outlets are invented.

describe('a participle after a comma skips the -ing forms that only describe a noun phrase', () => {
  it('"a letter following the vote, asking …", "the sequel opening …, remarking …": the clause subject', () => {
    const a = analyse('Senator Vale also sent out a fundraising letter following the vote, asking supporters to donate to the harbour fund.');
    expect(byCue(a, 'asking').sourceSpan?.text).toBe('Senator Vale');
    const b = analyse('Ruiz joked when Vale ended the debate with a nod to the ferry sequel opening in the harbour, remarking that the joke was old.');
    expect(byCue(b, 'remarking').sourceSpan?.text).toBe('Ruiz');
    const c = analyse('Okafor ignored Dara Vale, the mayor\'s closest remaining rival, alluding to her only once.');
    expect(byCue(c, 'alluding to').sourceSpan?.text).toBe('Okafor');
  });

  it('not: a progressive with an adverb after its auxiliary, or a caption with no other verb', () => {
    const a = analyse('The row over the levy grows as Ruiz is increasingly relying on the harbour board, mentioning it in every speech.');
    expect(byCue(a, 'mentioning').sourceSpan?.text).toBe('Ruiz');
    const b = analyse('Farmers marching on the capital, demanding a lower levy.');
    expect(byCue(b, 'demanding').sourceSpan?.text).toBe('Farmers');
  });
});

describe('nouns the tagger reads as verbs before a participle after a comma', () => {
  it('"his calls for closer checks of …, warning": the clause subject, not the possessive', () => {
    const a = analyse('Late on Friday, they went further with their calls for closer checks of the river barges near the orchard, warning growers at the pier that the levy could rise.');
    expect(byCue(a, 'warning').sourceSpan?.text).toBe('they');
  });

  it('"two respected growers …, asking": a participle between a number and its noun is an adjective', () => {
    const a = analyse('Ruiz reached out weeks ago to Ana Lee and Tom Berg, two respected clerks and veterans of the old harbour board, asking them to draft a letter for the mayor.');
    expect(byCue(a, 'asking').sourceSpan?.text).toBe('Ruiz');
  });

  it('"a rally with Okafor planned for Friday, citing": a reduced relative on a name after a preposition', () => {
    const a = analyse('By Monday she had cancelled a joint rally with Okafor planned for Friday in the square, citing the storm.');
    expect(byCue(a, 'citing').sourceSpan?.text).toBe('she');
  });

  it('not: a name after "that" with its own verb keeps the reading of its clause', () => {
    const a = analyse('She said that Okafor planned for a long dry summer, citing the forecast.');
    expect(byCue(a, 'citing').sourceSpan?.text).toBe('She');
  });
});

describe('a participle after an embedded question goes with the main clause', () => {
  it('"few details on how she planned to …, saying": the main subject, not the question\'s', () => {
    const a = analyse('The orchard owner gave few details on how she planned to rescue the harvest, saying only that she was reviewing the accounts.');
    expect(byCue(a, 'saying only').sourceSpan?.text).toBe('The orchard owner');
    expect(byCue(a, 'planned').sourceSpan?.text).toBe('she');
  });

  it('not: a question right after a verb, whose clause the main verb reports', () => {
    const a = analyse('Vale asked how the board planned to pay for the ferry, adding that the levy was too high.');
    expect(byCue(a, 'adding').sourceSpan?.text).toBe('Vale');
    const b = analyse('Berg explained why the clerks had quit, saying the pay was too low.');
    expect(byCue(b, 'saying').sourceSpan?.text).toBe('Berg');
  });
});

describe('a participle after an en dash or a spaced hyphen', () => {
  it('shares the subject of the verb before it, as after a comma or an em dash', () => {
    const a = analyse('Ruiz changed his pick on the spot – saying he now backed the harbour crew.');
    expect(byCue(a, 'saying').sourceSpan?.text).toBe('Ruiz');
    const b = analyse('Berg wrestles with a plain task - bragging - conceding that he feels awkward.');
    expect(byCue(b, 'conceding').sourceSpan?.text).toBe('Berg');
  });

  it('not: a hyphen inside a word is no dash ("a name-calling campaign" gives no relation)', () => {
    const a = analyse('Ruiz ran a name-calling campaign against Vale.');
    expect(a.attributions).toHaveLength(0);
    const b = analyse('The board ran a fear-mongering advert about the levy, warning that fares would double.');
    expect(byCue(b, 'warning').sourceSpan?.text).toBe('The board');
  });
});

describe('a role, then a lower-case title and a name set off by commas', () => {
  it('the titled name is the source, described by the role', () => {
    const a = analyse('But the second speaker at the pier meeting, former harbour master Dara Vale, drew a contrast, saying that the levy was fair.');
    expect(byCue(a, 'saying').sourceSpan?.text).toBe('former harbour master Dara Vale');
    const b = analyse('The second speaker at the pier meeting, former harbour master Dara Vale, said the levy was fair.');
    expect(byCue(b, 'said').sourceSpan?.text).toBe('former harbour master Dara Vale');
  });

  it('not: a description with no full name keeps the role as the source', () => {
    const a = analyse('The board chair, longtime Tarn resident, said the levy was fair.');
    expect(byCue(a, 'said').sourceSpan?.text).toBe('The board chair');
    const b = analyse('The mayor, former teacher of English, said the levy was fair.');
    expect(byCue(b, 'said').sourceSpan?.text).toBe('The mayor');
  });
});
