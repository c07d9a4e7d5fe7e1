import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Which word reports what (issue 10, twelfth round). Every sentence is written for these tests;
// names, bodies and places are invented.

describe('a belief in a relative clause about a source is a view of its own', () => {
  it('"Vale, who thinks …, said …" keeps the belief, held by the antecedent', () => {
    const text = 'Vale, who thinks the harbour levy is unfair, said the council would vote again.';
    const a = analyse(text);
    const thinks = byCue(a, 'thinks');
    expect(thinks).toMatchObject({ text: 'the harbour levy is unfair', speaker: 'Vale', cueClass: 'belief' });
    expect(text.slice(thinks.cueSpan.start, thinks.cueSpan.end)).toBe('thinks');
    expect(byCue(a, 'said')).toMatchObject({ text: 'the council would vote again', speaker: 'Vale' });
  });

  it('also with "that" after the verb: "who has long believed that …"', () => {
    const a = analyse('Okafor, who has long believed that the ferry is too slow, told the board it should be replaced.');
    expect(byCue(a, 'has long believed')).toMatchObject({ text: 'the ferry is too slow', speaker: 'Okafor' });
    expect(byCue(a, 'told the board')).toMatchObject({ text: 'it should be replaced', speaker: 'Okafor' });
  });

  it('a relative clause that only describes the source stays part of the source', () => {
    // "known" with a plain object is acquaintance, not a view; "wanted to" is no belief
    for (const text of ['Berg, who has known Ruiz since their school days, said the plan was sound.', 'A man who did not want to give his name said the plan was sound.']) {
      const a = analyse(text);
      expect(a.attributions.map((x) => x.cue)).toEqual(['said']);
      expect(byCue(a, 'said').text).toBe('the plan was sound');
    }
  });

  it('a belief with no clause in such a relative clause still only describes the source', () => {
    const a = analyse('Ruiz, who thinks highly of the mayor, said the plan was sound.');
    expect(a.attributions.map((x) => x.cue)).toEqual(['said']);
  });
});

describe('"think tank" is a noun, never a belief cue', () => {
  it('a speaker described as working at a think tank keeps the speech verb as the cue', () => {
    const text = 'Matt Berg, a founder of the Harbour Institute think tank, said the toll was unfair.';
    const a = analyse(text);
    expect(a.attributions.map((x) => x.cue)).toEqual(['said']);
    expect(byCue(a, 'said')).toMatchObject({ text: 'the toll was unfair', speaker: 'Matt Berg' });
  });

  it('the compound stays inside the source phrase', () => {
    const text = 'Analysts at two centrist think tanks warned that the toll was unfair.';
    const x = byCue(analyse(text), 'warned');
    expect(x.sourceSpan?.text).toBe('Analysts at two centrist think tanks');
    expect(x.text).toBe('the toll was unfair');
  });

  it('"think" before another noun is still the verb', () => {
    const x = byCue(analyse('Berg said many voters think taxes are too high.'), 'said');
    expect(x.text).toBe('many voters think taxes are too high');
    expect(analyse('Many voters think tolls are unfair.').attributions.map((y) => y.cue)).toEqual(['think']);
  });
});

describe('a report in a relative clause whose pronoun is the reported subject', () => {
  it('"the laws that courts said discriminated …" is a relation of its own; the outer content keeps it', () => {
    const text = 'Referees ordered the league to drop the rules that several coaches said punished small clubs.';
    const a = analyse(text);
    expect(byCue(a, 'ordered').text).toBe('the league to drop the rules that several coaches said punished small clubs');
    const said = byCue(a, 'said');
    expect(said).toMatchObject({ text: 'punished small clubs' });
    expect(said.sourceSpan?.text).toBe('several coaches');
  });

  it('not when the pronoun is the object of the reported clause, nor after a verb that reports no clause', () => {
    expect(analyse('Vale attacked the plan that Ruiz said she would sign.').attributions.map((x) => x.cue)).toEqual(['attacked']);
    expect(analyse('Berg praised the levy that voters approved.').attributions.map((x) => x.cue)).toEqual(['praised']);
  });
});
