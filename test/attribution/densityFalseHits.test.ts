import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// False hits that are wrong by the design's own definition (issue 10, density and precision).
// Every sentence is written for these tests; names and places are invented.

describe('one content, one attribution', () => {
  it('a verb and the reporting noun it governs make one relation: the verb, the act that reports (eleventh round)', () => {
    const a = analyse('Mayor Ruiz reiterated her claim that the bridge was unsafe.');
    expect(a.attributions).toHaveLength(1);
    expect(byCue(a, 'reiterated')).toMatchObject({ text: 'the bridge was unsafe', speaker: 'Ruiz' });
  });

  it('a sourceless noun gives way to the verb whose subject voices the content', () => {
    const a = analyse('Okafor responded to accusations that he had misused the fund.');
    expect(a.attributions).toHaveLength(1);
    expect(a.attributions[0]).toMatchObject({ cue: 'responded', text: 'he had misused the fund' });
    expect(a.attributions[0]!.sourceSpan?.text).toBe('Okafor');
  });

  it('a quotation after a colon is attributed once, and its quote keeps the speaker', () => {
    for (const text of ['Vale explained the delay by saying: “The trucks never came.”', 'Okafor has since apologized for what happened: “I should have told the council sooner.”', 'Vale claimed victory in a post, saying: “We won the valley tonight.”']) {
      const a = analyse(text);
      const quoted = a.attributions.filter((x) => x.text.includes(a.quotes[0]!.text.replace(/^“|”$/g, '')));
      expect(quoted).toHaveLength(1);
      expect(quoted[0]!.mode).toBe('direct');
      expect(a.quotes[0]!.speaker).toBe(quoted[0]!.speaker);
      expect(quoted[0]!.sourceSpan?.text).toBe(text.split(' ')[0]);
    }
  });

  it('still: a reported clause before the colon keeps the quotation in its content', () => {
    const a = analyse('Berg adds that the harbour has two futures: “We rebuild it or we lose it.”');
    expect(byCue(a, 'adds').text).toBe('the harbour has two futures: “We rebuild it or we lose it.”');
  });

  it('still: two different contents of one sentence stay two relations', () => {
    const a = analyse('Ruiz said the ferry was late, and Berg said the bridge was closed.');
    expect(a.attributions.map((x) => x.text)).toEqual(['the ferry was late', 'the bridge was closed']);
  });
});

describe('an opening adverbial is not the content of the cue after it', () => {
  it('not: a prepositional phrase, a phrase of time or a connective before "Name verb."', () => {
    for (const text of ['In her speech on Friday, Governor Vale argued.', 'Earlier this week, the mayor proposed.', 'Overall, the ferry companies reported.', 'Then, last week, Okafor apologized.']) {
      expect(analyse(text).attributions).toEqual([]);
    }
  });

  it('still: a clause or a one-word reply set off before the cue is its content', () => {
    expect(byCue(analyse('The levee will hold, Ruiz said on Monday.'), 'said').text).toBe('The levee will hold');
    expect(byCue(analyse('Sorry, Berg said.'), 'said').text).toBe('Sorry');
  });
});

describe('a reporting verb’s past participle used as an adjective is no cue', () => {
  it('not: after a determiner, possessive or preposition and before its noun', () => {
    for (const text of ['Ruiz has a clear lead in pledged delegates after the vote in Tarnow.', 'The number of reported cases in the valley has grown.', 'The port came under repeated attack from the north.', 'Vale, a widely respected engineer, runs the harbour board.']) {
      expect(analyse(text).attributions).toEqual([]);
    }
  });

  it('still: the participle as a verb with its subject or agent', () => {
    const a = analyse('Ruiz pledged support for the new ferry.');
    expect(a.attributions).toHaveLength(1);
    expect(a.attributions[0]!.sourceSpan?.text).toBe('Ruiz');
    const b = analyse('The plan was backed by the harbour board.');
    expect(b.attributions).toHaveLength(1);
  });
});
