import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Where a content starts and ends (issue 10, round 21). Every sentence is written for these tests;
// names, places and bodies are invented.

const cues = (text: string): string[] => analyse(text).attributions.map((a) => a.cueSpan?.text ?? '');

describe('a noun object followed by a prepositional "to" is no addressee', () => {
  it('"promising upgrades to the tram depot": the object keeps its phrase', () => {
    const r = byCue(analyse('Okafor waved from the stage, promising upgrades to the tram depot.'), 'promising');
    expect(r.sourceSpan?.text).toBe('Okafor');
    expect(r.text).toBe('upgrades to the tram depot');
  });

  it('"urging growers to replant": an addressee before an infinitive stays one', () => {
    const r = byCue(analyse('Okafor waved from the stage, urging growers to replant the hillside.'), 'urging');
    // (the subject of the infinitive is part of what was urged: recall38)
    expect(r.text).toBe('growers to replant the hillside');
  });
});

describe('a month after a time word is no part of the reported clause', () => {
  it('"said in May the kiln …"', () => {
    expect(byCue(analyse('Tarnow said in May the glass kiln had cracked twice.'), 'said').text).toBe('the glass kiln had cracked twice');
  });

  it('"said in early October the kiln …"', () => {
    expect(byCue(analyse('Tarnow said in early October the glass kiln had cracked twice.'), 'said').text).toBe('the glass kiln had cracked twice');
  });

  it('a month name with no time word before it stays in the content', () => {
    expect(byCue(analyse('Tarnow said June Berg had repaired the glass kiln.'), 'said').text).toBe('June Berg had repaired the glass kiln');
  });
});

describe('after a verb of pledging, an "at" phrase is where, not what', () => {
  it('"promised at a rally to …": the content is the infinitive', () => {
    const r = byCue(analyse('Ruiz promised at a harvest festival to reopen the cider mill.'), 'promised');
    expect(r.cueSpan?.text).toBe('promised');
    expect(r.text).toBe('to reopen the cider mill');
  });

  it('"laughed at the scheme to …" keeps no pledge reading', () => {
    expect(cues('Ruiz laughed at the scheme to reopen the cider mill.')).not.toContain('laughed at');
  });
});

describe('a relative clause on the sentence subject ends before the main verb', () => {
  it('"Growers who say the frost came early sold …": the content stops at "sold"', () => {
    const r = byCue(analyse('Growers who say the frost came early sold their orchards.'), 'say');
    expect(r.text).toBe('the frost came early');
  });

  it('a second verb of the reported clause stays in it', () => {
    const r = byCue(analyse('Growers who say the frost came early and ruined the plums met Berg.'), 'say');
    expect(r.text).toBe('the frost came early and ruined the plums');
  });

  it('a relative clause on an object is not cut', () => {
    const r = byCue(analyse('Berg thanked the growers who say the frost came early.'), 'say');
    expect(r.text).toBe('the frost came early');
  });
});

describe('a second speech verb after "but" is the speaker\'s own report', () => {
  it('"denied that … but said …" gives two relations of the same source', () => {
    const a = analyse('Okafor denied that Berg had cheated but said the relay times were odd.');
    expect(byCue(a, 'denied').text).toBe('Berg had cheated');
    const said = byCue(a, 'said');
    expect(said.sourceSpan?.text).toBe('Okafor');
    expect(said.text).toBe('the relay times were odd');
  });

  it('a verb that reports nothing after "but" stays inside the reported clause', () => {
    expect(byCue(analyse('Okafor said Berg was tired but wanted to race.'), 'said').text).toBe('Berg was tired but wanted to race');
  });
});

describe('"that" before a noun with no verb after it is the object\'s determiner', () => {
  it('"dismissed that rumour" keeps "that" in the content', () => {
    expect(byCue(analyse('Berg dismissed that rumour about the kiln.'), 'dismissed').text).toBe('that rumour about the kiln');
  });

  it('"said that rent was high" still opens a reported clause', () => {
    expect(byCue(analyse('Berg said that rent was high in the harbour district.'), 'said').text).toBe('rent was high in the harbour district');
  });

  it('a plural noun after "that" opens a clause too', () => {
    expect(byCue(analyse('Berg said that glassblowers earned too little.'), 'said').text).toBe('glassblowers earned too little');
  });
});

describe('after a parenthetical tag, "and" with a verb of no subject goes on with the reported clause', () => {
  it('"The mills are old, the miller said, and need a new wheel": a verb whose number is not the speaker\'s', () => {
    const r = byCue(analyse('The mills are old, the miller said, and need a new wheel.'), 'said');
    expect(r.sourceSpan?.text).toBe('the miller');
    expect(r.text).toBe('The mills are old, the miller said, and need a new wheel');
  });

  it('"…, Vale said, and left the room": a verb after the tag is the speaker\'s', () => {
    const r = byCue(analyse('The fee is too high, Vale said, and left the room.'), 'said');
    expect(r.text).toBe('The fee is too high');
  });

  it('a copula that agrees with the speaker is the speaker\'s too', () => {
    const r = byCue(analyse('The ferry runs late, the captain said, and was sorry about it.'), 'said');
    expect(r.text).toBe('The ferry runs late');
  });

  it('a reporting verb after "and" is the speaker\'s own', () => {
    const a = analyse('The mill was old, the miller said, and added that the wheel had split.');
    expect(byCue(a, 'said').text).toBe('The mill was old');
    expect(byCue(a, 'added').text).toBe('the wheel had split');
  });

  it('a clause with its own subject after "and" is not reported', () => {
    expect(byCue(analyse('The mill was old, the miller said, and the villagers agreed.'), 'said').text).toBe('The mill was old');
  });
});
