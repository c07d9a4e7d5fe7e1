import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue } from '../helpers.js';

// src38 (issue 10): a phrasal participle inside the subject, and a time word opening the sentence before the subject.
// Sentences written for these tests; names are invented.

type Found = { sourceSpan: { start: number; end: number } | null; start: number; end: number };
const srcText = (text: string, x: Found) => (x.sourceSpan ? text.slice(x.sourceSpan.start, x.sourceSpan.end) : null);
const contentText = (text: string, x: Found) => text.slice(x.start, x.end);

describe('a past participle with its particle, then a preposition, is a reduced relative on the subject', () => {
  it('"Growers cut off from the port say …": the whole phrase (was "the port")', () => {
    const text = 'Growers cut off from the port say the levy is unfair.';
    const x = attributionByCue(analyse(text), 'say');
    expect(srcText(text, x)).toBe('Growers cut off from the port');
    expect(contentText(text, x)).toBe('the levy is unfair');
  });

  it('"Dockers laid off by the mill say …": an irregular past form', () => {
    const text = 'Dockers laid off by the mill say they were never paid.';
    const x = attributionByCue(analyse(text), 'say');
    expect(srcText(text, x)).toBe('Dockers laid off by the mill');
  });

  it('"Tenants shut out of the hall argued …": "out of"', () => {
    const text = 'Tenants shut out of the hall argued that the vote was rigged.';
    const x = attributionByCue(analyse(text), 'argued');
    expect(srcText(text, x)).toBe('Tenants shut out of the hall');
  });

  it('negative: a finite phrasal verb in a clause before "and" still ends there', () => {
    const text = 'The council cut back on ferries and Vale says the levy is unfair.';
    const x = attributionByCue(analyse(text), 'says');
    expect(srcText(text, x)).toBe('Vale');
  });

  it('negative: an adverb with no past form before it keeps the plain phrase', () => {
    const text = 'Crews back from the harbour say the pier is unsafe.';
    const x = attributionByCue(analyse(text), 'say');
    expect(srcText(text, x)).toBe('Crews back from the harbour');
  });
});

describe('a time word opening the sentence is no part of the subject', () => {
  it('"And now the crowd said …": behind a conjunction that opens the sentence', () => {
    const text = 'And now the crowd said the pier was unsafe.';
    const x = attributionByCue(analyse(text), 'said');
    expect(srcText(text, x)).toBe('the crowd');
    expect(contentText(text, x)).toBe('the pier was unsafe');
  });

  it('"But today most growers think …": before a quantifier', () => {
    const text = 'But today most growers think the levy is unfair.';
    const x = attributionByCue(analyse(text), 'think');
    expect(srcText(text, x)).toBe('most growers');
  });

  it('"Now 40 growers say …": before a number', () => {
    const text = 'Now 40 growers say the levy is unfair.';
    const x = attributionByCue(analyse(text), 'say');
    expect(srcText(text, x)).toBe('40 growers');
  });

  it('"Yesterday the growers who met Vale said …": before a head with a relative clause', () => {
    const text = 'Yesterday the growers who met Vale said the levy was unfair.';
    const x = attributionByCue(analyse(text), 'said');
    expect(srcText(text, x)).toBe('the growers who met Vale');
  });

  it('negative: a possessive time word owns the noun ("Today\'s editorial")', () => {
    const text = "Today's editorial says the levy is unfair.";
    const x = attributionByCue(analyse(text), 'says');
    expect(srcText(text, x)).toBe("Today's editorial");
  });

  it('negative: a hyphenated time word is part of the name ("now-retired Vale")', () => {
    const text = 'And now-retired Vale said the levy was unfair.';
    const x = attributionByCue(analyse(text), 'said');
    expect(srcText(text, x)).toBe('now-retired Vale');
  });
});

describe('a copy or part of a document, with an irregular participle and its agent, is the source', () => {
  const idOf = (x: unknown) => (x as { sourceId: string | null }).sourceId;

  it('"A copy of the memo seen by reporters said …": the whole phrase, a document (was "reporters")', () => {
    const text = 'A copy of the memo seen by reporters said the pier was unsafe.';
    const found = analyse(text);
    const x = attributionByCue(found, 'said');
    expect(srcText(text, x)).toBe('A copy of the memo seen by reporters');
    expect(contentText(text, x)).toBe('the pier was unsafe');
    expect(idOf(x)).toMatch(/^document:/);
  });

  it('"A draft of the report …", "An excerpt of the letter …": documents', () => {
    for (const text of ['A draft of the report said the pier was unsafe.', 'An excerpt of the letter argued that the pier was unsafe.']) {
      const x = attributionByCue(analyse(text), text.includes('argued') ? 'argued' : 'said');
      expect(idOf(x)).toMatch(/^document:/);
    }
  });

  it('"A letter written by the growers said …": a participle in -en before its agent', () => {
    const text = 'A letter written by the growers said the pier was unsafe.';
    const x = attributionByCue(analyse(text), 'said');
    expect(srcText(text, x)).toBe('A letter written by the growers');
  });

  it('negative: a copy of something that is no document is no document', () => {
    const text = 'A copy of the growers said the pier was unsafe.';
    const x = attributionByCue(analyse(text), 'said');
    expect(idOf(x)).not.toMatch(/^document:/);
  });
});

describe('"as well as" joins a second phrase to an inverted subject', () => {
  it('"…, said the ferry crews as well as the harbour master.": both phrases are the source, the clause before is the content', () => {
    const text = 'The pier is unsafe, said the ferry crews as well as the harbour master.';
    const x = attributionByCue(analyse(text), 'said');
    expect(srcText(text, x)).toBe('the ferry crews as well as the harbour master');
    expect(contentText(text, x)).toBe('The pier is unsafe');
  });

  it('"…, said Vale as well as Ruiz.": two names', () => {
    const text = 'The toll is unfair, said Vale as well as Ruiz.';
    const x = attributionByCue(analyse(text), 'said');
    expect(srcText(text, x)).toBe('Vale as well as Ruiz');
    expect(contentText(text, x)).toBe('The toll is unfair');
  });

  it('negative: after a comma the added phrase is no part of the source', () => {
    const text = 'The pier is unsafe, said Vale, as well as other clerks.';
    const x = attributionByCue(analyse(text), 'said');
    expect(srcText(text, x)).toBe('Vale');
  });
});
