import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// A report in a relative clause set off inside what someone said (issue 10, direct quotations).
// Every sentence is written for these tests; names, places and bodies are invented.

const parts = (r: { contentSpans: { text: string }[] }) => r.contentSpans.map((p) => p.text);

describe('"said …, which she called “…”": the relative clause reports too', () => {
  it('a quotation after "called" is a mixed relation of its own, beside the holder, which keeps it', () => {
    const a = analyse('Vale said she backed the levy, which she called “a disgrace for the harbour.”');
    const r = byCue(a, 'called');
    expect(r).toMatchObject({ mode: 'mixed', sourceSpan: { text: 'she' } });
    expect(parts(r)).toEqual(['which', '“a disgrace for the harbour.”']);
    expect(byCue(a, 'said').text).toBe('she backed the levy, which she called “a disgrace for the harbour.”');
  });

  it('"whom … described as" with a name, and a clause that goes on after the relative clause', () => {
    const a = analyse('Berg told the board the crews rowed with the marchers, whom Ruiz described as "calm," for the whole race.');
    const r = byCue(a, 'described');
    expect(r.sourceSpan?.text).toBe('Ruiz');
    expect(parts(r)).toEqual(['whom', '"calm,"']);
    expect(byCue(a, 'told the board').text).toBe('the crews rowed with the marchers, whom Ruiz described as "calm," for the whole race');
    const b = analyse('The clerk believes the tram was slow, which Tarn County officials called a plain failure.');
    expect(byCue(b, 'called').sourceSpan?.text).toBe('Tarn County officials');
    expect(parts(byCue(b, 'called'))).toEqual(['which', 'a plain failure']);
  });

  it('after an object that goes on past the relative clause, the object keeps it and the clause reports too', () => {
    const a = analyse('Vale praised the marchers, whom Ruiz described as “brave,” for their calm.');
    expect(byCue(a, 'praised').text).toBe('the marchers, whom Ruiz described as “brave,” for their calm');
    const r = byCue(a, 'described');
    expect(r).toMatchObject({ mode: 'mixed', sourceSpan: { text: 'Ruiz' } });
    expect(parts(r)).toEqual(['whom', '“brave,”']);
    const b = analyse('Vale thanked the crews, whom Berg hired, for their work.');
    expect(b.attributions.map((x) => x.cue)).toEqual(['thanked']);
  });

  it('not a relative clause whose verb reports nothing after the pronoun, nor one that is not set off', () => {
    const a = analyse('Vale said she backed the levy, which Ruiz opposed.');
    expect(a.attributions.map((x) => x.cue)).toEqual(['said']);
    expect(byCue(a, 'said').text).toBe('she backed the levy, which Ruiz opposed');
    const b = analyse('Vale said the levy which Ruiz wanted was fair.');
    expect(b.attributions.some((x) => x.cue === 'wanted')).toBe(false);
    expect(byCue(b, 'said').text).toBe('the levy which Ruiz wanted was fair');
  });
});
