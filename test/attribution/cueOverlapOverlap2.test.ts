import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Cue choice, twenty-fourth attribution round (issue 10, overlap2). Every sentence is written for
// these tests; names and places are invented.

describe('a comparison closed by "than X expected" inside a report', () => {
  it('stays inside the reported clause: the report keeps its cue and whole clause', () => {
    const a = analyse('Vale told the dockers that mending the harbour wall took longer than she had expected.');
    const r = byCue(a, 'told the dockers');
    expect(r.text).toBe('mending the harbour wall took longer than she had expected');
    expect(r.sourceSpan?.text).toBe('Vale');
    expect(a.attributions.map((x) => x.cue)).toEqual(['told the dockers']);
  });

  it('also after "said" with no "that"', () => {
    const a = analyse('Okafor said the ferry ran slower these days than the growers remembered.');
    expect(byCue(a, 'said').text).toBe('the ferry ran slower these days than the growers remembered');
  });

  it('not with no report around it: the comparison is what was expected', () => {
    const r = byCue(analyse('Vale won more seats than her aides expected.'), 'expected');
    expect(r.text).toBe('Vale won more seats');
    expect(r.sourceSpan?.text).toBe('her aides');
  });
});

describe('"stated" behind a time phrase', () => {
  it('reports the clause after the time phrase and "that"', () => {
    const r = byCue(analyse('Vale stated earlier this week that the pier is safe.'), 'stated');
    expect(r.text).toBe('the pier is safe');
    expect(r.sourceSpan?.text).toBe('Vale');
  });

  it('also behind a day or "last week"', () => {
    expect(byCue(analyse('Berg stated Tuesday that the tram fare would rise.'), 'stated').text).toBe('the tram fare would rise');
    expect(byCue(analyse('Ruiz stated last week that the levy was fair.'), 'stated').text).toBe('the levy was fair');
  });

  it('not the plural noun "states" before a time phrase and a relative "that"', () => {
    const a = analyse('The ferry tour heads to coastal states this month that Vale hopes to visit.');
    expect(a.attributions.map((x) => x.cue)).not.toContain('states');
  });

  it('not when no "that" follows the time phrase', () => {
    expect(analyse('Vale stated this week the levy would rise, then left.').attributions).toEqual([]);
  });
});

describe('a wordless reaction in a clause of time', () => {
  it('reports nothing of the main clause after its comma, whose own report stays', () => {
    const a = analyse('On the pier, while the growers jeered loudly, Vale argued that the levy was fair.');
    expect(a.attributions.map((x) => x.cue)).not.toContain('jeered');
    expect(byCue(a, 'argued').text).toBe('the levy was fair');
  });

  it('keeps its object: "as the crowd booed the mayor"', () => {
    const r = byCue(analyse('As the crowd booed the mayor, Vale argued that the levy was fair.'), 'booed');
    expect(r.text).toBe('the mayor');
    expect(r.sourceSpan?.text).toBe('the crowd');
  });

  it('not a reaction that answers in words: "as Ruiz objected" keeps the clause before it', () => {
    const r = byCue(analyse('The levy was unfair, as Ruiz objected.'), 'objected');
    expect(r.text).toBe('The levy was unfair');
  });
});

describe('a reported clause whose quotation opens at its verb, after an addressee', () => {
  it('is reported after an object pronoun: "told them Berg “owns …”"', () => {
    const r = byCue(analyse('The dockers booed when she told them Berg "owns half the pier."'), 'told');
    expect(r.text).toBe('Berg "owns half the pier."');
    expect(r.sourceSpan?.text).toBe('she');
  });

  it('and the name is no part of a noun addressee: "told reporters Berg “owns …”"', () => {
    const r = byCue(analyse('Vale told reporters Berg "owns half the pier."'), 'told reporters');
    expect(r.text).toBe('Berg "owns half the pier."');
  });

  it('not a quoted name given to an object: "called the plan “a disaster”" keeps its object', () => {
    expect(byCue(analyse('Vale called the plan "a disaster."'), 'called').text).toBe('the plan "a disaster."');
  });
});
