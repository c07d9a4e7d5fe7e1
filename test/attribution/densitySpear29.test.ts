import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Where a reporting noun's content ends when its phrase is the sentence's subject (issue 10, round 29,
// spear29): the main verb after the noun's "that" clause, when the tagger reads the clause's complement as
// an adverb. Every sentence is written for these tests; names, places and
// bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.sourceSpan ? x.sourceSpan.text : null, x.cueSpan?.text ?? null, x.text]);

describe('"The claim that the levy was fair drew jeers": an adjective read as an adverb after "be" ends the clause', () => {
  it('the content stops before the main verb that has its object', () => {
    expect(rows(analyse("The surgeon's claim that the levy was fair drew jeers from the crowd."))).toEqual([['The surgeon', 'claim', 'the levy was fair']]);
    expect(rows(analyse("Okafor's claim that the tram fare was high angered the riders."))).toEqual([['Okafor', 'claim', 'the tram fare was high']]);
  });

  it('not: an adverb of the verb group, or before a participle, keeps the group whole', () => {
    expect(rows(analyse("Vale's claim that the levy was well known helped Ruiz."))).toEqual([['Vale', 'claim', 'the levy was well known']]);
    expect(rows(analyse("Berg's claim that the pier was soon given the award angered Okafor."))).toEqual([['Berg', 'claim', 'the pier was soon given the award']]);
    expect(rows(analyse("Berg's claim that the pier was then sold to the council angered Okafor."))).toEqual([['Berg', 'claim', 'the pier was then sold to the council']]);
  });

  it('not: a degree or frequency adverb before a regular passive participle keeps the group whole', () => {
    expect(rows(analyse("Vale's claim that she was twice denied a permit angered riders."))).toEqual([['Vale', 'claim', 'she was twice denied a permit']]);
    expect(rows(analyse("Berg's claim that the pier was almost sold the next day angered Okafor."))).toEqual([['Berg', 'claim', 'the pier was almost sold the next day']]);
  });
});

describe('"Titled “X,” the video pans over …": an opening naming participle with a main verb read as a noun', () => {
  it('the title is a naming with no source, ending at its comma', () => {
    expect(rows(analyse('Titled “A Harbour Winter,” the 30-second video pans over the orchard.'))).toEqual([[null, 'Titled', '“A Harbour Winter,”']]);
    expect(rows(analyse('Dubbed “the Ark,” the old ferry sails along the coast.'))).toEqual([[null, 'Dubbed', '“the Ark,”']]);
  });

  it('a quoted title keeps its own commas: the name ends after the closing mark (review27 #7)', () => {
    expect(rows(analyse('Titled “Harbour, Orchard and Tram,” the video pans over the pier.'))).toEqual([[null, 'Titled', '“Harbour, Orchard and Tram,”']]);
    expect(rows(analyse('Titled “Harbour, Orchard and Tram”, the video pans over the pier.'))).toEqual([[null, 'Titled', '“Harbour, Orchard and Tram”']]);
  });

  it('not: a name running on past its closing mark with no comma there ends at its own comma', () => {
    expect(rows(analyse('Titled “Harbour Days” and Tram, the video pans over the pier.'))).toEqual([[null, 'Titled', '“Harbour Days” and Tram']]);
  });

  it('not: an opening participle that gives no name stays without a relation', () => {
    expect(rows(analyse('Named after the harbour, the old ferry sails along the coast.'))).toEqual([]);
    expect(rows(analyse('Known for its orchards, the valley pans out toward the sea.'))).toEqual([]);
  });
});

describe('"It is worth noting that …": "worth" with a gerund after an expletive "it", as "important to note"', () => {
  it('the clause is reported by no one named', () => {
    expect(rows(analyse('It is worth noting that the levy rose twice.'))).toEqual([[null, 'It is worth noting', 'the levy rose twice']]);
    expect(rows(analyse("For riders of the harbour line, it's worth pointing out that the tram fare fell."))).toEqual([[null, "it's worth pointing out", 'the tram fare fell']]);
  });

  it('not: "worth" with a gerund after a real subject, or a gerund of no report', () => {
    expect(rows(analyse('The orchard is worth visiting in May.'))).toEqual([]);
    expect(rows(analyse('It was worth waiting for the tram.'))).toEqual([]);
    // A cue gerund ("noting", "pointing out") after a real subject: the subject is what is noted, not
    // who notes it, and the expletive reading must not take it either.
    expect(rows(analyse("Vale's warning is worth noting for its tables."))).toEqual([]);
    expect(rows(analyse('The orchard ledger is worth pointing out to the riders.'))).toEqual([]);
  });
});
