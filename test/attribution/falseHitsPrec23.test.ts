import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Precision, twenty-third attribution round (issue 10, prec1): words read as reporting cues
// where English reports nothing. Every sentence is written for these tests; names and places
// are invented.

const cues = (text: string) => analyse(text).attributions.map((x) => x.cue);

describe('a participle inside a noun phrase is an adjective, not a cue', () => {
  it.each([
    ['The harbour board has gathered more pledged votes than Ruiz.', 'pledged'],
    ['Vale leads a crowd of young, pledged volunteers in Tarnby.', 'pledged'],
    ['Okafor, a broadly respected Liberal from Tarnby, chairs the levy committee.', 'broadly respected'],
    ['Okafor, a respected Democrat from Marlow, opened the orchard fair.', 'respected'],
  ])('%s', (text, cue) => {
    expect(cues(text)).not.toContain(cue);
  });

  it('still: the participle as a verb with its object or clause', () => {
    expect(byCue(analyse('Vale pledged delegates to Ruiz after the vote.'), 'pledged').speaker).toBe('Vale');
    expect(byCue(analyse('Okafor respected the ruling of the harbour court.'), 'respected').speaker).toBe('Okafor');
    expect(byCue(analyse('More voters pledged that they would back the levy.'), 'pledged').text).toBe('they would back the levy');
  });
});

describe('a verb that reports only a clause, before a noun phrase with a participle in it', () => {
  it.each([
    'Mrs. Vale maintained a brisk stride into retired life.',
    'Berg is one of few mayors who maintained a paid lecture calendar in Tarnby.',
    'Ruiz showed a renewed interest in the tram fare.',
  ])('%s reports nothing', (text) => {
    expect(analyse(text).attributions).toEqual([]);
  });

  it('still: the same verbs with a clause, also one whose subject holds a participle', () => {
    expect(byCue(analyse('Okafor maintained that the levy was fair.'), 'maintained').text).toBe('the levy was fair');
    expect(byCue(analyse('Vale maintained the paid staff had left the harbour.'), 'maintained').text).toBe('the paid staff had left the harbour');
    expect(byCue(analyse('The audit showed the retired clerks kept the ledgers.'), 'showed').text).toBe('the retired clerks kept the ledgers');
  });
});

describe('"like" of comparison is no cue', () => {
  it.each([
    'The Tarnby fairs fall on Sunday mornings -- just like the Marlow ones.',
    'Vale laughs at the crowd, just like he did at the orchard fair.',
    "It's like going to the fair for the first time.",
    'The depot looks like a church without its spire.',
  ])('%s', (text) => {
    expect(analyse(text).attributions.map((x) => x.cue.toLowerCase())).not.toContainEqual(expect.stringMatching(/\blike\b/));
  });

  it('still: the verb "like", also after "just" with a pronoun subject', () => {
    expect(byCue(analyse('They just like the new tram fare.'), 'just like').sourceSpan?.text).toBe('They');
    expect(byCue(analyse('The farmers just like the new tram fare.'), 'just like').sourceSpan?.text).toBe('The farmers');
    expect(byCue(analyse('Ruiz does not like the levy.'), 'does not like').text).toBe('the levy');
    expect(byCue(analyse('They like the new tram fare.'), 'like').text).toBe('the new tram fare');
  });
});

describe('a content that is a lone preposition says nothing', () => {
  it('a preposition stranded at the end of a relative clause', () => {
    expect(analyse('The tram fare is a rule the Marlow clerks stay wary of.').attributions).toEqual([]);
  });

  it('still: the same state with its object after the preposition', () => {
    expect(byCue(analyse('The Ruiz aides are wary of the tram fare.'), 'are wary of').text).toContain('the tram fare');
  });
});

describe('a base form right after "for" is a noun, not a verb cue', () => {
  it('"waited for comment", "for comment on": "comment" is no cue', () => {
    expect(cues('Reporters waited for comment from the harbour office.')).toEqual([]);
    expect(cues('She reached Berg by phone for comment on the levy.')).toEqual([]);
  });

  it('still: the verb after "for" with its subject and "to"', () => {
    expect(byCue(analyse('Vale asked for Ruiz to comment on the levy.'), 'asked for').text).toBe('Ruiz to comment on the levy');
    expect(byCue(analyse('Ruiz declined to comment on the levy.'), 'declined').text).toContain('to comment');
  });
});

describe('a participle of a verb that attributes only an infinitive or a clause, with neither, is a plain act', () => {
  it.each([
    'Most thefts in the harbour were committed by other sailors.',
    'Most thefts committed by sailors went unpunished.',
    'The orchard dispute was resolved by the court.',
  ])('%s reports nothing', (text) => {
    expect(analyse(text).attributions).toEqual([]);
  });

  it('still: the same verbs with their infinitive', () => {
    expect(byCue(analyse('Ruiz committed to rebuild the tram depot.'), 'committed').text).toBe('to rebuild the tram depot');
    expect(byCue(analyse('Vale resolved to close the harbour.'), 'resolved').text).toBe('to close the harbour');
  });
});
