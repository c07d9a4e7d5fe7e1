import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Indirect relations that nothing found, the leads of recall14/recall15 (issue 10, round 21, recall16).
// Every sentence is written for these tests; names, places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.sourceSpan ? x.sourceSpan.text : null, x.cueSpan?.text ?? null, x.text]);
const cues = (text: string) => analyse(text).attributions.map((x) => x.cueSpan?.text ?? null);

describe('"looking for": a wish or an expectation, not a search', () => {
  it('an indefinite object: what the subject hopes to get', () => {
    expect(rows(analyse('Glassblowers are looking for a cheaper kiln fuel.'))).toEqual([['Glassblowers', 'are looking for', 'a cheaper kiln fuel']]);
  });

  it('an object and a to-infinitive: what the subject expects of it', () => {
    expect(rows(analyse('The orchard guild is looking for the ferry line to lower its fares.'))).toEqual([['The orchard guild', 'is looking for', 'the ferry line to lower its fares']]);
  });

  it('not: a search for a known thing or person', () => {
    expect(cues('Wardens were looking for the heron that escaped.')).toEqual([]);
    expect(cues('Okafor looked for her gloves in the shed.')).toEqual([]);
    expect(cues('Tarnow looked for Berg at the quay.')).toEqual([]);
  });
});

describe('"find" with an object and an adjective that ends the sentence: a judgement', () => {
  it('"finds the … timetable confusing"', () => {
    expect(rows(analyse('Tarnow finds the new ferry timetable confusing.'))).toEqual([['Tarnow', 'finds', 'the new ferry timetable confusing']]);
  });

  it('not: a past "found" with a state come upon, nor "finds" with a plain object', () => {
    expect(cues('Okafor found the greenhouse empty.')).toEqual([]);
    expect(cues('Berg finds work at the boatyard.')).toEqual([]);
  });
});
