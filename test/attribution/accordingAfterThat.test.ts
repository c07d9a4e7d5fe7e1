import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// "X said that according to Y, Z" with no comma before the aside (direct40). Sentences invented.

describe('"according to" right after a report\'s "that"', () => {
  it('keeps the report: the verb\'s content is the aside and the clause after it', () => {
    const a = analyse("Vale said that according to the board's own figures, the pier lost money.");
    const r = byCue(a, 'said');
    expect(r.sourceSpan?.text).toBe('Vale');
    expect(r.text).toBe("according to the board's own figures, the pier lost money");
    expect(a.attributions.some((x) => x.cue === 'according to' && x.text.includes('said'))).toBe(false);
  });

  it('also with an adjunct between the verb and "that"', () => {
    const a = analyse('Mira Vale, a member of the harbour board, said Tuesday that according to its count, the party has won most of the seats.');
    const r = byCue(a, 'said');
    expect(r.sourceSpan?.text).toBe('Mira Vale');
    expect(r.text).toContain('the party has won most of the seats');
    expect(a.attributions.some((x) => x.cue === 'according to' && x.text.includes('said'))).toBe(false);
  });

  it('also after an addressee: "told the board that according to …"', () => {
    const r = byCue(analyse('Ruiz told the board that according to the ledger, the pier lost money.'), 'told the board');
    expect(r.sourceSpan?.text).toBe('Ruiz');
    expect(r.text).toBe('according to the ledger, the pier lost money');
  });

  it('the same as with the comma: "said that, according to …"', () => {
    const r = byCue(analyse('Vale said that, according to the ledger, the pier lost money.'), 'said');
    expect(r.text).toBe('according to the ledger, the pier lost money');
  });

  it('not a relative "that" after a noun: the aside keeps its own reading', () => {
    const a = analyse('The ferry line that according to Ruiz, Vale owns is old.');
    expect(a.attributions.some((x) => x.cue === 'said')).toBe(false);
    expect(byCue(a, 'according to').sourceSpan?.text).toBe('Ruiz');
  });

  it('not an aside closing the sentence: "…, according to the ledger" attributes what stands before it', () => {
    const r = byCue(analyse('The pier lost money, according to the ledger.'), 'according to');
    expect(r.sourceSpan?.text).toBe('the ledger');
    expect(r.text).toBe('The pier lost money');
  });
});
