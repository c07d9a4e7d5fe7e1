import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/document/readDocument.js';
import { segmentDocument } from '../../src/document/segments/segmentDocument.js';
import { documentStats } from '../../src/metrics/documentStats.js';

/** Word tokens of the whole document, counted token by token. */
function allWords(text: string): number {
  const doc = readDocument(text);
  let n = 0;
  for (let k = 0; k < doc.tokenCount; k++) n += doc.isWord[k]!;
  return n;
}

describe('documentStats (word counts by segment group, each token read once)', () => {
  it('counts every word once: story, furniture and editorial lines together make the whole', () => {
    const text = [
      'Pier toll rises in Tarn County',
      'By Ana Vale',
      'Vale said the toll would rise by two dollars on Monday.',
      'Editor\u2019s note: An earlier version of this story misstated the date.',
      '   Ruiz didn\u2019t agree with the plan.\t',
      'Copyright 2031 Harbour Times. All rights reserved.',
    ].join('\n\n');
    const doc = readDocument(text);
    const { segments } = segmentDocument(doc);
    const stats = documentStats(doc, segments);
    expect(segments.map((s) => s.kind)).toContain('boilerplate');
    expect(segments.map((s) => s.kind)).toContain('editorial');
    expect(stats.words).toBe(allWords(text));
    expect(stats.excludedWords).toBeGreaterThan(0);
    expect(stats.editorialWords).toBeGreaterThan(0);
    expect(stats.bodyWords + stats.excludedWords).toBe(stats.words);
    // The analysed tokens are those of the analysed segments' lines, and only they.
    let analysed = 0;
    for (const s of segments) {
      const line = doc.lines[s.line]!;
      const inAnalysed = s.kind === 'body' || s.kind === 'heading' || s.kind === 'editorial';
      for (let k = line.tokenStart; k < line.tokenEnd; k++) expect([k, stats.analysed[k]]).toEqual([k, inAnalysed ? 1 : 0]);
      if (inAnalysed) analysed += line.tokenEnd - line.tokenStart;
    }
    expect(stats.analysed.reduce((a, b) => a + b, 0)).toBe(analysed);
  });

  it('counts nothing as excluded in a plain story, and nothing at all in an empty text', () => {
    const story = 'Vale said the pier was unsafe.\n\nRuiz said it was fine.';
    const doc = readDocument(story);
    const stats = documentStats(doc, segmentDocument(doc).segments);
    expect([stats.words, stats.bodyWords, stats.excludedWords, stats.sentences]).toEqual([allWords(story), allWords(story), 0, 2]);
    const empty = readDocument('');
    expect(documentStats(empty, segmentDocument(empty).segments).words).toBe(0);
  });
});
