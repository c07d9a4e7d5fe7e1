import { describe, expect, it } from 'vitest';
import { analyzeArticle, readDocument } from '../../src/index.js';
import { gluedPeriodWord, mayBeGluedPeriodWord } from '../../src/document/sentenceBoundaries.js';

const sentencesOf = (text: string) => {
  const doc = readDocument(text);
  return doc.sentences.map((s) => text.slice(s.start, s.end));
};

describe('sentence boundaries around abbreviations and quotation marks', () => {
  it('ends a sentence after "U.S." when a new sentence opens', () => {
    expect(sentencesOf('The talks moved to the U.S. She said the venue was neutral.')).toEqual(['The talks moved to the U.S.', 'She said the venue was neutral.']);
  });

  it('keeps "U.S." inside a sentence when no sentence opener follows', () => {
    expect(sentencesOf('The U.S. Navy said it would help.')).toEqual(['The U.S. Navy said it would help.']);
  });

  it('does not end a sentence after an abbreviated title or before a lower-case word', () => {
    expect(sentencesOf('The Rev. Amos Pike spoke first.')).toEqual(['The Rev. Amos Pike spoke first.']);
    expect(sentencesOf('Rep. Dana Holt (R-Tex.) said no.')).toEqual(['Rep. Dana Holt (R-Tex.) said no.']);
  });

  it('does not start a sentence with the comma after a state abbreviation in parentheses', () => {
    expect(sentencesOf('Rep. Ana Ruiz (D-Ore.), head of the budget panel, said it would slip. Sen. Bo Lee (R-Tex.) left.')).toEqual(['Rep. Ana Ruiz (D-Ore.), head of the budget panel, said it would slip.', 'Sen. Bo Lee (R-Tex.) left.']);
  });

  it('does not end a sentence at an initial', () => {
    expect(sentencesOf('Sen. Cora Lent (D-R.I.), the ranking member, said no.')).toEqual(['Sen. Cora Lent (D-R.I.), the ranking member, said no.']);
    expect(sentencesOf('The vote was held in Washington, D.C. He left.')).toEqual(['The vote was held in Washington, D.C.', 'He left.']);
  });

  it('keeps a closing quotation mark written as two apostrophes with its sentence', () => {
    expect(sentencesOf("''The vote is the real test.'' He left.")).toEqual(["''The vote is the real test.''", 'He left.']);
  });

  it('does not end a sentence after a quotation closed by "!" or "?" when a lower-case word follows', () => {
    expect(sentencesOf('Vale shouted “Enough!” and said the meeting was over. Ruiz left.')).toEqual(['Vale shouted “Enough!” and said the meeting was over.', 'Ruiz left.']);
    expect(sentencesOf('Berg asked "Why now?" and walked out. Ruiz left.')).toEqual(['Berg asked "Why now?" and walked out.', 'Ruiz left.']);
  });

  it("does the same when the closing mark is written as two apostrophes (`!''`)", () => {
    expect(sentencesOf("The pier filled with signs of ''Welcome back, Okafor!'' or, simply, ''Okafor''. Ruiz left.")).toEqual(["The pier filled with signs of ''Welcome back, Okafor!'' or, simply, ''Okafor''.", 'Ruiz left.']);
    // not: a capitalised word after `!''` opens a new sentence
    expect(sentencesOf("Dara shouted ''Enough!'' Berg left the orchard.")).toEqual(["Dara shouted ''Enough!''", 'Berg left the orchard.']);
  });

  it('still ends it when a capitalised word follows', () => {
    expect(sentencesOf('Vale shouted “Enough!” Ruiz left.')).toEqual(['Vale shouted “Enough!”', 'Ruiz left.']);
  });
});

describe('a sentence-final "in." or "no." that wink-nlp reads as an abbreviation', () => {
  it('splits the period off and ends the sentence before a capital or an opening quotation mark', () => {
    const text = 'Okafor spoke first. Vale chimed in. “We will not back down,” she said. Ruiz said no. The vote is Monday.';
    const doc = readDocument(text);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Okafor spoke first.', 'Vale chimed in.', '“We will not back down,” she said.', 'Ruiz said no.', 'The vote is Monday.']);
    const k = doc.value.indexOf('in');
    expect(k).toBeGreaterThan(0);
    expect(doc.lemma[k]).toBe('in');
    expect(doc.value[k + 1]).toBe('.');
    for (let i = 0; i < doc.tokenCount; i++) expect(text.slice(doc.start[i], doc.end[i])).toBe(doc.value[i]);
  });

  it('keeps the abbreviation before a lower-case word or a number', () => {
    expect(sentencesOf('The panel is 5 in. wide and no. 4 won.')).toEqual(['The panel is 5 in. wide and no. 4 won.']);
    expect(readDocument('The panel is 5 in. wide.').value).toContain('in.');
  });

  it('finds the particle verb at the sentence end as a cue of the quotation after it', () => {
    const text = 'Ruiz spoke first. Vale chimed in. “We will not back down on the levy.”';
    const rel = analyzeArticle({ text }).attributions.find((r) => r.cueSpan !== null && text.slice(r.cueSpan.start, r.cueSpan.end) === 'chimed in');
    expect(rel).toBeDefined();
    expect(text.slice(rel!.sourceSpan!.start, rel!.sourceSpan!.end)).toBe('Vale');
    expect(rel!.contentSpans.map((c) => text.slice(c.start, c.end))).toEqual(['We will not back down on the levy.']);
  });
});

describe('the length test of a word glued to its period (review26 #13)', () => {
  it('passes the lengths of the glued words, and gluedPeriodWord answers for them', () => {
    expect(mayBeGluedPeriodWord('in.'.length)).toBe(true);
    expect(gluedPeriodWord('in.', 'Vale chimed in.', 15)).toBe('ADP');
  });

  it('not other lengths', () => {
    expect(mayBeGluedPeriodWord('tram.'.length)).toBe(false);
    expect(mayBeGluedPeriodWord(1)).toBe(false);
  });
});
