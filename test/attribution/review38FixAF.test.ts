import { describe, expect, it } from 'vitest';
import { analyseChecked, attributionByCue, attributionRows as rows, sourceKindOf } from '../helpers.js';

// fixAF (session 36): mends for review38's findings. Every sentence is written for these tests; names and places
// are invented.

describe('an -ly adverb after a cue opens a noun-phrase content, not a clause', () => {
  it('before a clause, a manner adverb says how it was said and stays out of the content', () => {
    expect(rows('Vale said repeatedly unsafe conditions persisted at the pier.')).toEqual([['Vale', 'said', 'unsafe conditions persisted at the pier']]);
    expect(rows('Ruiz warned publicly new fares would rise.')).toEqual([['Ruiz', 'warned', 'new fares would rise']]);
    expect(rows('Vale stated flatly 40 clerks had quit.')).toEqual([['Vale', 'stated', '40 clerks had quit']]);
    expect(rows('Vale said bluntly higher fares were coming.')).toEqual([['Vale', 'said', 'higher fares were coming']]);
  });

  it('before a noun phrase with no verb of its own, it grades what was said and opens the content', () => {
    expect(rows('The clerk reported sharply lower fares.')).toEqual([['The clerk', 'reported', 'sharply lower fares']]);
    expect(rows('Berg predicted steeply higher tolls for the harbour.')).toEqual([['Berg', 'predicted', 'steeply higher tolls for the harbour']]);
  });

  it('an amount adverb limits what was said and stays before a clause too', () => {
    expect(rows('Vale said only 40 clerks had quit.')).toEqual([['Vale', 'said', 'only 40 clerks had quit']]);
    expect(rows('Ruiz said nearly 300 riders had paid.')).toEqual([['Ruiz', 'said', 'nearly 300 riders had paid']]);
  });
});

describe('a stranded "for" at the end of a relative clause is no reduced relative', () => {
  it('"A report that the guild paid for says …": the guild is the relative clause\'s subject, not the source', () => {
    // (leads61: the head before the relative is the source, as in "The letter that Vale wrote says …")
    const says = rows('A report that the guild paid for says the levy is unfair.').find((r) => r[1] === 'says');
    expect(says).toEqual(['A report', 'says', 'the levy is unfair']);
    const shows = rows('A study that the board asked for shows the levy is unfair.').find((r) => r[1] === 'shows');
    expect(shows?.[0] ?? null).not.toBe('the board asked for');
  });

  it('still: the participle\'s own "for" before an agent or a beneficiary', () => {
    expect(rows('A report paid for by the guild says the levy is unfair.')).toEqual([['A report paid for by the guild', 'says', 'the levy is unfair']]);
    expect(rows('A poll done for the guild says the levy is unfair.')).toEqual([['A poll done for the guild', 'says', 'the levy is unfair']]);
  });
});

describe('"That is according to …" shows the same cue and content as "That\'s according to …"', () => {
  it('the full verb goes with the cue, the pronoun is the content', () => {
    expect(rows('The levy raised $40 million. That is according to the clerk.')).toEqual([['the clerk', 'is according to', 'That']]);
    expect(rows('Fares rose by a third. This was according to Ruiz.')).toEqual([['Ruiz', 'was according to', 'This']]);
    expect(rows("The levy raised $40 million. That's according to the clerk.")).toEqual([['the clerk', "'s according to", 'That']]);
  });

  it('not: a noun subject keeps its verb in the content, and a plain "according to" gains nothing', () => {
    expect(rows('The levy raised $40 million, according to the clerk.')).toEqual([['the clerk', 'according to', 'The levy raised $40 million']]);
    expect(rows('The total is according to the clerk.').map((r) => r[1])).not.toContain('is according to');
  });
});

describe('a document noun before "by" and its maker is a document in headline case too', () => {
  const kindOf = (text: string, cue: string) => {
    const a = analyseChecked(text);
    const x = attributionByCue(a, cue);
    return [x.sourceSpan?.text ?? null, sourceKindOf(a, x)];
  };

  it('"A Survey by the Harbour Times found …" reads as "A survey by …" does', () => {
    expect(kindOf('A Survey by the Harbour Times found that most voters oppose the levy.', 'found')).toEqual(['A Survey by the Harbour Times', 'document']);
    expect(kindOf('New Study by Tarn County Finds Fares Too High', 'Finds')).toEqual(['New Study by Tarn County', 'document']);
    expect(kindOf('A survey by the Harbour Times found that most voters oppose the levy.', 'found')).toEqual(['A survey by the Harbour Times', 'document']);
  });

  it('not: the maker alone keeps its own kind', () => {
    expect(kindOf('The Harbour Times found that most voters oppose the levy.', 'found')).toEqual(['The Harbour Times', 'media']);
  });
});
