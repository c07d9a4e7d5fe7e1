import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// recall32: after "tell", a noun phrase headed by "story" or "tale" is what is told, never whom it is told to.
// Every sentence is written for these tests; names and places are invented.

const cuesOf = (text: string) => analyse(text).attributions.map((a) => text.slice(a.cueSpan.start, a.cueSpan.end));

describe('"told a different story"', () => {
  it('"The harbour board told a far gloomier tale": the story is the content', () => {
    const r = byCue(analyse('The harbour opened in May. The harbour board told a far gloomier tale.'), 'told');
    expect(r.text).toBe('a far gloomier tale');
    expect(r.sourceSpan?.text).toBe('The harbour board');
  });

  it('a tale with its "of" phrase, a story after an adverb', () => {
    expect(byCue(analyse('The harbour opened in May. The tally told a tale of empty piers.'), 'told').text).toBe('a tale of empty piers');
    expect(byCue(analyse('The harbour opened in May. The Courier often tells a far rosier story.'), 'often tells').text).toBe('a far rosier story');
    expect(byCue(analyse('The harbour opened in May. Vale told their orchard stories.'), 'told').text).toBe('their orchard stories');
    // (fixU, review30 #4: a plural first noun that names no persons stays in the compound)
    expect(byCue(analyse('The harbour opened in May. Okafor told the sports stories of his youth.'), 'told').text).toBe('the sports stories of his youth');
  });

  it('still an addressee: a person or a pronoun before the story, or a clause after it', () => {
    expect(cuesOf('The harbour opened in May. Vale told reporters a different story.')).toEqual([]);
    expect(cuesOf('The harbour opened in May. Vale told him stories.')).toEqual([]);
    expect(byCue(analyse('The harbour opened in May. Vale told them the story was false.'), 'told').text).toBe('the story was false');
    expect(cuesOf('The harbour opened in May. Vale told the growers.')).toEqual([]);
    // (a plural noun before the story is whom it was told to, not a compound: review28 #11)
    expect(cuesOf('The harbour opened in May. Vale told the growers stories.')).toEqual([]);
    expect(cuesOf('The harbour opened in May. Vale told his growers stories.')).toEqual([]);
  });
});
