import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// recall33: a bare form the tagger reads as a verb right after a preposition ("a tax on hope", "curbs on
// hate speech") is a noun: no cue of its own, and no verb that ends a subject early. Every sentence is
// written for these tests; names and places are invented.

const cuesOf = (text: string) => analyse(text).attributions.map((a) => text.slice(a.cueSpan.start, a.cueSpan.end));

describe('a bare form after a preposition is a noun', () => {
  it('"a tax on hope": no "hope" cue, and the aside "as Vale noted" keeps its relation', () => {
    const a = analyse('The harbour opened in May. The levy, as Vale noted, is a tax on hope.');
    expect(cuesOf('The harbour opened in May. The levy, as Vale noted, is a tax on hope.')).toEqual(['noted']);
    expect(byCue(a, 'noted').sourceSpan?.text).toBe('Vale');
  });

  it('"Backers of curbs on hate speech say …": the whole phrase is the subject', () => {
    const r = byCue(analyse('The harbour opened in May. Backers of more curbs on hate speech here say the levy is fair.'), 'say');
    expect(r.sourceSpan?.text).toBe('Backers of more curbs on hate speech here');
    expect(r.text).toBe('the levy is fair');
  });

  it('a verb after "to", "than" or "as" stays a verb', () => {
    expect(byCue(analyse('The harbour opened in May. The growers came to hope that the levy would fail.'), 'to hope').text).toBe('the levy would fail');
    expect(byCue(analyse('The harbour opened in May. The levy is fair, as Okafor and Berg say.'), 'say').sourceSpan?.text).toBe('Okafor and Berg');
  });
});
