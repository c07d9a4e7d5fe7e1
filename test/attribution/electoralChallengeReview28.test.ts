import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/document/readDocument.js';
import { challengesCandidate } from '../../src/attribution/electoralChallenge.js';
import { analyseChecked as analyse } from '../helpers.js';

/** The cues of `text`'s relations, with their content. */
const cues = (text: string) => analyse(text).attributions.map((x) => `${x.cue}: ${x.contentSpans.map((p) => p.text).join(' ')}`);

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

describe('the running-against sense ends with its clause, and keeps the dispute with a setting (review28 #6)', () => {
  it('", and" + another clause ends the scan: the next clause\'s "about" is no topic', () => {
    expect(cues('Dara is challenging Okafor in Tarnow, and Ruiz said the race was about the levy.')).toEqual(['said: the race was about the levy']);
    // near: the topic in the challenge's own clause
    expect(cues('Dara is challenging Okafor about the levy in Tarnow.').some((c) => c.startsWith('is challenging'))).toBe(true);
  });

  it('"in court", "at the meeting" and ", saying …" keep the disputing sense; a place does not', () => {
    expect(cues('Vale challenged Berg in court, arguing the levy broke the charter.')).toContain('challenged: Berg in court');
    expect(cues('Okafor challenged Vale at the meeting and demanded a recount.')).toContain('challenged: Vale at the meeting');
    expect(cues('Vale challenged Ruiz, saying the levy was unfair.')).toContain('challenged: Ruiz');
    expect(cues('Vale challenged Okafor in Tarnow last spring.')).toEqual([]);
    expect(wordsRead('Vale challenged Okafor in Tarnow, and Ruiz won.').candidate).toBe(true);
  });

  it('the passive reads the challenger after "by" as the active reads the object', () => {
    expect(wordsRead('Incumbent Berg was challenged by Vale in the primary.').candidate).toBe(true);
    expect(wordsRead('Berg was challenged by Vale over the levy.').candidate).toBe(false);
    expect(cues('Berg was challenged by Vale over the levy.')).toContain('was challenged: Berg');
  });
});
