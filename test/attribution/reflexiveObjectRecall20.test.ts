import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// (recall20) A reflexive pronoun right after a naming or describing verb is the verb's object and
// opens what the source says of itself ("calls herself a fisher", "described themselves as very
// conservative"); a grading adverb before an adjective belongs to the content too. Sentences are
// invented for these tests.

const contentOf = (text: string, cue: string) => {
  const a = analyse(text);
  const x = a.attributions.find((r) => r.cue === cue);
  if (!x) throw new Error(`no «${cue}» in ${JSON.stringify(a.attributions.map((r) => r.cue))}`);
  return text.slice(x.start, x.end);
};

describe('reflexive object and graded adjective open the content', () => {
  it('keeps the reflexive object of a naming or describing verb', () => {
    expect(contentOf('Vale calls herself a fisher of the old school.', 'calls')).toBe('herself a fisher of the old school');
    expect(contentOf('Ruiz has described himself as a tram fare hawk.', 'has described')).toBe('himself as a tram fare hawk');
  });

  it('keeps a grading adverb before the adjective', () => {
    expect(contentOf('Voters who called themselves very liberal backed Berg.', 'called')).toBe('themselves very liberal');
    expect(contentOf('Okafor called the harbour levy very unfair.', 'called')).toBe('the harbour levy very unfair');
  });

  it('not: an emphatic reflexive or a manner adverb before the reported clause', () => {
    expect(contentOf('Dara said herself that the orchard would close.', 'said')).toBe('the orchard would close');
    expect(contentOf('Berg said quietly that the levy would rise.', 'said quietly')).toBe('the levy would rise');
    expect(contentOf('Vale told herself that the harbour would reopen.', 'told')).toBe('the harbour would reopen');
  });
});
