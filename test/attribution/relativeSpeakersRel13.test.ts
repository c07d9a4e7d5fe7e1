import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Relative clauses about a speaker (issue 10, twentieth round). Every sentence is written for
// these tests; names, bodies and places are invented.

const cues = (text: string) => analyse(text).attributions.map((x) => x.cue);

describe('a cue with a clause in a relative clause about a source is a report of its own', () => {
  it('"who wrote that …" keeps the written view, held by the antecedent, beside the main report', () => {
    const text = 'Tarnow, who wrote last winter that the canal locks were failing, told the council the repairs could wait.';
    const a = analyse(text);
    const wrote = byCue(a, 'wrote');
    expect(wrote).toMatchObject({ text: 'the canal locks were failing', speaker: 'Tarnow' });
    expect(text.slice(wrote.cueSpan.start, wrote.cueSpan.end)).toBe('wrote');
    expect(byCue(a, 'told the council')).toMatchObject({ text: 'the repairs could wait', speaker: 'Tarnow' });
  });

  it('also a question ("who questioned whether …") and a hope with a finite clause', () => {
    const q = analyse('Okafor, who questioned whether the orchard grant was lawful, said the growers would appeal.');
    expect(byCue(q, 'questioned')).toMatchObject({ text: 'whether the orchard grant was lawful', speaker: 'Okafor' });
    expect(byCue(q, 'said').text).toBe('the growers would appeal');
    const h = analyse('Berg, who hopes the night ferry will run all winter, said the timetable was settled.');
    expect(byCue(h, 'hopes')).toMatchObject({ text: 'the night ferry will run all winter', speaker: 'Berg' });
  });

  it('a relative clause with only an object, or a second verb joined to it, still only describes the source', () => {
    for (const text of [
      'Ruiz, who backs the harbour trust but is not paid by it, said the museum would close.',
      'Ruiz, who praised the trust for cutting the fares, said the museum would close.',
      'Ruiz, who thinks quickly, said the museum would close.',
    ]) {
      const a = analyse(text);
      expect(a.attributions.map((x) => x.cue)).toEqual(['said']);
      expect(byCue(a, 'said')).toMatchObject({ text: 'the museum would close', speaker: 'Ruiz' });
    }
  });
});

describe('a relative clause about the speaker that ends with a quotation, the comma after the mark', () => {
  it('"Vale, who called the toll “a disgrace”, argued that …": both reports, each with its own content', () => {
    const text = 'Vale, who called the toll “a disgrace”, argued that drivers paid twice for one bridge.';
    const a = analyse(text);
    expect(byCue(a, 'called').text).toBe('the toll “a disgrace”');
    const argued = byCue(a, 'argued');
    expect(argued).toMatchObject({ text: 'drivers paid twice for one bridge', speaker: 'Vale' });
    expect(argued.sourceSpan?.text.startsWith('Vale')).toBe(true);
  });

  it('the relative clause is no inverted speaker or object of the verb after it', () => {
    const said = byCue(analyse('Berg, who has called the curfew "a waste of police time", said the square would stay open.'), 'said');
    expect(said).toMatchObject({ text: 'the square would stay open', speaker: 'Berg' });
    expect(said.sourceSpan?.text.startsWith('Berg, who')).toBe(true);
    const criticized = byCue(analyse('Berg, who called the curfew “a waste of police time”, criticized the new fines.'), 'criticized');
    expect(criticized).toMatchObject({ text: 'the new fines', speaker: 'Berg' });
    expect(criticized.sourceSpan?.text.startsWith('Berg, who')).toBe(true);
  });

  it('a quotation tagged after its closing mark keeps its inverted speaker', () => {
    const a = analyse('“The curfew ends at dawn, which the council knows”, said Berg.');
    expect(byCue(a, 'said')).toMatchObject({ text: 'The curfew ends at dawn, which the council knows', speaker: 'Berg' });
    expect(cues('“The square stays open”, argued Okafor, who runs the market.')).toContain('argued');
    expect(byCue(analyse('“The square stays open”, argued Okafor, who runs the market.'), 'argued').speaker).toBe('Okafor');
  });
});

describe('a relative clause on the subject of the sentence ends before the main verb its auxiliary shows', () => {
  it('an auxiliary that agrees with the subject and not with the object noun before it is the main verb', () => {
    expect(byCue(analyse('Beekeepers who fear a late frost are moving their hives south.'), 'fear').text).toBe('a late frost');
    expect(byCue(analyse('Clubs that requested a second hearing were turned away.'), 'requested').text).toBe('a second hearing');
    expect(byCue(analyse('The keeper who fears the frosts was moving his hives.'), 'fears').text).toBe('the frosts');
  });

  it('an auxiliary that agrees with the noun before it belongs to the reported clause', () => {
    expect(byCue(analyse('Beekeepers who fear the frost was early have moved their hives.'), 'fear').text).toBe('the frost was early');
    expect(byCue(analyse('Beekeepers who fear the frosts are coming early have moved their hives.'), 'fear').text).toBe('the frosts are coming early');
  });
});
