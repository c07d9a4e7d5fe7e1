import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Indirect relations found by nothing (issue 10, round 18, recall8).
// Every sentence is written for these tests; names, places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.sourceSpan ? x.sourceSpan.text : null, x.cueSpan?.text ?? null, x.text]);

describe('"according to X," with a clause after the comma', () => {
  it('a capitalised subject after the comma opens the clause, not a name in apposition', () => {
    expect(rows(analyse('By dusk, according to Ruiz, Vale had left.'))).toEqual([['Ruiz', 'according to', 'By dusk, according to Ruiz, Vale had left']]);
  });

  it('still: a short name after the comma is the source', () => {
    expect(rows(analyse('Fares went up, according to the ferry operator, Bluewater Lines.'))).toEqual([['Bluewater Lines', 'according to', 'Fares went up']]);
  });
});

describe('a quoted title inside the source of "according to"', () => {
  it('"according to the “Clean Rivers” plan of the water board"', () => {
    expect(rows(analyse('The scheme would save 40 lakes, according to the “Clean Rivers” plan of the water board.'))).toEqual([['the “Clean Rivers” plan of the water board', 'according to', 'The scheme would save 40 lakes']]);
  });
});

describe('a clause that ends by citing polls, then a second predicate or a concession', () => {
  it('"… in a new county poll and has cut her campaign staff": the poll reports the first predicate only', () => {
    expect(rows(analyse('Okafor has slipped in a new county poll and has cut her campaign staff.'))).toEqual([['a new county poll', 'in', 'Okafor has slipped']]);
  });

  it('"… in national polls despite …"', () => {
    expect(rows(analyse('Berg still leads in national polls despite the row over fishing quotas.'))).toEqual([['national polls', 'in', 'Berg still leads']]);
  });

  it('an average of polls is a source too', () => {
    expect(rows(analyse('She is ahead in the Courier average of county polls.'))).toEqual([['the Courier average of county polls', 'in', 'She is ahead']]);
  });

  it('not: "and" joining a second subject with its own verb', () => {
    expect(analyse('Okafor led in a new county poll and Tarnow voters agreed.').attributions.map((x) => x.cueSpan?.text)).not.toContain('in');
  });
});

describe('"those" as the subject of a judging participle with an object', () => {
  it('"alarmed those backing the other candidates": "those" holds the stance', () => {
    expect(rows(analyse('The fight alarmed those backing the other candidates.'))).toEqual([['those', 'backing', 'the other candidates']]);
  });

  it('"many of those opposing the toll": the quantifier belongs to the source', () => {
    expect(rows(analyse('It angered many of those opposing the toll.'))).toEqual([['many of those', 'opposing', 'the toll']]);
  });

  it('not: "those" determining an -ing adjective before a noun', () => {
    expect(analyse('The clerk filed those supporting documents.').attributions).toEqual([]);
    expect(analyse('Those opposing views were heard.').attributions).toEqual([]);
  });
});

describe('a cue that closes a comparison after "than" or "as … as"', () => {
  it('"won more seats than her aides expected": the compared clause is what they expected of', () => {
    expect(rows(analyse('Vale won more seats than her aides expected.'))).toEqual([['her aides', 'expected', 'Vale won more seats']]);
  });

  it('"is not as harmful as most economists believe"', () => {
    expect(rows(analyse('The tax is not as harmful as most economists believe.'))).toEqual([['most economists', 'believe', 'The tax is not as harmful']]);
  });

  it('not: "as" with no first "as" before it', () => {
    expect(analyse('The hall filled up quickly as the organisers said.').attributions.map((x) => x.text)).not.toContain('The hall filled up quickly');
  });

  it('not: the conjunctions "as soon as", "as far as", "as long as"', () => {
    expect(rows(analyse('The glassworks will hire again as soon as the board says.'))).toEqual([]);
    expect(rows(analyse('The bridge design is safe as far as Berg knows.'))).toEqual([]);
    expect(rows(analyse('Okafor will keep her stall as long as the wardens believe.'))).toEqual([]);
  });

  it('not: the act itself compared ("more poems than Tarnow wrote"), nor "more than I can say"', () => {
    expect(rows(analyse('Vale wrote more poems than Tarnow wrote.')).filter((r) => r[0] === 'Tarnow')).toEqual([]);
    expect(rows(analyse('The choir owes the janitor more than I can say.'))).toEqual([]);
    expect(rows(analyse('The village owes its ferrymen more than words could say.'))).toEqual([]);
  });
});
