import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// leads67: the source after "according to" is read to the comma or full stop that ends it even when it runs past
// a dozen words (a poll or a document with its makers); a sentence with no such mark still gives nothing. Every
// sentence is written for these tests; names and places are invented.

const LONG = 'a survey of growers and fishermen conducted in May by the Tarn County board for the Harbour Times';

describe('a long source after "according to"', () => {
  it('before the comma: the whole phrase is the source, the clause after it the content', () => {
    expect(rows(`According to ${LONG}, the pier is unsafe.`)).toEqual([[LONG, 'According to', 'the pier is unsafe']]);
  });

  it('at the end of the sentence: the whole phrase is the source, the clause before it the content', () => {
    expect(rows(`The pier is unsafe, according to ${LONG}.`)).toEqual([[LONG, 'according to', 'The pier is unsafe']]);
  });

  it('near miss: a short source keeps its shape', () => {
    expect(rows('According to Ana Vale, the pier is unsafe.')).toEqual([['Ana Vale', 'According to', 'the pier is unsafe']]);
  });

  it('near miss: with no comma between source and clause there is still no relation', () => {
    expect(rows('According to a survey of growers and fishermen conducted in May by the Tarn County board the pier is unsafe and the ferry is late.')).toEqual([]);
  });
});
