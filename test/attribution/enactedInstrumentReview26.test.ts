import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// review26 #5: passing or signing a legal instrument is a stand only when it happened and is an
// enactment. Every sentence is written for these tests; names and places are invented.

const cuesOf = (text: string) => analyse(text).attributions.map((a) => text.slice(a.cueSpan.start, a.cueSpan.end));

describe('"passed" / "signed" + an instrument that is no stand', () => {
  it('a condition: "If the council passes the budget, …", "Unless Ruiz signs the treaty, …"', () => {
    expect(cuesOf('If the council passes the budget, fares will fall.')).toEqual([]);
    expect(cuesOf('Unless Ruiz signs the treaty, the ferry stops.')).toEqual([]);
  });

  it('a private contract: "signed the lease agreement"', () => {
    expect(cuesOf('Berg signed the lease agreement on Monday.')).toEqual([]);
  });

  it('a hand-over: "passed the act to his son" (but "passed a bill to raise the levy" stays a stand)', () => {
    expect(cuesOf('Berg passed the act to his son.')).toEqual([]);
    const passed = byCue(analyse('The council passed a bill to raise the levy.'), 'passed');
    expect(passed.text).toBe('a bill to raise the levy');
    expect(passed.sourceSpan?.text).toBe('The council');
  });

  it('a realised enactment after a comma-closed condition keeps its cue', () => {
    expect(byCue(analyse('If fares rise, the council said, Vale signed the harbour bill anyway.'), 'signed').sourceSpan?.text).toBe('Vale');
  });
});
