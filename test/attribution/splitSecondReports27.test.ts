import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// One relation where a text makes two (issue 10, split round 27): a second report of the same
// speaker ran on inside the first one's content. Every sentence is written for these tests; names
// and places are invented.

describe('a participle after the infinitive of an -s cue verb the tagger read as a noun', () => {
  it('"Berg plans to cut the levy, arguing that …": the participle is Berg\'s own report', () => {
    const a = analyse('Berg plans to cut the levy, arguing that growers pay too much.');
    expect(byCue(a, 'plans').text).toBe('to cut the levy');
    const arguing = byCue(a, 'arguing');
    expect(arguing.sourceSpan?.text).toBe('Berg');
    expect(arguing.text).toBe('growers pay too much');
  });

  it('not a plural noun after a determiner: "Growers oppose the plans to cut the levy, saying …" is the growers\' report', () => {
    const a = analyse('Growers oppose the plans to cut the levy, saying prices will rise.');
    expect(byCue(a, 'oppose').text).toBe('the plans to cut the levy');
    const saying = byCue(a, 'saying');
    expect(saying.sourceSpan?.text).toBe('Growers');
    expect(saying.text).toBe('prices will rise');
  });
});

describe('a cue in the bare form: "and" with a second bare verb ends its object', () => {
  it('"was quick to praise the board and thank the growers": the praise is of the board', () => {
    expect(byCue(analyse('Vale was quick to praise the board and thank the growers.'), 'was quick to praise').text).toBe('the board');
  });

  it('"is likely to back the levy on Friday and take the tram home": the backing is of the levy', () => {
    expect(byCue(analyse('Okafor is likely to back the levy on Friday and take the tram home.'), 'is likely to back').text).toBe('the levy on Friday');
  });

  it('not two nouns joined by "and": "was quick to praise the board and the growers"', () => {
    expect(byCue(analyse('Vale was quick to praise the board and the growers.'), 'was quick to praise').text).toBe('the board and the growers');
  });

  it('not the infinitive content of a past cue: "vowed to cut costs and raise the levy" is one vow', () => {
    expect(byCue(analyse('Vale vowed to cut costs and raise the levy.'), 'vowed').text).toBe('to cut costs and raise the levy');
  });
});
