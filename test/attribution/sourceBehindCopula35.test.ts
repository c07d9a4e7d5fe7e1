import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue } from '../helpers.js';

// leads35 (issue 10): a source read back to a finite "be" ("Here are some ways the guild hopes …", "That is why
// critics say …") has taken in the copula's clause; no subject starts with a finite "be". Sentences written for
// these tests; names are invented.

type Found = { sourceSpan: { start: number; end: number } | null; start: number; end: number };
const srcText = (text: string, x: Found) => (x.sourceSpan ? text.slice(x.sourceSpan.start, x.sourceSpan.end) : null);
const contentText = (text: string, x: Found) => text.slice(x.start, x.end);

describe('a source never starts with a finite "be"', () => {
  it('"That is why growers say …": the source starts after "why" (was «is why growers»)', () => {
    const text = 'That is why growers say the levy failed.';
    const x = attributionByCue(analyse(text), 'say');
    expect(srcText(text, x)).toBe('growers');
    expect(contentText(text, x)).toBe('the levy failed');
  });

  it('"which is why growers there indicate …": the adverb after the subject stays in it', () => {
    const text = 'The fee rose, which is why growers there indicate that the harbour will close.';
    const x = attributionByCue(analyse(text), 'indicate');
    expect(srcText(text, x)).toBe('growers there');
  });

  it('"Here are some ways the guild hopes to …": the contact relative\'s subject; "ways" is no moved object', () => {
    const text = 'Here are some ways the guild hopes to win back growers.';
    const x = attributionByCue(analyse(text), 'hopes');
    expect(srcText(text, x)).toBe('the guild');
    expect(contentText(text, x)).toBe('to win back growers');
  });

  it('"Why was Vale so convinced …?": the inverted subject of a question, without the copula', () => {
    const text = 'Why was Vale so convinced that the levy would pass?';
    const x = attributionByCue(analyse(text), 'convinced');
    expect(srcText(text, x)).toBe('Vale');
  });

  it('negative: a subject with no copula keeps its adverb and its reading ("The growers there say …")', () => {
    const text = 'The growers there say that the harbour will close.';
    const x = attributionByCue(analyse(text), 'say');
    expect(srcText(text, x)).toBe('The growers there');
  });

  it('negative: "a way Ruiz slammed as careless" keeps "a way" as the moved object (no infinitive after the verb)', () => {
    const text = 'Vale handled the harbour fees in a way Ruiz slammed as careless.';
    const x = attributionByCue(analyse(text), 'slammed');
    expect(srcText(text, x)).toBe('Ruiz');
    expect(contentText(text, x)).toContain('a way');
  });

  // fixU (review30 #5): a lone phrase before a bare participle keeps its reading, without the copula
  it('"Here are the growers named as trustees of the orchard.": the phrase without "are"', () => {
    const text = 'Here are the growers named as trustees of the orchard.';
    const x = attributionByCue(analyse(text), 'named');
    expect(srcText(text, x)).toBe('the growers');
  });
});
