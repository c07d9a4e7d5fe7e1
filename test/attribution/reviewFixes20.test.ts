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
