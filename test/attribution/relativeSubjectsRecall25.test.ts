import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Subjects with a restrictive relative clause before the reporting verb (issue 10, round 26, recall25).
// Every sentence is written for these tests; names, places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.sourceSpan ? x.sourceSpan.text : null, x.cueSpan?.text ?? null, x.text]);

describe('a record heading a subject with a "that" relative clause shows a bare object', () => {
  it('"The poll that was taken last week showed Vale ahead"', () => {
    expect(rows(analyse('The poll that was taken last week showed Vale ahead.'))).toEqual([['The poll', 'showed', 'Vale ahead']]);
    expect(rows(analyse('The new polling that came out on Monday shows Vale ahead.'))).toEqual([['The new polling', 'shows', 'Vale ahead']]);
  });

  it('"The sparse polling that reached … before the vote showed …": an adjective before the -ing record, a preposition inside the relative', () => {
    const a = analyse('The sparse polling that reached the orchard towns before the vote showed a close race between Vale and Ruiz.');
    expect(rows(a)).toEqual([['The sparse polling', 'showed', 'a close race between Vale and Ruiz']]);
  });

  it('not: the record inside the relative clause of a person who shows something', () => {
    expect(analyse('A clerk who read the poll that was leaked showed us the harbour.').attributions).toEqual([]);
    expect(analyse('The farmer that Vale met showed us the orchard.').attributions).toEqual([]);
  });

  it('not: a record with a relative clause after a verb of its own', () => {
    expect(rows(analyse('Vale said the poll that was leaked showed a dead heat.'))).toEqual([['Vale', 'said', 'the poll that was leaked showed a dead heat']]);
  });
});

describe('a preposition that can open a clause, inside a relative clause on the subject', () => {
  it('"Groups that backed Ruiz before the vote say …": the source is the head, not the phrase after "before"', () => {
    const a = analyse('Groups that backed Ruiz before the vote say the levy failed.');
    expect(rows(a)).toContainEqual(['Groups', 'say', 'the levy failed']);
    expect(rows(analyse('Farmers who lived here since the flood say the levy failed.'))).toEqual([['Farmers who lived here since the flood', 'say', 'the levy failed']]);
  });

  it('not: the same word opening a clause with its own subject, or an "as" parenthetical', () => {
    expect(rows(analyse('Before the vote Vale said the levy failed.'))).toEqual([['Vale', 'said', 'the levy failed']]);
    const a = analyse('The board doubts that the levy, as the Courier reported, will pass.');
    expect(rows(a)).toContainEqual(['the Courier', 'reported', expect.any(String)]);
  });
});
