import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// False hits, round 39: contents that report nothing — a restrictive relative "that" or a free relative "what" left as
// the whole content (the object its clause moved before the source), a counted time before "ago", an infinitive's
// "to" with its verb left out. Every sentence is written for these tests.

const cues = (text: string) => analyse(text).attributions.map((a) => a.cue);

describe('a moved relative word alone is no content', () => {
  it('drops «the services that Vale demanded», «the levy that the growers opposed», «what the clerks feared»', () => {
    expect(cues('The board cut the services that Vale demanded.')).toEqual([]);
    expect(cues('The levy that the growers opposed was dropped in May.')).toEqual([]);
    expect(cues('It is one idea that many growers applaud.')).toEqual([]);
    expect(cues('Tarn County got exactly what the clerks feared.')).toEqual([]);
    expect(cues('The ferry did whatever the harbour master wanted.')).toEqual([]);
  });

  it('keeps the other relations of the sentence', () => {
    const rels = analyse('Ruiz said the board cut the services that Vale demanded.');
    expect(rels.attributions.map((a) => a.cue)).toEqual(['said']);
    const said = byCue(rels, 'said');
    expect(said.sourceSpan?.text).toBe('Ruiz');
    expect(said.text).toBe('the board cut the services that Vale demanded');
  });

  it('keeps a relative set off by a comma, a wh-clause that is the content, and a "that" clause', () => {
    const text = 'Ruiz praised the pier, which Berg opposed.';
    const opposed = byCue(analyse(text), 'opposed');
    expect(opposed.sourceSpan?.text).toBe('Berg');
    expect(opposed.text).toBe('which');
    expect(text.slice(opposed.start, opposed.end)).toBe('which');
    const knows = byCue(analyse('Ruiz knows what Vale wants.'), 'knows');
    expect(knows.sourceSpan?.text).toBe('Ruiz');
    expect(knows.text).toBe('what Vale wants');
    const said = byCue(analyse('The clerks said that the growers opposed the levy.'), 'said');
    expect(said.sourceSpan?.text).toBe('The clerks');
    expect(said.text).toBe('the growers opposed the levy');
    const says = byCue(analyse('It is the fee that Berg says the growers hate.'), 'says');
    expect(says.sourceSpan?.text).toBe('Berg');
    expect(says.text).toBe('the growers hate');
  });
});

describe('a content that is only a counted time before "ago", or an infinitive\'s "to" with its verb left out', () => {
  it('drops «reported ten days ago», «reported 10 days ago», «agreed to, but never did», «wanted to — or so they said»', () => {
    expect(cues('The Harbour Times reported ten days ago.')).toEqual([]);
    expect(cues('The Harbour Times reported 10 days ago.')).toEqual([]);
    expect(cues('Ruiz agreed to, but never did.')).toEqual([]);
    expect(cues('The growers wanted to — or so they said.')).toEqual([]);
  });

  it('keeps a counted thing that is no time, a period with its own object, and an infinitive with its verb', () => {
    const text = 'The board reported ten cases of fraud.';
    const reported = byCue(analyse(text), 'reported');
    expect(reported.sourceSpan?.text).toBe('The board');
    expect(reported.text).toBe('ten cases of fraud');
    expect(text.slice(reported.start, reported.end)).toBe(reported.text);
    const recalled = byCue(analyse('Vale recalled the storm ten years ago.'), 'recalled');
    expect(recalled.text).toBe('the storm ten years ago');
    const wanted = byCue(analyse('Vale wanted to go, but Ruiz said no.'), 'wanted');
    expect(wanted.sourceSpan?.text).toBe('Vale');
    expect(wanted.text).toBe('to go');
  });
});

describe('a particle left at the head of the content: a phrasal verb the lexicon does not hold is no cue', () => {
  it('drops «will write off the debt», «ordered up a study», «offered up a line», «shot back up»', () => {
    expect(cues('The board will write off the debt.')).toEqual([]);
    expect(cues('Vale ordered up a study of the pier.')).toEqual([]);
    expect(cues('Ruiz offered up a line about the tide.')).toEqual([]);
    expect(cues('Ferry fares shot back up and rose by a third.')).toEqual([]);
  });

  it('keeps "up to" a quantity, a hyphenated compound, a message sent "out", and the phrasal cues the lexicon holds', () => {
    const up = byCue(analyse('Vale said up to 40 boats would sail.'), 'said');
    expect(up.sourceSpan?.text).toBe('Vale');
    expect(up.text).toBe('up to 40 boats would sail');
    const down = byCue(analyse('Vale said down-ballot races would suffer.'), 'said');
    expect(down.text).toBe('down-ballot races would suffer');
    const text = 'Ruiz tweeted out a photo of the pier.';
    // (its "out" is shown with the verb: verbCompletionCue75.test.ts)
    const tweeted = byCue(analyse(text), 'tweeted out');
    expect(tweeted.sourceSpan?.text).toBe('Ruiz');
    expect(text.slice(tweeted.start, tweeted.end)).toBe(tweeted.text);
    const pointed = byCue(analyse('Ruiz pointed out that the pier was old.'), 'pointed out');
    expect(pointed.text).toBe('the pier was old');
  });
});

describe('a verb of saying or writing whose content is only whom it was said or written to', () => {
  it('drops «wrote to Berg on Monday», «responding to the reporter», «apologized to them»', () => {
    expect(cues('Ruiz wrote to Berg on Monday.')).toEqual([]);
    expect(cues('The clerk was responding to the reporter.')).toEqual([]);
    expect(cues('Vale apologized to them.')).toEqual([]);
  });

  it('keeps what follows the addressee, a "to" phrase that is no person, and an evaluation\'s target', () => {
    const text = 'Vale apologized to the growers for the delay.';
    const apologized = byCue(analyse(text), 'apologized');
    expect(apologized.sourceSpan?.text).toBe('Vale');
    expect(apologized.text).toBe('to the growers for the delay');
    expect(text.slice(apologized.start, apologized.end)).toBe(apologized.text);
    expect(byCue(analyse('Ruiz explained to Berg why the pier closed.'), 'explained').text).toBe('why the pier closed');
    expect(byCue(analyse('Vale responded to the levy.'), 'responded to').text).toBe('the levy');
    // (a contact relative's head before the source is what was said: the relation stays)
    expect(byCue(analyse('The fair lost money, a point Berg conceded to the growers.'), 'conceded').sourceSpan?.text).toBe('Berg');
    const hostile = byCue(analyse('The board is hostile to Vale.'), 'is hostile to');
    expect(hostile.sourceSpan?.text).toBe('The board');
    expect(hostile.text).toBe('Vale');
  });
});
