import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/document/readDocument.js';
import { matchBoilerplate } from '../../src/document/segments/boilerplateRules.js';
import { segmentDocument } from '../../src/document/segments/segmentDocument.js';

/** The reason matchBoilerplate gives each line, or null. */
const reasons = (lines: string[]) => lines.map((line) => matchBoilerplate(line, line.split(/\s+/).length)?.reason ?? null);

describe('matchBoilerplate: the rules behind the cue words (one scan of the line)', () => {
  it('finds furniture whose cue lies inside a word, across "(c)" or in capitals', () => {
    expect(reasons([
      'Copyright (c) 2031 Vale Media Group. All rights reserved.',
      '(C)Okafor Press. All Rights Reserved',
      '© Berg Herald 2030',
      'Click here for the ORIGINAL',
      'Read the full story at the Tarn Courier.',
      'Want more? Our newsletter is delivered every morning.',
    ])).toEqual(['copyright-notice', 'copyright-notice', 'copyright-notice', 'original-source-link', 'original-source-link', 'site-prompt']);
  });

  it('keeps story lines with the cue words, or near misses, as story', () => {
    expect(reasons([
      'Mayor Ruiz was fully aware of the plan, a successful one.',
      'The unreserved seats went first, Vale said.',
      'The pier (Cove) was closed; the origin of the fuss was unclear.',
      'A full hall heard her read the original plan.',
      'Ruiz met the council in Marlow on Tuesday.',
    ])).toEqual([null, null, null, null, null]);
  });

  it('leaves the segments as they were: furniture found, story kept', () => {
    const { segments } = segmentDocument(readDocument('Vale said the toll was fair.\n\nCopyright 2031 Berg Media. All rights reserved.\n\nSign up for the Marlow newsletter'));
    expect(segments.map((s) => s.kind)).toEqual(['body', 'boilerplate', 'boilerplate']);
  });
});
