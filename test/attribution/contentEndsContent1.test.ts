import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Where a content ends (issue 10, round 18 follow-up). Every sentence is written for these tests;
// names, places and bodies are invented.

const cues = (text: string): string[] => analyse(text).attributions.map((a) => a.cueSpan?.text ?? '');

describe('an object ends before a second verb phrase opened by a finite "be", "have" or "do"', () => {
  it('"supports Tarnow but is not …": the object is the name', () => {
    const r = byCue(analyse('Okafor supports Tarnow but is not living in the valley.'), 'supports');
    expect(r.sourceSpan?.text).toBe('Okafor');
    expect(r.text).toBe('Tarnow');
  });

  it('"had praised the orchard scheme and is now …": the tense may change', () => {
    const r = byCue(analyse('Berg had praised the orchard scheme and is now lending tractors to Ruiz.'), 'had praised');
    expect(r.text).toBe('the orchard scheme');
  });

  it('a clause with a verb of its own keeps its second half', () => {
    const r = byCue(analyse('Vale said the kiln and the sheds were flooded and had been shut.'), 'said');
    expect(r.text).toBe('the kiln and the sheds were flooded and had been shut');
  });

  it('a noun after "and" is part of the object, not a second predicate', () => {
    const r = byCue(analyse('Okafor praised the lantern makers and the bakers of Tarnow.'), 'praised');
    expect(r.text).toBe('the lantern makers and the bakers of Tarnow');
  });
});

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
