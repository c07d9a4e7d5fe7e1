import { describe, expect, it } from 'vitest';
import { attributionRows } from '../helpers.js';

// Sources read wrongly or not at all (issue 10, src42). Every sentence is written for these tests; names and places
// are invented.

/** The row of the relation whose cue is `cue`. */
const row = (text: string, cue: string) => {
  const rows = attributionRows(text);
  const r = rows.find((x) => x[1] === cue);
  expect(r, `no «${cue}» relation in ${JSON.stringify(rows)}`).toBeDefined();
  return r!;
};

describe('a reduced relative whose participle has no -ed/-en ending ("sent to", "brought to")', () => {
  // (was «the clerks», «Vale», «the board»: the participle's object was read as the subject)
  it('"A letter sent to the clerks on Monday says …" → the letter is the source', () => {
    expect(row('A letter sent to the clerks on Monday says the pier is unsafe.', 'says')).toEqual(['A letter sent to the clerks', 'says', 'the pier is unsafe']);
  });

  it('"A memo sent to Vale warns that …" → «A memo sent to Vale»', () => {
    expect(row('A memo sent to Vale warns that the pier is unsafe.', 'warns')).toEqual(['A memo sent to Vale', 'warns', 'the pier is unsafe']);
  });

  it('"A report brought to the board says …" → «A report brought to the board»', () => {
    expect(row('A report brought to the board says the levy will rise.', 'says')[0]).toBe('A report brought to the board');
  });

  it('"A letter sent to the clerks, and seen by the Courier, says …": the letter, not «the clerks»', () => {
    expect(row('A letter sent to the clerks on Monday, and seen by the Courier, says the pier is unsafe.', 'says')[0]).toBe('A letter sent to the clerks');
  });

  it('a regular participle reads as before: "A letter mailed to every home says …"', () => {
    expect(row('A letter mailed to every home says the levy will rise.', 'says')[0]).toBe('A letter mailed to every home');
  });

  it('not a finite verb: "Vale sent a letter to the board saying …" keeps «Vale»', () => {
    expect(row('Vale sent a letter to the board saying the pier was unsafe.', 'sent a letter to the board saying')[0]).toBe('Vale');
  });

  it('not a finite verb with its own subject: "Berg sent Ruiz to the pier and said …" keeps «Berg»', () => {
    expect(row('Berg sent Ruiz to the pier and said it was unsafe.', 'said')).toEqual(['Berg', 'said', 'it was unsafe']);
  });
});

describe('an -ing form with its object set off by dashes between the subject and its verb', () => {
  // (was no source: only a past participle with its preposition was read as such an aside)
  it('"The clerks — fearing a levy — said …" → «The clerks»', () => {
    expect(row('The clerks — fearing a levy — said the pier was unsafe.', 'said')).toEqual(['The clerks', 'said', 'the pier was unsafe']);
  });

  it('"Ruiz — speaking to reporters on Monday — said …" → «Ruiz»', () => {
    expect(row('Ruiz — speaking to reporters on Monday — said the pier was unsafe.', 'said')[0]).toBe('Ruiz');
  });

  it('with double hyphens: "The board -- citing a report -- argued that …" → «The board»', () => {
    expect(row('The board -- citing a report -- argued that the pier was unsafe.', 'argued')).toEqual(['The board', 'argued', 'the pier was unsafe']);
  });

  it('not inside a reported clause: "Officials said the plan — raising the levy — would pass" keeps its content whole', () => {
    expect(row('Officials said the plan — raising the levy — would pass.', 'said')).toEqual(['Officials', 'said', 'the plan — raising the levy — would pass']);
  });
});

describe('a naming participle and its quoted name, with no comma, in the subject', () => {
  // (was no source: the quoted name was stepped over as a title, leaving «known as» to read a subject from)
  it('"The clerk known as “the Ledger” said …" → the clerk with the name', () => {
    expect(row('The clerk known as “the Ledger” said the pier was unsafe.', 'said')).toEqual(['The clerk known as “the Ledger”', 'said', 'the pier was unsafe']);
  });

  it('with straight quotation marks: "The clerk known as "the Ledger" said …"', () => {
    expect(row('The clerk known as "the Ledger" said the pier was unsafe.', 'said')[0]).toBe('The clerk known as "the Ledger"');
  });

  it('"A pilot nicknamed “Gull” warned that …" → «A pilot nicknamed “Gull”» (was «A pilot nicknamed»)', () => {
    expect(row('A pilot nicknamed “Gull” warned that the pier was unsafe.', 'warned')).toEqual(['A pilot nicknamed “Gull”', 'warned', 'the pier was unsafe']);
  });

  it('an aside set off by commas is read as before: "Vale, known as “the Ledger,” said …" → «Vale»', () => {
    expect(row('Vale, known as “the Ledger,” said the pier was unsafe.', 'said')).toEqual(['Vale', 'said', 'the pier was unsafe']);
  });

  it('not a naming participle: a title after its noun is still stepped over, "The author of the study “Heat and the City” said …"', () => {
    expect(row('The author of the study “Heat and the City” said the pier was unsafe.', 'said')[0]).toBe('The author of the study');
  });
});

