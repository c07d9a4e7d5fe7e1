import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Known leftovers mended in round 24 (issue 10). Every sentence is written for these tests; names
// and titles are invented.

describe('a quotation mark written as two apostrophes closes a title as one mark', () => {
  it('"told the hosts of \'\'Harbour Hour,\'\' adding …": the participle goes on with the speaker, not the title', () => {
    const a = analyse("''I wish him well,'' Vale told the hosts of ''Harbour Hour,'' adding that her son knows Ruiz.");
    expect(byCue(a, 'adding').sourceSpan?.text).toBe('Vale');
    const b = analyse("Vale praised ''Harbour Hour,'' adding that the levy was unfair.");
    expect(byCue(b, 'adding').sourceSpan?.text).toBe('Vale');
    expect(byCue(b, 'praised').contentSpans.map((s) => s.text).join(' … ')).toBe("''Harbour Hour,''");
  });

  it('"Dara Vale, a host of \'\'The Pier,\'\' refused …": the title in the appositive is no source', () => {
    const a = analyse("Dara Vale, a host of ''The Pier,'' refused to back the levy.");
    expect(byCue(a, 'refused').sourceSpan?.text).toBe('Dara Vale');
  });

  it('not: a quotation closed by two apostrophes before its tag keeps the tag\'s speaker', () => {
    const a = analyse("''The levy is unfair,'' said Vale, adding that it would pass.");
    expect(byCue(a, 'said').sourceSpan?.text).toBe('Vale');
    expect(byCue(a, 'adding').sourceSpan?.text).toBe('Vale');
    const b = analyse("Ruiz read ''The Pier'' aloud and said the levy was fair.");
    expect(byCue(b, 'said').sourceSpan?.text).toBe('Ruiz');
  });
});
