import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// recall30 (a): sponsoring a legal instrument is a stand, as passing or signing it is; wink-nlp
// reads "co-sponsored" as an adjective. Every sentence is written for these tests; names and
// places are invented.

const cuesOf = (text: string) => analyse(text).attributions.map((a) => text.slice(a.cueSpan.start, a.cueSpan.end));

describe('"sponsored" / "co-sponsored" + an instrument', () => {
  it('a finite "co-sponsored" (tagged as an adjective) before its object', () => {
    const r = byCue(analyse('Vale co-sponsored a bill that would cut the harbour levy.'), 'co-sponsored');
    expect(r.text).toBe('a bill that would cut the harbour levy');
    expect(r.sourceSpan?.text).toBe('Vale');
  });

  it('after a set-off adverb and with a bare noun object', () => {
    const r = byCue(analyse('Ruiz, meanwhile, co-sponsored legislation that would close the pier.'), 'co-sponsored');
    expect(r.text).toBe('legislation that would close the pier');
    expect(r.sourceSpan?.text).toBe('Ruiz');
  });

  it('"sponsored a resolution"', () => {
    expect(byCue(analyse('Okafor sponsored a resolution on the orchard tax.'), 'sponsored').sourceSpan?.text).toBe('Okafor');
  });

  it('no stand: a modifier ("the co-sponsored bill"), no object, a plan, or an event sponsored', () => {
    expect(cuesOf('The co-sponsored bill failed in the council.')).toEqual([]);
    expect(cuesOf('Only one bill was co-sponsored.')).toEqual([]);
    expect(cuesOf('Berg would co-sponsor the bill.')).toEqual([]);
    expect(cuesOf('The union sponsored the orchard fair.')).toEqual([]);
    expect(cuesOf('The fair was sponsored by the union.')).toEqual([]);
  });

  it('no stand: a participle opening the sentence right before a bare instrument noun modifies it (review27 #5)', () => {
    expect(cuesOf('Sponsored bills rarely pass the harbour board.')).toEqual([]);
    expect(cuesOf('Signed bills rarely pass the harbour board.')).toEqual([]);
  });

  it('still: a subject before the verb, or a determiner before the instrument, keeps the stand', () => {
    expect(byCue(analyse('Vale signed bills on the levy.'), 'signed').sourceSpan?.text).toBe('Vale');
    expect(byCue(analyse('Signed the levy bill, Vale left the hall.'), 'Signed').sourceSpan?.text).toBe('Vale');
  });
});
