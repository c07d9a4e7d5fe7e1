import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Content extents, round 34. Every sentence is written for these tests.

describe('an appositive with a relative clause on an object goes on with the object', () => {
  it('"praised Berg, the harbour master who reopened the pier": the description is part of the content', () => {
    const text = 'Ruiz praised Berg, the harbour master who reopened the pier last spring.';
    const x = byCue(analyse(text), 'praised');
    expect(x.sourceSpan?.text).toBe('Ruiz');
    expect(x.text).toBe('Berg, the harbour master who reopened the pier last spring');
    expect(byCue(analyse('Okafor pinned her hopes on Lorn, a county where the levy still has support.'), 'pinned her hopes on').text).toBe('Lorn, a county where the levy still has support');
    expect(byCue(analyse('Vale thanked the crews, the ones who rebuilt the harbour wall.'), 'thanked').text).toBe('the crews, the ones who rebuilt the harbour wall');
  });

  it('a subject with a relative clause before its own verb is a new clause (a tag), and a bare plural opens no appositive', () => {
    const said = byCue(analyse('Vale praised the tram fare, the mayor who runs the harbour board said.'), 'said');
    expect(said.sourceSpan?.text).toBe('the mayor who runs the harbour board');
    expect(said.text).toBe('Vale praised the tram fare');
    expect(byCue(analyse('Ruiz thanked the bakers, growers who had feared the frost stayed home.'), 'thanked').text).toBe('the bakers');
  });
});

describe('a participle between a determiner and its noun is no verb of the content\'s own', () => {
  it('"tweeted a photo of her bruised arm and said …": the object ends before the second predicate, which is a relation of its own', () => {
    const rels = analyse('Vale later tweeted a photo of her bruised arm and said she had been pushed.');
    expect(byCue(rels, 'later tweeted').text).toBe('a photo of her bruised arm');
    const said = byCue(rels, 'said');
    expect(said.sourceSpan?.text).toBe('Vale');
    expect(said.text).toBe('she had been pushed');
    expect(byCue(analyse('Okafor said the slumping harbour would soon recover and praised the crews.'), 'said').text).toBe('the slumping harbour would soon recover');
  });

  it('keeps a participle that heads a clause of the object, and a participle after "be"', () => {
    expect(byCue(analyse('Ruiz praised the crews who repaired the pier and cleared the quay.'), 'praised').text).toBe('the crews who repaired the pier and cleared the quay');
    expect(byCue(analyse('Okafor said the slumping harbour would be dredged and repaired.'), 'said').text).toBe('the slumping harbour would be dredged and repaired');
  });
});

describe('a past second predicate after a cue whose past is spelt like its bare form', () => {
  it('"forecast that … and thanked the crews": the second verb is the speaker\'s own, with its own relation', () => {
    const rels = analyse('Ruiz forecast that the tide would soon turn and thanked the crews.');
    expect(byCue(rels, 'forecast').text).toBe('the tide would soon turn');
    const thanked = byCue(rels, 'thanked');
    expect(thanked.sourceSpan?.text).toBe('Ruiz');
    expect(thanked.text).toBe('the crews');
  });

  it('a second clause with a subject of its own stays in the forecast', () => {
    const rels = analyse('Ruiz forecast that the tide would turn and the crews thanked him.');
    expect(byCue(rels, 'forecast').text).toBe('the tide would turn and the crews thanked him');
    expect(rels.attributions.some((a) => a.cue === 'thanked' && a.sourceSpan?.text === 'Ruiz')).toBe(false);
  });
});
