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
