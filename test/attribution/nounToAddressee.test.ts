import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// A reporting noun whose clause follows a "to" addressee: "made the case to donors that …",
// "her pledge to voters that …". Every sentence is written for these tests; names are invented.

const relation = (text: string, cue: string) => {
  const x = byCue(analyse(text), cue);
  return { source: x.sourceSpan ? text.slice(x.sourceSpan.start, x.sourceSpan.end) : null, text: x.text };
};

describe('a reporting noun, a "to" addressee, then the clause', () => {
  it('"made the case to union stewards that …": the clause is the content, the subject the source', () => {
    expect(relation('On Thursday, Ruiz privately made the case to union stewards that she had not betrayed them.', 'privately made the case')).toEqual({ source: 'Ruiz', text: 'she had not betrayed them' });
  });

  it('"made the argument to the harbour board that …": a longer addressee', () => {
    expect(relation('Vale made the argument to the harbour board that the toll was unfair.', 'made the argument')).toEqual({ source: 'Vale', text: 'the toll was unfair' });
  });

  it('not an infinitive or a relative clause on the addressee', () => {
    expect(relation('Okafor unveiled his plan to build a bridge.', 'unveiled').text).toBe('his plan to build a bridge');
    expect(analyse('Vale made an offer to the firm that owns the pier.').attributions.map((x) => x.text)).not.toContain('owns the pier');
  });
});
