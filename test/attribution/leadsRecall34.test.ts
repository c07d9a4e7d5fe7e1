import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue, sourcelessByCue } from '../helpers.js';

// recall34: known leads. A plural reporting noun right after a verb is its object ("reviewed claims that …"); a
// time word opening the clause is no part of the subject ("Later Vale said …"); an opening adverb set off by a
// comma leaves a reporting noun the subject ("Soon, reports of a strike reached …"); an opening "Told" with a
// noun phrase names what was told ("Told the news, Vale wept"). Every sentence is written for these tests;
// names and places are invented.

const LEAD = 'The orchard reopened in May. ';
const cuesOf = (text: string) => analyse(text).attributions.map((a) => a.cue);

describe('a plural reporting noun right after a verb is its object', () => {
  it('"She reviewed claims that …", "will examine reports that …": the noun is the cue, held by no one named', () => {
    expect(sourcelessByCue(`${LEAD}She reviewed claims that the levy failed.`, 'claims').text).toBe('the levy failed');
    expect(sourcelessByCue(`${LEAD}The panel will examine reports that the tram fare rose.`, 'reports').text).toBe('the tram fare rose');
    // (fixT, review29 #4) after a noun the -ed verb may be a reduced relative: "claims" stays the verb
    expect(analyse(`${LEAD}The clerk arrested claims that the levy was rigged.`).attributions.map((r) => r.cue)).toEqual(['claims']);
    expect(byCue(analyse(`${LEAD}The clerk arrested claims that the levy was rigged.`), 'claims').sourceSpan).not.toBeNull();
  });

  it('still a verb after its subject: "Vale claims that …", "Berg, who reviewed the ledger, claims that …"', () => {
    expect(byCue(analyse(`${LEAD}Vale claims that the levy failed.`), 'claims').sourceSpan?.text).toBe('Vale');
    expect(byCue(analyse(`${LEAD}Berg, who reviewed the ledger, claims that the levy failed.`), 'claims').sourceSpan?.text).toMatch(/^Berg/);
  });
});

describe('a time word opening the clause is no part of the subject', () => {
  it('"Later Vale reports that …", "Yesterday the board said …", "Recently Okafor said …"', () => {
    expect(byCue(analyse(`${LEAD}Later Vale reports that the levy failed.`), 'reports').sourceSpan?.text).toBe('Vale');
    expect(byCue(analyse(`${LEAD}Yesterday the board said the levy failed.`), 'said').sourceSpan?.text).toBe('the board');
    expect(byCue(analyse(`${LEAD}Recently Okafor said the levy failed.`), 'said').sourceSpan?.text).toBe('Okafor');
  });

  it('kept: a possessive time word and a hyphened compound ("Today\'s editorial says", "Now-retired Vale said")', () => {
    expect(byCue(analyse(`${LEAD}Today's editorial says the levy failed.`), 'says').sourceSpan?.text).toBe("Today's editorial");
    expect(byCue(analyse(`${LEAD}Now-retired Vale said the levy failed.`), 'said').sourceSpan?.text).toBe('Now-retired Vale');
  });

  it('after "but" inside a report the second clause stays apart: "Berg says he was unsure, but now Okafor plans to …"', () => {
    const a = analyse(`${LEAD}Berg says he was unsure, but now Okafor plans to vote for him in March.`);
    expect(byCue(a, 'says').text).toBe('he was unsure');
    expect(byCue(a, 'plans').text).toBe('to vote for him in March');
  });
});

describe('an opening adverb set off by a comma before a reporting noun that is the subject', () => {
  it('"Soon, reports of a strike reached …", "Meanwhile, fears of a strike grew …": the content is the "of" phrase', () => {
    expect(sourcelessByCue(`${LEAD}Soon, reports of a strike reached the harbour.`, 'reports of').text).toBe('a strike');
    expect(sourcelessByCue(`${LEAD}Meanwhile, fears of a strike grew at the harbour.`, 'fears of').text).toBe('a strike');
  });

  it('(fixT, review29 #6) a clause-opening time word the tagger reads as a noun, set off too: "Yesterday, reports of …"', () => {
    expect(sourcelessByCue(`${LEAD}Yesterday, reports of a strike reached the harbour.`, 'reports of').text).toBe('a strike');
    // (another word set off before it is no time opener: the content runs on as before)
    expect(byCue(analyse(`${LEAD}Harbour, reports of a strike reached the pier.`), 'reports of').text).not.toBe('a strike');
  });

  it('a subject before the -s word after the comma keeps its verb: "Soon, Vale reports that …"', () => {
    const r = byCue(analyse(`${LEAD}Soon, Vale reports that a strike reached the harbour.`), 'reports');
    expect(r.sourceSpan?.text).toBe('Vale');
    expect(r.text).toBe('a strike reached the harbour');
  });
});

describe('"Told the news, Vale wept": what was told, as the object of an opening participle', () => {
  it('the noun phrase up to the comma is the content, with no source', () => {
    expect(sourcelessByCue(`${LEAD}Told the news, Vale wept.`, 'Told').text).toBe('the news');
    expect(sourcelessByCue(`${LEAD}Told the verdict, the growers left the hall.`, 'Told').text).toBe('the verdict');
  });

  it('no relation for "Told by aides, …" nor for a "told" inside the clause with no matter after it', () => {
    expect(cuesOf(`${LEAD}Told by aides, Vale wept.`)).toEqual([]);
    expect(cuesOf(`${LEAD}Vale told the council, and the board agreed.`)).toEqual([]);
  });

  it('(fixT, review29 #9) no relation when the words after "Told" are no noun phrase closed by the comma', () => {
    expect(cuesOf(`${LEAD}Told the council would vote, Vale left.`)).toEqual([]);
  });
});
