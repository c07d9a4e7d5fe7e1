import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Leftovers mended in round 25 (issue 10). Every sentence is written for these tests; names and places
// are invented.

describe('a compound modifier joined by a hyphen is no verb before a message noun', () => {
  it('"mailed fund-raising letters praising Vale": the one who mailed them praises, not «fund-»', () => {
    const a = analyse('The harbour campaign mailed fund-raising letters praising Vale.');
    const praising = a.attributions.find((r) => /praising/.test(r.cue));
    expect(praising?.sourceSpan?.text).toBe('The harbour campaign');
    const b = analyse('The orchard league sent out fund-raising notes attacking the levy.');
    expect(b.attributions.find((r) => /attacking/.test(r.cue))?.sourceSpan?.text).toBe('The orchard league');
  });

  it('not: a hyphenated verb after its subject stays the verb ("co-signed letters")', () => {
    const a = analyse('The tram union co-signed letters praising Vale.');
    expect(a.attributions.find((r) => /praising/.test(r.cue))?.sourceSpan?.text).toBe('The tram union');
  });
});

describe('a plural noun before "be" or "have" is the subject, not a verb after a name', () => {
  it('"Harsh comments have earned Vale a rebuke": no one comments', () => {
    for (const text of ['Harsh comments have earned Vale a rebuke.', 'Bitter claims were aimed at the tram board.']) {
      expect(analyse(text).attributions.filter((r) => /comments|claims/.test(r.cue))).toHaveLength(0);
    }
  });

  it('not: a name before the verb and its clause, or a modal after a verb whose object is a gap', () => {
    expect(byCue(analyse('Ruiz comments that the levy is too high.'), 'comments').sourceSpan?.text).toBe('Ruiz');
    const a = analyse('The fare is half of what Okafor estimates will be needed.');
    expect(a.attributions.filter((r) => /estimates/.test(r.cue))).toHaveLength(1);
  });
});

describe('"can\'t seem to" is failing, not a hedge', () => {
  it('"Dara still can\'t seem to win the growers back": no relation of "seem"', () => {
    for (const text of ["Dara still can't seem to win the growers back.", 'The board cannot seem to settle the tram fare.', "Ruiz couldn't seem to win over the orchard."]) {
      expect(analyse(text).attributions.filter((r) => /^seem/.test(r.cue))).toHaveLength(0);
    }
  });

  it('not: "seems to" without a negated modal of ability is still the writer\'s hedge', () => {
    expect(analyse('The levy seems to be failing.').attributions.filter((r) => /seem/.test(r.cue))).toHaveLength(1);
    expect(analyse('The levy does not seem to be failing.').attributions.filter((r) => /seem/.test(r.cue))).toHaveLength(1);
  });
});

describe('a headline closing on "…, federal judge rules"', () => {
  it('the bare phrase after the comma rules on the clause before it', () => {
    const r = byCue(analyse('Orchard levy is unlawful, federal judge rules.'), 'rules');
    expect(r.sourceSpan?.text).toBe('federal judge');
    expect(r.contentSpans[0]?.text).toBe('Orchard levy is unlawful');
  });

  it('not: a phrase that names no one, or "rules" as the object of a verb', () => {
    expect(analyse('Boats must dock by six, harbour rules.').attributions).toHaveLength(0);
    expect(analyse('Vale read the tram rules.').attributions.filter((r) => /rules/.test(r.cue))).toHaveLength(0);
  });
});

describe('a plural after a preposition is no verb of the infinitive after it', () => {
  it('"took to the radio shows to complain": the growers complain', () => {
    const a = analyse('The growers took to the radio shows to complain about the levy.');
    expect(a.attributions.find((r) => /complain/.test(r.cue))?.sourceSpan?.text).toBe('The growers');
  });

  it('not: the verb before a singular object of the preposition', () => {
    const a = analyse('The radio host went to the harbour to complain about the levy.');
    expect(a.attributions.find((r) => /complain/.test(r.cue))?.sourceSpan?.text).toBe('The radio host');
  });
});

describe('a participle of naming opening the sentence names the main subject, which names nothing', () => {
  it('"Titled “Harbour First,” the ad shows …": the title is given by no one named', () => {
    const a = analyse('Titled “Harbour First,” the ad shows Ruiz at the pier.');
    expect(byCue(a, 'Titled').sourceSpan).toBeFalsy();
    expect(byCue(a, 'shows').sourceSpan?.text).toBe('the ad');
    expect(byCue(analyse('Entitled “Orchard Days,” the pamphlet recalls the strike.'), 'Entitled').sourceSpan).toBeFalsy();
  });

  it('not: the active verb of naming keeps its subject', () => {
    expect(byCue(analyse('Vale titled her memoir “Orchard Days.”'), 'titled').sourceSpan?.text).toBe('Vale');
  });
});
