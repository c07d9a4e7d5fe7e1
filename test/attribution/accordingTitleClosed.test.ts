import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// "according to" a source whose quoted title closes with a comma inside its mark (quote3). Sentences invented.

describe('a title closed by ",”" after the source of "according to"', () => {
  it('ends the source with the mark; the content starts after it', () => {
    const r = byCue(analyse('According to his book “The Harbour Way,” Vale paid $8 million for a ferry.'), 'According to');
    expect(r.sourceSpan?.text).toBe('his book “The Harbour Way,”');
    expect(r.text).toBe('Vale paid $8 million for a ferry');
  });

  it('the same with a mark written as two apostrophes', () => {
    const r = byCue(analyse("According to the survey ''Tides and Fares,'' most riders back the levy."), 'According to');
    expect(r.sourceSpan?.text).toBe("the survey ''Tides and Fares,''");
    expect(r.text).toBe('most riders back the levy');
  });

  it('not a title set off by a comma after the source: the source ends at that comma', () => {
    const r = byCue(analyse('According to his book, “The Harbour Way,” Vale paid $8 million for a ferry.'), 'According to');
    expect(r.sourceSpan?.text).toBe('his book');
  });

  it('not a quotation after the source’s comma: "According to Berg, “the pier is shut,” Vale said."', () => {
    const a = analyse('According to Berg, “the pier is shut,” Vale said.');
    expect(a.attributions.some((x) => x.sourceSpan?.text.includes('“'))).toBe(false);
  });
});
