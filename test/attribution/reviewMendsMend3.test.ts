import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Known leftovers mended in round 24 (issue 10). Every sentence is written for these tests; names
// and titles are invented.

describe('a quotation mark written as two apostrophes closes a title as one mark', () => {
  it('"told the hosts of \'\'Harbour Hour,\'\' adding …": the participle goes on with the speaker, not the title', () => {
    const a = analyse("''The pier is safe,'' Vale told the hosts of ''Harbour Hour,'' adding that her son knows Ruiz.");
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

describe('an opening participle phrase is the subject\'s circumstance, not what it said', () => {
  it('"Facing anger from the growers, the council backed off": no content before the verb', () => {
    for (const text of ['Facing anger from the growers, the council backed off.', 'Facing anger from the growers, the council backpedalled, offering the orchard a grant instead.']) {
      expect(analyse(text).attributions.filter((r) => /backed off|backpedalled/.test(r.cue))).toHaveLength(0);
    }
  });

  it('not: a gerund subject with its own verb, or a quotation, is what was said', () => {
    const a = analyse('Cutting the levy was right, Vale said.');
    expect(byCue(a, 'said').contentSpans[0]?.text).toBe('Cutting the levy was right');
    const b = analyse('Speaking on Monday, Vale said the levy was fair.');
    expect(byCue(b, 'said').contentSpans[0]?.text).toBe('the levy was fair');
  });
});

describe('support lost to a rival or given as aid is no stance', () => {
  it('"losing support to the greens", "their financial support for the fair": no relation', () => {
    for (const text of ['The party is losing support to the greens.', 'The party lost some of its support to Vale in June.', 'Firms cut their financial support for the harbour fair.']) {
      expect(analyse(text).attributions).toHaveLength(0);
    }
  });

  it('not: a stance voiced, kept or given', () => {
    expect(byCue(analyse('Firms cut their support for the harbour fair.'), 'cut their support for').contentSpans[0]?.text).toBe('the harbour fair');
    expect(byCue(analyse('Ruiz gave his support to Vale.'), 'gave his support to').contentSpans[0]?.text).toBe('Vale');
    expect(byCue(analyse('Vale voiced support for the harbour fair.'), 'voiced support for').contentSpans[0]?.text).toBe('the harbour fair');
  });
});

describe('a gerund subject interrupted by its tag stays content', () => {
  it('"Mending the nets, Vale said, took all week": both pieces', () => {
    const a = analyse('Mending the nets, Vale said, took all week.');
    expect(byCue(a, 'said').contentSpans.map((s) => s.text).join(' … ')).toBe('Mending the nets … took all week');
    const b = analyse('Seeing the pier fail led him to sell the boat, Ruiz said.');
    expect(byCue(b, 'said').contentSpans[0]?.text).toBe('Seeing the pier fail led him to sell the boat');
  });
});

describe('a name set off and taken up by an "as" clause is a sourceless naming', () => {
  it('"Daz, as he was known, …", "the Harbour Levy Bill, as the bill is called, …": content from the name through the subject', () => {
    const a = analyse('Daz, as he was known, was kind to everyone.');
    expect(byCue(a, 'was known').sourceSpan).toBeNull();
    expect(byCue(a, 'was known').contentSpans.map((s) => s.text)).toEqual(['Daz, as he']);
    const b = analyse('The Pier Group, or Pier, as it was called, grew fast.');
    expect(byCue(b, 'was called').contentSpans.map((s) => s.text)).toEqual(['The Pier Group, or Pier, as it']);
  });

  it('not: an "as" clause that is no naming, or a naming with its name after it', () => {
    expect(analyse('Vale left early, as she was called away.').attributions).toHaveLength(0);
    expect(analyse('Ruiz stayed, as he was known to do.').attributions.filter((r) => r.cueClass === 'naming')).toHaveLength(0);
    expect(byCue(analyse('Vale was known as a fixer.'), 'was known as').contentSpans.map((s) => s.text)).toEqual(['Vale', 'a fixer']);
  });
});
