import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, slicedByCue } from '../helpers.js';

// Construction leads of round 33 (issue 10): passives whose agent phrase or content took a word too many.
// Every sentence is written for these tests; names are invented.

describe('a charge after the agent of "accused by" or "suspected by"', () => {
  it('a lone "of" before a bare noun opens the charge, not part of the agent', () => {
    expect(slicedByCue('Vale was accused by the board of fraud.', 'was accused').sourceSpan?.text).toBe('the board');
    expect(slicedByCue('Berg was accused by prosecutors of bribery last year.', 'was accused').sourceSpan?.text).toBe('prosecutors');
    expect(slicedByCue('The clerk was suspected by the council of theft.', 'was suspected').sourceSpan?.text).toBe('the council');
  });

  it('the charge stays in the content, the agent out of it', () => {
    const x = slicedByCue('Vale was accused by the board of fraud.', 'was accused');
    expect(x.contentSpans?.map((p) => p.text)).toEqual(['Vale', 'of fraud']);
  });

  it('an "of" of the agent\'s own name or group stays with it', () => {
    expect(slicedByCue('Vale was accused by the board of directors.', 'was accused').sourceSpan?.text).toBe('the board of directors');
    expect(slicedByCue('Ruiz was accused by the Board of Trade.', 'was accused').sourceSpan?.text).toBe('the Board of Trade');
    expect(slicedByCue('Vale was accused by the board of directors of fraud.', 'was accused').sourceSpan?.text).toBe('the board of directors');
  });
});

describe('an absolute phrase with a passive of judgement', () => {
  it('the preposition opening the sentence is no part of what is judged', () => {
    expect(slicedByCue('With the plan criticized by unions, the council delayed the vote.', 'criticized').text).toBe('the plan');
    expect(slicedByCue('Without the levy backed by growers, Tarn County cut the budget.', 'backed').text).toBe('the levy');
    expect(slicedByCue('With the plan criticized by unions, the council delayed the vote.', 'criticized').sourceSpan?.text).toBe('unions');
  });

  it('nor a "with" set off by a comma after the main clause', () => {
    expect(slicedByCue('Ruiz spoke first, with the toll criticized by unions.', 'criticized').text).toBe('the toll');
  });

  it('a "with" inside the judged phrase is kept', () => {
    expect(slicedByCue('The plan was criticized by growers with farms.', 'was criticized').text).toBe('The plan');
    expect(slicedByCue('A deal with the port was criticized by unions.', 'was criticized').text).toBe('A deal with the port');
  });
});

describe('nouns of a ship\'s or a port\'s people as agents of a passive judgement', () => {
  it('"harbour master", "captain", "crews" pass the judgement', () => {
    const x = slicedByCue('Vale was criticized by the harbour master.', 'was criticized');
    expect(x.sourceSpan?.text).toBe('the harbour master');
    expect(x.text).toBe('Vale');
    expect(slicedByCue('The plan was praised by the team captain.', 'was praised').sourceSpan?.text).toBe('the team captain');
    const y = slicedByCue('Ruiz spoke, with the toll opposed by the ferry crews.', 'opposed');
    expect(y.sourceSpan?.text).toBe('the ferry crews');
    expect(y.text).toBe('the toll');
  });

  it('things with the same endings still pass nothing, and a "master plan" speaks for no one', () => {
    expect(analyse('The plan was backed by the number.').attributions).toEqual([]);
    expect(analyse('The toll was criticized by the river.').attributions).toEqual([]);
    expect(analyse('Berg has a master plan.').attributions).toEqual([]);
    expect(slicedByCue('Vale earned a master\'s degree and said the pier was safe.', 'said').sourceSpan?.text).toBe('Vale');
  });
});

describe('a subject with a contact relative before a piece set off by dashes', () => {
  it('the noun phrase and its relative speak, not the participle set off', () => {
    const x = slicedByCue('The report she cited - written by two clerks - claimed the pier was safe.', 'claimed');
    expect(x.sourceSpan?.text).toBe('The report she cited');
    expect(x.text).toBe('the pier was safe');
    expect(slicedByCue('The memo Vale wrote - signed by two clerks - said the pier was safe.', 'said').sourceSpan?.text).toBe('The memo Vale wrote');
    expect(slicedByCue('The memo Anna Berg wrote - signed by two clerks - said the pier was safe.', 'said').sourceSpan?.text).toBe('The memo Anna Berg wrote');
    expect(slicedByCue('Every plan they drafted - all twelve of them - called for a new pier.', 'called for').sourceSpan?.text).toBe('Every plan they drafted');
  });

  it('a subject with no relative keeps its own extent, and a verb with its own subject before the dash is no relative', () => {
    expect(slicedByCue('The report - written by two clerks - claimed the pier was safe.', 'claimed').sourceSpan?.text).toBe('The report');
    expect(slicedByCue('Vale cited - wrongly - the report, and said the pier was safe.', 'said').sourceSpan?.text).toBe('Vale');
  });
});

describe('a series of three verb phrases after a verb with an infinitive', () => {
  it('each verb keeps the one subject and its own object', () => {
    const a = analyse('Vale urged the council to act, proposed a new levy, and pushed for a vote.');
    expect(a.attributions.map((x) => [x.sourceSpan?.text, x.cue, x.text])).toEqual([
      ['Vale', 'urged', 'the council to act'],
      ['Vale', 'proposed', 'a new levy'],
      ['Vale', 'pushed for', 'a vote'],
    ]);
    expect(slicedByCue('Berg urged them to wait, proposed a levy, and called for a vote on the pier.', 'proposed').sourceSpan?.text).toBe('Berg');
  });

  it('a real inverted speaker after a reported clause stays the speaker', () => {
    const x = slicedByCue('The pier is safe, said the mayor, and left.', 'said');
    expect(x.sourceSpan?.text).toBe('the mayor');
    expect(x.text).toBe('The pier is safe');
    expect(slicedByCue('The levy will pass, predicted the report, and the council agreed.', 'predicted').sourceSpan?.text).toBe('the report');
  });
});

describe('a participle on the subject before a main verb the tagger reads as a noun', () => {
  it('the participle\'s object ends before that verb and its own object', () => {
    const x = slicedByCue('Growers opposing the levy support the plan.', 'opposing');
    expect(x.sourceSpan?.text).toBe('Growers');
    expect(x.text).toBe('the levy');
    expect(slicedByCue('Growers backing the levy praise the plan.', 'backing').text).toBe('the levy');
  });

  it('a noun after the object with no determiner after it stays in the object', () => {
    expect(slicedByCue('Growers backing the levy support package met.', 'backing').text).toBe('the levy support package');
  });
});

describe('"advise" a person of a matter', () => {
  it('is counsel given, like "warned … of": the matter is the content', () => {
    const x = slicedByCue('Vale advised growers of the risk.', 'advised');
    expect(x.sourceSpan?.text).toBe('Vale');
    expect(x.text).toBe('of the risk');
    expect(slicedByCue('Aides advised Berg of the change.', 'advised').sourceSpan?.text).toBe('Aides');
    expect(slicedByCue('Ruiz advised them of the new timetable.', 'advised').text).toBe('of the new timetable');
  });

  it('a thing with an "of" phrase after "advises" is a job, not counsel', () => {
    expect(analyse('The firm advises banks of all sizes.').attributions).toEqual([]);
    expect(analyse('Vale advises the mayor.').attributions).toEqual([]);
  });
});
