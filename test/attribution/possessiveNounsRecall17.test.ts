import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Possessed reporting nouns and experiencer cues (issue 10, round 22, recall17).
// Every sentence is written for these tests; names, places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.sourceSpan ? x.sourceSpan.text : null, x.cueSpan?.text ?? null, x.text]);
const cues = (text: string) => analyse(text).attributions.map((x) => x.cueSpan?.text ?? null);

describe('a reporting noun read as a verb right after a possessive is the owned noun', () => {
  it('"’s hopes that": the possessor holds the hope', () => {
    expect(rows(analyse("The rowing club's hopes that the canal will reopen were dashed."))).toEqual([['The rowing club', 'hopes', 'the canal will reopen']]);
  });

  it('"his hope that", "their promises to": a possessive determiner owns it too', () => {
    expect(rows(analyse('His hope that the glasshouse would survive the frost faded.'))).toEqual([['His', 'hope', 'the glasshouse would survive the frost']]);
    expect(rows(analyse("Tarnow's promises to mend the orchard wall drew cheers."))).toEqual([['Tarnow', 'promises', 'to mend the orchard wall']]);
  });

  it('not: "let’s hope", nor a possessed noun with no content', () => {
    expect(cues("Let's hope that the kiln holds.")).toEqual([]);
    expect(cues("The guild's offices that face the canal were shut.")).toEqual([]);
  });
});

describe('infinitives after a reporting noun: "to be", "to have", "not to"', () => {
  it('"her claim to be …": the infinitive of "be" is the content, up to the main verb', () => {
    expect(rows(analyse('Her claim to be the oldest beekeeper in the valley is doubtful.'))).toEqual([['Her', 'claim', 'to be the oldest beekeeper in the valley']]);
  });

  it('"the decision not to …": the negation belongs to what was decided', () => {
    expect(rows(analyse("The ferry company's decision not to sail this spring upset Berg."))).toEqual([['The ferry company', 'decision', 'not to sail this spring']]);
  });

  it('not: a passive infinitive, a relative clause on the noun', () => {
    expect(cues('There is a case to be made for a second ferry.')).toEqual([]);
    expect(cues('No word to be printed about the regatta reached us.')).toEqual([]);
  });
});

describe('verbs of feeling: the object feels what the subject stirs', () => {
  it('"… has angered farmers": the object is the source, the subject the content', () => {
    expect(rows(analyse('The new pesticide rule has angered farmers.'))).toEqual([['farmers', 'has angered', 'The new pesticide rule']]);
    expect(rows(analyse('That irritates the ferry workers.'))).toEqual([['the ferry workers', 'irritates', 'That']]);
  });

  it('a negated verb group keeps its negation in the cue', () => {
    expect(rows(analyse('The late frost did not surprise Okafor.'))).toEqual([['Okafor', 'did not surprise', 'The late frost']]);
  });

  it('not: the one who feels as the subject, a passive, a thing as the object, a clause after the verb', () => {
    expect(rows(analyse('Tarnow worries that the orchard will flood.'))).toEqual([['Tarnow', 'worries', 'the orchard will flood']]);
    expect(rows(analyse('Berg worries the orchard will flood.'))).toEqual([['Berg', 'worries', 'the orchard will flood']]);
    expect(cues('The drought frustrated the harvest.')).toEqual([]);
    expect(cues('It was a worrying winter for the growers.')).toEqual([]);
  });
});
