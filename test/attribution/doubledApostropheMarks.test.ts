import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';
import { closingMarkEnd } from '../../src/attribution/findQuoteSpans.js';

// A quotation mark written as two apostrophes ('') is two tokens; the attribution stage reads it
// as one mark wherever it tests a mark next to a comma or a word. Every sentence is written for
// these tests; names and things are invented.

const content = (a: ReturnType<typeof analyse>, cue: string) => byCue(a, cue).contentSpans.map((s) => s.text).join(' … ');

describe("a closing mark written as '' before a conjunction and a tag", () => {
  it('"recalled the \'\'quiet years\'\' when, she argued, …": the tag reports the clause the conjunction opens', () => {
    const a = analyse("Vale recalled the ''quiet years'' when, she argued, the tram fare was low.");
    expect(content(a, 'argued')).not.toContain('recalled');
    expect(content(a, 'argued')).toContain('the tram fare was low');
    expect(content(a, 'recalled')).toBe("the ''quiet years''");
    // the same with curly marks
    const b = analyse('Vale recalled the “quiet years” when, she argued, the tram fare was low.');
    expect(content(b, 'argued')).not.toContain('recalled');
  });

  it('not: a conjunction set off by commas of its own opens no clause', () => {
    const a = analyse("Vale recalled the ''quiet years'', as, she argued, the tram fare was low.");
    expect(content(a, 'argued')).toContain('recalled');
  });
});

describe("a comma inside a closing mark written as ''", () => {
  it('"Citing \'\'family duties,\'\' the aide said …": the participle\'s content ends at the mark', () => {
    const a = analyse("Citing ''family duties,'' the aide said she would leave the orchard.");
    expect(content(a, 'Citing')).toBe("''family duties,''");
    expect(content(a, 'said')).toBe('she would leave the orchard');
  });

  it('"Vale, who calls Berg a \'\'menace,\'\' said …": the relative clause ends at the mark, the subject is kept', () => {
    const a = analyse("Vale, who calls Berg a ''menace,'' said the levy would pass.");
    expect(byCue(a, 'said').sourceSpan?.text.startsWith('Vale')).toBe(true);
  });

  it('not: a relative clause inside the quoted speech the mark closes gives no subject', () => {
    const a = analyse("''He is not Vale, who runs the harbour,'' said Ruiz.");
    expect(byCue(a, 'said').sourceSpan?.text).toBe('Ruiz');
  });
});

describe("a content that ends with a closing mark written as ''", () => {
  it('keeps the whole mark when its opening mark is in the content', () => {
    const a = analyse("Vale contended that the orchard had ''a stated claim on the harbour.''");
    expect(content(a, 'contended').endsWith(".''")).toBe(true);
  });

  it('"said of the levy: \'\'…\'\'": one relation, the quotation its content', () => {
    const a = analyse("Vale said of the levy: ''It is fair. We will keep it.''");
    expect(a.attributions).toHaveLength(1);
    expect(content(a, 'said')).toBe('It is fair. We will keep it.');
  });

  it('a content never ends or starts inside the two tokens of a mark', () => {
    const a = analyse("The pier, which Vale called ''a disgrace,'' will close.");
    expect(content(a, 'called').endsWith(",''")).toBe(true);
  });

  it('not: a content that ends on a word or a one-token mark is unchanged', () => {
    expect(content(analyse('The pier, which Vale called “a disgrace,” will close.'), 'called').endsWith(',”')).toBe(true);
    expect(content(analyse("Vale said the pier would close."), 'said')).toBe('the pier would close');
  });
});

describe("a quotation that goes on a report, closed by ''", () => {
  it('"…,\'\' Ruiz said. Instead, \'\'…\'\'": the added piece ends after both apostrophes', () => {
    const a = analyse("''The levy is fair,'' Ruiz said. Instead, ''the tram fare must fall.''");
    expect(content(a, 'said').endsWith("must fall.''")).toBe(true);
  });

  it('not: a curly closing mark is one character', () => {
    const a = analyse('“The levy is fair,” Ruiz said. Instead, “the tram fare must fall.”');
    expect(content(a, 'said').endsWith('must fall.”')).toBe(true);
    expect(closingMarkEnd('fall.” Then', 5)).toBe(6);
    expect(closingMarkEnd("fall.'' Then", 5)).toBe(7);
  });
});
