import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Two known bugs of the attribution stage (issue 10, eleventh round): the passive of a verb of
// telling with its agent, and a speech tag after ", but" that swallowed an earlier report.
// Every sentence is written for these tests; names, places and bodies are invented.

describe('a passive verb of telling with its agent', () => {
  it('"was told by X that …": the agent is the source, the clause after it the content', () => {
    const a = analyse('Vale was told by aides that the pier would close.');
    const r = byCue(a, 'was told');
    expect(r.sourceSpan?.text).toBe('aides');
    expect(r.text).toBe('the pier would close');
    expect(a.attributions).toHaveLength(1);
  });

  it('the same with informed, warned, assured and reminded', () => {
    for (const verb of ['informed', 'warned', 'assured', 'reminded']) {
      const a = analyse(`The harbour master was ${verb} by Lena Okafor that the ferry tolls would double in spring.`);
      const r = byCue(a, `was ${verb}`);
      expect(r.sourceSpan?.text).toBe('Lena Okafor');
      expect(r.text).toBe('the ferry tolls would double in spring');
    }
  });

  it('a clause with no "that" after the agent', () => {
    const r = byCue(analyse('Vale was assured by the mayor the pier would stay open.'), 'was assured');
    expect(r.sourceSpan?.text).toBe('the mayor');
    expect(r.text).toBe('the pier would stay open');
  });

  it('a question after the agent: "was asked by X whether …"', () => {
    const r = byCue(analyse('Mayor Berg was asked by reporters whether the Dunmore bridge would reopen.'), 'was asked');
    expect(r.sourceSpan?.text).toBe('reporters');
    expect(r.text).toBe('whether the Dunmore bridge would reopen');
  });

  it('the active form is unchanged', () => {
    const r = byCue(analyse('Vale told aides that the pier would close.'), 'told aides');
    expect(r.sourceSpan?.text).toBe('Vale');
    expect(r.text).toBe('the pier would close');
  });

  it('a relative clause on the agent is not what was told', () => {
    const r = byCue(analyse('The levy was criticized by groups that oppose the new dam.'), 'was criticized');
    expect(r.sourceSpan?.text).toBe('groups');
    expect(r.text).toBe('The levy');
  });

  it('"informed by" meaning shaped by is no report', () => {
    const a = analyse('Her views on the port were informed by years at sea.');
    expect(a.attributions.some((x) => x.cue.endsWith('informed'))).toBe(false);
  });
});

describe('a speech tag after ", but"', () => {
  it('does not swallow an earlier report with its own subject and speech verb', () => {
    const a = analyse('Ruiz said the toll was fair, but “it cannot last,” Berg added.');
    expect(a.attributions).toHaveLength(2);
    const said = byCue(a, 'said');
    expect(said.sourceSpan?.text).toBe('Ruiz');
    expect(said.text).toBe('the toll was fair');
    const added = byCue(a, 'added');
    expect(added.sourceSpan?.text).toBe('Berg');
    expect(['direct', 'mixed']).toContain(added.mode);
    expect(added.text).toContain('it cannot last,');
    expect(added.text).not.toContain('Ruiz');
    expect(added.text).not.toContain('but');
  });

  it('also without quotation marks, and after "yet"', () => {
    const a = analyse('Okafor wrote that the ferry was late again, yet the crew was not to blame, the captain insisted.');
    expect(byCue(a, 'wrote')).toMatchObject({ sourceSpan: { text: 'Okafor' }, text: 'the ferry was late again' });
    expect(byCue(a, 'insisted')).toMatchObject({ sourceSpan: { text: 'the captain' }, text: 'the crew was not to blame' });
  });

  it('a clause with no report of its own before ", but" stays with the tag', () => {
    const r = byCue(analyse('The toll was fair, but “it cannot last,” Berg added.'), 'added');
    expect(r.text).toContain('The toll was fair');
    expect(r.text).toContain('it cannot last');
  });
});
