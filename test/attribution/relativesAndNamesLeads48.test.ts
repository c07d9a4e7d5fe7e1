import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// leads48 (session 33): relative clauses, pro-forms and names around a cue. Every sentence is
// written for these tests; names and places are invented.

describe('the pro-form "so" is the whole content', () => {
  it('"said so in March": the time after it is the writer\'s', () => {
    expect(rows('Half the riders said so in March.')).toEqual([['Half the riders', 'said', 'so']]);
  });

  it('"thinks so, too" and "would say so again"', () => {
    expect(rows('Ruiz thinks so, too.')).toEqual([['Ruiz', 'thinks', 'so']]);
    expect(rows('Berg would say so again.')).toEqual([['Berg', 'would say', 'so']]);
  });

  it('"said so, and Ruiz agreed": the second clause is no part of it', () => {
    expect(rows('Vale said so, and Ruiz agreed.')).toEqual([['Vale', 'said', 'so']]);
  });

  it('still: "so" before a clause of purpose, and "so much", are left as they were', () => {
    expect(rows('Vale said so the pier would close.')).toEqual([['Vale', 'said', 'so the pier would close']]);
    expect(rows('Vale said so much about the pier.')).toEqual([['Vale', 'said so much about', 'the pier']]);
  });

  it('still: "so" before a manner adverb is its degree ("argued so forcefully against …")', () => {
    expect(rows('Berg argued so forcefully against the levy.')).toEqual([['Berg', 'argued', 'so forcefully against the levy']]);
  });
});

describe('"if I may say so" is the speaker\'s hedge, no report', () => {
  it('opening a sentence or set off inside it', () => {
    expect(rows('If I may say so, the pier is unsafe.')).toEqual([]);
    expect(rows('The levy, if we might say so, is a folly.')).toEqual([]);
  });

  it('the tag beside it keeps its own relation', () => {
    const r = rows('If I may say so, Ruiz said, the tram is late.');
    expect(r).toHaveLength(1);
    expect(r[0]!.slice(0, 2)).toEqual(['Ruiz', 'said']);
  });

  it('still: a third person\'s "say so", or one with no modal, is a report', () => {
    expect(rows('If Vale says so, the pier is safe.')).toEqual([['Vale', 'says', 'so']]);
    expect(rows('If I say so, the pier is safe.')).toEqual([['I', 'say', 'so']]);
  });
});

describe('a relative clause in the subject ends before a main verb the tagger read as a noun', () => {
  it('"The pier that Vale said was safe fell": the content is the relative clause', () => {
    expect(rows('The pier that Vale said was safe fell.')).toEqual([['Vale', 'said', 'that Vale said was safe']]);
    expect(rows('The pier that Vale said was safe fell into the sea.')).toEqual([['Vale', 'said', 'that Vale said was safe']]);
  });

  it('with no relative word, and with "rose" and "lost"', () => {
    expect(rows('The fare Ruiz said was low rose sharply.')).toEqual([['Ruiz', 'said', 'The fare Ruiz said was low']]);
    expect(rows('The levy which Berg claimed was fair lost in court.')).toEqual([['Berg', 'claimed', 'which Berg claimed was fair']]);
  });

  it('still: a noun after a predicate adjective stays in the content ("was fair game")', () => {
    expect(rows('Ruiz said the bid was fair game.')).toEqual([['Ruiz', 'said', 'the bid was fair game']]);
    expect(rows('Vale said the toll was fair.')).toEqual([['Vale', 'said', 'the toll was fair']]);
  });
});

describe('"what Vale said about the pier": the topic after "about", ended at the main verb', () => {
  it('in the sentence\'s subject the topic ends before the main verb, and "about" is the cue\'s', () => {
    expect(rows('What Vale said about the pier was wrong.')).toEqual([['Vale', 'said about', 'the pier']]);
    expect(rows('What Ruiz wrote about the levy angered the riders.')).toEqual([['Ruiz', 'wrote about', 'the levy']]);
  });

  it('a contact relative inside the topic keeps its verb ("the fares Vale set")', () => {
    expect(rows('The memo matches what riders are saying about the fares Vale set.')).toEqual([['riders', 'are saying about', 'the fares Vale set']]);
  });

  it('still: a plain "said about" with no "what" before its source reports a clause after the topic', () => {
    expect(rows('Vale said about the pier that it was safe.')).toEqual([['Vale', 'said', 'it was safe']]);
  });

  it('still: "what Vale said" with no topic gives no relation of its own', () => {
    expect(rows('What Vale said was wrong.')).toEqual([]);
  });
});

describe('a speaker before a colon whose middle name the tagger reads as a verb', () => {
  it('"Former harbour master Anna Rose Vale: “…”": the whole name is the source, the colon the cue', () => {
    expect(rows('Former harbour master Anna Rose Vale: "The pier is safe."')).toEqual([['Former harbour master Anna Rose Vale', ':', 'The pier is safe.']]);
    expect(rows('Anna Rose Vale: "The pier is safe."')).toEqual([['Anna Rose Vale', ':', 'The pier is safe.']]);
  });

  it('still: a verb that is no given name keeps a headline from being a speaker ("Harbour Times Debunks Vale:")', () => {
    expect(rows('Harbour Times Debunks Vale: the levy is up.')).toEqual([]);
  });
});
