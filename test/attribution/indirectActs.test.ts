import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Acts that PARC-style attribution counts besides speech (voting, nominating, …) and the
// constructions around reporting verbs that hid them (issue 10). Every sentence is written for
// these tests; names are invented.

const cues = (text: string) => analyse(text).attributions.map((x) => x.cue);
/** The source span's text and the content of the attribution with this cue. */
const relation = (text: string, cue: string) => {
  const x = byCue(analyse(text), cue);
  return { source: x.sourceSpan ? text.slice(x.sourceSpan.start, x.sourceSpan.end) : null, text: x.text };
};

describe('votes and nominations', () => {
  it('"voted for", "voted against", "voted in favor of" attribute their object to the voters', () => {
    expect(relation('Most farmers in the valley voted against the levy.', 'voted against')).toEqual({ source: 'Most farmers in the valley', text: 'the levy' });
    expect(byCue(analyse('Forty percent of those asked would vote for Marsh.'), 'would vote for').text).toBe('Marsh');
    expect(byCue(analyse('Two thirds of the members voted in favor of joining the pact.'), 'voted in favor of').text).toBe('joining the pact');
  });

  it('a vote in a relative clause describing a speaker is not an attribution of its own', () => {
    expect(cues('“The line is dead,” said Councillor Ann Vale, who voted against the sale.')).toEqual(['said']);
  });

  it('"voted to" reports a decision; a vote with no infinitive reports nothing', () => {
    expect(relation('The harbour board voted to close the pier in May.', 'voted')).toEqual({ source: 'The harbour board', text: 'to close the pier in May' });
    expect(cues('Marsh voted on Monday. Her aides voted that way too.')).toEqual([]);
  });

  it('"nominated X for" is an attribution; "the nominating contest" is not', () => {
    expect(relation('Party delegates nominated Ellen Marsh for governor.', 'nominated')).toEqual({ source: 'Party delegates', text: 'Ellen Marsh for governor' });
    expect(cues('The nominating contest in the valley ended early.')).toEqual([]);
  });
});

describe('verb-particle cues the tagger reads as nouns', () => {
  it('a plural subject, then a particle phrase and its clause ("leaders point out that")', () => {
    expect(relation('Union leaders point out that the mayor could win many workers.', 'point out')).toEqual({ source: 'Union leaders', text: 'the mayor could win many workers' });
    expect(relation('Residents push for a new school.', 'push for')).toEqual({ source: 'Residents', text: 'a new school' });
  });
});

describe('document subjects before a verb the tagger read as a noun', () => {
  it('"Polls there show …", "Records from the cycle show …" take the plural document noun as subject', () => {
    expect(relation('Polls there show Marsh is trailing Dent.', 'show')).toEqual({ source: 'Polls there', text: 'Marsh is trailing Dent' });
    expect(relation('Records from the 2008 cycle show he backed both Marsh and Dent.', 'show').text).toBe('he backed both Marsh and Dent');
  });
});

describe('adverbs between a verb and its particle', () => {
  it('"spoke openly about", "don\'t talk much about", "called again for" keep the phrase cue', () => {
    expect(relation('Marsh spoke openly about the levy.', 'spoke openly about')).toEqual({ source: 'Marsh', text: 'the levy' });
    expect(relation('They don’t talk much about his record on the board.', 'don’t talk much about').text).toBe('his record on the board');
    expect(relation('Dent called again for an audit.', 'called again for').text).toBe('an audit');
  });
});

describe('attitudes stated with "be" and an adjective', () => {
  it('"have been sympathetic to", "has been cagey about" attribute what follows to the subject', () => {
    expect(relation('Some members have been sympathetic to the farmers’ case.', 'have been sympathetic to')).toEqual({ source: 'Some members', text: 'the farmers’ case' });
    expect(relation('Tarnow has been cagey about how he will vote.', 'has been cagey about').text).toBe('how he will vote');
  });

  it('an adjective with nothing attributed is no cue', () => {
    expect(cues('The room was hostile.')).toEqual([]);
  });
});

describe('someone defined by a stance ("has been a critic of")', () => {
  it('be, an article, modifiers, a stance noun and "of" make one cue', () => {
    expect(relation('Varga has been a dogged defender of ferry subsidies.', 'has been a dogged defender of')).toEqual({ source: 'Varga', text: 'ferry subsidies' });
    expect(relation('Farm groups are longtime critics of the plan.', 'are longtime critics of').text).toBe('the plan');
  });

  it('a stance noun with nothing after "of" is no cue', () => {
    expect(cues('Dent is a supporter.')).toEqual([]);
  });

  it('"remains", "became" link a holder as "be" does', () => {
    expect(relation('Okafor remains a staunch proponent of rail links to the islands.', 'remains a staunch proponent of')).toEqual({ source: 'Okafor', text: 'rail links to the islands' });
    expect(relation('Ruiz became a fierce critic of the toll after the flood.', 'became a fierce critic of').source).toBe('Ruiz');
    expect(byCue(analyse('Ruiz became a fierce critic of the toll after the flood.'), 'became a fierce critic of').text).toMatch(/^the toll/);
  });

  it('"no" before the holder ("is no fan of"), and a participle among the modifiers ("a more dedicated proponent of")', () => {
    expect(relation('Most Tarn pilots are no fans of the new pier.', 'are no fans of')).toEqual({ source: 'Most Tarn pilots', text: 'the new pier' });
    expect(relation("She's a more committed backer of the toll than her deputy.", "'s a more committed backer of").source).toBe('She');
  });

  it('not: a linking verb before a holder with no "of", or a stance noun that is no holder', () => {
    expect(cues('Vale remains a supporter.')).toEqual([]);
    expect(cues('Ruiz became a member of the harbour board.')).toEqual([]);
    expect(cues('The pier remains no part of the plan.')).toEqual([]);
  });
});

describe('criticism and interest in idioms', () => {
  it('"took aim at", "have shown interest in" attribute their object', () => {
    expect(relation('Marsh took aim at the levy on Friday.', 'took aim at')).toEqual({ source: 'Marsh', text: 'the levy on Friday' });
    expect(relation('Both firms have shown interest in buying the port.', 'have shown interest in').text).toBe('buying the port');
  });
});

describe('poll respondents as subjects', () => {
  it('"the farmers polled support …": a poll participle between the group and its verb', () => {
    expect(relation('Only 19 percent of the farmers polled support Marsh.', 'support')).toEqual({ source: 'Only 19 percent of the farmers polled', text: 'Marsh' });
  });
});

// A judgement the subject receives from those named after "from": the phrase after "from" is the
// source (as the agent of a passive), the subject what is judged.
describe('a judgement received "from" its holders', () => {
  it('"The toll plan drew sharp criticism from farmers", "Ruiz has won praise from both parties"', () => {
    expect(relation('The toll plan drew sharp criticism from harbour farmers.', 'drew sharp criticism from')).toEqual({ source: 'harbour farmers', text: 'The toll plan' });
    expect(relation('Ruiz has won praise from both parties.', 'has won praise from')).toEqual({ source: 'both parties', text: 'Ruiz' });
    expect(relation('The ferry bill has not received any endorsements from the council.', 'has not received any endorsements from')).toEqual({ source: 'the council', text: 'The ferry bill' });
  });

  it('not: "from" after a noun that is no judgement, or after a verb that does not receive it', () => {
    expect(cues('He took a loan from his brother.')).toEqual([]);
    expect(analyse('Toll criticism from farmers grew louder.').attributions.every((x) => !x.cue.endsWith('from'))).toBe(true);
  });
});
