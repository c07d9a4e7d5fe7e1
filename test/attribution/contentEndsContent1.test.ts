import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Where a content ends (issue 10, round 18 follow-up). Every sentence is written for these tests;
// names, places and bodies are invented.

const cues = (text: string): string[] => analyse(text).attributions.map((a) => a.cueSpan?.text ?? '');

describe('"little more" is what was said, not an adverb before it', () => {
  it('"said little more" reports no content', () => {
    expect(cues('At the regatta, Ruiz said little more.')).not.toContain('said');
  });

  it('"said more was needed" keeps its clause', () => {
    expect(byCue(analyse('Ruiz said more was needed for the regatta.'), 'said').text).toBe('more was needed for the regatta');
  });
});

describe('a graded past participle before a noun is an adjective', () => {
  it('"the most feared referee" is no cue', () => {
    expect(cues('Berg, the most feared referee in the valley, retired.')).not.toContain('feared');
  });

  it('"most feared" with a subject before it keeps its cue', () => {
    expect(byCue(analyse('Okafor most feared the river would rise.'), 'feared').text).toBe('the river would rise');
  });
});
