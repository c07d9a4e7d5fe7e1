import { describe, expect, it } from 'vitest';
import { classifyQuote } from '../../src/attribution/classifyQuote.js';
import type { QuoteSpan } from '../../src/attribution/findQuoteSpans.js';
import { isAsciiLetterOrDigit } from '../../src/attribution/tokens.js';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Shortcuts taken for speed (issue 13) that must give what the full reading gave: long
// quotations classified without splitting them into words. Sentences and names invented.

/** The span of the first “…” pair in `text`. */
const spanOf = (text: string): QuoteSpan => {
  const open = text.indexOf('“');
  const close = text.indexOf('”', open + 1);
  return { open, close, start: open + 1, end: close, marks: 'double', closed: true };
};

describe('classifyQuote on quotations of more than seven words', () => {
  it('reads a long quotation as speech', () => {
    const text = 'Mayor Ruiz said: “We will open the new ferry line to Vell before the winter storms arrive.”';
    expect(classifyQuote(text, spanOf(text))).toBe('speech');
  });

  it('still reads a long title-case quotation after a work noun as a title', () => {
    const text = 'Berg wrote the report “The Long Road Home From the Harbour to the Hills of Vell” last year.';
    expect(classifyQuote(text, spanOf(text))).toBe('title');
    // one lower-case word that is no minor word: not a title, speech
    const plain = 'Berg wrote the report “The Long Road Home From the Harbour to the hills nobody Climbs”.';
    expect(classifyQuote(plain, spanOf(plain))).toBe('speech');
  });

  it('still reads a long quotation after "so-called" as a scare quote', () => {
    const text = 'Critics mocked the so-called “plan to fix every road in the district by the end of May” again.';
    expect(classifyQuote(text, spanOf(text))).toBe('scare');
  });

  it('counts words as the word split does: apostrophes, hyphens and full stops inside a word', () => {
    // seven words (“Okafor’s”, “long-term”, “U.S.” are one each): a title-case name mid-sentence
    const seven = 'They backed the group “Okafor’s Long-Term U.S. Harbour Fund of Vell” in May.';
    expect(classifyQuote(seven, spanOf(seven))).toBe('name');
    // eight words: too long for a name, speech
    const eight = 'They backed the group “Okafor’s Long-Term U.S. Harbour Fund of North Vell” in May.';
    expect(classifyQuote(eight, spanOf(eight))).toBe('speech');
  });
});

// The quotation's trailing white space and sentence punctuation are cut by a backward scan (perf67), not by
// `/[\s,.;:!?…]+$/u`: what is left decides a nickname (nothing cut) from a name (a comma cut).
describe('classifyQuote with white space or punctuation closing the quotation', () => {
  it('reads a bare capitalised pair between names as a nickname, and one closed by a comma as a name', () => {
    const bare = 'Tomás “El Tejón” Vale fled.';
    expect(classifyQuote(bare, spanOf(bare))).toBe('nickname');
    const comma = 'Tomás “El Tejón,” Vale fled.';
    expect(classifyQuote(comma, spanOf(comma))).toBe('name');
    // white space (a no-break space too) is trimmed on both readings: still a nickname
    const spaced = 'Tomás “El Tejón\u00a0” Vale fled.';
    expect(classifyQuote(spaced, spanOf(spaced))).toBe('nickname');
  });

  it('reads a one-word quotation closed by a comma as speech, a bare one as a scare quote', () => {
    const comma = 'The plan was “essential,” Vale said.';
    expect(classifyQuote(comma, spanOf(comma))).toBe('speech');
    const bare = 'The plan was “essential” to Vale.';
    expect(classifyQuote(bare, spanOf(bare))).toBe('scare');
  });

  it('reads a quotation of punctuation only as a scare quote, and "!?" or "…" endings as speech', () => {
    const marks = 'Ruiz called it “,.;:” on Monday.';
    expect(classifyQuote(marks, spanOf(marks))).toBe('scare');
    for (const end of ['!?', ' …']) {
      const text = `Ruiz called it “a disgrace${end}” on Monday.`;
      expect(classifyQuote(text, spanOf(text))).toBe('speech');
    }
  });
});

// clauseEnd (perf75): a content token opening with an ASCII letter or digit skips the tests of marks; only "and"
// and a subordinator before an -ing verb can end the content at a word.
const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.sourceSpan ? x.sourceSpan.text : null, x.cueSpan?.text ?? null, x.text]);

describe('clauseEnd: contents end at their marks and at "and" when most tokens are words', () => {
  it('tells ASCII letters and digits from marks and other letters', () => {
    for (const c of 'aAzZ09') expect(isAsciiLetterOrDigit(c.charCodeAt(0))).toBe(true);
    for (const c of ',;()“’—–-@[`{ØÉ') expect(isAsciiLetterOrDigit(c.charCodeAt(0))).toBe(false);
  });

  it('a semicolon, a bracket or a comma before a new clause still ends the content after a word or a number', () => {
    expect(rows(analyse('Vale said 40 piers were unsafe; Berg disagreed.'))).toEqual([['Vale', 'said', '40 piers were unsafe']]);
    expect(rows(analyse('Vale said Ørsted and Émile were late; Berg disagreed.'))).toEqual([['Vale', 'said', 'Ørsted and Émile were late']]);
    expect(rows(analyse('Okafor criticized Ørsted, and she called for an audit.'))).toEqual([
      ['Okafor', 'criticized', 'Ørsted'],
      ['she', 'called for', 'an audit'],
    ]);
  });

  it('"and" before a subject and its verb, and a subordinator before an -ing verb, still end an object', () => {
    expect(rows(analyse('Vale praised the board and Ruiz dismissed its critics.'))).toEqual([
      ['Vale', 'praised', 'the board'],
      ['Ruiz', 'dismissed', 'its critics'],
    ]);
    expect(rows(analyse('Okafor attacked Émile without naming Berg.'))).toEqual([['Okafor', 'attacked', 'Émile']]);
    // (", and" before a subject an article opens and its verb)
    expect(rows(analyse('Okafor blamed the council for the delay, and the mayor fired the clerk.'))).toEqual([['Okafor', 'blamed', 'the council for the delay']]);
  });
});
