import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// "bill oneself as" (issue 10, round 31): a character one gives oneself, like "cast herself as".
// Every sentence is written for these tests; names and places are invented.

const cuesOf = (text: string) => analyse(text).attributions.map((a) => text.slice(a.cueSpan.start, a.cueSpan.end));

describe('"billed himself as": a character given to oneself', () => {
  it('"Ruiz has billed himself as a reformer": the subject is the source', () => {
    const text = 'Ruiz has billed himself as a reformer of the tram fare.';
    const billed = byCue(analyse(text), 'has billed');
    expect(text.slice(billed.sourceSpan!.start, billed.sourceSpan!.end)).toBe('Ruiz');
    expect(billed.text).toMatch(/himself as a reformer/);
  });

  it('"The harbour bills itself as …": an -s form', () => {
    expect(cuesOf('The Marlow harbour bills itself as the gateway of the coast.')).toEqual(['bills']);
  });

  it('not a charge: "the firm billed the county for the repairs"', () => {
    expect(cuesOf('The firm billed the county for the repairs to the pier.')).toEqual([]);
  });

  it('not "as" opening a clause after another object: "billed riders twice as the fare rose"', () => {
    expect(cuesOf('The harbour board billed riders twice as the fare rose.')).toEqual([]);
  });
});
