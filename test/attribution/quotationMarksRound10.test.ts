import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Quotations the binding missed because of how their marks or the tag were written (issue 10,
// tenth round). Every sentence is written for these tests; names and places are invented.

describe('an interrupted quotation whose tag holds a title with a full stop', () => {
  it('“A,” Mr. Vale said, “but B.”: the second piece joins the first', () => {
    const a = analyse('“Folks know that we have time,” Mr. Vale said, “but not a lot of time to rally.”');
    const r = byCue(a, 'said');
    expect(r.contentSpans.map((c) => c.text)).toEqual(['Folks know that we have time,', 'but not a lot of time to rally.']);
    expect(r.sourceSpan?.text).toBe('Mr. Vale');
    expect(a.attributions).toHaveLength(1);
  });

  it('with double apostrophes and an initial: ’’A,’’ Sen. Ana F. Ruiz said, ’’and B.’’', () => {
    const a = analyse("''The voters are angry,'' Sen. Ana F. Ruiz said, ''and they will not be swayed by a speech.''");
    const r = byCue(a, 'said');
    expect(r.contentSpans.map((c) => c.text)).toEqual(['The voters are angry,', 'and they will not be swayed by a speech.']);
    expect(a.quotes.every((q) => q.partial === false)).toBe(true);
  });

  it('a full stop that ends a sentence still makes the next quotation partial', () => {
    const a = analyse('“We are ready,” Vale said. Then the coach said it was over, “but not for long.”');
    const q = a.quotes.find((x) => x.text.startsWith('but'));
    expect(q?.partial).toBe(true);
  });
});

describe('a lead-in and a partial quotation closed by two apostrophes', () => {
  it('"Still, clubs are ’’just scraping by,’’ Mr. Vale said from his office in Ostia.": the clause before the tag is the content', () => {
    const text = "Dues went up again. Still, golf clubs are ''just scraping by,'' Mr. Vale said from his office in Ostia.";
    const a = analyse(text);
    const r = byCue(a, 'said');
    expect(r.mode).toBe('mixed');
    expect(r.text).toBe("Still, golf clubs are ''just scraping by,''");
    expect(text.slice(r.start, r.end)).toBe(r.text);
  });
});
