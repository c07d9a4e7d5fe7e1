import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// leads51 (session 34): leads reported this session. Every sentence is written for these tests;
// names and places are invented.

type Row = [string | null, string, string];
/** Source text (or null), cue text and content extent of each attribution; checks that the offsets slice to their texts. */
function rows(text: string): Row[] {
  return analyse(text).attributions.map((x) => {
    expect(text.slice(x.cueSpan.start, x.cueSpan.end)).toBe(x.cue);
    if (x.sourceSpan) expect(text.slice(x.sourceSpan.start, x.sourceSpan.end)).toBe(x.sourceSpan.text);
    return [x.sourceSpan ? x.sourceSpan.text : null, x.cue, text.slice(x.start, x.end)];
  });
}

describe('a relative clause on an appositive set off by a comma ends at the comma that closes the aside', () => {
  it('"Ana Vale, a clerk who said the levy was unfair, left the port": the main clause is no part of the report', () => {
    expect(rows('Ana Vale, a clerk who said the levy was unfair, left the port.')).toEqual([['who', 'said', 'the levy was unfair']]);
    expect(rows('Tom Ruiz, the harbour master who believes the pier is unsafe, will close it on Monday.')).toEqual([['who', 'believes', 'the pier is unsafe']]);
    expect(rows('Ana Vale, a clerk who said the levy was unfair, has left the port.')).toEqual([['who', 'said', 'the levy was unfair']]);
  });

  it('still: a list inside the reported clause goes on, and a relative that no comma sets off keeps its clause whole', () => {
    expect(rows('Ana Vale, a clerk who said the growers were angry, tired and broke, left the port.')).toEqual([['who', 'said', 'the growers were angry, tired and broke']]);
    expect(rows('The board heard from a clerk who said the levy was unfair, the fares were high and the pier was unsafe.')).toEqual([['who', 'said', 'the levy was unfair, the fares were high and the pier was unsafe']]);
  });
});

describe('a capitalised verb before a colon in a title-case heading reports nothing unless it is a verb of saying', () => {
  it('"The One Thing Both Growers Want: Lower Fares", "In the Harbour We Love: A Memoir …": no attribution', () => {
    expect(rows('The One Thing Both Growers Want: Lower Fares')).toEqual([]);
    expect(rows('In the Harbour We Love: A Memoir of Tarn County')).toEqual([]);
  });

  it('still: a verb of saying or asking in the heading, a quotation after the colon, and the same words in prose are reports', () => {
    expect(rows('Vale Says: Pier Unsafe')).toEqual([['Vale', 'Says:', 'Pier Unsafe']]);
    expect(rows('Ruiz Asks: Who Pays for the Pier?')).toEqual([['Ruiz', 'Asks:', 'Who Pays for the Pier']]);
    expect(rows('Ruiz Vows: "We will rebuild."')).toEqual([['Ruiz', 'Vows:', 'We will rebuild.']]);
    expect(rows('Both growers want lower fares.')).toEqual([['Both growers', 'want', 'lower fares']]);
  });
});

describe('a list of addressees before a question or a told clause is no part of the content', () => {
  it('"asked Ruiz, Berg and Tarn whether …", "asked the clerks and the growers if …": the content is the question', () => {
    expect(rows('The board asked Ruiz, Berg and Tarn whether the pier was safe.')).toEqual([['The board', 'asked', 'whether the pier was safe']]);
    expect(rows('The board asked the clerks and the growers if the pier was safe.')).toEqual([['The board', 'asked', 'if the pier was safe']]);
    expect(rows('Vale asked growers, dockers and clerks whether the fares were fair.')).toEqual([['Vale', 'asked', 'whether the fares were fair']]);
  });

  it('still: the ones urged or asked to act stay the subject of the infinitive, and a told list stays in the cue', () => {
    expect(rows('The board asked Ruiz, Berg and Tarn to inspect the pier.')).toEqual([['The board', 'asked', 'Ruiz, Berg and Tarn to inspect the pier']]);
    expect(rows('The board urged Ruiz, Berg and Tarn to wait.')).toEqual([['The board', 'urged', 'Ruiz, Berg and Tarn to wait']]);
    expect(rows('Vale told Ruiz, Berg and Tarn that the pier was safe.')).toEqual([['Vale', 'told Ruiz, Berg and Tarn', 'the pier was safe']]);
  });
});
