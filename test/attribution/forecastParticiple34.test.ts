import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// A forecast no one named makes, as a reduced passive before an infinitive (issue 10, round 31):
// "With the fare projected to rise, …" — the noun phrase after "with" is what is forecast, never the
// one who forecasts. Every sentence is written for these tests; names and places are invented.

const text = (s: string, span: { start: number; end: number } | null) => (span ? s.slice(span.start, span.end) : null);

describe('"projected/predicted to" after a noun: a forecast with no source', () => {
  it('"With the tram fare projected to rise …": sourceless, the fare and its forecast are the content', () => {
    const s = 'With the tram fare projected to rise to four dollars by 2030, the levy will grow.';
    const projected = byCue(analyse(s), 'projected');
    expect(projected.sourceSpan).toBeNull();
    expect(projected.text).toMatch(/^the tram fare projected to rise to four dollars by 2030/);
    expect(projected.text).not.toMatch(/levy will grow/);
  });

  it('the whole phrase after "with", over its own modifiers: "With the number of riders using the tram projected to swell …"', () => {
    const s = 'With the number of riders using the tram projected to swell to nine thousand by May, the levy will rise.';
    const projected = byCue(analyse(s), 'projected');
    expect(projected.sourceSpan).toBeNull();
    expect(projected.text).toMatch(/^the number of riders using the tram projected to swell/);
  });

  it('after "with" in mid-sentence: "…, with Vale and Ruiz predicted to win the harbour seats"', () => {
    const s = 'The vote is set for Tuesday, with Vale and Ruiz predicted to win the harbour seats.';
    const predicted = byCue(analyse(s), 'predicted');
    expect(predicted.sourceSpan).toBeNull();
    expect(predicted.text).toMatch(/^Vale and Ruiz predicted to win/);
  });

  it('not a physical projection with no infinitive: "the slides projected to the wall" names no forecast', () => {
    const s = 'With the slides projected to the wall, Okafor spoke about the orchard.';
    const sourceless = analyse(s).attributions.filter((a) => a.sourceSpan === null).map((a) => a.text);
    expect(sourceless.some((t) => t.startsWith('the slides projected'))).toBe(false);
  });

  it('not the active verb of a subject: "Vale predicted to reporters that the levy would pass" keeps Vale', () => {
    const s = 'Vale predicted to reporters that the levy would pass.';
    const predicted = byCue(analyse(s), 'predicted');
    expect(text(s, predicted.sourceSpan)).toBe('Vale');
  });
});
