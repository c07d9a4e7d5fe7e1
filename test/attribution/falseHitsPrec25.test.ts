import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Precision, twenty-sixth attribution round (issue 10, precision25): constructions read as
// attributions where English attributes nothing. Every sentence is written for these tests; names,
// places and bodies are invented.

const BODY = '\n\nThe glasshouse growers of the valley met on Friday to discuss the price of heating oil.';
const rows = (a: ArticleAnalysis, line: string) =>
  a.attributions.filter((x) => x.start < line.length).map((x) => [x.cue, x.sourceSpan ? x.sourceSpan.text : null, x.text]);
const headline = (line: string) => rows(analyse(line + BODY), line);

describe('a colon heading whose rest is an article and a verbless noun phrase names a topic', () => {
  it('reports nothing: "Vale and Ruiz: A long rivalry …", "Orchard Notes: The week …"', () => {
    expect(headline('Vale and Ruiz: A long rivalry over the harbour')).toEqual([]);
    expect(headline('Orchard Notes: The week in tram fares and levies')).toEqual([]);
  });

  it('still: a clause after the article, or a verbless headline with no article', () => {
    expect(headline('Vale: The levy will ruin the orchards')).toEqual([[':', 'Vale', 'The levy will ruin the orchards']]);
    expect(headline('Okafor: No deal without the harbour levy')).toEqual([[':', 'Okafor', 'No deal without the harbour levy']]);
  });
});

describe('a person who shows or demonstrates a quality reports nothing', () => {
  it('reports nothing: "showed great patience", "demonstrated real courage"', () => {
    expect(analyse('The mayor showed great patience with the growers on Monday.').attributions).toEqual([]);
    expect(analyse('Ruiz demonstrated real courage at the harbour.').attributions).toEqual([]);
    expect(analyse('Half of the clerks showed great patience with the growers.').attributions).toEqual([]);
  });

  it('still: a record shows a finding, a person shows a proposition', () => {
    expect(analyse('Polls show Vale ahead in the harbour race.').attributions.map((x) => [x.cue, x.text])).toEqual([['show', 'Vale ahead in the harbour race']]);
    expect(analyse('The audit shows a deficit at the harbour.').attributions.map((x) => [x.cue, x.text])).toEqual([['shows', 'a deficit at the harbour']]);
    expect(analyse('Vale showed that the pier was safe.').attributions.map((x) => [x.cue, x.text])).toEqual([['showed', 'the pier was safe']]);
    // (a share of records is records, whatever the tagger makes of the share word)
    expect(analyse('Half of the polls show Vale ahead in the orchard towns.').attributions.map((x) => [x.cue, x.text])).toEqual([['show', 'Vale ahead in the orchard towns']]);
  });

  it('a named body is no person: its finding stays ("The Harbour Audit Office showed a deficit")', () => {
    const a = analyse('The Harbour Audit Office showed a deficit in the levy.');
    expect(a.attributions.map((x) => [x.cue, x.sourceSpan?.text, x.text])).toEqual([['showed', 'The Harbour Audit Office', 'a deficit in the levy']]);
    // (a person's name still displays a quality)
    expect(analyse('Dara Okafor showed great patience with the growers.').attributions).toEqual([]);
  });
});
