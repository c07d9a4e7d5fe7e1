import { describe, expect, it } from 'vitest';
import { relationByCueSpan as rel } from '../helpers.js';

// Who holds a reporting noun that stands after a verb (issue 10, source49): a verb of speaking or writing with a
// "with" phrase of manner ("Vale spoke with admiration of the growers" had no source), and the subject of the verb
// when it is a plural noun of persons outside the lexicons ("The growers have long stood in opposition to the
// levy" had none, while "Vale has long stood …" had one). Every sentence is written for these tests; names and
// places are invented.

const source = (text: string, cue: string) => rel(text, cue).sourceSpan?.text ?? null;

describe('a "with" phrase of manner after a verb of speaking or writing', () => {
  it('"Ruiz and Berg speak with admiration of the coach" → «Ruiz and Berg»', () => {
    const r = rel('Ruiz and Berg speak with admiration of the coach.', 'admiration of');
    expect(r.sourceSpan?.text).toBe('Ruiz and Berg');
    expect(r.text).toBe('the coach');
  });

  it('"Berg spoke with contempt of the levy" → «Berg»', () => {
    expect(source('Berg spoke with contempt of the levy.', 'contempt of')).toBe('Berg');
  });

  it('not a verb that receives what others hold: "The growers met with criticism of the levy" keeps no source', () => {
    expect(source('The growers met with criticism of the levy.', 'criticism of')).toBeNull();
  });
});

describe('a plural noun of persons as the subject of the verb that holds the noun', () => {
  it('"The growers have long stood in opposition to the levy" → «The growers»', () => {
    const r = rel('The growers have long stood in opposition to the levy.', 'opposition to');
    expect(r.sourceSpan?.text).toBe('The growers');
    expect(r.text).toBe('the levy');
  });

  it('not a thing: "The river has long stood in opposition to the levy" keeps no source', () => {
    expect(source('The river has long stood in opposition to the levy.', 'opposition to')).toBeNull();
  });
});
