import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Known bugs of the last review, fixed in the twenty-third round (issue 10). Every sentence is
// written for these tests; names, places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.cueSpan?.text ?? null, x.sourceSpan ? x.sourceSpan.text : null, x.text]);

describe('a subject noun cue with an infinitive: the content ends before the main verb', () => {
  it('"The decision to close the port was a shock"', () => {
    expect(rows(analyse('The decision to close the port was a shock.'))).toEqual([['The decision', null, 'to close the port']]);
    expect(rows(analyse('The plan to sell the ferry and shut the pier angered the growers.'))).toEqual([['The plan', null, 'to sell the ferry and shut the pier']]);
    expect(rows(analyse('The decision not to raise the levy came as a relief.'))).toEqual([['The decision', null, 'not to raise the levy']]);
  });

  it('not: a noun cue that does not open its sentence, or an infinitive with no main verb after it', () => {
    expect(rows(analyse('Growers fear a decision to close the port.'))).toEqual([['fear', 'Growers', 'a decision to close the port']]);
    expect(rows(analyse('The board made a decision to close the port.'))).toEqual([['made a decision', 'The board', 'to close the port']]);
  });
});

describe('"In its view," / "In the union\'s view,": the possessor holds the view', () => {
  it('"its" and a common noun with "\'s" are holders; the view noun is the cue', () => {
    expect(rows(analyse('In its view, the levy is unfair.'))).toEqual([['view', 'its', 'the levy is unfair']]);
    expect(rows(analyse("In the union's view, the levy is unfair."))).toEqual([['view', 'the union', 'the levy is unfair']]);
    expect(rows(analyse("The tram fare is too high, in the council's view."))).toEqual([['view', 'the council', 'The tram fare is too high']]);
    // (an adjective after the possessor is no part of the source)
    expect(rows(analyse("In the union's own view, the levy is unfair."))).toEqual([['view', 'the union', 'the levy is unfair']]);
  });

  it('not: "in full view of", "in its entirety", a possessed noun that names no view', () => {
    expect(analyse('The harbour lay in full view of the orchard, and the levy was low.').attributions).toEqual([]);
    expect(analyse('In its entirety, the levy is unfair.').attributions).toEqual([]);
    expect(analyse("In the union's hall, the levy stayed low.").attributions).toEqual([]);
  });
});

describe('a tag set off inside the clause it reports: the pieces leave the tag out', () => {
  const pieces = (text: string) => analyse(text).attributions.map((x) => [x.cueSpan.text, x.sourceSpan?.text ?? null, x.contentSpans.map((p) => p.text)]);

  it('"The report, says Vale, shows the levy failed", also over a verb the tagger reads as a noun', () => {
    expect(pieces('The report, says Vale, shows the levy failed.')).toEqual([['says', 'Vale', ['The report', 'shows the levy failed']]]);
    expect(pieces('The report, says Vale, claims the levy failed.')).toEqual([['says', 'Vale', ['The report', 'claims the levy failed']]]);
    expect(pieces('The figures, says Ruiz, show the levy failed.')).toEqual([['says', 'Ruiz', ['The figures', 'show the levy failed']]]);
    for (const text of ['The report, says Vale, claims the levy failed.', 'The figures, says Ruiz, show the levy failed.']) {
      const x = analyse(text).attributions[0]!;
      expect(x.contentSpans.every((p) => p.end <= x.cueSpan.start || p.start >= x.cueSpan.end)).toBe(true);
    }
  });

  it('not: a description after the inverted speaker stays with the speaker', () => {
    expect(pieces('The levy is unfair, said Ruiz, the harbour coach.')).toEqual([['said', 'Ruiz', ['The levy is unfair']]]);
    expect(analyse('The levy is unfair, said Ruiz, the harbour coach.').attributions[0]!.sourceSpan?.text).toBe('Ruiz');
  });
});

describe('a series of verb phrases with a place phrase after an object keeps the first subject', () => {
  it('"…, sells plums at the market and says …"', () => {
    expect(rows(analyse('Vale grows apples and pears, sells plums at the market and says the rain is late.'))).toEqual([['says', 'Vale', 'the rain is late']]);
    expect(rows(analyse('Okafor mends nets, rows boats in the harbour at dawn and says the levy is unfair.'))).toEqual([['says', 'Okafor', 'the levy is unfair']]);
  });

  it('not: an inverted speaker after a reporting verb, with a place phrase after it', () => {
    expect(rows(analyse('The rain is late, said Ruiz at the market.'))).toEqual([['said', 'Ruiz', 'The rain is late']]);
  });
});

describe('a relative clause with no pronoun whose subject is a name or a determined phrase', () => {
  it('"A man Berg met in Lisbon said": the head and its clause are the source, not the place', () => {
    expect(rows(analyse('A man Berg met in Lisbon said the harbour was closed.'))).toEqual([['said', 'A man Berg met in Lisbon', 'the harbour was closed']]);
    expect(rows(analyse('The clerk the mayor hired at the port says the levy is unfair.'))).toEqual([['says', 'The clerk the mayor hired at the port', 'the levy is unfair']]);
    expect(rows(analyse('A man Berg met said the harbour was closed.'))).toEqual([['said', 'A man Berg met', 'the harbour was closed']]);
  });

  it('not: a title before a name, or a phrase with no verb of its own', () => {
    expect(rows(analyse('Harbour spokesman Ruiz said the levy was unfair.'))).toEqual([['said', 'Harbour spokesman Ruiz', 'the levy was unfair']]);
    expect(rows(analyse('A man in Lisbon said the harbour was closed.'))).toEqual([['said', 'A man in Lisbon', 'the harbour was closed']]);
  });
});

describe('an opening clause or time phrase with no comma before the subject', () => {
  it('"As the storm passed the mayor said", "Since June the mayor has said": the mayor is the source', () => {
    expect(rows(analyse('As the storm passed the mayor said the tram fare would rise.'))).toEqual([['said', 'the mayor', 'the tram fare would rise']]);
    expect(rows(analyse('Since June the mayor has said the tram fare would rise.'))).toEqual([['has said', 'the mayor', 'the tram fare would rise']]);
    expect(rows(analyse('When the court fined the ferry company the mayor said the fare would rise.'))).toEqual([['said', 'the mayor', 'the fare would rise']]);
    expect(rows(analyse('Since May Okafor has argued the levy is unfair.'))).toEqual([['has argued', 'Okafor', 'the levy is unfair']]);
  });

  it('not: a reduced relative inside an opening clause, or a clause set off by its comma', () => {
    expect(rows(analyse('Because growers briefed on the talks said the fare would rise, Vale left.'))).toEqual([['said', 'growers briefed on the talks', 'the fare would rise']]);
    expect(rows(analyse('As the storm passed, the mayor said the tram fare would rise.'))).toEqual([['said', 'the mayor', 'the tram fare would rise']]);
  });
});
