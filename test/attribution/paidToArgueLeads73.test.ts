import { describe, expect, it } from 'vitest';
import { slicedByCue } from '../helpers.js';

// leads73: "paid the union to argue", "paid $2 million to the union to argue": the one paid, commissioned or enlisted is
// the subject of the infinitive, as the one urged or hired is; with a thing for its object the infinitive is
// a purpose of the verb's own subject. Every sentence is written for these tests; names and places are invented.

const sourceOf = (text: string, cue: string) => {
  const x = slicedByCue(text, cue);
  return x.sourceSpan ? text.slice(x.sourceSpan.start, x.sourceSpan.end) : null;
};

describe('"The county paid the union to argue that …"', () => {
  it('the one paid, commissioned or enlisted speaks', () => {
    const x = slicedByCue('The county paid the union to argue that the toll was fair.', 'to argue');
    expect(x.text).toBe('the toll was fair');
    expect(sourceOf('The county paid the union to argue that the toll was fair.', 'to argue')).toBe('the union');
    expect(sourceOf('The county paid Vale to say the toll was fair.', 'to say')).toBe('Vale');
    expect(sourceOf('The county commissioned a consultant to argue that the toll was fair.', 'to argue')).toBe('a consultant');
    expect(sourceOf('The county enlisted Ana Vale to argue that the toll was fair.', 'to argue')).toBe('Ana Vale');
  });

  it('the one a sum is paid or donated to speaks', () => {
    expect(sourceOf('The county paid more than $40,000 to the union to argue that the toll was fair.', 'to argue')).toBe('the union');
    expect(sourceOf('The county donated thousands of dollars to the clerks to criticize the toll.', 'to criticize')).toBe('the clerks');
  });

  it('money or a thing paid for or commissioned leaves the verb’s subject as the source', () => {
    // (a visit paid to Berg is no sum: the visitor argues)
    expect(sourceOf('The county paid a visit to Berg to argue that the toll was fair.', 'to argue')).toBe('The county');
    expect(sourceOf('The county paid millions to promote the claim that the toll was fair.', 'to promote')).toBe('The county');
    expect(sourceOf('The county commissioned a mural to celebrate the pier.', 'to celebrate')).toBe('The county');
  });
});
