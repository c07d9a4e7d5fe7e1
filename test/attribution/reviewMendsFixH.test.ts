import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Mends from review 22 (issue 10, round 24): a ranked occasion is no actor, a noun an infinitive completes
// opens no headline actor, and "as he was called" names only a name. Every sentence is written for these
// tests; names, places and outlets are invented.

describe('a ranked phrase acts, but not as the object of a verb of doing', () => {
  it('"used the first debate to attack", "took the first chance to criticise": the verb’s subject', () => {
    const a = analyse('Ruiz used the first debate to attack Vale.');
    expect(byCue(a, 'to attack').sourceSpan?.text).toBe('Ruiz');
    const b = analyse('Ruiz took the first chance to criticise Vale over the tram fare.');
    expect(byCue(b, 'to criticise').sourceSpan?.text).toBe('Ruiz');
  });

  it('not: after a link ("became the first grower to back"), the ranked one acts', () => {
    const a = analyse('Okafor became the first grower to back Vale.');
    expect(byCue(a, 'to back').sourceSpan?.text).toBe('the first grower');
  });
});

describe('a headline "X to V": a noun the infinitive completes is no actor', () => {
  it('"Time to praise the harbour crews", "Reasons to doubt the levy": no source', () => {
    for (const text of ['Time to praise the harbour crews\nThe vote is on Friday.', 'Reasons to doubt the levy\nThe vote is on Friday.']) {
      const a = analyse(text);
      expect(a.attributions.some((x) => x.sourceSpan?.text === 'Time' || x.sourceSpan?.text === 'Reasons')).toBe(false);
    }
  });

  it('not: "Growers to protest the levy" (the growers will act)', () => {
    const a = analyse('Growers to protest the levy\nThe vote is on Friday.');
    expect(byCue(a, 'to protest').sourceSpan?.text).toBe('Growers');
  });
});

describe('"…, as he was called": a naming only when a name is taken up', () => {
  it('not: "returned to the podium, as he was called" (a summons), "drove to Kestra, as he was called"', () => {
    for (const text of ['Berg returned to the podium, as he was called.', 'Berg drove to Kestra, as he was called.']) {
      expect(analyse(text).attributions.some((x) => x.cueClass === 'naming')).toBe(false);
    }
  });

  it('"the Harbour Act, as the bill is called": the name and what takes it up', () => {
    const a = analyse('The Harbour Act, as the bill is called, raises the levy.');
    expect(byCue(a, 'is called').cueClass).toBe('naming');
    expect(byCue(a, 'is called').text).toBe('The Harbour Act, as the bill');
  });
});
