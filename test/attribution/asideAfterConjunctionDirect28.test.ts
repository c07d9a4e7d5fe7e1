import { describe, expect, it } from 'vitest';
import { analyseChecked, slicedByCue } from '../helpers.js';

// A second report after "and" whose subject has an adverb set off or before it (issue 10, direct28).
// Every sentence is written for these tests; names, places and bodies are invented.

describe('adverbs set off by commas between a pronoun subject and its verb', () => {
  it('"and he, once again, said that …" keeps the pronoun as the speaker', () => {
    const text = 'Vale left the hall and he, once again, said that the town would grow.';
    expect(slicedByCue(text, 'said')).toMatchObject({ text: 'the town would grow', sourceSpan: { text: 'he' } });
  });

  it('"pledged to … and he, once again, pledged a “…”": the infinitive ends at "and", the quotation is a report of its own', () => {
    const text = 'Okafor pledged to fix the roof and she, once again, pledged a “school reborn” for the village.';
    const reports = analyseChecked(text).attributions.filter((x) => x.cue === 'pledged');
    expect(reports.map((x) => x.text)).toEqual(['to fix the roof', 'a “school reborn” for the village']);
    expect(reports[1]).toMatchObject({ mode: 'mixed', sourceSpan: { text: 'she' } });
  });
});

describe('an adverb between "and" and the subject of a second clause', () => {
  it('"vowed to … and then she called Berg “…”": the infinitive ends at "and"', () => {
    const text = 'Ruiz vowed to cut the levy and then she called Berg “a coward” in front of the press.';
    expect(slicedByCue(text, 'vowed')).toMatchObject({ text: 'to cut the levy', sourceSpan: { text: 'Ruiz' } });
    expect(slicedByCue(text, 'called')).toMatchObject({ mode: 'mixed', sourceSpan: { text: 'she' } });
  });

  it('a second verb with no subject stays in the infinitive: "vowed to cut the levy and then fix the ferry"', () => {
    const text = 'Ruiz vowed to cut the levy and then fix the ferry.';
    expect(slicedByCue(text, 'vowed')).toMatchObject({ text: 'to cut the levy and then fix the ferry' });
  });
});

describe('a free relative whose subject is two phrases joined by "and"', () => {
  it('"what the Herald and the Courier called a “…”" names both papers as the source', () => {
    const text = 'Tarnow ended what the Herald and the Courier called a “lost week” for the council.';
    expect(slicedByCue(text, 'called')).toMatchObject({ mode: 'mixed', sourceSpan: { text: 'the Herald and the Courier' } });
  });

  it('a clause after "and" is no free relative: "Vale left and the Courier called it a “…”"', () => {
    const text = 'Vale left and the Courier called it a “lost week” for the council.';
    expect(slicedByCue(text, 'called')).toMatchObject({ sourceSpan: { text: 'the Courier' } });
  });
});
