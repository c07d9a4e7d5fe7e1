import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// recall32: after a reporting noun and "that", a thing with a verb that tells an outcome ("pass", "hold",
// "follow", "break", "spread") is the noun's content, not a relative clause whose verb takes the noun as its
// object. Every sentence is written for these tests; names and places are invented.

const cuesOf = (text: string) => analyse(text).attributions.map((a) => text.slice(a.cueSpan.start, a.cueSpan.end));

describe('"no doubt that the levy would pass"', () => {
  it('"left no doubt that the levy would pass": the clause is the content, the subject the source', () => {
    const r = byCue(analyse('The harbour opened in May. Vale left no doubt that the levy would pass.'), 'left no doubt');
    expect(r.text).toBe('the levy would pass');
    expect(r.sourceSpan?.text).toBe('Vale');
  });

  it('"confidence that …", "doubt that the truce would hold"', () => {
    expect(byCue(analyse('The harbour opened in May. The growers have confidence that the levy would pass.'), 'confidence').text).toBe('the levy would pass');
    expect(byCue(analyse('The harbour opened in May. Vale had no doubt that the truce would hold.'), 'doubt').text).toBe('the truce would hold');
  });

  it('still a relative clause: a body or a person that passes or holds the noun', () => {
    expect(cuesOf('The harbour opened in May. The bill that the council would pass was short.')).toEqual([]);
    // (each near sentence below makes a relation when its guard is taken out: review28 #11)
    // a body that speaks follows the promise: no content (the guard on a subject that names a speaker)
    expect(cuesOf('The harbour opened in May. Vale kept the promise that the board would follow.')).toEqual([]);
    // a thing that delivers the promise: "deliver" tells no outcome (the guard on the outcome verbs)
    expect(cuesOf('The harbour opened in May. The promise that the ferry would deliver was late.')).toEqual([]);
    // beside a cue that stays: "doubted" keeps the whole noun phrase, and the noun gets no clause of its own
    const text = 'The harbour opened in May. Vale doubted the promise that the board would follow.';
    expect(cuesOf(text)).toEqual(['doubted']);
    expect(byCue(analyse(text), 'doubted').text).toBe('the promise that the board would follow');
  });
});
