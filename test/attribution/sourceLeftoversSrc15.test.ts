import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Source leftovers (issue 10, "source right", round 24, second wave): a quantifier after "for", a name with a
// description set off after a control verb, a compound joined by hyphens. Every sentence is written for these
// tests; names, places and things are invented.

describe('"for both to …": the quantifier after "for" acts, though tagged as an adverb', () => {
  it('"hard for both to assert": both', () => {
    const a = analyse('It was hard for both to assert that the harbour is safe.');
    expect(byCue(a, 'to assert').sourceSpan?.text).toBe('both');
  });

  it('not: a floated "both" after the subject ("were both quick to say": the subject)', () => {
    const a = analyse('Berg and Ruiz were both quick to say the levy failed.');
    expect(byCue(a, 'to say').sourceSpan?.text).toBe('Berg and Ruiz');
  });
});

describe('"forced Berg, the mayor, to …": a name with a description set off is the object that acts', () => {
  it('after a control verb: the name', () => {
    const a = analyse('The council forced Berg, the mayor, to admit the levy failed.');
    expect(byCue(a, 'to admit').sourceSpan?.text).toBe('Berg');
  });

  it('not: after a verb that controls nothing ("met Berg, the mayor, to discuss": the one who met)', () => {
    const a = analyse('The council met Berg, the mayor, to discuss the levy.');
    expect(byCue(a, 'to discuss').sourceSpan?.text).toBe('The council');
  });
});

describe('a compound joined by hyphens stays whole in a source phrase', () => {
  it('"then-mayor Ruiz said", "cheered die-hard growers hoping": the whole compound', () => {
    const a = analyse('In the old days, then-mayor Ruiz said the tram fare was fair.');
    expect(byCue(a, 'said').sourceSpan?.text).toBe('then-mayor Ruiz');
    const b = analyse('The levy cheered die-hard growers hoping to sell more plums.');
    expect(byCue(b, 'hoping').sourceSpan?.text).toBe('die-hard growers');
  });

  it('not: a spaced hyphen, which sets a clause apart ("passed - then Ruiz said": Ruiz)', () => {
    const a = analyse('The levy passed - then Ruiz said the tram fare was fair.');
    expect(byCue(a, 'said').sourceSpan?.text).toBe('Ruiz');
  });
});
