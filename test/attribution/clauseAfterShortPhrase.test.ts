import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// The shared check `cueComplements.clauseAfterShortPhrase`: a short addressee or agent phrase,
// then "that" (or a question word) and a clause; both a cue's gate and where its content starts. Sentences written for this test; names and places are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.sourceSpan ? x.sourceSpan.text : null, x.cue, x.text]);

describe('"that" and a clause after a short agent or addressee phrase', () => {
  it('a passive with its agent ("informed by two aides that …")', () => {
    expect(rows(analyse('Okafor was informed by two aides that the Tarnow pier would close.'))).toEqual([['two aides', 'was informed', 'the Tarnow pier would close']]);
  });

  it('a report made to a body ("reported to the port board that …")', () => {
    expect(rows(analyse('The Vale trust reported to the port board that its reserves were low.'))).toEqual([['The Vale trust', 'reported', 'its reserves were low']]);
  });

  it('where the content starts behind a "to" addressee ("explained to the jury why …", "admitted to friends that …")', () => {
    expect(rows(analyse('Ruiz explained to the jury why the pier had closed.'))).toEqual([['Ruiz', 'explained', 'why the pier had closed']]);
    expect(rows(analyse('Okafor admitted to two old friends that the fund was empty.'))).toEqual([['Okafor', 'admitted', 'the fund was empty']]);
  });

  it('not: an agent phrase with no clause, nor a phrase too long before "that"', () => {
    expect(analyse('Her views were informed by years at sea.').attributions.filter((x) => x.cue === 'informed')).toEqual([]);
    expect(analyse('Berg reports to the deputy manager of the old Lorn harbour depot that runs nights.').attributions.filter((x) => x.cue === 'reports')).toEqual([]);
  });
});
