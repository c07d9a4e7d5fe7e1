import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

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
