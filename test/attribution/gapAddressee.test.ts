import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue, attributionRows as rows } from '../helpers.js';

// A relative clause whose verb's object moved before its subject, with an adjunct after the verb
// (a "to" phrase of the addressee, "while …", "under …") (issue 10, extent43): the moved head is what
// was conceded, proposed or written, not the adjunct; a name right after a plural noun is the
// relative clause's subject. Every sentence is written for these tests; names and places are invented.

describe('a "to" phrase after the verb of an object relative is an adjunct, not the content', () => {
  it('"a point Vale conceded to reporters": the head is the content', () => {
    const text = 'The rules were unfair, a point the guild acknowledged to reporters.';
    const r = byCue(analyse(text), 'acknowledged');
    expect(r.sourceSpan?.text).toBe('the guild');
    expect(r.text).toBe('a point');
    expect(text.slice(r.start, r.end)).toBe(r.text);
  });

  it('also with a name as the addressee and a time phrase after it, and on "something"', () => {
    expect(rows('The pier was unsafe, a point Ruiz conceded to the Harbour Times on Monday.')).toContainEqual(['Ruiz', 'conceded', 'a point']);
    expect(rows('The ferry was late, something Berg admitted to the Tarn County board.')).toContainEqual(['Berg', 'admitted', 'something']);
  });

  it('after "which" the relative word is the content, not the addressee', () => {
    const r = byCue(analyse('The levy, which Vale proposed to the board, was cut.'), 'proposed');
    expect(r.sourceSpan?.text).toBe('Vale');
    expect(r.text).toBe('which');
  });

  it('a "to" infinitive after the verb stays a complement, and a main clause keeps its reported clause', () => {
    // (an infinitive is what was hoped, not an adjunct: the head is not the whole content)
    expect(byCue(analyse('The pier was unsafe, a point the guild hoped to raise.'), 'hoped').text).not.toBe('a point');
    // (no relative clause: "to reporters" is the addressee before the reported clause)
    expect(rows('Vale conceded to reporters that the pier was unsafe.')).toEqual([['Vale', 'conceded', 'the pier was unsafe']]);
    expect(rows('Ruiz admitted to the board that the ferry was late.')).toEqual([['Ruiz', 'admitted', 'the ferry was late']]);
  });
});

describe('a name right after a plural noun opens a contact relative whose verb moved its object', () => {
  it('"the letters Vale wrote while a student": Vale wrote, the letters are what was written', () => {
    const text = 'Ruiz read the letters Vale wrote while a student.';
    const r = byCue(analyse(text), 'wrote');
    expect(r.sourceSpan?.text).toBe('Vale');
    expect(r.text).toBe('the letters');
    expect(text.slice(r.start, r.end)).toBe(r.text);
  });

  it('also with an adjective on the head, a phrase a preposition opens, and a subject a determiner opens', () => {
    expect(rows('Ruiz read angry letters Vale wrote under a pen name.')).toContainEqual(['Vale', 'wrote', 'angry letters']);
    expect(rows('Ruiz read the letters the clerk wrote while a student.')).toContainEqual(['the clerk', 'wrote', 'the letters']);
    expect(rows('The board cut the levy the mayor proposed in a letter to growers.')).toContainEqual(['the mayor', 'proposed', 'the levy']);
  });

  it('a title before one name, and a plural before a list of names, stay in the source', () => {
    expect(rows('The spokesman Ruiz wrote that the pier was unsafe.')).toEqual([['The spokesman Ruiz', 'wrote', 'the pier was unsafe']]);
    expect(rows('Harbour officials Vale and Ruiz wrote that the pier was unsafe.')).toEqual([['Harbour officials Vale and Ruiz', 'wrote', 'the pier was unsafe']]);
  });

  it('an adverbial head ("the day") is no object of the verb', () => {
    const found = rows('Vale cited the day Ruiz wrote to the board.');
    expect(found.some(([, cue]) => cue === 'wrote')).toBe(false);
  });
});
