import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Quotation constructions left over after the earlier rounds (issue 10, sixth round). Every
// sentence is written for these tests; names and places are invented.

describe('inverted tags after a quotation', () => {
  it('“…?” asked the girl, who …: the relative clause describes the speaker, the quotation is the content', () => {
    const a = analyse('“How big is that bridge?” asked the girl, who was wearing a red hat.');
    expect(byCue(a, 'asked')).toMatchObject({ mode: 'direct', text: 'How big is that bridge?', sourceSpan: { text: 'the girl' } });
    // a relative clause with a speech verb of its own does not take the tag's source away
    const b = analyse('“Why should the town pay for it?” asked Sen. Ana Ruiz of Dover, who said the fund was empty.');
    expect(byCue(b, 'asked')).toMatchObject({ mode: 'direct', text: 'Why should the town pay for it?', sourceSpan: { text: 'Sen. Ana Ruiz of Dover' } });
  });

  it('a capitalised "Asked about …," opening a sentence still takes the main clause as its context', () => {
    const a = analyse('The vote is near. Asked about the bridge, Ruiz said it was safe.');
    expect(byCue(a, 'said')).toMatchObject({ text: 'it was safe', sourceSpan: { text: 'Ruiz' } });
    expect(a.attributions.some((x) => x.cue === 'Asked' && x.sourceSpan !== null)).toBe(false);
  });
});
