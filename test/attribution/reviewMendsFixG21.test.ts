import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Mends from the review of the twenty-third attribution round (issue 10). Every sentence is written
// for these tests; names, places and things are invented.

const cues = (text: string) => analyse(text).attributions.map((x) => x.cue);

describe('a place after "of" in an appositive is no titled name', () => {
  it('the role before the appositive stays the source', () => {
    expect(byCue(analyse('The mayor, formerly of Port Tarn, said the levy failed.'), 'said').sourceSpan?.text).toBe('The mayor');
    expect(byCue(analyse('The mayor, late of New Tarn, said the levy failed.'), 'said').sourceSpan?.text).toBe('The mayor');
    expect(byCue(analyse('The clerk, once of Harbour Row, told reporters the toll rose.'), 'told reporters').sourceSpan?.text).toBe('The clerk');
    expect(byCue(analyse('The warden, head of Tarn Harbour, said the levy failed.'), 'said').sourceSpan?.text).toBe('The warden');
  });

  it('not: a title noun right before the name keeps the titled name as the source', () => {
    expect(byCue(analyse('The first speaker, former orchard keeper Dara Okafor, said the levy failed.'), 'said').sourceSpan?.text).toBe('former orchard keeper Dara Okafor');
  });
});

describe('a belief verb read as a noun does not hand its holder to the nested saying', () => {
  it('the belief relation keeps its holder and the saying stays inside it', () => {
    for (const [text, cue, holder] of [
      ['Vale doubts Ruiz said the port would close.', 'doubts', 'Vale'],
      ['Vale fears Ruiz said the port would close.', 'fears', 'Vale'],
      ['Berg doubts Okafor told the board the levy failed.', 'doubts', 'Berg'],
    ] as const) {
      const a = analyse(text);
      expect(byCue(a, cue).sourceSpan?.text).toBe(holder);
      for (const x of a.attributions) expect(x.sourceSpan?.text ?? '').not.toContain(cue);
    }
  });

  it('not: a belief verb read as a verb still reports the saying beside it', () => {
    const a = analyse('Vale thinks Ruiz said the port would close.');
    expect(a.attributions.map((x) => x.cue)).toEqual(['thinks', 'said']);
    expect(byCue(a, 'said').sourceSpan?.text).toBe('Ruiz');
  });
});

describe('"known as … as" is a comparison', () => {
  it('is no cue of any kind', () => {
    expect(cues('Okafor was known as early as June.')).toEqual([]);
    expect(cues('The tram fare was known as well as the levy.')).toEqual([]);
  });

  it('not: with a that-clause after the comparison the belief stays; a plain name stays a naming cue', () => {
    expect(cues('It was known as early as June that the orchard would close.')).toEqual(['It was known']);
    expect(cues('The jetty was known as the Eel Pit.')).toEqual(['was known as']);
  });
});

describe('an absolute "with X -ing" heads a small clause of its own', () => {
  it('the participle after it takes the absolute clause\'s noun as its source', () => {
    expect(byCue(analyse('The board voted on Monday with Vale abstaining, saying the levy was unfair.'), 'saying').sourceSpan?.text).toBe('Vale');
    expect(byCue(analyse('The board voted on Monday without the clerk objecting, saying the levy was unfair.'), 'saying').sourceSpan?.text).toBe('the clerk');
  });

  it('not: a bare -ing form describing a noun is still passed over', () => {
    expect(byCue(analyse('The board sent a letter following the vote, saying the levy was unfair.'), 'saying').sourceSpan?.text).toBe('The board');
  });
});

describe('"harsh words for" judge someone only as the object of a verb that gives words', () => {
  it('"had harsh words for": the one who has them is the source', () => {
    expect(byCue(analyse('Vale had harsh words for Ruiz.'), 'harsh words for').sourceSpan?.text).toBe('Vale');
  });

  it('not: found, held, or words opening the sentence', () => {
    for (const text of ['Vale found kind words for the crew.', 'Kind words for the crew came from the board.', 'The sign held kind words for visitors.']) {
      expect(cues(text).filter((c) => c.includes('words'))).toEqual([]);
    }
  });
});

describe('a saying inside a yes/no question of the holder is no report of its own', () => {
  it('"wants to know whether Ruiz said …": only the holder', () => {
    expect(cues('Vale wants to know whether Ruiz said the port would close.')).toEqual(['wants']);
  });

  it('not: a saying in a time clause after the question is still reported', () => {
    expect(cues('Vale wants to know why the board met after Ruiz said the port would close.')).toEqual(['wants', 'said']);
  });
});
