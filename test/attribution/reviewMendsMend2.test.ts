import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Leftovers of the first wave of round 23 (issue 10): tags set off inside a clause, tags after a
// clause followed by a second verb. Every sentence is written for these tests; names are invented.

describe('a tag set off by commas inside a clause is no first verb of a series', () => {
  it('"That decision, says Vale, shows …": no "shows" relation with the tag\'s speaker', () => {
    for (const text of ['That decision, says Vale, shows the levy failed.', 'That decision, Vale says, shows the levy failed.']) {
      const a = analyse(text);
      expect(byCue(a, 'says').sourceSpan?.text).toBe('Vale');
      expect(byCue(a, 'says').contentSpans.map((s) => s.text).join(' … ')).toBe('That decision … shows the levy failed');
      expect(a.attributions.filter((r) => r.sourceSpan?.text === 'Vale')).toHaveLength(1);
    }
  });

  it('not: a series of -s verbs with their objects keeps its one subject', () => {
    const a = analyse('Vale praises crews, criticizes board.');
    expect(byCue(a, 'criticizes').sourceSpan?.text).toBe('Vale');
    const b = analyse('Ruiz closed the bridge, praised Vale, and told the board that the levy had failed.');
    expect(byCue(b, 'praised').sourceSpan?.text).toBe('Ruiz');
    expect(byCue(b, 'told the board').sourceSpan?.text).toBe('Ruiz');
  });
});

describe('a tag after a clause with a verb that takes no object', () => {
  it('"The levy failed, grumbled Ruiz and left.": the speaker after the verb', () => {
    const a = analyse('The levy failed, grumbled Ruiz and left.');
    expect(byCue(a, 'grumbled').sourceSpan?.text).toBe('Ruiz');
    expect(byCue(a, 'grumbled').contentSpans[0]?.text).toBe('The levy failed');
  });

  it('not: a verb with an object in a series keeps the series subject', () => {
    const a = analyse('Ana Vale described the plan as reckless, praised Ruiz and left.');
    expect(byCue(a, 'praised').sourceSpan?.text).toBe('Ana Vale');
  });
});

describe('a participle after a report and a clause of an earlier event', () => {
  it('"… Okafor said on her show after the mayor won, remarking …": the speaker of the report', () => {
    const a = analyse('"The harbour is safe," Okafor said on her show after the young mayor easily won the vote, remarking that the levy was late.');
    expect(byCue(a, 'remarking').sourceSpan?.text).toBe('Okafor');
  });

  it('not: after a verb that is no report, the clause subject stays ("… after the towns sued the board, calling …")', () => {
    const a = analyse('The levy was blocked in court after Tarn and six other towns sued the board, calling the fee unfair.');
    expect(byCue(a, 'calling').sourceSpan?.text).toBe('Tarn and six other towns');
  });
});
