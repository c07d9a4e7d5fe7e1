import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, slicedByCue } from '../helpers.js';

// Object relatives in a sentence's subject whose verb is a cue (issue 10, twenty-first round): the
// verb right after the relative clause is the main verb, so the cue's object is the moved one.
// Sentences written for these tests; names are invented.

const srcText = (text: string, x: { sourceSpan: { start: number; end: number } | null }) => (x.sourceSpan ? text.slice(x.sourceSpan.start, x.sourceSpan.end) : null);

describe('a relative clause on the subject, before the main verb', () => {
  it('"The tram fare the commuters fear will rise.": with no later verb, "will rise" is the main verb', () => {
    const text = 'The tram fare the commuters fear will rise.';
    const x = slicedByCue(text, 'fear');
    expect(srcText(text, x)).toBe('the commuters');
    expect(x.text).toBe('The tram fare');
  });

  it('keeps the reported clause when a main verb follows it, or when the head is no subject', () => {
    expect(slicedByCue('The fare the commuters fear will rise was frozen.', 'fear').text).toBe('The fare the commuters fear will rise');
    expect(slicedByCue('It was a fare the commuters fear will rise.', 'fear').text).toBe('a fare the commuters fear will rise');
  });

  it('"The menu that Okafor criticized was changed.": a restrictive "that" is the object, before a copula too, and alone is no content (false39)', () => {
    expect(analyse('The menu that Okafor criticized was changed.').attributions).toEqual([]);
    expect(analyse('The menu that Okafor criticized is bland.').attributions).toEqual([]);
  });

  it('a "that" whose verb reports a clause keeps that clause', () => {
    expect(slicedByCue('Tarnow wants a menu that Okafor says is too bland.', 'says').text).toBe('that Okafor says is too bland');
  });

  it('"The museum Berg wrote about was closed.": a stranded preposition, the source is the name alone', () => {
    const text = 'The museum Berg wrote about was closed.';
    const x = slicedByCue(text, 'wrote about');
    expect(srcText(text, x)).toBe('Berg');
    expect(x.text).toBe('The museum');
  });

  it('an object after the preposition keeps the phrase before the verb whole', () => {
    const text = 'Her cousin Berg wrote about the museum.';
    const x = slicedByCue(text, 'wrote about');
    expect(srcText(text, x)).toBe('Her cousin Berg');
    expect(x.text).toBe('the museum');
  });

  it('a tag after such a sentence reports all of it', () => {
    const text = 'The menu Okafor criticized was changed, the school said.';
    const a = analyse(text);
    expect(a.attributions.map((x) => x.cue)).toEqual(['said']);
    expect(a.attributions[0]!.text).toBe('The menu Okafor criticized was changed');
  });
});

describe('a naming verb in a relative clause set off after its antecedent', () => {
  it('"…, which she describes as her second home": behind a possessive the content starts at the pronoun', () => {
    expect(slicedByCue('Okafor toured the orchard, which she describes as her second home.', 'describes').text).toBe('which she describes as her second home');
    expect(slicedByCue('Tarnow praised the ferry, which Ruiz called his favourite boat.', 'called').text).toBe('which Ruiz called his favourite boat');
  });

  it('an article there reads as before', () => {
    expect(slicedByCue('Okafor toured the orchard, which she describes as a refuge.', 'describes').text).toBe('which she describes as a refuge');
  });
});
