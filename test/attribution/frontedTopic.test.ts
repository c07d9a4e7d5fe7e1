import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// A topic phrase fronted before a speech tag and its quotation ("Of the delay, Ruiz said, “…”").
// Every sentence is written for these tests; names, places and bodies are invented.

const pieces = (r: { contentSpans: { text: string }[] }) => r.contentSpans.map((p) => p.text);

describe('a fronted topic phrase before a speech tag and its quotation', () => {
  it('"Of …" and "As for …" go with the quotation as one mixed content', () => {
    const a = analyse('Of the delay at the Brennick yard, Ruiz said, “We had no choice but to wait.”');
    const r = byCue(a, 'said');
    expect(r).toMatchObject({ mode: 'mixed', sourceSpan: { text: 'Ruiz' } });
    expect(pieces(r)).toEqual(['Of the delay at the Brennick yard', 'We had no choice but to wait.']);
    const b = analyse('As for the new toll, Vale said: “It will never pass the council.”');
    const v = byCue(b, 'said:');
    expect(v.sourceSpan?.text).toBe('Vale');
    expect(pieces(v)).toEqual(['As for the new toll', 'It will never pass the council.']);
  });

  it('the content spans slice to their own text', () => {
    const text = 'Of the harbour plan, Okafor, who chairs the Tamsel board, said, “It is late and too small.”';
    const r = byCue(analyse(text), 'said');
    for (const p of r.contentSpans) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(r.sourceSpan?.text).toBe('Okafor, who chairs the Tamsel board');
  });

  it('not an adverb ("Of course"), a time phrase, or a phrase with a verb', () => {
    expect(pieces(byCue(analyse('Of course, Ruiz said, “We had no choice.”'), 'said'))).toEqual(['We had no choice.']);
    expect(pieces(byCue(analyse('On Monday, Berg said, “The ferry will run again.”'), 'said'))).toEqual(['The ferry will run again.']);
    expect(pieces(byCue(analyse('Of those who left early, Berg said, “They missed the best part.”'), 'said'))).toEqual(['They missed the best part.']);
  });
});
