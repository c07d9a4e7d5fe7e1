import { describe, expect, it } from 'vitest';
import { attributionRows } from '../helpers.js';

// Sources of a speaker shown in footage and of a name with a party-and-state label set off after a description
// (issue 10, leads57). Every sentence is written for these tests; names and places are invented.

describe('one shown in a picture or film who reports a clause is its source', () => {
  // (was «the video», «the Harbour Times»: the setting of the depiction read as the participle's subject; and
  // no source, or no relation, right after the depicting verb)
  it('"Vale was shown in the video saying …" → Vale, over the setting of the depiction', () => {
    expect(attributionRows('Vale was shown in the video saying the pier was unsafe.')).toEqual([['Vale', 'saying', 'the pier was unsafe']]);
    expect(attributionRows('The clerks were pictured in the Harbour Times insisting that the levy was unfair.')).toEqual([['The clerks', 'insisting', 'the levy was unfair']]);
    expect(attributionRows('Ruiz was also shown on a screen telling the clerks that the ferry was late.')).toEqual([['Ruiz', 'telling the clerks', 'the ferry was late']]);
  });

  it('right after the depicting verb, or over a time phrase: "is depicted arguing that …", "was filmed in March telling …"', () => {
    expect(attributionRows('Vale was shown saying the pier was unsafe.')).toEqual([['Vale', 'saying', 'the pier was unsafe']]);
    expect(attributionRows('Vale is depicted arguing that the pier was unsafe.')).toEqual([['Vale', 'arguing', 'the pier was unsafe']]);
    expect(attributionRows('Berg is shown arguing that the fares were too high.')).toEqual([['Berg', 'arguing', 'the fares were too high']]);
    expect(attributionRows('Vale was filmed in March telling the clerks that the pier was unsafe.')).toEqual([['Vale', 'telling the clerks', 'the pier was unsafe']]);
  });

  it('negative: an act shown with an object or a quotation alone stays reported by no one named', () => {
    expect(attributionRows('Vale is shown discussing the levy.')).toEqual([[null, 'discussing', 'the levy']]);
    expect(attributionRows('Vale was shown in the video discussing the levy.')).toEqual([[null, 'discussing', 'the levy']]);
    expect(attributionRows('The clerks were shown chanting “No levy!”').map((r) => r[0])).not.toContain('The clerks');
  });

  it('negative: a setting that is no depiction keeps its own reading; a thing in a statement is not shown saying', () => {
    expect(attributionRows('Ruiz posted a video saying the pier was unsafe.')).toEqual([['Ruiz', 'posted a video saying', 'the pier was unsafe']]);
    expect(attributionRows('The film was shown in the hall, saying nothing new.')).toEqual([]);
  });

  it('a time phrase after the depicting verb changes nothing: "was photographed (in May) urging …"', () => {
    const timed = attributionRows('Vale was photographed in May urging the clerks to pay.');
    expect(timed).toEqual(attributionRows('Vale was photographed urging the clerks to pay.'));
    expect(timed).toEqual([[null, 'urging', 'the clerks to pay']]);
  });
});

describe('a name with a party-and-state label set off after a description is the source', () => {
  // (was «The board's chair», «The board»: the label hid the name from the appositive reading)
  it('"The board\'s chair, Ana Vale (I-Vt.), said …" → «Ana Vale», as without the label', () => {
    expect(attributionRows("The board's chair, Ana Vale (I-Vt.), said the pier was unsafe.")).toEqual([['Ana Vale', 'said', 'the pier was unsafe']]);
    expect(attributionRows("The board's chair, Ana Vale, said the pier was unsafe.")).toEqual([['Ana Vale', 'said', 'the pier was unsafe']]);
    expect(attributionRows('The senator, Ana Vale (D-Tarn), said the pier was unsafe.')).toEqual([['Ana Vale', 'said', 'the pier was unsafe']]);
    expect(attributionRows('A lawyer for the guild, Sen. Tom Berg (R), argued that the levy was unfair.')).toEqual([['Sen. Tom Berg', 'argued', 'the levy was unfair']]);
  });

  it('negative: a parenthesis that is no party label stays with the description before it', () => {
    expect(attributionRows('The board, Tarn Harbour (TH), said the pier was unsafe.')[0]![0]).not.toBe('Tarn Harbour');
    expect(attributionRows('Ana Vale, the chair (since May), said the pier was unsafe.')[0]![0]).toBe('Ana Vale');
  });
});
