import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue, sourcelessByCue } from '../helpers.js';

// recall33: the tagger's normal form spells the plural noun "analyses" as the verb "analyzes"; before a
// verb it is still the plural head of the subject. Every sentence is written for these tests; names and
// places are invented.

const cuesOf = (text: string) => analyse(text).attributions.map((a) => text.slice(a.cueSpan.start, a.cueSpan.end));

describe('"Some analyses suggest that …"', () => {
  it('a plural written "analyses" after a determiner heads the subject of the verb after it', () => {
    const r = byCue(analyse('The harbour opened in May. Some analyses suggest that the levy would fail.'), 'suggest');
    expect(r.text).toBe('the levy would fail');
    expect(r.sourceSpan?.text).toBe('Some analyses');
    expect(byCue(analyse('The harbour opened in May. Her analyses found that the tram fare was too high.'), 'found').sourceSpan?.text).toBe('Her analyses');
  });

  it('after a name or a pronoun, "analyses" is the verb of that subject, and no source', () => {
    // (its object "claims" is a reporting noun no one named holds, recall34; never a verb with "Berg analyses" as subject)
    expect(sourcelessByCue('The harbour opened in May. Berg analyses claims that the levy failed.', 'claims').text).toBe('the levy failed');
    expect(sourcelessByCue('The harbour opened in May. She analyses claims that the levy failed.', 'claims').text).toBe('the levy failed');
    expect(cuesOf('The harbour opened in May. She analyses claims that the levy failed.')).toEqual(['claims']);
  });
});
