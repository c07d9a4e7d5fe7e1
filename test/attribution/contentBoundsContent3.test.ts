import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Where a content starts and ends (issue 10, round 21, content3). Every sentence is written for
// these tests; names, places and bodies are invented.

describe('"that" before a time noun says when, not what', () => {
  it('"announced that evening that …": the content starts after the second "that"', () => {
    const r = byCue(analyse('Berg announced that evening that the ski lift would stay shut.'), 'announced');
    expect(r.sourceSpan?.text).toBe('Berg');
    expect(r.text).toBe('the ski lift would stay shut');
  });

  it('"wrote that week the …": the content starts at the new subject', () => {
    expect(byCue(analyse('Okafor wrote that week the glacier trail had been washed away.'), 'wrote').text).toBe('the glacier trail had been washed away');
  });

  it('"that month was …" keeps the time noun in the reported clause, its subject', () => {
    expect(byCue(analyse('Okafor wrote that month was the wettest on record.'), 'wrote').text).toMatch(/month was the wettest on record$/);
  });

  it('a plain "that" clause is unchanged', () => {
    expect(byCue(analyse('Berg announced that the evening ferry would stay shut.'), 'announced').text).toBe('the evening ferry would stay shut');
  });
});

describe('a noun cue\'s clause in the subject ends before the main verb', () => {
  it('"Worries that the rink will close grew": a modal\'s verb the tagger may misread does not swallow the main verb', () => {
    expect(byCue(analyse('Worries that the ice rink will close grew over the holidays.'), 'Worries').text).toBe('the ice rink will close');
  });

  it('with a negation: "will not close grew"', () => {
    expect(byCue(analyse('Worries that the ice rink will not close grew over the holidays.'), 'Worries').text).toBe('the ice rink will not close');
  });

  it('an adverb before the bare verb stays in the clause', () => {
    expect(byCue(analyse('Worries that the ice rink will soon close have grown.'), 'Worries').text).toBe('the ice rink will soon close');
  });
});

describe('an object ends before ", which + subject + cue" with the pronoun as the moved object', () => {
  it('"opposed the curfew, which Okafor supports": two relations, the second with the pronoun as content', () => {
    const doc = analyse('Tarnow opposed the harbour curfew, which Okafor supports.');
    expect(byCue(doc, 'opposed').text).toBe('the harbour curfew');
    const r = byCue(doc, 'supports');
    expect(r.sourceSpan?.text).toBe('Okafor');
    expect(r.text).toBe('which');
  });

  it('a relative clause with no cue stays in the object', () => {
    expect(byCue(analyse('Tarnow opposed the harbour curfew, which Okafor drafted.'), 'opposed').text).toBe('the harbour curfew, which Okafor drafted');
  });
});
