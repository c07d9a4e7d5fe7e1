import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// False hits and extents, round 38: brackets around a report, verbs inside an aside in brackets, and objects
// that stand for no proposition. Every sentence is written for these tests.

const cues = (text: string) => analyse(text).attributions.map((a) => a.cue);

describe('a report that starts inside brackets ends at the bracket closing them', () => {
  it('"(which Ruiz says is costly)" keeps its content inside the brackets', () => {
    const text = 'The plan (which Ruiz says is costly) does not fly with growers.';
    const says = byCue(analyse(text), 'says');
    expect(says.sourceSpan?.text).toBe('Ruiz');
    expect(says.text).toBe('is costly');
    expect(text.slice(says.start, says.end)).toBe(says.text);
  });

  it('a verb in brackets with no report of its own gives nothing that runs out of them', () => {
    expect(cues('The clerk kept a rule (which he wrote down) and kept it: close the pier at dusk.')).not.toContain('wrote');
    for (const a of analyse('Her rule (which she wrote down) was simple: keep the pier.').attributions) expect(a.text).not.toContain(')');
  });

  it('keeps brackets that open and close inside a content', () => {
    const wrote = byCue(analyse('Vale wrote that the pier (built in 1990) was safe.'), 'wrote');
    expect(wrote.sourceSpan?.text).toBe('Vale');
    expect(wrote.text).toBe('the pier (built in 1990) was safe');
    const said = byCue(analyse('Vale said the pier (it is old) was safe.'), 'said');
    expect(said.text).toBe('the pier (it is old) was safe');
  });
});

describe('a verb inside brackets that open after its supposed subject is no report of that subject', () => {
  it('"some credits (favored by growers)", "a rival (think Vale in 1990)", "two towns (both voted for Ruiz)"', () => {
    expect(cues('The bill keeps some credits (favored by growers) for ports.')).toEqual([]);
    expect(cues('With a good start, a rival (think Vale in 1990) can win.')).toEqual([]);
    expect(cues('Two towns (both voted for Ruiz) and Tarn County (Berg) stood out.')).toEqual([]);
  });

  it('keeps a subject whose brackets close before the verb, and a name in brackets that says the party', () => {
    const left = byCue(analyse('Vale (left) met Ruiz but said the pier was safe.'), 'said');
    expect(left.sourceSpan?.text).toBe('Vale');
    expect(left.text).toBe('the pier was safe');
    const party = byCue(analyse('Vale (D-Tarn) said the pier was safe.'), 'said');
    expect(party.sourceSpan?.text).toBe('Vale');
    const long = byCue(analyse('Vale (a former mayor of the county) said the pier was safe.'), 'said');
    expect(long.sourceSpan?.text).toBe('Vale');
    expect(long.text).toBe('the pier was safe');
  });
});

describe('an object that stands for no proposition is no content', () => {
  it('"taken aim at one another", "did not respond in kind"', () => {
    expect(cues('The two rivals have taken aim at one another.')).toEqual([]);
    expect(cues('Vale did not respond in kind.')).toEqual([]);
    expect(cues('Vale and Ruiz praised one another.')).toEqual([]);
  });

  it('keeps a reciprocal object with more to it, and a report after "in kind"', () => {
    const blamed = byCue(analyse('Vale and Ruiz blamed each other for the delay.'), 'blamed');
    expect(blamed.sourceSpan?.text).toBe('Vale and Ruiz');
    expect(blamed.text).toBe('each other for the delay');
    const text = 'Ruiz responded in kind, saying the pier was safe.';
    const saying = byCue(analyse(text), 'saying');
    expect(saying.sourceSpan?.text).toBe('Ruiz');
    expect(saying.text).toBe('the pier was safe');
    expect(text.slice(saying.cueSpan!.start, saying.cueSpan!.end)).toBe(saying.cue);
  });
});

describe('a quoted title right before a role in the work ("host", "star") is no quotation', () => {
  it('"“Harbour Nights” host Vale showed …", "“The Pier is Ours” star Ruiz opened up …"', () => {
    const text = '“Harbour Nights” host Vale showed that the pier was safe.';
    const a = analyse(text);
    expect(a.attributions.map((x) => x.text)).toEqual(['the pier was safe']);
    const showed = byCue(a, 'showed');
    expect(showed.sourceSpan?.text).toContain('Vale');
    expect(text.slice(showed.start, showed.end)).toBe('the pier was safe');
    expect(analyse('“The Pier is Ours” star Ruiz opened up about the toll.').attributions.map((x) => x.text)).not.toContain('The Pier is Ours');
  });

  it('keeps a quotation closed by its own punctuation before a tag with a role', () => {
    const text = '“We will win,” host Vale said.';
    const said = byCue(analyse(text), 'said');
    expect(said.sourceSpan?.text).toContain('Vale');
    expect(said.mode).toBe('direct');
    expect(said.text).toContain('We will win');
    expect(text.slice(said.start, said.end)).toBe(said.text);
  });
});
