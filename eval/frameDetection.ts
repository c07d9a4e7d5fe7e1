/**
 * Frame detection on short passages, shared by eval/frames.eval.ts and the test suite. A
 * frame is detected in a passage when the weights of its hits add up to at least
 * `DETECTION_THRESHOLD` (a negated hit counts half): one full-weight framing phrase, or two
 * half-weight words.
 */
import type { ArticleAnalysis } from '../src/schema/articleAnalysis.js';

export interface FramePassage { id: string; frame: string; onFrame: boolean; text: string }
export interface FrameDetectionScore { frame: string; tp: number; fp: number; fn: number; tn: number; precision: number; recall: number; f1: number }

export const DETECTION_THRESHOLD = 1;

/** The weighted hits of a frame in an analysis (negated hits at half weight). */
export function frameStrength(a: ArticleAnalysis, frame: string): number {
  const f = Object.hasOwn(a.frames, frame) ? a.frames[frame] : undefined;
  return f ? f.evidence.reduce((s, e) => s + e.weight * (e.negated ? 0.5 : 1), 0) : 0;
}

/** Precision, recall and F1 of frame detection per frame, plus the macro average. */
export function scoreFrameDetection(passages: readonly FramePassage[], analyze: (text: string) => ArticleAnalysis, onMiss?: (p: FramePassage, strength: number) => void): { perFrame: FrameDetectionScore[]; macroF1: number } {
  const counts = new Map<string, { tp: number; fp: number; fn: number; tn: number }>();
  for (const p of passages) {
    const c = counts.get(p.frame) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
    const strength = frameStrength(analyze(p.text), p.frame);
    const detected = strength >= DETECTION_THRESHOLD;
    if (detected && p.onFrame) c.tp++;
    else if (detected) c.fp++;
    else if (p.onFrame) c.fn++;
    else c.tn++;
    if (detected !== p.onFrame) onMiss?.(p, strength);
    counts.set(p.frame, c);
  }
  const perFrame = [...counts.entries()].map(([frame, c]) => {
    const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
    const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { frame, ...c, precision, recall, f1 };
  });
  return { perFrame, macroF1: perFrame.reduce((s, f) => s + f.f1, 0) / Math.max(1, perFrame.length) };
}
