import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// Source spans read leftwards from the cue (issue 10, leads66): a past participle on the subject's head keeps the
// phrase saying when or where («A report released on Monday found» gave «A report released»; «Emails sent on Friday
// show» gave no source; a bare day, «filed Thursday», as well); a contact relative closed by a stranded "to" («Two clerks the Harbour Times spoke to said»
// gave «Two clerks the Harbour Times», the cue read as an infinitive); lists joined by "or" («Ruiz or Berg will say»
// gave «Berg») or with a serial comma («Vale, Ruiz, and Berg said» gave «Berg»); an -s verb the tagger reads as a
// noun after a name's appositive («Vale, 54, plans a bid» gave nothing, «Vale, a clerk, plans to run» no source). Every sentence is written for these
// tests; names and places are invented.

const src = (text: string, cue: string) => {
  const all = analyse(text).attributions;
  const r = all.find((a) => a.cueSpan?.text === cue);
  expect(r, `no «${cue}» relation in ${JSON.stringify(all.map((a) => a.cue))}`).toBeDefined();
  return r!.sourceSpan ? text.slice(r!.sourceSpan.start, r!.sourceSpan.end) : null;
};

describe('a participle on the head keeps its time or place phrase', () => {
  it('"A report released on Monday found …" → «A report released on Monday»', () => {
    expect(src('A report released on Monday found the pier was unsafe.', 'found')).toBe('A report released on Monday');
  });

  it('"A poll of Tarn voters released last week showed …" keeps the phrase after the participle', () => {
    expect(src('A poll of Tarn voters released last week showed Vale ahead.', 'showed')).toBe('A poll of Tarn voters released last week');
  });

  it('an irregular participle: "Emails sent on Friday show …", "A poll taken in Tarn found …"', () => {
    expect(src('Emails sent on Friday show the mayor knew.', 'show')).toBe('Emails sent on Friday');
    expect(src('A court filing made Thursday says the pier was unsafe.', 'says')).toBe('A court filing made Thursday');
    expect(src('A poll taken in Tarn found the levy was popular.', 'found')).toBe('A poll taken in Tarn');
  });

  it('after an opening "while", the participle\'s phrase is no subject of its own', () => {
    expect(src('And while a poll released last week showed Vale ahead, the race was close.', 'showed')).toBe('a poll released last week');
  });

  it('near miss: a time phrase between a name and its verb is still stepped over', () => {
    expect(src('Ruiz on Friday said the pier was unsafe.', 'said')).toBe('Ruiz');
    expect(src('The Ministry of Water on Friday rejected the plan.', 'rejected')).toBe('The Ministry of Water');
  });
});

describe('a contact relative closed by a stranded "to"', () => {
  it('"Two clerks the Harbour Times spoke to said …" → the head with its relative, not the relative\'s subject', () => {
    expect(src('Two clerks the Harbour Times spoke to said the pier was unsafe.', 'said')).toBe('Two clerks the Harbour Times spoke to');
    expect(src('People I spoke to said the pier was unsafe.', 'said')).toBe('People I spoke to');
    expect(src('The growers Ruiz talked to told the board the pier was unsafe.', 'told the board')).toBe('The growers Ruiz talked to');
  });

  it('near miss: an infinitive after "to" keeps the verb before it as its governor', () => {
    expect(src('Vale went on to say the pier was unsafe.', 'went on to say')).toBe('Vale');
    expect(src('Berg was the first rival in Tarn to have promised a vote on the pier.', 'to have promised')).toBe('Berg');
    const r = analyse('Vale wants to criticise the plan.').attributions.find((a) => a.cueSpan?.text === 'wants');
    expect(r?.text).toBe('to criticise the plan');
  });
});

describe('lists of speakers', () => {
  it('"or" joins two subjects as "and" does', () => {
    expect(src('Ruiz or Berg will say the pier is unsafe.', 'will say')).toBe('Ruiz or Berg');
    expect(src('The mayor, Ruiz or Berg will say the pier is unsafe.', 'will say')).toBe('The mayor, Ruiz or Berg');
  });

  it('near miss: an imperative before "or"/"and" is no member ("Sign the deal or Berg says …": do it, or else)', () => {
    expect(src('Sign the deal or Berg says he will sue.', 'says')).toBe('Berg');
    expect(src('Cut the fares or riders say they will leave.', 'say')).toBe('riders');
    expect(src('Support the tax or critics say the pier will close.', 'say')).toBe('critics');
    expect(src('Sign the deal and Berg says he will sue.', 'says')).toBe('Berg');
    expect(src('Two or three officials said the pier was unsafe.', 'said')).toBe('Two or three officials');
    expect(src('The council and its critics say the pier is unsafe.', 'say')).toBe('The council and its critics');
  });

  it('a serial comma before the conjunction', () => {
    expect(src('Vale, Ruiz, and Berg said the pier is unsafe.', 'said')).toBe('Vale, Ruiz, and Berg');
    expect(src('Tarn growers, harbour clerks, and many local traders claim the levy is unfair.', 'claim')).toBe('Tarn growers, harbour clerks, and many local traders');
  });

  it('near miss: a clause or an adverbial before ", and" is no member', () => {
    expect(src('Vale resigned, and Berg said the pier is unsafe.', 'said')).toBe('Berg');
    expect(src('On Monday, Vale, and Berg said the pier is unsafe.', 'said')).toBe('Berg');
    expect(src('Either the pier closes or Vale said she would quit.', 'said')).toBe('Vale');
  });
});

describe('an -s verb read as a noun after a name\'s appositive', () => {
  it('"Vale, 54, plans a bid …", "Ana Vale, a clerk, plans to run …" → the name', () => {
    expect(src('Vale, 54, plans a bid for the council.', 'plans')).toBe('Vale');
    expect(src('Ana Vale, a clerk, plans to run for the council.', 'plans')).toBe('Ana Vale');
  });

  it('near miss: no name opening the clause before the appositive', () => {
    expect(src('Vale hired Ruiz, a clerk, plans to run.', 'plans')).toBeNull();
    expect(src('The harbour, its docks, plans to close.', 'plans')).toBeNull();
  });
});
