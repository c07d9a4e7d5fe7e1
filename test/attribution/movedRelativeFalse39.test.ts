import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// False hits, round 39: a restrictive relative "that" or a free relative "what" left as the whole content, the
// object its clause moved before the source, reports nothing. Every sentence is written for these tests.

const cues = (text: string) => analyse(text).attributions.map((a) => a.cue);

describe('a moved relative word alone is no content', () => {
  it('drops «the services that Vale demanded», «the levy that the growers opposed», «what the clerks feared»', () => {
    expect(cues('The board cut the services that Vale demanded.')).toEqual([]);
    expect(cues('The levy that the growers opposed was dropped in May.')).toEqual([]);
    expect(cues('It is one idea that many growers applaud.')).toEqual([]);
    expect(cues('Tarn County got exactly what the clerks feared.')).toEqual([]);
    expect(cues('The ferry did whatever the harbour master wanted.')).toEqual([]);
  });

  it('keeps the other relations of the sentence', () => {
    const rels = analyse('Ruiz said the board cut the services that Vale demanded.');
    expect(rels.attributions.map((a) => a.cue)).toEqual(['said']);
    const said = byCue(rels, 'said');
    expect(said.sourceSpan?.text).toBe('Ruiz');
    expect(said.text).toBe('the board cut the services that Vale demanded');
  });

  it('keeps a relative set off by a comma, a wh-clause that is the content, and a "that" clause', () => {
    const text = 'Ruiz praised the pier, which Berg opposed.';
    const opposed = byCue(analyse(text), 'opposed');
    expect(opposed.sourceSpan?.text).toBe('Berg');
    expect(opposed.text).toBe('which');
    expect(text.slice(opposed.start, opposed.end)).toBe('which');
    const knows = byCue(analyse('Ruiz knows what Vale wants.'), 'knows');
    expect(knows.sourceSpan?.text).toBe('Ruiz');
    expect(knows.text).toBe('what Vale wants');
    const said = byCue(analyse('The clerks said that the growers opposed the levy.'), 'said');
    expect(said.sourceSpan?.text).toBe('The clerks');
    expect(said.text).toBe('the growers opposed the levy');
    const says = byCue(analyse('It is the fee that Berg says the growers hate.'), 'says');
    expect(says.sourceSpan?.text).toBe('Berg');
    expect(says.text).toBe('the growers hate');
  });
});
