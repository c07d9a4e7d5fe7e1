import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// "…," said the mayor, Ana Vale.: the period closing the sentence is no part of the name set off after an inverted
// speaker's description; an abbreviation keeps its own period (probe64). Sentences invented.

describe('the sentence period after an inverted speaker’s name', () => {
  it('after a quotation', () => {
    const text = '"It is over," said the mayor, Ana Vale.';
    const r = byCue(analyse(text), 'said');
    expect(r.sourceSpan?.text).toBe('the mayor, Ana Vale');
    expect(text.slice(r.sourceSpan!.start, r.sourceSpan!.end)).toBe(r.sourceSpan!.text);
  });

  it('after an indirect content, a middle initial in the name', () => {
    const r = byCue(analyse('The pier is unsafe, said the harbour master, Tom J. Ruiz.'), 'said');
    expect(r.sourceSpan?.text).toBe('the harbour master, Tom J. Ruiz');
    expect(r.text).toBe('The pier is unsafe');
  });

  it('before a further quotation', () => {
    const r = byCue(analyse('"It is over," said the mayor, Ana Vale. "We lost."'), 'said');
    expect(r.sourceSpan?.text).toBe('the mayor, Ana Vale');
  });

  it('not an abbreviation’s own period', () => {
    const r = byCue(analyse('"It is over," said the mayor, Ana Vale Jr.'), 'said');
    expect(r.sourceSpan?.text).toBe('the mayor, Ana Vale Jr.');
  });
});
