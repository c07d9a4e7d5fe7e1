import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/index.js';

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

  it('still ends it when a capitalised word follows', () => {
    expect(sentencesOf('Vale shouted “Enough!” Ruiz left.')).toEqual(['Vale shouted “Enough!”', 'Ruiz left.']);
  });
});
