import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/document/readDocument.js';
import { challengesCandidate } from '../../src/attribution/electoralChallenge.js';

// review28's mends to the running-against sense of "challenge" (issue 10 and 13). Sentences written for
// these tests; names are invented.

/** How many token words `challengesCandidate` reads for the first "challenged" of `text`. */
function wordsRead(text: string): { reads: number; candidate: boolean } {
  const doc = readDocument(text);
  const k = doc.lower.indexOf('challenged');
  let reads = 0;
  const counted = (a: string[]) => new Proxy(a, { get: (o, p, r) => (typeof p === 'string' && /^\d+$/.test(p) && reads++, Reflect.get(o, p, r)) });
  const candidate = challengesCandidate({ ...doc, lower: counted(doc.lower), pos: counted(doc.pos), value: counted(doc.value) }, k);
  return { reads, candidate };
}

describe('challengesCandidate work is bounded (review28 #1)', () => {
  it('one long unpunctuated sentence: the scan reads as much at 400 units as at 50', () => {
    const unit = 'Vale challenged Okafor and Ruiz challenged Berg and ';
    const small = wordsRead(unit.repeat(50));
    const large = wordsRead(unit.repeat(400));
    expect(large.reads).toBe(small.reads);
    expect(large.reads).toBeLessThan(400);
    expect(large.candidate).toBe(true);
  });

  it('a near sentence with a topic within the clause is still the disputing sense', () => {
    expect(wordsRead('Vale challenged Okafor and Ruiz over the levy on the harbour.').candidate).toBe(false);
    expect(wordsRead('Vale challenged Okafor in Tarnow last spring.').candidate).toBe(true);
  });
});
