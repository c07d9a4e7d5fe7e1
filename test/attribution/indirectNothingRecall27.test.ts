import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Indirect relations found by nothing (issue 10, round 27, recall27).
// Every sentence is written for these tests; names, places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.sourceSpan ? x.sourceSpan.text : null, x.cueSpan?.text ?? null, x.text]);
const cues = (text: string) => analyse(text).attributions.map((x) => x.cueSpan?.text ?? null);

describe('a state adjective set off after its clause, with no "be"', () => {
  it('", confident that …": the clause\'s subject holds the view', () => {
    expect(rows(analyse('Okafor left the hall, confident that the levy would pass.'))).toEqual([['Okafor', 'confident', 'the levy would pass']]);
  });

  it('", determined to …" and ", angered that …": an intention and a feeling of the subject', () => {
    expect(rows(analyse('Dara returned to the harbour, determined to rebuild the pier.'))).toEqual([['Dara', 'determined', 'to rebuild the pier']]);
    expect(rows(analyse('Berg walked out of the meeting, angered that the board ignored the growers.'))).toEqual([['Berg', 'angered', 'the board ignored the growers']]);
  });

  it('after a dash, and over one adverb', () => {
    expect(rows(analyse('The growers voted – unaware that the levy had changed.'))).toEqual([['The growers', 'unaware', 'the levy had changed']]);
    expect(rows(analyse('Vale spoke for an hour, still sure that the tram fare would fall.'))).toEqual([['Vale', 'still sure', 'the tram fare would fall']]);
  });

  it('after an inverted tag, the speaker of the tag', () => {
    const found = rows(analyse('“We are all props,” said Ruiz, angered that the board ignored the growers.'));
    expect(found).toContainEqual(['Ruiz', 'angered', 'the board ignored the growers']);
  });

  it('not: a likelihood before an infinitive, the writer\'s forecast (", sure to anger riders") (review25 #3)', () => {
    expect(cues('The tram fare rose again, sure to anger riders.')).toEqual([]);
    expect(cues('Vale sold the orchard, certain to make a profit.')).toEqual([]);
    expect(rows(analyse('Vale sold the orchard, certain that prices would rise.'))).toEqual([['Vale', 'certain', 'prices would rise']]);
  });

  it('not: a thing as the clause\'s subject ("The storm grew, ready to hit the harbour") (review25 #3)', () => {
    expect(cues('The storm grew, ready to hit the harbour.')).toEqual([]);
    expect(rows(analyse('The growers waited, ready to block the harbour.'))).toEqual([['The growers', 'ready', 'to block the harbour']]);
  });

  it('not: after a person who is the clause\'s object, who is the one described (review25 #7)', () => {
    expect(cues('Vale hired a young clerk, eager to learn the trade.')).toEqual([]);
    expect(cues('Okafor met Ruiz, keen to settle the levy.')).toEqual([]);
    expect(rows(analyse('Vale bought the orchard, eager to expand the farm.'))).toEqual([['Vale', 'eager', 'to expand the farm']]);
  });

  it('not: a state with no clause or infinitive after it (", proud of the growers", ", ready for the vote")', () => {
    expect(cues('Vale left the hall, proud of the growers.')).toEqual([]);
    expect(cues('Okafor arrived early, ready for the vote.')).toEqual([]);
  });

  it('not: "clear" or "unclear", which say what is known, nor a speech adjective', () => {
    expect(cues('The board met on Monday, unclear whether the levy would pass.')).toEqual([]);
    expect(cues('The orchard was flooded, clear that the dam had failed.')).toEqual([]);
  });

  it('not: a state adjective without the comma, inside a noun phrase ("growers willing to pay")', () => {
    expect(cues('The board found growers willing to pay the levy.')).toEqual([]);
  });
});

describe('a reporting noun whose holder follows it in a "from", "by" or "among" phrase before its clause', () => {
  it('"a claim by Ruiz that …", "warnings from the farmers that …": the phrase is the source', () => {
    expect(rows(analyse('There was a claim by Ruiz that the tram fare would double.'))).toEqual([['Ruiz', 'a claim', 'the tram fare would double']]);
    expect(rows(analyse('There were warnings from the farmers that prices would fall.'))).toEqual([['the farmers', 'warnings', 'prices would fall']]);
    expect(rows(analyse('There is a feeling among farmers that the harbour is neglected.'))).toEqual([['farmers', 'a feeling', 'the harbour is neglected']]);
  });

  it('opening the sentence, the clause ends before the main verb', () => {
    expect(rows(analyse('The demand by Okafor that the levy be cut was rejected.'))).toEqual([['Okafor', 'The demand', 'the levy be cut']]);
  });

  it('not: a relative clause on the phrase ("the report from the council that the board published")', () => {
    expect(cues('The report from the council that the board published was short.')).toEqual([]);
    expect(cues('The levy from the harbour that funds the school rose.')).toEqual([]);
  });

  it('not: a phrase that names no one ("the news from the harbour that …")', () => {
    expect(cues('The warnings from the storm that the pier would flood came true.')).not.toContain('warnings');
  });
});
