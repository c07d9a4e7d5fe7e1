import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Findings of review31, mended in the thirty-second round (issue 10). Every sentence is written for these
// tests; names, places and bodies are invented.

/** [cue, source or null, content pieces] of each relation. */
const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.cueSpan?.text ?? null, x.sourceSpan ? x.sourceSpan.text : null, (x.contentSpans ?? []).map((c) => c.text)]);

describe('a passive judgement: the reason or charge after the agent is no part of the agent (review31 H2)', () => {
  it('"criticized by growers for the delay": source «growers», reason «for the delay» (was source «growers for the delay»)', () => {
    expect(rows(analyse('Vale was criticized by growers for the delay.'))).toEqual([['was criticized', 'growers', ['Vale', 'for the delay']]]);
    expect(rows(analyse('Vale was criticized by growers for his handling of the levy.'))).toEqual([['was criticized', 'growers', ['Vale', 'for his handling of the levy']]]);
  });

  it('"charged by prosecutors with fraud": the charge with «with» is a second piece', () => {
    expect(rows(analyse('Vale was charged by prosecutors with fraud.'))).toEqual([['was charged', 'prosecutors', ['Vale', 'with fraud']]]);
    expect(rows(analyse('Vale was charged by prosecutors with taking bribes.'))).toEqual([['was charged', 'prosecutors', ['Vale', 'with taking bribes']]]);
  });

  it('not: «for» joining the capitalised words of a name stays in the agent', () => {
    expect(rows(analyse('Vale was praised by the Center for Civic Trust.'))).toEqual([['was praised', 'the Center for Civic Trust', ['Vale']]]);
    expect(rows(analyse('Vale was praised by the Friends of the Harbour for the rescue.'))).toEqual([['was praised', 'the Friends of the Harbour', ['Vale', 'for the rescue']]]);
  });

  it('"backed by the mayor for a week": the time phrase leaves the agent whole and is no reason (was source «the mayor for a»)', () => {
    expect(rows(analyse('The plan was backed by the mayor for a week.'))).toEqual([['was backed', 'the mayor', ['The plan']]]);
    expect(rows(analyse('The plan was backed by the mayor last week.'))).toEqual([['was backed', 'the mayor', ['The plan']]]);
  });
});

describe('a passive judgement in a relative clause: its reason ends with the relative (review31 H1)', () => {
  it('the comma closing the relative ends the reason (was «of lying, resigned on Monday»)', () => {
    expect(rows(analyse('Berg, who was accused by a clerk of lying, resigned on Monday.'))).toEqual([['was accused', 'a clerk', ['who', 'of lying']]]);
    expect(rows(analyse('Vale, who was praised by the mayor for saving the ferry, will retire.'))).toEqual([['was praised', 'the mayor', ['who', 'for saving the ferry']]]);
  });

  it('with no comma, the main clause verb after a noun ends it (was «for raising the toll has resigned»)', () => {
    expect(rows(analyse('The clerk who was criticized by the growers for raising the toll has resigned.'))).toEqual([['was criticized', 'the growers', ['who', 'for raising the toll']]]);
  });

  it('not: outside a relative the reason runs to the end of its clause', () => {
    expect(rows(analyse('Vale was criticized by the growers for raising the toll.'))).toEqual([['was criticized', 'the growers', ['Vale', 'for raising the toll']]]);
    expect(rows(analyse('Vale was accused by a clerk of lying to the board.'))).toEqual([['was accused', 'a clerk', ['Vale', 'of lying to the board']]]);
  });
});

describe('a stance holder after be, remain or become (review31 M1, M2)', () => {
  const neg = (s: string) => analyse(s).attributions.map((x) => [x.cueSpan?.text ?? null, x.negated]);

  it('not: a bare singular title after a passive or a link is no stance («was crowned champion of», «remains champion of»)', () => {
    expect(rows(analyse('Berg was crowned champion of the regatta.'))).toEqual([]);
    expect(rows(analyse('Vale was voted fan of the year by the club.'))).toEqual([]);
    expect(rows(analyse('Berg remains champion of the regatta.'))).toEqual([]);
    expect(rows(analyse('Berg became champion of the island in 2019.'))).toEqual([]);
    expect(rows(analyse('Berg and Ruiz were named champions of the regatta.'))).toEqual([]);
  });

  it('a holder with a determiner, or a plural one, still holds a stance', () => {
    expect(rows(analyse('Vale remains a fierce critic of the toll.'))).toEqual([['remains a fierce critic of', 'Vale', ['the toll']]]);
    expect(rows(analyse('Growers are longtime critics of the toll.'))).toEqual([['are longtime critics of', 'Growers', ['the toll']]]);
    expect(rows(analyse('Vale is a more dedicated proponent of the plan.'))).toEqual([['is a more dedicated proponent of', 'Vale', ['the plan']]]);
  });

  it('«is no supporter of» is a holder denied, as «is not a supporter of» (was negated: false)', () => {
    expect(neg('She is no supporter of the levy.')).toEqual([['is no supporter of', true]]);
    expect(neg('She is not a supporter of the levy.')).toEqual([['is not a supporter of', true]]);
    expect(neg('She is a supporter of the levy.')).toEqual([['is a supporter of', false]]);
  });
});

