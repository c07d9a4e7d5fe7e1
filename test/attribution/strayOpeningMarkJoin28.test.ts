import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// A stray opening quotation mark at a paragraph's start (issue 10, round 28, join28): the excerpt
// convention marks each paragraph's opening and never closes it; the paragraph's own quotations
// follow inside. Every sentence is written for these tests; names, places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.sourceSpan ? x.sourceSpan.text : null, x.cueSpan?.text ?? null, x.text]);

describe('a paragraph opening with a mark that never closes before its own quotations', () => {
  it('is no quotation the report ending the paragraph before goes on into', () => {
    const text = 'Ruiz said the harbour levy was fair.\n\n"Okafor called that view “a harbour myth” and said, “The levy is a tax.”';
    expect(rows(analyse(text))).toEqual([
      ['Ruiz', 'said', 'the harbour levy was fair'],
      ['Okafor', 'said', 'The levy is a tax.'],
    ]);
  });

  it('nor a quotation-only paragraph going on with a quoted speaker', () => {
    const text = '“The tram fare must fall,” Vale said on Friday.\n\n"Berg mocked the plan as “a fairy tale” at the harbour.';
    const r = rows(analyse(text));
    expect(r[0]).toEqual(['Vale', 'said', 'The tram fare must fall,']);
  });

  it('not: a quotation that opens the paragraph and closes, or runs to its end (a multi-paragraph quotation)', () => {
    expect(rows(analyse('Ruiz said the harbour levy was fair.\n\n"We have no other choice."'))).toEqual([
      ['Ruiz', 'said', 'the harbour levy was fair.\n\n"We have no other choice.'],
    ]);
    expect(rows(analyse('Ruiz said the harbour levy was fair.\n\n"We have no other choice.\n\nVale did not reply.'))).toEqual([
      ['Ruiz', 'said', 'the harbour levy was fair.\n\n"We have no other choice.'],
    ]);
    const quoteOnly = rows(analyse('“The tram fare must fall,” Vale said on Friday.\n\n"It is too high for the orchard workers.'));
    expect(quoteOnly).toEqual([['Vale', 'said', 'The tram fare must fall,” Vale said on Friday.\n\n"It is too high for the orchard workers.']]);
  });
});
