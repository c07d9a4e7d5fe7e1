import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Quotations and reports that no cue reached (issue 10, fourteenth round).
// Every sentence is written for these tests; names, places and bodies are invented.

describe('an adjunct between the addressee of "tell" and "that"', () => {
  it('a place phrase with a possessive pronoun ("after his win") is stepped over', () => {
    const a = analyse('Ruiz is telling supporters after his win in the Lorn primary that “a victory feels lovely.”');
    const r = byCue(a, 'is telling');
    expect(r.sourceSpan?.text).toBe('Ruiz');
    expect(r.text).toBe('“a victory feels lovely.”');
    expect(r.mode).not.toBe('indirect');
  });

  it('so is "here" or "there" right after the addressee', () => {
    const a = analyse('Okafor told the delegates here that their votes could carry the county.');
    const r = byCue(a, 'told');
    expect(r.sourceSpan?.text).toBe('Okafor');
    expect(r.text).toBe('their votes could carry the county');
  });

  it('a relative "that" after the place phrase is no reported clause', () => {
    const a = analyse('Okafor told the crowd after her rally that voted for the levy to go home.');
    expect(a.attributions.some((x) => x.text.startsWith('voted'))).toBe(false);
  });
});

describe('"stated" behind a short prepositional adjunct', () => {
  it('"stated in a release on Friday that …" reports the clause', () => {
    const a = analyse('The Harbour Watch group stated in a release on Friday that the dredging permit “was never signed.”');
    const r = byCue(a, 'stated');
    expect(r.sourceSpan?.text).toBe('The Harbour Watch group');
    expect(r.text).toBe('the dredging permit “was never signed.”');
  });

  it('not a bare prepositional object ("stated in the report" with no clause)', () => {
    const a = analyse('The figures were stated in the annual report of the port.');
    expect(a.attributions.some((x) => x.cue === 'stated')).toBe(false);
  });
});
