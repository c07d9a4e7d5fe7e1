import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/index.js';
import { scoreFrameDetection, type FramePassage } from '../../eval/frameDetection.js';

const load = (file: string) => (JSON.parse(readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8')) as { passages: FramePassage[] }).passages;

// A regression guard on the hand-written frame sets; `npm run eval:frames` prints the full report.
describe('frame detection on hand-written passages', () => {
  it('has at least 30 passages per default frame in the development set, half of them on-frame', () => {
    const passages = load('frame-passages.json');
    const frames = new Set(passages.map((p) => p.frame));
    expect(frames.size).toBe(10);
    for (const f of frames) {
      const mine = passages.filter((p) => p.frame === f);
      expect(mine.length, f).toBeGreaterThanOrEqual(30);
      expect(mine.filter((p) => p.onFrame).length * 2, f).toBe(mine.length);
    }
  });

  it.each([['frame-passages.json'], ['frame-passages-heldout.json']])('detects the frames of %s with macro F1 ≥ 0.80', (file) => {
    const { perFrame, macroF1 } = scoreFrameDetection(load(file), (text) => analyzeArticle(text));
    expect(perFrame).toHaveLength(10);
    expect(macroF1).toBeGreaterThanOrEqual(0.8);
  });
});
