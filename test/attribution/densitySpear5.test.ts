import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Density of attributions (issue 10, fifth Spearman round): relations whose content the library
// placed wrongly, so the gold relation counted as missed. Every sentence is written for these
// tests; names and places are invented.

describe('a "that" behind the object with a verb right after it opens a relative clause, not the reported clause', () => {
  it('"found nothing about X that had not been reported": the whole object is what was found', () => {
    const text = 'The orchard survey found almost nothing about the Tarnow growers that had not been printed before.';
    const found = byCue(analyse(text), 'found');
    expect(found.text).toBe('nothing about the Tarnow growers that had not been printed before');
    expect(text.slice(found.start, found.end)).toBe(found.text);
  });

  it('also with a pronoun object right before the relative "that"', () => {
    expect(byCue(analyse('The lighthouse review found nothing that was new to Okafor.'), 'found').text).toBe('nothing that was new to Okafor');
  });

  it('still: "that" behind a time phrase with a subject after it opens the reported clause', () => {
    expect(byCue(analyse('Berg said on Friday that the ferry to Ruiz Island would stop running.'), 'said').text).toBe('the ferry to Ruiz Island would stop running');
    expect(byCue(analyse('Okafor wrote in a letter that the orchard was losing money.'), 'wrote').text).toBe('the orchard was losing money');
  });
});

describe('a "that" before punctuation is a pronoun, not the opening of a reported clause', () => {
  it('"thanked X for that, so …": the content is the object, not what follows the comma', () => {
    const text = 'Okafor never thanked Tarnow for that, so she will do it at the harvest dinner.';
    const thanked = byCue(analyse(text), 'never thanked');
    expect(thanked.text).toBe('Tarnow for that');
    expect(text.slice(thanked.start, thanked.end)).toBe(thanked.text);
  });

  it('"denied that, and …": the pronoun is the content, the clause after the comma is not', () => {
    expect(byCue(analyse('Tarnow denied that, and the orchard growers went home.'), 'denied').text).toBe('that');
  });

  it('still: "said that, after the vote, …" skips the comma of the aside', () => {
    expect(byCue(analyse('Berg said that, after the vote, the ferry to Ruiz Island would stop.'), 'said').text).toBe('after the vote, the ferry to Ruiz Island would stop');
  });
});
