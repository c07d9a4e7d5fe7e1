import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Cue overlap, seventeenth attribution round (issue 10, cue10): which cue an "according to" aside
// belongs with. Every sentence is written for these tests; names and places are invented.

describe('"according to X" set off inside a reported clause', () => {
  it('"reported that, according to X, …": one attribution, the report, holding the aside', () => {
    const a = analyse("The Tribune reported that, according to an audit of the port's books, most of the money went to two firms.");
    expect(a.attributions).toHaveLength(1);
    expect(byCue(a, 'reported')).toMatchObject({ speaker: 'Tribune' });
    expect(byCue(a, 'reported').text).toContain('most of the money went to two firms');
  });

  it('"reported, according to X, …": the aside\'s content is the clause after it, not the report frame', () => {
    const a = analyse('The Tribune reported, according to people at the meeting, Vale tried to calm the investors.');
    expect(byCue(a, 'according to').text).toBe('Vale tried to calm the investors');
  });

  it('still: an aside between two parts of one clause attributes both', () => {
    const a = analyse('By next summer, according to the harbour board, the cranes will be running.');
    expect(byCue(a, 'according to').text).toContain('the cranes will be running');
    expect(byCue(a, 'according to').text).toContain('By next summer');
  });
});

describe('"according to X" in parentheses', () => {
  it('attributes only what stands inside the parentheses; the source ends at the closing one', () => {
    const a = analyse('Vale blames the unions for the delays (the true cost is nearer 12 percent, according to the port authority) and wants new rules.');
    const r = byCue(a, 'according to');
    expect(r.text).toBe('the true cost is nearer 12 percent');
    expect(r.sourceSpan?.text).toBe('the port authority');
    expect(byCue(a, 'blames').text).toBe('the unions for the delays');
  });

  it('a report before the parentheses keeps its own content', () => {
    const a = analyse('Vale said the cranes were idle (the port was closed for a week, according to the harbour board).');
    expect(byCue(a, 'said').text).toBe('the cranes were idle');
    expect(byCue(a, 'according to').text).toBe('the port was closed for a week');
  });
});

describe('a description of the source after "according to X," is not content', () => {
  it('"according to Okafor, a former adviser."', () => {
    const a = analyse('The crews were paid twice for the same work, according to Okafor, a former adviser.');
    expect(byCue(a, 'according to').text).toBe('The crews were paid twice for the same work');
  });
});

describe('a cue that ends an opening subordinate clause at its comma reports nothing of the main clause', () => {
  it('"After the X attacks, …", "As the day went on, …": the main clause keeps its own cue', () => {
    const a = analyse('After the Tarnow attacks, Vale released a new ad calling the plan dangerous.');
    expect(a.attributions.map((x) => x.cue)).not.toContain('attacks');
    const b = analyse('Before the Friday attacks, Ruiz seemed hopeful that the city could take in more families.');
    expect(b.attributions.map((x) => x.cue)).not.toContain('attacks');
    expect(byCue(b, 'seemed hopeful')).toMatchObject({ speaker: 'Ruiz', text: 'the city could take in more families' });
    const c = analyse('As the day went on, Vale offered stronger defenses of Ruiz.');
    expect(c.attributions.map((x) => x.cue)).not.toContain('went on');
    expect(byCue(c, 'offered').speaker).toBe('Vale');
  });

  it('still: "As X reported, “…”", "As X noted, …", and a phrase set off after the cue', () => {
    expect(byCue(analyse('As the Courier reported, “the port will close by May.”'), 'reported').text).toContain('the port will close by May.');
    expect(byCue(analyse('As Varga noted, those voters will come back.'), 'noted').text).toBe('those voters will come back');
    const d = analyse('After a rough hearing, in which she seemed to admit, under the lights, the worst charges against her office, Ruiz left early.');
    expect(byCue(d, 'seemed to admit').text).toContain('the worst charges against her office');
  });
});
