import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Clause bounds (issue 10, clause7): a subordinate clause of time or cause that opens the sentence
// says when or why, not what the main clause's subject voiced. Sentences and names are invented.

describe('an opening "after"/"when"/"because" clause is no content of the main verb', () => {
  it('"After Ruiz said the dam was safe, the crowd booed": the report inside the opening clause is found', () => {
    const text = 'After Ruiz said the dam was safe, the crowd booed.';
    const a = analyse(text);
    const said = byCue(a, 'said');
    expect(said.text).toBe('the dam was safe');
    expect(said.sourceSpan?.text).toBe('Ruiz');
    expect(a.attributions.some((x) => x.cue === 'booed')).toBe(false);
  });

  it('also with "that" in the opening clause', () => {
    expect(byCue(analyse('Once Okafor admitted that the ferry was late, the passengers groaned.'), 'admitted').text).toBe('the ferry was late');
    expect(byCue(analyse('After Berg said she was leaving the choir, the audience booed.'), 'said').text).toBe('she was leaving the choir');
  });

  it('still: a whole sentence before the tag, conditional clause and all, is what was voiced', () => {
    expect(byCue(analyse('If the orchard floods, the harvest is lost, Berg warned.'), 'warned').text).toBe('If the orchard floods, the harvest is lost');
  });

  it('still: a main clause with no comma after the opening clause makes the text a report', () => {
    expect(byCue(analyse('When the mill closed in May she moved to Tarnow, the records show.'), 'show').text).toBe('When the mill closed in May she moved to Tarnow');
  });
});

describe('an opening "since"/"as" clause of time or cause is no content either (tidy6)', () => {
  it('"Since the kiln cracked, Tarnow has grumbled": no relation with the opening clause as content', () => {
    expect(analyse('Since the kiln cracked, Tarnow has grumbled.').attributions.some((x) => x.cue.includes('grumbled'))).toBe(false);
    expect(analyse('As the orchestra tuned up, Vale complained.').attributions.some((x) => x.cue === 'complained')).toBe(false);
  });

  it('still: a main clause after the opening clause is what was voiced', () => {
    expect(byCue(analyse('Since the kiln cracked, the pottery has lost money, Tarnow grumbled.'), 'grumbled').text).toBe('Since the kiln cracked, the pottery has lost money');
  });
});
