import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue } from '../helpers.js';

// A relative clause with no comma on an indefinite pronoun subject ("Everyone who met her says")
// belongs to the subject; the object closing the clause is never the source (issue 10, eighteenth
// round). Every sentence is written for these tests.

const sourceOf = (text: string, cue: string) => {
  const x = attributionByCue(analyse(text), cue);
  const span = x.sourceSpan;
  if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
  return span ? span.text : null;
};

describe('the subject of a reporting verb after a relative clause on an indefinite pronoun', () => {
  it('"Everyone who coached her says": the whole phrase, not "her"', () => {
    const text = 'Everyone who coached her says the rower is patient.';
    expect(sourceOf(text, 'says')).toBe('Everyone who coached her');
  });

  it('"Everybody who sailed with him says": the same with a preposition before the object', () => {
    const text = 'Everybody who sailed with him says the boat was slow.';
    expect(sourceOf(text, 'says')).toBe('Everybody who sailed with him');
  });

  it('"Someone who hired them said": the reporting verb keeps its source over the verb inside the clause', () => {
    const text = 'Someone who hired them said the orchard lost money.';
    expect(sourceOf(text, 'said')).toBe('Someone who hired them');
  });

  it('"Anyone who has taught her will tell you": an auxiliary inside the clause', () => {
    const text = 'Anyone who has taught her will tell you that the cellist practises daily.';
    expect(sourceOf(text, 'will tell you')).toBe('Anyone who has taught her');
  });

  it('"Anyone who knows the skipper says": the clause-only verb inside the subject reports nothing of its own', () => {
    const text = 'Anyone who knows the skipper says the crew stays loyal.';
    expect(sourceOf(text, 'says')).toBe('Anyone who knows the skipper');
    expect(analyse(text).attributions.map((x) => x.cue)).toEqual(['says']);
  });

  it('"The tutor who trained her said": a noun head keeps its phrase', () => {
    const text = 'The tutor who trained her said the exam was hard.';
    expect(sourceOf(text, 'said')).toBe('The tutor who trained her');
  });
});
