import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Person nouns outside the -er/-ist agent nouns as possessors of a reporting noun (issue 10, round 28, poss29).
// Every sentence is written for these tests; names, places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.sourceSpan ? x.sourceSpan.text : null, x.cueSpan?.text ?? null, x.text]);

describe('a person noun of the source-nouns lexicon possesses a reporting noun', () => {
  it('professions and political roles: "the surgeon’s claim", "the budget hawks’ warnings"', () => {
    expect(rows(analyse("The surgeon's claim that the tram fare is fair drew jeers."))[0]?.slice(0, 2)).toEqual(['The surgeon', 'claim']);
    expect(rows(analyse("The budget hawks' warnings that the levy would rise went unheeded."))).toEqual([['The budget hawks', 'warnings', 'the levy would rise']]);
  });

  it('not: a possessed noun that reports nothing ("the hawk’s nest that …"), nor an appositive role', () => {
    expect(rows(analyse("The hawk's nest that the growers found was empty."))).toEqual([]);
    expect(rows(analyse('Vale, a fiscal hawk, said the levy is fair.'))).toEqual([['Vale', 'said', 'the levy is fair']]);
  });
});