describe('«listed as» / «identified as»: an amount or a time after «as» gives no character (review31 M5)', () => {
  it('not: a price, a measure, a delay or «as early as» (were sourceless relations)', () => {
    expect(rows(analyse('Tickets are listed as $40 on the site.'))).toEqual([]);
    expect(rows(analyse('The pier is listed as 40 feet long.'))).toEqual([]);
    expect(rows(analyse('The pier is listed as 40 feet long.'))).toEqual([]);
    expect(rows(analyse('The ferry was listed as 20 minutes late.'))).toEqual([]);
    expect(rows(analyse('Vale was identified as early as Monday.'))).toEqual([]);
  });

  it('a role or a name after «as» is still a character given by no one named', () => {
    expect(rows(analyse('Vale is listed as the treasurer.'))).toEqual([['is listed', null, ['Vale', 'as the treasurer']]]);
    expect(rows(analyse('Vale was identified as the driver.'))).toEqual([['was identified as', null, ['Vale', 'the driver']]]);
    expect(rows(analyse('Vale is listed as one of the owners.'))).toEqual([['is listed', null, ['Vale', 'as one of the owners']]]);
    expect(rows(analyse('The driver was identified as 34-year-old Tom Berg.'))).toEqual([['was identified as', null, ['The driver', '34-year-old Tom Berg']]]);
  });
});

describe('«so far» before the auxiliaries of an agentless passive (review31 M6)', () => {
  it('the subject before «so far» is the content (was «far»)', () => {
    expect(rows(analyse('Only 600 ballots so far have been requested.'))).toEqual([['have been requested', null, ['Only 600 ballots']]]);
  });

  it('«so far» inside the verb group stays in the cue, as before', () => {
    expect(rows(analyse('Only 600 ballots have so far been requested.'))).toEqual([['have so far been requested', null, ['Only 600 ballots']]]);
  });
});

describe('reliance in the progressive: a subject that holds a view, negation crossed (review31 M3)', () => {
  const neg = (s: string) => analyse(s).attributions.map((x) => [x.cueSpan?.text ?? null, x.sourceSpan?.text ?? null, x.negated]);

  it('not: a thing relying on something is no view (were belief relations)', () => {
    expect(rows(analyse('The ferry is relying on diesel engines.'))).toEqual([]);
    expect(rows(analyse('The pumps are relying on backup power during the storm.'))).toEqual([]);
  });

  it('a name, a pronoun, a body or a relative on a person noun holds it, over a set-off adverb', () => {
    expect(rows(analyse('The Tarn County board is counting on a late surge of voters.'))).toEqual([['is counting on', 'The Tarn County board', ['a late surge of voters']]]);
    expect(rows(analyse('Vale, too, is counting on a late surge.'))).toEqual([['is counting on', 'Vale', ['a late surge']]]);
    expect(rows(analyse('Growers, who are counting on a late frost, waited.'))).toEqual([['are counting on', 'who', ['a late frost']]]);
  });

  it('a negation between «be» and the -ing form gives a negated relation (was no relation)', () => {
    expect(neg('Vale is not counting on a late surge.')).toEqual([['is not counting on', 'Vale', true]]);
    expect(neg("Vale isn't counting on a late surge.")).toEqual([["isn't counting on", 'Vale', true]]);
    expect(neg('Vale is clearly not relying on the board.')).toEqual([['is clearly not relying on', 'Vale', true]]);
    expect(neg('Vale is now counting on the board.')).toEqual([['is now counting on', 'Vale', false]]);
  });
});

describe('an of-phrase after a verb of telling opens what was told (review31 M4: one set of verbs of telling)', () => {
  it('«warned voters of higher fares», «told reporters of her plans»', () => {
    expect(rows(analyse('Vale warned voters of higher fares.'))).toEqual([['warned', 'Vale', ['of higher fares']]]);
    expect(rows(analyse('Vale told reporters of her plans.'))).toEqual([['told', 'Vale', ['of her plans']]]);
  });

  it('not: after a verb of asking the of-phrase stays on the addressee', () => {
    expect(rows(analyse('Vale asked the head of the port about the delay.'))).toEqual([['asked', 'Vale', ['about the delay']]]);
  });
});
