import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Where a reported clause ends (issue 10, sixteenth round). Every sentence is written for these
// tests; names and places are invented.

describe('a contrast clause whose cue holds a view stays in the reported clause', () => {
  it('a view of its own subject ("…, though she has not endorsed him") runs on with what was said', () => {
    const text = "Ruiz revealed that she would vote for Vale, though she hasn't endorsed him.";
    const said = byCue(analyse(text), 'revealed');
    expect(said.text).toBe("she would vote for Vale, though she hasn't endorsed him");
    expect(text.slice(said.start, said.end)).toBe(said.text);
    expect(byCue(analyse('Vale said the plan would pass, though Ruiz doubts it.'), 'said').text).toBe('the plan would pass, though Ruiz doubts it');
  });

  it('an aim of the same subject ("…, but wants a vote first") runs on too', () => {
    expect(byCue(analyse('Berg said the levy is fair, but wants a vote first.'), 'said').text).toBe('the levy is fair, but wants a vote first');
    expect(byCue(analyse("Okafor said that she hired Berg for the job, but hasn't decided what she will do next."), 'said').text).toBe("she hired Berg for the job, but hasn't decided what she will do next");
  });

  it('still: a second act of saying after the contrast starts its own report', () => {
    expect(byCue(analyse('Vale said the plan would pass, but Ruiz called it a disgrace.'), 'said').text).toBe('the plan would pass');
    expect(byCue(analyse('Vale said the plan would pass, but criticized the cost.'), 'said').text).toBe('the plan would pass');
  });
});
