import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Openers that say whose view a sentence states (issue 10, twenty-second round). Every sentence
// is written for these tests.

describe('"To <holder>," opening a sentence', () => {
  it('a named holder is the source, the clause after the comma the content', () => {
    const x = byCue(analyse('To Okafor, the new ferry timetable was a betrayal of the island.'), 'To');
    expect(x.sourceSpan?.text).toBe('Okafor');
    expect(x.text).toBe('the new ferry timetable was a betrayal of the island');
  });

  it('people named by a quantifier or a noun of people hold the view too', () => {
    expect(byCue(analyse('To many, the orchard levy looks like a tax on rain.'), 'To').sourceSpan?.text).toBe('many');
    expect(byCue(analyse('To her neighbours, the pear harvest seemed endless.'), 'To').sourceSpan?.text).toBe('her neighbours');
  });

  it('a relative clause on the holder belongs to the source; the content starts after it', () => {
    const x = byCue(analyse('To Tarnow, who has pruned these trees for decades, the frost came as no surprise.'), 'To');
    expect(x.sourceSpan?.text).toBe('Tarnow');
    expect(x.text).toBe('the frost came as no surprise');
  });

  it('a purpose, a date, a hedge or an extent is no holder', () => {
    for (const s of ['To save the orchard, Berg sold the tractor.', 'To date, the ferry has never left late.', 'To be sure, the pears were small this year.', 'To some extent, the frost spared the lower rows.']) {
      expect(analyse(s).attributions).toEqual([]);
    }
  });
});

describe('"In <holder>\'s view," and "In the eyes of <holder>,"', () => {
  it('the possessor holds the view named by the noun', () => {
    const x = byCue(analyse('In Vale’s view, the ferry should run twice a day.'), 'view');
    expect(x.sourceSpan?.text).toBe('Vale');
    expect(x.text).toBe('the ferry should run twice a day');
    expect(byCue(analyse('In their opinion, the orchard needs a new gate.'), 'opinion').sourceSpan?.text).toBe('their');
  });

  it('the holder may follow "In the eyes of"', () => {
    const x = byCue(analyse('In the eyes of many growers, the frost insurance is worthless.'), 'In the eyes of');
    expect(x.sourceSpan?.text).toBe('many growers');
    expect(x.text).toBe('the frost insurance is worthless');
  });

  it('"In other words," and "In this view," name no holder', () => {
    expect(analyse('In other words, the ferry will stop running in winter.').attributions).toEqual([]);
    expect(analyse('In this view, the orchard would shrink by half.').attributions).toEqual([]);
  });
});
