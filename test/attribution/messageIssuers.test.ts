import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Who speaks through a message or document someone puts out (issue 10, "source right"): the one who
// released, filed, sent or carried it, not the message; and the one who spent time or money on a
// speech act, not the time or money. Every sentence is written for these tests; names are invented.

describe('a message put out by the subject names the subject', () => {
  it('a participle after a message with a prepositional phrase or a money amount', () => {
    expect(byCue(analyse('The campaign quickly sent out an email to supporters stating that the race was close.'), 'quickly sent out an email to supporters stating').sourceSpan?.text).toBe('The campaign');
    expect(byCue(analyse('The harbour board filed a $12 million lawsuit in 2019 alleging that the builder had overcharged tenants.'), 'alleging').sourceSpan?.text).toBe('The harbour board');
  });

  it('messages beyond the document nouns: notices, signs', () => {
    expect(byCue(analyse('The shelter posted flyers seeking the owner of a grey cat.'), 'seeking').sourceSpan?.text).toBe('The shelter');
    expect(byCue(analyse('Hundreds of nurses gathered at noon, carrying signs saying the ward must stay open.'), 'saying').sourceSpan?.text).toBe('Hundreds of nurses');
  });

  it('a restrictive relative clause on the message', () => {
    const a = analyse('Senator Okafor released a video that said the plan would fail.');
    expect(byCue(a, 'said')).toMatchObject({ sourceSpan: { text: 'Senator Okafor' }, text: 'the plan would fail' });
    const b = analyse('A teenager in the front row hoisted a banner that read “Count every vote.”');
    expect(b.attributions.find((x) => x.cue.includes('read'))?.sourceSpan?.text).toBe('A teenager in the front row');
  });

  it('the message keeps its own voice when it is received, cited or only described', () => {
    expect(byCue(analyse('The clerk received a letter saying the contract was void.'), 'saying').sourceSpan?.text).toBe('a letter');
    // a clause set off by a dash describes the message itself
    const a = analyse('Lund held up the flyer — which read “Save the pier” — and waved it.');
    expect(a.attributions.find((x) => x.cue.includes('read'))?.sourceSpan?.text ?? null).not.toBe('Lund');
    // after a preposition the message is no one's act here
    const b = analyse('The poll was taken after the release of an audit that suggested the spending was careless.');
    expect(byCue(b, 'suggested').sourceSpan?.text).not.toBe('The poll');
  });
});

describe('time or money spent on a speech act names the spender', () => {
  it('an -ing form after the object of "spend" or "waste" and its adjuncts', () => {
    expect(byCue(analyse('The mayor spent much of the evening portraying her rival as a tool of developers.'), 'portraying').sourceSpan?.text).toBe('The mayor');
    expect(byCue(analyse('The group has spent $10 million since June attacking the senator.'), 'attacking').sourceSpan?.text).toBe('The group');
    expect(byCue(analyse('The union wasted little time after the vote criticizing the board.'), 'criticizing').sourceSpan?.text).toBe('The union');
  });

  it('through an infinitive governed by the -ing form', () => {
    const a = analyse('Unionists spent three full days at their congress in Tarn trying to underscore the difference.');
    expect(a.attributions.find((x) => x.cue.includes('underscore'))?.sourceSpan?.text).toBe('Unionists');
  });
});

describe('a reporting noun held by the subject of the verb it goes with', () => {
  it('verbs that voice or withhold a stance: heap, avoid, cast, take swipes', () => {
    expect(byCue(analyse('Rivals heaped criticism on the mayor and her deputy.'), 'heaped criticism on').sourceSpan?.text).toBe('Rivals');
    expect(byCue(analyse('Okafor avoided direct criticism of the governor until last week.'), 'avoided direct criticism of').sourceSpan?.text).toBe('Okafor');
    expect(byCue(analyse('Lund also took multiple swipes at the council during the rally.'), 'also took multiple swipes at').sourceSpan?.text).toBe('Lund');
  });

  it('a noun in a prepositional phrase of the verb: "opened with", "launched into", "rose to"', () => {
    expect(byCue(analyse('Ruiz opened the debate with a call for lower fares.'), 'call for')).toMatchObject({ sourceSpan: { text: 'Ruiz' }, text: 'lower fares' });
    expect(byCue(analyse('Vale launched into a lament for the closed mills.'), 'lament for').sourceSpan?.text).toBe('Vale');
    expect(byCue(analyse('He rose to the defense of the embattled coach.'), 'defense of').sourceSpan?.text).toBe('He');
  });

  it('an amount before the noun', () => {
    expect(byCue(analyse('The governor floated a $90 million ferry proposal to repair piers.'), 'proposal').sourceSpan?.text).toBe('The governor');
  });

  it('not a participle after such a phrase, nor a passive: the phrase names the speaker', () => {
    const a = analyse('The interview ended with Maddow asking the senator whether she would run.');
    expect(byCue(a, 'asking').sourceSpan?.text).toBe('Maddow');
    const b = analyse('The baker gave $300 to a club backing the mayor.');
    expect(byCue(b, 'backing').sourceSpan?.text).not.toBe('The baker');
    const c = analyse('The plan was greeted with criticism from the unions.');
    expect(c.attributions.find((x) => x.cue.includes('criticism'))?.sourceSpan?.text ?? null).not.toBe('The plan');
  });
});
