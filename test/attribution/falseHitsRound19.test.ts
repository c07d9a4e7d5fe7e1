import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// Nineteenth round (issue 10, precision): relations whose cue, source or content was not what
// was reported. Every sentence is written for these tests; names and places are invented.

describe('a participle after its noun with "by", over adverbs', () => {
  it('"a toll once favoured by the board": the agent is the source and the "by" phrase is never content', () => {
    const a = analyse('A toll once favoured by the harbour board will return.');
    expect(a.attributions).toHaveLength(1);
    expect(a.attributions[0]).toMatchObject({ text: 'A toll', sourceSpan: { text: 'the harbour board' } });
    for (const text of ['A tariff long opposed by the orchard growers was repealed last spring.', 'A toll once favoured by the harbour board will return.']) {
      for (const r of analyse(text).attributions) expect(r.text.startsWith('by ')).toBe(false);
    }
  });

  it('still: a subject, a verb and a means with "by" before a clause is an active report', () => {
    for (const text of ['The ferry clerk reported by radio that the harbour had frozen.', 'The ferry clerk quickly reported by radio that the harbour had frozen.']) {
      const a = analyse(text);
      expect(a.attributions).toHaveLength(1);
      expect(a.attributions[0]).toMatchObject({ text: 'the harbour had frozen', sourceSpan: { text: 'The ferry clerk' } });
    }
  });
});

describe('an "on" phrase naming a medium is where one spoke, not what about', () => {
  it('"responded on Twitter.": no relation when nothing else is reported', () => {
    for (const text of ['Her spokesman responded on Twitter.', 'The ferry company responded on Facebook.', 'Okafor responded on national radio.']) {
      expect(analyse(text).attributions).toEqual([]);
    }
  });

  it('still: an "on" phrase naming a topic is content, and a clause after the medium is content', () => {
    const levy = analyse('Ruiz commented on the levy.');
    expect(levy.attributions).toHaveLength(1);
    expect(levy.attributions[0]).toMatchObject({ text: 'the levy' });
    const deal = analyse('Ruiz commented on the television deal.');
    expect(deal.attributions[0]).toMatchObject({ text: 'the television deal' });
    const clause = analyse('Vale commented on Facebook that the orchard had flooded.');
    expect(clause.attributions[0]).toMatchObject({ text: 'the orchard had flooded' });
  });

  it('a medium word that only modifies the topic noun is not where one spoke: the topic stays content', () => {
    expect(analyse('Okafor reported on air quality in the valley.').attributions.map((x) => x.text)).toEqual(['air quality in the valley']);
    expect(analyse('Okafor wrote on TV ratings for the Courier.').attributions.map((x) => x.text)).toEqual(['TV ratings for the Courier']);
    expect(analyse('Berg testified on radio licences.').attributions).toHaveLength(1);
    expect(analyse('Okafor reported on the site of the new dam.').attributions.map((x) => x.text)).toEqual(['the site of the new dam']);
    expect(analyse('Ruiz wrote on the wall collapse for the Courier.').attributions.map((x) => x.text)).toEqual(['the wall collapse for the Courier']);
    // the medium as the head still ends the relation
    expect(analyse('Vale spoke on the radio.').attributions).toHaveLength(0);
    expect(analyse('Vale spoke on air.').attributions).toHaveLength(0);
  });
});

describe('"valued at" gives a price, not a judgement', () => {
  it('"gifts valued at a million", "was valued at four million": no relation', () => {
    for (const text of ['Gifts valued at more than a million dollars reached the fund.', 'The orchard was valued at four million.']) {
      expect(analyse(text).attributions).toEqual([]);
    }
  });

  it('still: someone who values something judges it', () => {
    const a = analyse('Ruiz valued the advice of her aides.');
    expect(a.attributions).toHaveLength(1);
    expect(a.attributions[0]).toMatchObject({ text: 'the advice of her aides', sourceSpan: { text: 'Ruiz' } });
  });
});

describe('"by" and a bare means after a subject and its verb is no reduced passive (review of round 17)', () => {
  it('the active report keeps its subject as the source', () => {
    const then = analyse('The team then announced by email a new schedule for the ferry.').attributions;
    expect(then.map((x) => [x.sourceSpan?.text, x.cueSpan?.text])).toEqual([['The team', 'then announced']]);
    const later = analyse('The council later confirmed by letter its refusal.').attributions;
    expect(later.map((x) => x.sourceSpan?.text)).toEqual(['The council']);
  });

  it('still: a participle after its noun with a real agent is a reduced passive', () => {
    const levy = analyse('A levy strongly opposed by farmers passed.').attributions;
    expect(levy.map((x) => [x.sourceSpan?.text, x.text])).toEqual([['farmers', 'A levy']]);
  });
});
