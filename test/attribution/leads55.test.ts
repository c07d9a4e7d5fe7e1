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

describe('a capitalised word read as an adverb after a capitalised name is the name\'s last word', () => {
  it('«Harbour First said», «a group called Harbour Forward said»: the whole name is the source', () => {
    expect(rows('Harbour First said the pier was unsafe.')).toEqual([['Harbour First', 'said', 'the pier was unsafe']]);
    expect(rows('A group called Harbour First said the pier was unsafe.')).toEqual([['A group called Harbour First', 'said', 'the pier was unsafe']]);
    expect(rows('A group called Tarn Forward said the pier was unsafe.')).toEqual([['A group called Tarn Forward', 'said', 'the pier was unsafe']]);
  });

  it('still: a lower-case adverb, a title-case headline and a clitic stay out of the source', () => {
    expect(rows('Ana Vale also said the pier was unsafe.')).toEqual([['Ana Vale', 'also said', 'the pier was unsafe']]);
    expect(rows('Vale Firmly Says Pier Is Unsafe')).toEqual([['Vale', 'Says', 'Pier Is Unsafe']]);
    expect(rows("Berg Isn't Saying The Pier Is Safe").map((r) => r[0])).toEqual(['Berg']);
  });
});

describe('a perfect participle opening the sentence: what was told ends at its comma, the main clause\'s subject tells', () => {
  it('«Having been told by Ruiz that …, Vale closed it»: the agent tells, the content stops before the main clause', () => {
    expect(rows('Having been told by Ruiz that the pier was unsafe, Vale closed it.')).toEqual([['Ruiz', 'been told', 'the pier was unsafe']]);
  });

  it('«Having told reporters that …, Vale closed it»: the main clause\'s subject is the source, the one told is in the cue', () => {
    expect(rows('Having told reporters that the pier was unsafe, Vale closed it.')).toEqual([['Vale', 'told reporters', 'the pier was unsafe']]);
    expect(rows('Having told the clerks the pier was unsafe, the mayor closed it.')).toEqual([['the mayor', 'told the clerks', 'the pier was unsafe']]);
  });

  it('still: with no «having», a told clause runs on as before; a plain «Having warned» is unchanged', () => {
    expect(rows('Vale was told by Ruiz that the pier was unsafe, and he closed it.')).toEqual([['Ruiz', 'was told', 'the pier was unsafe, and he closed it']]);
    expect(rows('Having warned that the pier was unsafe, Vale closed it.')).toEqual([['Vale', 'warned', 'the pier was unsafe']]);
  });
});

describe('a charge «of» + a gerund read as a noun opens after the agent of «accused by»', () => {
  it('«accused by the Harbour Times of hiding the levy»: the agent stops before «of», as for «of fraud»', () => {
    expect(rows('Berg was accused by the Harbour Times of hiding the levy.')).toEqual([['the Harbour Times', 'was accused', 'Berg was accused by the Harbour Times of hiding the levy']]);
    expect(rows('Berg was accused by Vale of hiding the levy.')).toEqual([['Vale', 'was accused', 'Berg was accused by Vale of hiding the levy']]);
    expect(rows('Berg was accused by the Harbour Times of fraud.')).toEqual([['the Harbour Times', 'was accused', 'Berg was accused by the Harbour Times of fraud']]);
  });

  it('still: a name whose «of» is followed by a capitalised word stays whole', () => {
    expect(rows('Berg was praised by the Office of Planning for its work.').map((r) => r[0])).toEqual(['the Office of Planning']);
  });
});
