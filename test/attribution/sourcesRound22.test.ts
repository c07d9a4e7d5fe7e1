import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Sources of the twenty-second attribution round (issue 10). Every sentence is written for these tests.

describe('a phrase opened by "since", "until" or "as" before the subject, with no comma', () => {
  it('is no part of the subject, though the tagger reads the word as a subordinator', () => {
    expect(byCue(analyse('Since the harvest Okafor has said the cider tax is fair.'), 'has said').sourceSpan?.text).toBe('Okafor');
    expect(byCue(analyse('Since the frost the growers have argued the orchard needs shelter.'), 'have argued').sourceSpan?.text).toBe('the growers');
  });

  it('after a subordinator that is no preposition, a title stays in the subject', () => {
    expect(byCue(analyse('Because the warden Tarnow said the trail was shut, the walkers turned back.'), 'said').sourceSpan?.text).toBe('the warden Tarnow');
  });
});

describe('a contact relative after an indefinite head ("a point Vale conceded", "something Ruiz could accept")', () => {
  it('the name or phrase after the head is the source, not the head', () => {
    expect(byCue(analyse('The cider fair lost money, a point Berg conceded to the growers on Friday.'), 'conceded').sourceSpan?.text).toBe('Berg');
    expect(byCue(analyse('The growers asked for a new press, a request the guild then refused.'), 'then refused').sourceSpan?.text).toBe('the guild');
    const a = analyse('The orchard stayed open late, something Okafor could not accept.');
    expect(byCue(a, 'could not accept').sourceSpan?.text).toBe('Okafor');
    expect(byCue(a, 'could not accept').text).toBe('something');
  });

  it('such an appositive closing the sentence ends the content of the clause before it', () => {
    const a = analyse('Ruiz said the hives were empty, a point Berg also conceded to the growers.');
    expect(byCue(a, 'said').text).toBe('the hives were empty');
    expect(byCue(a, 'also conceded').sourceSpan?.text).toBe('Berg');
  });

  it('an appositive with a contact relative inside the reported clause leaves it whole', () => {
    expect(byCue(analyse('Ruiz said the ferry, a boat the navy built, was safe.'), 'said').text).toBe('the ferry, a boat the navy built, was safe');
  });

  it('a title with "the" before a name stays in the source, and a weekday after a noun is no name', () => {
    expect(byCue(analyse('The beekeeper Tarnow said the hives were empty.'), 'said').sourceSpan?.text).toBe('The beekeeper Tarnow');
    expect(byCue(analyse('A beekeeper Friday said the hives were empty.'), 'said').sourceSpan?.text).toBe('A beekeeper');
  });
});

describe('a verb with "by" right after the subject that opens its clause ("Okafor stopped by the office and spoke")', () => {
  it('is the main verb, whose subject a second verb or a participle shares', () => {
    expect(byCue(analyse('Okafor stopped by the cider mill, and spoke about the harvest.'), 'spoke about').sourceSpan?.text).toBe('Okafor');
    expect(byCue(analyse('Tarnow dropped by the hive on Sunday, saying the queen was gone.'), 'saying').sourceSpan?.text).toBe('Tarnow');
  });

  it('a participle with a "by" agent after an object stays a reduced relative', () => {
    expect(byCue(analyse('Berg toured the fair run by the guild, predicting a record crowd.'), 'predicting').sourceSpan?.text).toBe('Berg');
  });
});

describe('a description, then a name and an age set off by commas ("One of the growers, Dara Okafor, 61, said")', () => {
  it('the name is the source, as without the age', () => {
    expect(byCue(analyse('One of the beekeepers, Ana Tarnow, 58, said the swarm had left.'), 'said').sourceSpan?.text).toBe('Ana Tarnow');
    expect(byCue(analyse('One of the beekeepers, Ana Tarnow, said the swarm had left.'), 'said').sourceSpan?.text).toBe('Ana Tarnow');
  });

  it('a description holding a number is no name', () => {
    expect(byCue(analyse('One of the beekeepers, a woman of 58, said the swarm had left.'), 'said').sourceSpan?.text).toBe('One of the beekeepers');
  });
});
