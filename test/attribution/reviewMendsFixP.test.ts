import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Leftovers of the last review (review27), mended in the thirtieth round (issue 10). Every sentence is
// written for these tests; names, places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.cueSpan?.text ?? null, x.sourceSpan ? x.sourceSpan.text : null, x.text]);

describe('a contact relative closing a headline with no closing mark ends with its line', () => {
  it('"The levy many growers feared" over a new paragraph reads as it does with a full stop', () => {
    const next = '\n\nOkafor said the tram fare was fair.';
    const said = ['said', 'Okafor', 'the tram fare was fair'];
    expect(rows(analyse(`The levy many growers feared${next}`))).toEqual([['feared', 'many growers', 'The levy'], said]);
    expect(rows(analyse(`The levy many growers feared.${next}`))).toEqual([['feared', 'many growers', 'The levy'], said]);
  });

  it('not: a headline whose verb keeps its object has its own subject', () => {
    expect(rows(analyse('The growers feared the levy\n\nOkafor said the tram fare was fair.'))).toEqual([
      ['feared', 'The growers', 'the levy'],
      ['said', 'Okafor', 'the tram fare was fair'],
    ]);
  });
});
