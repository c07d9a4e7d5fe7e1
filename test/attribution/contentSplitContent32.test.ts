import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// One content for two reports (issue 10, round 30, content32): a second verb of saying, thinking,
// asking or judging joined by "and" to a reported clause, with a clause or question of its own, is a
// second report of the speaker's. Every sentence is written for these tests; names, places and bodies
// are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.sourceSpan ? x.sourceSpan.text : null, x.cueSpan?.text ?? null, x.text]);

describe('"said she heard the horn and suspected immediately that …": a second report with its own clause', () => {
  it('the first clause ends at "and"; the second verb reports its own clause or question', () => {
    expect(rows(analyse('Vale said she first heard the horn at noon and suspected immediately that the ferry had sunk.'))).toEqual([
      ['Vale', 'said', 'she first heard the horn at noon'],
      ['Vale', 'suspected immediately', 'the ferry had sunk'],
    ]);
    expect(rows(analyse('Okafor complained that she had been misled by the council and questioned why the levy was raised.'))).toEqual([
      ['Okafor', 'complained', 'she had been misled by the council'],
      ['Okafor', 'questioned', 'why the levy was raised'],
    ]);
  });

  it('not when the reported clause has a subject of its own, who may be the one asking or wondering (review28 #2)', () => {
    expect(rows(analyse('Dara said the growers had met the mayor and wondered whether the levy would pass.'))).toEqual([
      ['Dara', 'said', 'the growers had met the mayor and wondered whether the levy would pass'],
    ]);
    expect(rows(analyse('Vale said the board studied the plan and questioned whether it would work.'))).toEqual([
      ['Vale', 'said', 'the board studied the plan and questioned whether it would work'],
    ]);
  });

  it('not: a verb with a preposition reporting a topic, or a verb in the reported clause’s own form, stays in that clause', () => {
    expect(rows(analyse('Vale said the talks came after the vote and focused on whether the levy was fair.'))).toEqual([
      ['Vale', 'said', 'the talks came after the vote and focused on whether the levy was fair'],
    ]);
    expect(rows(analyse('Vale said the growers are angry and believe that the levy is unfair.'))).toEqual([
      ['Vale', 'said', 'the growers are angry and believe that the levy is unfair'],
    ]);
  });
});

describe('"endorsed Ruiz before backing Dara": a subordinator and an -ing verb end a plain object', () => {
  it('not when the object holds an -ing form of its own, which the adjunct may belong to (review28 #4)', () => {
    expect(rows(analyse('Vale criticized a mayor spending the levy without asking anyone.'))).toEqual([
      ['Vale', 'criticized', 'a mayor spending the levy without asking anyone'],
    ]);
    expect(rows(analyse('Vale endorsed the idea of taxing boats while exempting ferries.'))).toEqual([
      ['Vale', 'endorsed', 'the idea of taxing boats while exempting ferries'],
    ]);
    // near: an -ing noun after a determiner is no verb of the object's
    expect(rows(analyse('Okafor attacked the morning meeting without naming Berg.'))).toEqual([['Okafor', 'attacked', 'the morning meeting']]);
  });

  it('the object ends before the adjunct, which reports an act of its own when its verb is a cue', () => {
    expect(rows(analyse('Okafor attacked the council without naming Berg.'))).toEqual([['Okafor', 'attacked', 'the council']]);
    expect(rows(analyse('Vale had endorsed Ruiz before backing Dara.'))).toEqual([
      ['Vale', 'had endorsed', 'Ruiz'],
      ['Vale', 'backing', 'Dara'],
    ]);
    expect(rows(analyse('The guild distanced itself from the levy by saying it would hurt growers.'))).toEqual([
      ['The guild', 'distanced itself from', 'the levy'],
      ['The guild', 'saying', 'it would hurt growers'],
    ]);
  });

  it('not: an infinitive or a relative clause in the content keeps the adjunct it holds', () => {
    expect(rows(analyse('Vale decided to balance the board by inviting Ruiz and Berg.'))).toEqual([['Vale', 'decided', 'to balance the board by inviting Ruiz and Berg']]);
    expect(rows(analyse('Okafor praised a mayor who would govern the harbour by dividing it.'))).toEqual([['Okafor', 'praised', 'a mayor who would govern the harbour by dividing it']]);
  });
});
