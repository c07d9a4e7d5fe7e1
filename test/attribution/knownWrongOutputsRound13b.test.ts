import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Known wrong outputs of the attribution stage (issue 10, thirteenth round, second pass), each
// fixed where the construction is read. Every sentence is written for these tests; names, places
// and bodies are invented.

describe('a participle right after a preposition modifies the reporting noun after it', () => {
  it('"After renewed demands for an audit, Ruiz resigned": no source for the demands', () => {
    const text = 'After renewed demands for an audit, Ruiz resigned.';
    const r = byCue(analyse(text), 'demands for');
    expect(r.sourceSpan).toBeNull();
    expect(r.speaker).toBeNull();
    expect(r.text).toBe('an audit');
    expect(text.slice(r.start, r.end)).toBe(r.text);
  });

  it('also later in the sentence and after other prepositions', () => {
    expect(byCue(analyse('Okafor quit the Tessel board after renewed demands for an audit.'), 'demands for').sourceSpan).toBeNull();
    expect(byCue(analyse('Despite renewed calls for a recount, the Vardin council met.'), 'calls for').sourceSpan).toBeNull();
  });

  it('the verb with its subject still gives the subject as the source', () => {
    const r = byCue(analyse('Ruiz renewed demands for an audit of the Tessel port.'), 'renewed demands for');
    expect(r.sourceSpan?.text).toBe('Ruiz');
  });
});

describe('a quoted term inside a clause is no quotation tagged by the verb after it', () => {
  const text = 'Vale summed up the plan as “reckless,” denounced its cost and said the council would vote again.';

  it('the verbs after the quoted term share the first verb’s subject; the phrase after is an object', () => {
    const a = analyse(text);
    const denounced = byCue(a, 'denounced');
    expect(denounced.sourceSpan?.text).toBe('Vale');
    expect(denounced.text).toBe('its cost');
    expect(text.slice(denounced.start, denounced.end)).toBe('its cost');
    const said = byCue(a, 'said');
    expect(said.sourceSpan?.text).toBe('Vale');
    expect(said.text).toBe('the council would vote again');
  });

  it('a speech tag after a quoted term keeps its inverted subject', () => {
    const r = byCue(analyse('Berg called the ferry fee “a scandal,” said Okafor.'), 'said');
    expect(r.sourceSpan?.text).toBe('Okafor');
  });

  it('after a copula the quotation ends a clause that the verb after it tags', () => {
    const r = byCue(analyse('The Tessel plan is “reckless,” wrote Okafor.'), 'wrote');
    expect(r.sourceSpan?.text).toBe('Okafor');
  });
});

describe('a series of three verb phrases sharing a subject', () => {
  const text = 'Vale described the plan as reckless, denounced its cost and said the council would vote again.';

  it('each verb keeps the subject and its own object; the first object ends at the comma', () => {
    const a = analyse(text);
    const described = byCue(a, 'described');
    expect(described.sourceSpan?.text).toBe('Vale');
    expect(described.text).toBe('the plan as reckless');
    expect(text.slice(described.start, described.end)).toBe(described.text);
    const denounced = byCue(a, 'denounced');
    expect(denounced.sourceSpan?.text).toBe('Vale');
    expect(denounced.text).toBe('its cost');
    expect(byCue(a, 'said').text).toBe('the council would vote again');
  });

  it('a reported clause with a series inside it is left whole', () => {
    const r = byCue(analyse('Ruiz said the Tessel levy was weak, cost too much and would fail.'), 'said');
    expect(r.text).toBe('the Tessel levy was weak, cost too much and would fail');
  });
});
