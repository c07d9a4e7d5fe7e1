import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/document/readDocument.js';
import { lineMayHaveCue } from '../../src/document/segments/boilerplateRules.js';
import { segmentDocument } from '../../src/document/segments/segmentDocument.js';

const CUE_WORD = /original|full|©|\(c\)|copyright|reserved|newsletter/i;

/** Every non-blank line whose text has a cue must be one the token gate lets through. */
function missed(text: string): string[] {
  const doc = readDocument(text);
  const out: string[] = [];
  doc.lines.forEach((l, i) => {
    const line = doc.normalized.slice(l.start, l.end);
    if (!l.blank && CUE_WORD.test(line) && !lineMayHaveCue(doc, i)) out.push(line);
  });
  return out;
}

describe('lineMayHaveCue (token gate of the boilerplate cue words)', () => {
  it('lets through every line with a cue, inside a word, across touching tokens or between them', () => {
    const text = [
      'Copyright (c) 2031 Vale Media Group. All rights reserved.',
      '(C)Okafor Press',
      '© Berg Herald 2030',
      'Read the ORIGINAL story at the Tarn Courier.',
      'Mayor Ruiz was fully aware of the plan, a successful one.',
      'Sign up for the Marlow newsletter.',
      'Okafor can\u2019t be sure, he said.',
      'The unreserved seats went first.',
    ].join('\n\n');
    expect(missed(text)).toEqual([]);
  });

  it('skips lines whose tokens hold no cue', () => {
    const doc = readDocument('Mayor Ruiz met the council in Marlow on Tuesday.\n\nShe left early.');
    const lines = doc.lines.map((l, i) => [l, i] as const).filter(([l]) => !l.blank);
    expect(lines.map(([, i]) => lineMayHaveCue(doc, i))).toEqual([false, false]);
  });

  it('answers a word seen again from its remembered length and cue bit, as the first time', () => {
    // "İ" lower-cases to two characters: the form is longer than the text, so the line is tested,
    // on the second line too (the form's length is kept per word id). A plain word seen twice
    // stays skipped.
    const doc = readDocument('Vale flew to İzmir on Monday.\n\nRuiz flew to İzmir on Monday.\n\nVale flew home.\n\nRuiz flew home.');
    const lines = doc.lines.map((l, i) => [l, i] as const).filter(([l]) => !l.blank);
    expect(lines.map(([, i]) => lineMayHaveCue(doc, i))).toEqual([true, true, false, false]);
  });

  it('leaves the segments as they were: furniture found, story kept', () => {
    const { segments } = segmentDocument(readDocument('Vale said the toll was fair.\n\nCopyright 2031 Berg Media. All rights reserved.'));
    expect(segments.map((s) => s.kind)).toEqual(['body', 'boilerplate']);
  });
});
