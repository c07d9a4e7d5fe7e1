import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/document/readDocument.js';
import { isPluralNoun } from '../../src/attribution/tokens.js';

// Written for this test: nouns whose number an -s ending gets wrong.

const plurals = (text: string) => {
  const doc = readDocument(text);
  const out: string[] = [];
  for (let k = 0; k < doc.tokenCount; k++) if (isPluralNoun(doc, k)) out.push(doc.lower[k]!);
  return out;
};

describe('isPluralNoun', () => {
  it('reads the number from the lemma: irregular plurals yes, singulars in -s no', () => {
    expect(plurals('The children and the men saw a crisis in the news about the levies.')).toEqual(['children', 'men', 'levies']);
  });

  it('a sentence-opening plural read as a name, and plurals that keep their form', () => {
    expect(plurals('Ferrymen asked the police and the people.')).toEqual(['ferrymen', 'police', 'people']);
  });
});
