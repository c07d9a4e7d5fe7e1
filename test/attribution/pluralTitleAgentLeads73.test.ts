import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, slicedByCue, sourceKindOf } from '../helpers.js';

// leads73: the plural of a person title ("nurses", "clerks", "deputies") is a group of people, as
// "officials" is; a passive's agent so named is its source. Every sentence is written for these
// tests; names and places are invented.

const sourceOf = (text: string, cue: string) => {
  const x = slicedByCue(text, cue);
  return x.sourceSpan ? text.slice(x.sourceSpan.start, x.sourceSpan.end) : null;
};

describe('a plural person title as the agent of a passive cue', () => {
  it('names the group that praised or accused', () => {
    const text = 'The plan was praised by the nurses at the clinic.';
    const x = slicedByCue(text, 'was praised');
    expect(text.slice(x.sourceSpan!.start, x.sourceSpan!.end)).toBe('the nurses');
    expect(x.text).toBe('The plan');
    expect(sourceKindOf(analyse(text), x)).toBe('unnamed');
    expect(sourceOf('The toll was opposed by two deputies.', 'was opposed')).toBe('two deputies');
    expect(sourceOf('Vale was accused by the clerks of hiding the report.', 'was accused')).toBe('the clerks');
  });

  it('a plural of a thing noun stays no source, and a title itself is no plural', () => {
    // ("grants" is no title: nothing judges the plan)
    expect(analyse('The plan was backed by two grants.').attributions).toEqual([]);
    // ("Mrs" ends in "s" but is a title of its own: the source is the one person)
    expect(sourceOf('The toll was praised by Mrs Vale.', 'was praised')).toBe('Mrs Vale');
  });
});
