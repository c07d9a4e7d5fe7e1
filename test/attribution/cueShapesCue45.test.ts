import { describe, expect, it } from 'vitest';
import { attributionRows } from '../helpers.js';

// cue45: cue shapes as news annotators mark them. Sentences written for this test; names and
// places are invented.

// (cue first: the rows of attributionRows, which checks the offsets, reordered)
const rows = (text: string) => attributionRows(text).map(([source, cue, content]) => [cue, source, content]);

describe('a short adjunct between a verb and the colon that introduces its content is shown with the verb', () => {
  it('"wrote in an email:", "tweeted in response:", "wrote back:", "said back in May:"', () => {
    expect(rows('Berg wrote in an email: “The levy is unfair to the clerks.”')).toEqual([['wrote in an email:', 'Berg', 'The levy is unfair to the clerks.']]);
    expect(rows('Vale tweeted in response: "The pier is unsafe and the board knows it."')).toEqual([['tweeted in response:', 'Vale', 'The pier is unsafe and the board knows it.']]);
    expect(rows('Ruiz wrote back: “We will rebuild the pier.”')).toEqual([['wrote back:', 'Ruiz', 'We will rebuild the pier.']]);
    expect(rows('Ruiz said back in the summer of 2019: “The levy is unfair.”')).toEqual([['said back in the summer of 2019:', 'Ruiz', 'The levy is unfair.']]);
  });

  it('not: "on" (as often left out), "of" (a topic), "to" (an addressee), an adjunct before a comma or a "that" clause', () => {
    expect(rows('Ruiz said on Twitter: “The levy is unfair to the clerks.”')).toEqual([['said', 'Ruiz', 'The levy is unfair to the clerks.']]);
    expect(rows('Vale wrote in the post, “The levy is unfair.”')).toEqual([['wrote', 'Vale', 'The levy is unfair.']]);
    expect(rows('Ruiz said in May that the levy was unfair.')).toEqual([['said', 'Ruiz', 'the levy was unfair']]);
    expect(rows('Vale said of the levy: “It is a fair price.”')).toEqual([['said', 'Vale', 'It is a fair price.']]);
    expect(rows('Berg wrote to the board: “The levy is unfair.”')).toEqual([['wrote', 'Berg', 'The levy is unfair.']]);
  });
});

describe('a passive verb of charging shows the preposition of the charge', () => {
  it('"was accused of", "were charged with", "is charged with", in a relative clause too', () => {
    expect(rows('Vale was accused of lying to the board about the pier.')).toEqual([['was accused of', null, 'Vale was accused of lying to the board about the pier']]);
    expect(rows('Two clerks were charged with taking bribes.')).toEqual([['were charged with', null, 'Two clerks were charged with taking bribes']]);
    expect(rows('Ruiz is charged with fraud in the levy case.')).toEqual([['is charged with', null, 'Ruiz is charged with fraud in the levy case']]);
    expect(rows('Berg, who was accused of hiding the toll, resigned.')).toEqual([['was accused of', null, 'who was accused of hiding the toll']]);
  });

  it('not: an active verb of charging, an agent before the charge, or a preposition of another verb', () => {
    expect(rows('Vale accused Ruiz of lying.')).toEqual([['accused', 'Vale', 'Ruiz of lying']]);
    expect(rows('The clerk has been accused by the board of hiding the toll.')).toEqual([['has been accused', 'the board', 'The clerk has been accused by the board of hiding the toll']]);
    expect(rows('Vale has charged that the board lied.')).toEqual([['has charged', 'Vale', 'the board lied']]);
  });
});

describe('a reply\'s "back" is shown with its verb', () => {
  it('"wrote back", "chanted back", "wrote back:"', () => {
    expect(rows('Ruiz wrote back, “We will rebuild the pier.”')).toEqual([['wrote back', 'Ruiz', 'We will rebuild the pier.']]);
    expect(rows('The crowd chanted back at Vale, "Fix the pier."')).toEqual([['chanted back', 'The crowd', 'Fix the pier.']]);
    expect(rows('Ruiz wrote back: “We will rebuild the pier.”')).toEqual([['wrote back:', 'Ruiz', 'We will rebuild the pier.']]);
  });

  it('not: "back in" a time, nor a "back" inside the content', () => {
    expect(rows('Vale said back in May that the pier was unsafe.')).toEqual([['said', 'Vale', 'the pier was unsafe']]);
    expect(rows('Berg said the clerks were back on the pier.')).toEqual([['said', 'Berg', 'the clerks were back on the pier']]);
  });
});
