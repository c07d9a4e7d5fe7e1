import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Fixes of the round-20 review (issue 10). Every sentence is written for these tests; names,
// places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.cueSpan?.text ?? null, x.sourceSpan ? x.sourceSpan.text : null, x.text]);

describe('a verb of feeling before a closing speech tag', () => {
  it('the tag reports the clause; the feeling is not read as the relation', () => {
    expect(rows(analyse('The levy angered fishermen, Vale said.'))).toEqual([['said', 'Vale', 'The levy angered fishermen']]);
    expect(rows(analyse('The toll angered fishermen, Ruiz told reporters.'))).toEqual([['told', 'Ruiz', 'The toll angered fishermen']]);
  });

  it('not: a clause with no tag, or a comma before a clause of another verb', () => {
    expect(rows(analyse('The new kiln fee angered the fishermen.'))).toEqual([['angered', 'the fishermen', 'The new kiln fee']]);
    expect(rows(analyse('The kiln fee angered the fishermen, and Tarnow resigned.'))).toEqual([['angered', 'the fishermen', 'The kiln fee']]);
  });
});

describe('"To <holder>," states a view only before an evaluation', () => {
  it('a linking verb after the opener: the holder is the source', () => {
    expect(rows(analyse('To Okafor, the glider club was a waste of money.'))).toEqual([['To', 'Okafor', 'the glider club was a waste of money']]);
    expect(rows(analyse('To Vale, the new bus route seemed pointless.'))).toEqual([['To', 'Vale', 'the new bus route seemed pointless']]);
  });

  it('not: a fronted addressee or recipient of the main verb', () => {
    expect(rows(analyse('To reporters, the mayor said the levy was fair.'))).toEqual([['said', 'the mayor', 'the levy was fair']]);
    for (const s of ['To the reporters, the mayor handed a short statement.', 'To Okafor, the harbour master sold two boats.', 'To residents, the rule applies from June.', 'To them, Vale owed nothing.']) {
      expect(analyse(s).attributions.filter((x) => x.cueSpan?.text === 'To')).toEqual([]);
    }
  });
});
