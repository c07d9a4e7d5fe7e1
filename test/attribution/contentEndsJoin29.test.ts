import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Where a content ends (issue 10, round 29, join29): a belief verb the tagger reads as a noun before
// ", saying", a time adjunct after a verb whose object a relative clause moved, and an intransitive past
// verb the tagger reads as a noun inside a subject's "that" clause. Every sentence is written for these
// tests; names, places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.sourceSpan ? x.sourceSpan.text : null, x.cueSpan?.text ?? null, x.text]);

describe('"Growers fear the new levy, saying …": a bare verb after a plural subject shares its subject with the participle', () => {
  it('the belief ends at the comma and the participle is the growers’ own speech', () => {
    expect(rows(analyse('Growers fear the new levy, saying prices will rise.'))).toEqual([
      ['Growers', 'fear', 'the new levy'],
      ['Growers', 'saying', 'prices will rise'],
    ]);
    expect(rows(analyse('They doubt the orchard plan, arguing that it costs too much.'))).toEqual([
      ['They', 'doubt', 'the orchard plan'],
      ['They', 'arguing', 'it costs too much'],
    ]);
  });

  it('not: a singular noun before the word makes a compound, which is no verb of the participle', () => {
    const found = rows(analyse('The harbour fear of tolls grew all winter, the clerks said.'));
    expect(found.map((r) => r[1])).not.toContain('saying');
    expect(found).toContainEqual(['the clerks', 'said', 'The harbour fear of tolls grew all winter']);
  });
});

describe('"a claim that the board rejected last week resurfaced": a time adjunct is no complement of a gapped verb', () => {
  it('neither the adjunct nor the main verb is taken (and the moved object alone is no content, false39)', () => {
    expect(rows(analyse('A claim by Ruiz that the harbour board rejected last week resurfaced.'))).toEqual([]);
    expect(rows(analyse('The plan that the board rejected on Friday was revived.'))).toEqual([]);
  });

  it('not: a naming complement after the adjunct is still taken, and a clause with its own object keeps it', () => {
    expect(rows(analyse('The levy, which Vale called last year a disgrace, was cut.'))).toEqual([['Vale', 'called', 'which Vale called last year a disgrace']]);
    expect(rows(analyse('Ruiz said the board rejected last week a plan to cut fares.'))).toEqual([['Ruiz', 'said', 'the board rejected last week a plan to cut fares']]);
  });
});

describe('"The claim by Vale that the board lied was withdrawn": a past verb read as a noun is the clause’s own verb', () => {
  it('the content ends before the main verb', () => {
    expect(rows(analyse('The claim by Vale that the board lied was withdrawn.'))).toEqual([['Vale', 'The claim', 'the board lied']]);
    expect(rows(analyse("Okafor's claim that the clerk lied was false."))).toEqual([['Okafor', 'claim', 'the clerk lied']]);
  });

  it('not: a noun in -ed that is no verb ("bed", "need") leaves the verb after it the clause’s own', () => {
    expect(rows(analyse('The claim by Vale that the hotel bed was dirty angered Ruiz.'))).toEqual([['Vale', 'The claim', 'the hotel bed was dirty']]);
    expect(rows(analyse('The claim by Vale that the tram need was urgent angered Ruiz.'))).toEqual([['Vale', 'The claim', 'the tram need was urgent']]);
  });
});

describe('"Berg stated he would resign": "state" read as a verb takes a clause with no "that"', () => {
  it('the clause is the content, and a participle "stating" ends the object before it', () => {
    expect(rows(analyse('Berg stated he would resign.'))).toEqual([['Berg', 'stated', 'he would resign']]);
    expect(rows(analyse('Berg praised Vale, stating the levy was unfair.'))).toEqual([
      ['Berg', 'praised', 'Vale'],
      ['Berg', 'stating', 'the levy was unfair'],
    ]);
  });

  it('not: the adjective of "the stated aim", nor an object that opens no clause', () => {
    expect(rows(analyse('The stated aim of the levy was lower fares.'))).toEqual([]);
    expect(rows(analyse('Vale stated her case at the harbour.'))).toEqual([]);
  });
});
