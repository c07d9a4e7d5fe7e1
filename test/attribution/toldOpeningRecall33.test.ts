import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// recall33: a participle of telling opening the sentence ("Informed of the vote, …", "Told of …",
// "Reminded that …") reports what was told with no teller named; the main clause's subject is the one
// told, never the source. Every sentence is written for these tests; names and places are invented.

const cuesOf = (text: string) => analyse(text).attributions.map((a) => text.slice(a.cueSpan.start, a.cueSpan.end));

describe('"Informed of the vote, Vale said …"', () => {
  it('the opening participle is a sourceless cue whose content ends at the comma', () => {
    const a = analyse('The harbour opened in May. Informed of the vote, Vale said the levy was fair.');
    const r = byCue(a, 'Informed');
    expect(r.text).toBe('the vote');
    expect(r.sourceSpan).toBeNull();
    expect(byCue(a, 'said').sourceSpan?.text).toBe('Vale');
  });

  it('"Told of …" and "Reminded that …": no source, and the main clause stays out of the content', () => {
    const told = byCue(analyse('The harbour opened in May. Told of the vote, Vale said the levy was fair.'), 'Told of');
    expect(told.text).toBe('the vote');
    expect(told.sourceSpan).toBeNull();
    const reminded = byCue(analyse('The harbour opened in May. Reminded that the tram fare had doubled, Okafor said nothing.'), 'Reminded');
    expect(reminded.text).toBe('the tram fare had doubled');
    expect(reminded.sourceSpan).toBeNull();
  });

  it('not an adjective opening a subject, nor a participle with its teller', () => {
    const a = analyse('The harbour opened in May. Informed sources said the levy was fair.');
    expect(cuesOf('The harbour opened in May. Informed sources said the levy was fair.')).toEqual(['said']);
    expect(byCue(a, 'said').sourceSpan?.text).toBe('Informed sources');
    expect(cuesOf('The harbour opened in May. Informed voters would back the levy, Vale said.')).toEqual(['said']);
  });
});
