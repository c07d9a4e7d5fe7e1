import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// "peg" as an estimate (issue 10, round 33): "the survey pegs the cost at $2 billion", "pegged her as the
// favourite". Every sentence is written for these tests; names and places are invented.

const cuesOf = (text: string) => analyse(text).attributions.map((a) => text.slice(a.cueSpan.start, a.cueSpan.end));

describe('"pegs X at a figure", "pegs X as …": an estimate', () => {
  it('"pegged him at $2 billion": the subject is the source, the object and figure the content', () => {
    const text = 'The Harbour Times pegged him at $2 billion.';
    const pegged = byCue(analyse(text), 'pegged');
    expect(text.slice(pegged.sourceSpan!.start, pegged.sourceSpan!.end)).toBe('The Harbour Times');
    expect(pegged.text).toBe('him at $2 billion');
    expect(text.slice(pegged.start, pegged.end)).toBe(pegged.text);
  });

  it('"pegs the cost at about 40 million": an -s form, an approximate figure', () => {
    const text = 'The county survey pegs the cost at about 40 million.';
    const pegs = byCue(analyse(text), 'pegs');
    expect(text.slice(pegs.sourceSpan!.start, pegs.sourceSpan!.end)).toBe('The county survey');
    expect(pegs.text).toBe('the cost at about 40 million');
  });

  it('"pegs Vale as the richest man": an "as" complement', () => {
    const text = 'One survey pegs Vale as the richest man in Tarn County.';
    const pegs = byCue(analyse(text), 'pegs');
    expect(text.slice(pegs.sourceSpan!.start, pegs.sourceSpan!.end)).toBe('One survey');
    expect(pegs.text).toBe('Vale as the richest man in Tarn County');
  });

  it('"pegged herself as the outsider": a character one gives oneself', () => {
    expect(cuesOf('Vale pegged herself as the outsider in the race.')).toEqual(['pegged']);
  });
});

describe('"peg" that estimates nothing', () => {
  it('not a currency tied to another: "is pegged to the dollar"', () => {
    expect(cuesOf('The Tarn crown is pegged to the dollar.')).toEqual([]);
  });

  it('not a tent held down: "pegged the tent before dark"', () => {
    expect(cuesOf('The scouts pegged the tent before dark.')).toEqual([]);
  });

  it('not "at" with a place: "pegged the flag at the gate"', () => {
    expect(cuesOf('Berg pegged the flag at the gate of the pier.')).toEqual([]);
  });

  it('not a passive with no estimator: "the fee was pegged at $40"', () => {
    expect(cuesOf('The harbour fee was pegged at $40 last year.')).toEqual([]);
  });
});

describe('a relative "that" on an "as" complement stays in the content', () => {
  it('"sees herself as the kind of leader that voters want": the object and its complement are the content', () => {
    const text = 'Vale sees herself as the kind of leader that voters want.';
    const sees = byCue(analyse(text), 'sees');
    expect(sees.text).toBe('herself as the kind of leader that voters want');
    expect(text.slice(sees.start, sees.end)).toBe(sees.text);
  });

  it('"cast the levy as a tax that hurts growers", "painted Ruiz as the sort of mayor that …": other verbs of casting', () => {
    expect(byCue(analyse('Berg cast the levy as the sort of tax that hurts growers.'), 'cast').text).toBe('the levy as the sort of tax that hurts growers');
    expect(byCue(analyse('Vale painted Ruiz as the kind of mayor that the crews fear.'), 'painted').text).toBe('Ruiz as the kind of mayor that the crews fear');
  });

  it('not after "it", which stands for the clause: "regard it as a gain that the ferry runs late"', () => {
    const text = 'Growers in Tarn County regard it as a gain that the night ferry runs late.';
    expect(byCue(analyse(text), 'regard').text).toBe('the night ferry runs late');
  });

  it('not a "that" after "as early as" a day: "said as early as May that …"', () => {
    expect(byCue(analyse('Vale said as early as May that the pier was unsafe.'), 'said').text).toBe('the pier was unsafe');
  });
});
