import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Content bounds that cost direct and mixed relations (issue 10, round 19 follow-ups, recall12).
// Every sentence is written for these tests; names, places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.sourceSpan ? x.sourceSpan.text : null, x.cueSpan?.text ?? null, x.text]);

describe('a coordinator right after a cue opens a second predicate of its source, not content', () => {
  it('"was hopeful and …", "was angry and …": no relation with content "and …"', () => {
    expect(rows(analyse('The orchard cooperative was hopeful and sent its pickers home early.'))).toEqual([]);
    expect(rows(analyse('Tarnow was angry and walked out of the rehearsal.'))).toEqual([]);
  });

  it('inside reported content, the clause after "while" is no longer cut by such a cue', () => {
    expect(rows(analyse('Okafor added that the bakery hides its prices, while the mill was candid and did not try to hide its own.'))).toEqual([
      ['Okafor', 'added', 'the bakery hides its prices, while the mill was candid and did not try to hide its own'],
    ]);
  });

  it('still: the same cues with a complement keep their content', () => {
    expect(rows(analyse('Berg was hopeful that the orchard would recover by spring.'))).toEqual([['Berg', 'was hopeful', 'the orchard would recover by spring']]);
    expect(rows(analyse('Ruiz said the choir would sing in May.'))).toEqual([['Ruiz', 'said', 'the choir would sing in May']]);
  });
});

describe('"shot back" when the tagger reads "shot" as a noun after its subject', () => {
  it('"shot back that …" and "shot back: “…”" report with the subject as source', () => {
    expect(rows(analyse('Okafor shot back that the choir had never missed a rehearsal.'))).toEqual([['Okafor', 'shot back', 'the choir had never missed a rehearsal']]);
    expect(rows(analyse('Tarnow shot back: “Nobody invited the orchestra.”'))).toEqual([['Tarnow', 'shot back:', 'Nobody invited the orchestra.']]);
  });

  it('not: a noun "shot" after a determiner', () => {
    expect(rows(analyse('The goalkeeper blocked the shot back into the crowded box.'))).toEqual([]);
  });
});

describe('an -ing form after a passive verb of perception shares its subject', () => {
  it('"was heard saying that …", "could be heard grumbling that …": the subject is the source', () => {
    expect(rows(analyse('Berg was heard saying that the orchard would recover by spring.'))).toEqual([['Berg', 'saying', 'the orchard would recover by spring']]);
    expect(rows(analyse('Several pickers could be heard grumbling that the apples were sour.'))).toEqual([['Several pickers', 'grumbling', 'the apples were sour']]);
  });

  it('not: a passive of perception with an -ing form that reports nothing', () => {
    expect(rows(analyse('Tarnow was seen leaving the rehearsal early.'))).toEqual([]);
    expect(rows(analyse('A violin could be heard playing in the next room.'))).toEqual([]);
  });
});
