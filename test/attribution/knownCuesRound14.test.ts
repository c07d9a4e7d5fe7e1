import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue, sourcelessByCue } from '../helpers.js';

// Fourteenth round, 12c (issue 10, recall where the cue word is known): constructions that stopped
// a known cue. Every sentence is written for these tests; names and places are invented.

describe('a free relative "what X called Y"', () => {
  it('the holder after "what" is the source, not the clause before it', () => {
    for (const [text, source] of [
      ['The vote led to what Ruiz called a betrayal of the town.', 'Ruiz'],
      ['The strike ended in what officials called a victory for the union.', 'officials'],
      ['Amid what the Tarnow Ledger called a rough week for Vale, the council met.', 'the Tarnow Ledger'],
    ] as const) {
      const a = byCue(analyse(text), 'called');
      expect(a.sourceSpan?.text).toBe(source);
      expect(a.text).toMatch(/^what .* called a (?:betrayal|victory|rough week)/);
    }
  });

  it('the same with "described as"', () => {
    expect(byCue(analyse('The vote led to what Okafor described as a betrayal of the town.'), 'described').speaker).toBe('Okafor');
  });

  it('still: "called" of a telephone call and a name after a noun are no relation', () => {
    expect(analyse('Berg called Okafor on Monday.').attributions).toEqual([]);
    expect(analyse('A man called Brown ran the ferry.').attributions).toEqual([]);
  });
});

describe('a contracted "\'s" that stands for "has"', () => {
  it('"He\'s argued that …", "who\'s warned that …": an active report with its subject', () => {
    const a = byCue(analyse("Okafor's rival? He's argued that delegates can't be bound."), "'s argued");
    expect(a).toMatchObject({ text: "delegates can't be bound" });
    expect(a.sourceSpan?.text).toBe('He');
    const b = byCue(analyse("The push is led by Haugland, who's long warned that the quay will flood."), "'s long warned");
    expect(b).toMatchObject({ text: 'the quay will flood', speaker: 'Haugland' });
  });

  it('still: "he\'s said to be", "it\'s said that" and "she\'s praised by" are passives', () => {
    expect(sourcelessByCue("He's said to be ill.", "'s said").cue).toBe("'s said");
    expect(sourcelessByCue("It's said that the pier will close.", "It's said").text).toBe('the pier will close');
    expect(byCue(analyse("She's praised by fans."), "'s praised").sourceSpan?.text).toBe('fans');
  });
});

describe('"for" of duration after a particle verb', () => {
  it('"has argued for years that …": the cue is the verb and the clause is the content', () => {
    const a = byCue(analyse("Tarnow has argued for years that tolls can't be frozen."), 'has argued');
    expect(a).toMatchObject({ text: "tolls can't be frozen", speaker: 'Tarnow' });
  });

  it('still: "argued for the levy" keeps its particle', () => {
    expect(byCue(analyse('Okafor argued for the levy.'), 'argued for').text).toBe('the levy');
  });
});

describe('a quantifier floated after the subject', () => {
  it('"The rivals both campaigned …, hoping to …": the participle shares the main verb\'s subject', () => {
    const a = byCue(analyse('The rivals both campaigned hard in Tarnow, hoping to win the port vote.'), 'hoping');
    expect(a).toMatchObject({ text: 'to win the port vote' });
    expect(a.sourceSpan?.text).toBe('The rivals');
  });

  it('still: a determiner before a participle adjective is no subject ("approved all proposed changes")', () => {
    expect(byCue(analyse('The board approved all proposed changes, saying they were fair.'), 'saying').sourceSpan?.text).toBe('The board');
  });
});
