import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Questions opened by an auxiliary (issue 10, round 16, bound8).
// Every sentence is written for these tests; names, places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.sourceSpan ? x.sourceSpan.text : null, x.cueSpan?.text ?? null, x.text]);

describe('a question opened by an auxiliary', () => {
  it('"Does X believe …?": the auxiliary is not part of the source', () => {
    expect(rows(analyse('Does Tarnow believe the ferry is safe?'))).toEqual([['Tarnow', 'believe', 'the ferry is safe']]);
  });

  it('after a question word too', () => {
    expect(rows(analyse('Why did the harbour master say the pier was sound?'))).toEqual([['the harbour master', 'say', 'the pier was sound']]);
  });
});
