import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Reported speech found by nothing (issue 10, round 20, recall13).
// Every sentence is written for these tests; names, places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.sourceSpan ? x.sourceSpan.text : null, x.cueSpan?.text ?? null, x.text]);

describe('"told" + a common-noun addressee + a clause without "that" whose subject is a name', () => {
  it('"told the board Ruiz would resign": the name opens the reported clause', () => {
    expect(rows(analyse('Vale told the board Ruiz would resign.'))).toEqual([['Vale', 'told the board', 'Ruiz would resign']]);
    expect(rows(analyse('The coach told the players Okafor had left the club.'))).toEqual([['The coach', 'told the players', 'Okafor had left the club']]);
  });

  it('not: a title before a name, then "that": the whole phrase is the addressee', () => {
    expect(rows(analyse('Vale told the lawyer Ruiz that the ferry was late.'))).toEqual([['Vale', 'told the lawyer Ruiz', 'the ferry was late']]);
  });

  it('a lower-case title + name + verb with no determiner (ambiguous): the name opens the clause, the title is the addressee', () => {
    expect(rows(analyse('Tarnow told guild treasurer Okafor had resigned.'))).toEqual([['Tarnow', 'told guild treasurer', 'Okafor had resigned']]);
  });
});

describe('an -ing cue the tagger reads as an adjective, after a verb sharing its subject or with a bare noun object', () => {
  it('"kept telling reporters that …", "was seen telling …": the -ing form is the cue', () => {
    expect(rows(analyse('Berg kept telling reporters that the mill was safe.'))).toEqual([['Berg', 'telling reporters', 'the mill was safe']]);
    expect(rows(analyse('Berg was seen telling neighbours that the mill was safe.'))).toEqual([['Berg', 'telling neighbours', 'the mill was safe']]);
  });

  it('not: an adjective "telling" before its noun, or an -ing form with no clause', () => {
    expect(rows(analyse('Berg kept a telling silence.'))).toEqual([]);
    expect(rows(analyse('Berg kept telling jokes.'))).toEqual([]);
  });
});

describe('"shot back", whose past form the tagger reads as a noun', () => {
  it('"shot back, saying …": the participle has the subject of "shot back"', () => {
    expect(rows(analyse('The coach shot back, saying the pitch was too wet.'))).toEqual([['The coach', 'saying', 'the pitch was too wet']]);
    expect(rows(analyse('Okafor shot back in an interview, saying the pitch was too wet.'))).toEqual([['Okafor', 'saying', 'the pitch was too wet']]);
  });

  it('"shot back that …" keeps its cue and source', () => {
    expect(rows(analyse('Okafor shot back that the pitch was too wet.'))).toEqual([['Okafor', 'shot back', 'the pitch was too wet']]);
  });

  it('not: a noun "shot" after a determiner or a possessive', () => {
    expect(rows(analyse('Her shot back into the net won the cup.'))).toEqual([]);
    expect(rows(analyse("The striker's shot back across the box was saved."))).toEqual([]);
  });
});

describe('"cast X as Y", whose past form the tagger reads as a noun after a name', () => {
  it('"Berg cast the dispute as …": a characterisation held by the subject', () => {
    expect(rows(analyse('Berg cast the dispute as a quarrel between old friends.'))).toEqual([['Berg', 'cast', 'the dispute as a quarrel between old friends']]);
  });

  it('not: votes cast, or the noun "cast"', () => {
    expect(rows(analyse('Berg cast her ballot at noon.'))).toEqual([]);
    expect(rows(analyse('The whole cast of the opera bowed twice.'))).toEqual([]);
  });
});
