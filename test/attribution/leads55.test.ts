import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// leads55 (session 35): leads reported this session. Every sentence is written for these tests;
// names and places are invented.

describe('an «it» passive tag whose «it» opens the aside is never the content', () => {
  it('a quotation closed by its comma before «it was reported»: the quotation is the content, no source', () => {
    expect(rows('"The fare will rise," it was reported on Monday.')).toEqual([[null, 'it was reported', 'The fare will rise,']]);
    expect(rows('"The pier is unsafe," it was said.')).toEqual([[null, 'it was said', 'The pier is unsafe,']]);
  });

  it('«As it was reported, …»: the clause after the comma is the content', () => {
    expect(rows('As it was reported on Monday, the fare will rise.')).toEqual([[null, 'it was reported', 'the fare will rise']]);
    expect(rows('As it is widely believed, the levy was never paid.')).toEqual([[null, 'it is widely believed', 'the levy was never paid']]);
  });

  it('still: a named speaker after the quotation is its source; «As it was» reports nothing', () => {
    expect(rows('"The fare will rise," Vale said.')).toEqual([['Vale', 'said', 'The fare will rise,']]);
    expect(rows('As it was, the fare rose.')).toEqual([]);
    expect(rows('The levy, it was reported on Monday, will rise.')).toEqual([[null, 'it was reported', 'The levy, it was reported on Monday, will rise']]);
  });
});
