import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// leads69: a closing spaced dash or bracket right before a tag's subject sets the tag off as a comma or an em dash
// does; a gerund after a postnominal adjective and its preposition is done by the noun the adjective describes; an
// imperative on a bare name before "or" opens a clause of its own. Every sentence is written for these tests; names
// and places are invented.

describe('a closing dash or bracket before a tag', () => {
  it('"… - and always was - Vale said.": a spaced hyphen closing a pair', () => {
    expect(rows('The pier is unsafe - and always was - Vale said.')).toEqual([['Vale', 'said', 'The pier is unsafe - and always was']]);
  });

  it('"… -- and always was -- the mayor said.": a double hyphen', () => {
    expect(rows('The pier is unsafe -- and always was -- the mayor said.')).toEqual([['the mayor', 'said', 'The pier is unsafe -- and always was']]);
  });

  it('"… (and always was) Vale said.": a closing bracket, kept in the content', () => {
    expect(rows('The pier is unsafe (and always was) Vale said.')).toEqual([['Vale', 'said', 'The pier is unsafe (and always was)']]);
  });

  it('near miss: a word after a closing dash that is no subject gives no tag ("- deleted the files | emails")', () => {
    const found = rows('The clerk - the one who kept the ledger - deleted the files of Tarn emails.');
    expect(found.some(([source]) => source === 'deleted the files of Tarn')).toBe(false);
  });

  it('near miss: a comma before the tag keeps its reading', () => {
    expect(rows('The pier is unsafe - and always was -, Vale said.')).toEqual([['Vale', 'said', 'The pier is unsafe - and always was']]);
  });
});

describe('a gerund after a postnominal adjective and its preposition', () => {
  it('"Ruiz hired a firm adept at telling voters that …": the firm, not the words up to "at"', () => {
    expect(rows('Ruiz hired a firm adept at telling voters that the pier was unsafe.')).toEqual([['a firm', 'telling voters', 'the pier was unsafe']]);
  });

  it('"… a clerk good at persuading voters that …": another adjective', () => {
    expect(rows('Berg hired a clerk good at persuading voters that the levy was fair.')).toEqual([['a clerk', 'persuading', 'the levy was fair']]);
  });

  it('near miss: a predicate adjective keeps the linking verb\'s subject', () => {
    expect(rows('Ruiz is adept at telling voters that the pier was unsafe.')).toEqual([['Ruiz', 'telling voters', 'the pier was unsafe']]);
  });
});

describe('an imperative on a bare name before "or"', () => {
  it('"Vote Vale or Berg says he will sue": Berg, the imperative read as a name', () => {
    expect(rows('Vote Vale or Berg says he will sue.')).toEqual([['Berg', 'says', 'he will sue']]);
  });

  it('"Elect Vale or Berg says …": an imperative read as a verb', () => {
    expect(rows('Elect Vale or Berg says he will sue.')).toEqual([['Berg', 'says', 'he will sue']]);
  });

  it('"Vote for Vale or Berg says …": over the verb\'s "for"', () => {
    expect(rows('Vote for Vale or Berg says he will sue.')).toEqual([['Berg', 'says', 'he will sue']]);
  });

  it('near miss: two names joined by "or" stay one subject', () => {
    expect(rows('Ana Vale or Tom Berg says he will sue.')).toEqual([['Ana Vale or Tom Berg', 'says', 'he will sue']]);
  });

  it('near miss: a noun phrase with a determiner before "for" is no imperative', () => {
    expect(rows('The vote for Vale or Berg says little about the race.').map(([source]) => source)).toEqual(['The vote for Vale or Berg']);
  });

  it('"Elect Ana Vale or Berg says …": a full name after the order', () => {
    expect(rows('Elect Ana Vale or Berg says he will sue.')).toEqual([['Berg', 'says', 'he will sue']]);
  });

  // (fixAK, review41 H1: a name or title may start with a verb's word; "and" then joins two subjects)
  it.each([
    ['Fire Chief Vale and Berg said the pier was unsafe.', 'Fire Chief Vale and Berg'],
    ['Free Press editor Vale and Berg said the pier was unsafe.', 'Free Press editor Vale and Berg'],
    ['Back Bay residents and Berg said the pier was unsafe.', 'Back Bay residents and Berg'],
    ['Support Group head Vale and Ruiz said the toll was unfair.', 'Support Group head Vale and Ruiz'],
  ])('near miss: "%s" keeps its whole coordinated subject', (sentence, source) => {
    expect(rows(sentence).map(([found]) => found)).toEqual([source]);
  });
});

describe('a participle of saying after the addressee of a writing or speech cue', () => {
  it('"Vale wrote in a statement to the Harbour Times explaining that …": Vale explains; the addressee is no content', () => {
    expect(rows('Vale wrote in a statement to the Harbour Times explaining that the pier was unsafe.')).toEqual([['Vale', 'explaining', 'the pier was unsafe']]);
  });

  it('"Vale wrote to the council arguing that …": the writer, not the addressee, is the source', () => {
    expect(rows('Vale wrote to the council arguing that the levy was unfair.')).toEqual([['Vale', 'arguing', 'the levy was unfair']]);
  });

  it('near miss: a "that" clause right after the addressee stays the cue\'s own content', () => {
    expect(rows('Vale wrote in a statement to the Harbour Times that the pier was unsafe.')).toEqual([['Vale', 'wrote in a statement', 'the pier was unsafe']]);
  });

  it('near miss: after a verb that is no cue the participle keeps the noun before it', () => {
    expect(rows('Vale listened to the growers explaining that the pier was unsafe.')).toEqual([['the growers', 'explaining', 'the pier was unsafe']]);
  });

  // (fixAK, review41 H2: a participle that is no verb of saying describes the addressee; the cue keeps its relation)
  it.each([
    ['Vale said to reporters waiting outside that the pier was safe.', 'said', 'the pier was safe'],
    ['Vale explained to voters living near the pier that the toll would rise.', 'explained', 'the toll would rise'],
    ['Vale complained to officials handling the case that the fee was unfair.', 'complained', 'the fee was unfair'],
  ])('near miss: "%s" keeps the cue with the writer as source', (sentence, cue, clause) => {
    const found = rows(sentence);
    expect(found.map(([source, c]) => [source, c])).toEqual([['Vale', cue]]);
    expect(found[0]![2]).toContain(clause);
  });

  // (fixAK, review41 H3: after a verb of siding the one before the participle does it)
  it('near miss: "Vale sided with critics arguing that …": the critics argue', () => {
    expect(rows('Vale sided with critics arguing that the toll was unfair.')).toContainEqual(['critics', 'arguing', 'the toll was unfair']);
  });

  it('"Vale wrote to the board urging that …": another participle of saying, the writer urges', () => {
    expect(rows('Vale wrote to the board urging that the pier be closed.')).toEqual([['Vale', 'urging', 'the pier be closed']]);
  });
});