describe('a politician\'s name closed by a party and state after places set off by commas', () => {
  // (was «Tarn County» or no source: the first piece that is no adverbial was taken for the subject)
  it('"In Nashville, Tarn County, Gov. Ana Vale (R-TN), said …" → «Gov. Ana Vale»', () => {
    expect(row('In Nashville, Tarn County, Gov. Ana Vale (R-TN), said the levy would rise.', 'said')).toEqual(['Gov. Ana Vale', 'said', 'the levy would rise']);
  });

  it('after a place and a participle phrase: "Tuesday at the Harbour Hall in Tarn, OH, after winning Tarn in the primary, Gov. Ana Vale (R-OH), said …"', () => {
    expect(row('Tuesday at the Harbour Hall in Tarn, OH, after winning Tarn in the primary, Gov. Ana Vale (R-OH), said the pier was unsafe.', 'said')[0]).toBe('Gov. Ana Vale');
  });

  it('a party letter alone: "In Tarn, Rep. Ana Vale (D), said …" → «Rep. Ana Vale»', () => {
    expect(row('In Tarn, Rep. Ana Vale (D), said the pier was unsafe.', 'said')[0]).toBe('Rep. Ana Vale');
  });

  it('not a description that ends with a party and state: "In Tarn, Ana Vale, an ally of Sen. Ruiz (D-TN), said …" keeps «Ana Vale»', () => {
    expect(row('In Tarn, Ana Vale, an ally of Sen. Ruiz (D-TN), said the pier was unsafe.', 'said')[0]).toBe('Ana Vale');
  });

  it('not a name with its party that a description follows: "On Monday, Sen. Ana Vale (D-TN), a clerk in Tarn, said …" keeps the name', () => {
    expect(row('On Monday, Sen. Ana Vale (D-TN), a former clerk in Tarn, said the pier was unsafe.', 'said')[0]).toBe('Sen. Ana Vale');
  });
});

describe('"called" and a name, then the verb of the clause: a reduced relative on a definite subject', () => {
  // (was a relation of "called" whose content ran over the clause's own cue, which was lost)
  it('"The group called “Harbour First” said …" → «The group called “Harbour First”» | said', () => {
    expect(attributionRows('The group called “Harbour First” said the pier was unsafe.')).toEqual([['The group called “Harbour First”', 'said', 'the pier was unsafe']]);
  });

  it('"The site called “The Ledger” reported that …" → the site is the source', () => {
    expect(row('The site called “The Ledger” reported that the pier was unsafe.', 'reported')).toEqual(['The site called “The Ledger”', 'reported', 'the pier was unsafe']);
  });

  it('not before a second object: "The group called “Harbour First” a fraud" is still calling', () => {
    expect(row('The group called “Harbour First” a fraud.', 'called')).toEqual(['The group', 'called', '“Harbour First” a fraud']);
  });

  it('not a free relative: "What Ruiz called “a rout” was a narrow loss, Vale said" keeps Vale\'s relation whole', () => {
    expect(row('What Ruiz called “a rout” was a narrow loss, Vale said.', 'said')).toEqual(['Vale', 'said', 'What Ruiz called “a rout” was a narrow loss']);
  });
});

describe('a second subject joined by "and" and set off by dashes', () => {
  // (was the second subject alone, with the closing dash: «some pilots —»)
  it('"Harbour clerks — and some pilots — say …" → both', () => {
    expect(row('Harbour clerks — and some pilots — say the pier is unsafe.', 'say')).toEqual(['Harbour clerks — and some pilots', 'say', 'the pier is unsafe']);
  });

  it('over an aside after "and": "County leaders — and, in particular, Mayor Ana Vale — insisted that …"', () => {
    expect(row('County leaders — and, in particular, Mayor Ana Vale — insisted that any deal include a delay.', 'insisted')[0]).toBe('County leaders — and, in particular, Mayor Ana Vale');
  });

  it('not a description set off by dashes: "Ruiz — a longtime ally of the mayor — said …" → «Ruiz»', () => {
    expect(row('Ruiz — a longtime ally of the mayor — said the pier was unsafe.', 'said')[0]).toBe('Ruiz');
  });
});
