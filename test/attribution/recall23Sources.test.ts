import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Recall in under-counted articles (issue 10, round 25, recall23).
// Every sentence is written for these tests; names, places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.sourceSpan ? x.sourceSpan.text : null, x.cueSpan?.text ?? null, x.text]);

describe('a counted group with no noun after the number is a source: "the two said", "all three agreed"', () => {
  it('"the two", "all three", "the latter", "the two of them"', () => {
    expect(rows(analyse('Vale met Ruiz at the harbour. The two said that the levy was too high.'))).toEqual([['The two', 'said', 'the levy was too high']]);
    expect(rows(analyse('All three said that the tram fare should fall.'))).toEqual([['All three', 'said', 'the tram fare should fall']]);
    expect(rows(analyse('Okafor spoke before Berg. The latter said that the orchard would close.'))).toEqual([['The latter', 'said', 'the orchard would close']]);
    expect(rows(analyse('The two of them said the levy was too high.'))).toEqual([['The two of them', 'said', 'the levy was too high']]);
  });

  it('not: a number with its noun after it, or a number that is no subject', () => {
    expect(analyse('The two towns share the cost of the ferry.').attributions).toEqual([]);
    expect(analyse('Vale sold the two at the harbour market.').attributions).toEqual([]);
  });
});
