/**
 * Scores frame detection on the hand-written passages in test/fixtures/frame-passages.json
 * (development set) and frame-passages-heldout.json (a second set written after the lexicons):
 * for each default frame, half the passages carry it and half are on the same kind of topic
 * without it. Prints precision, recall and F1 per frame and the macro F1.
 *
 * Run: npm run eval:frames   (add --verbose to list every miss with the frame's weighted hits)
 */
import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../dist/index.js';
import { scoreFrameDetection, type FramePassage } from './frameDetection.js';

const verbose = process.argv.includes('--verbose');
const pct = (x: number) => x.toFixed(3);

for (const [file, label] of [['frame-passages.json', 'development set'], ['frame-passages-heldout.json', 'second set']] as const) {
  const fixture = JSON.parse(readFileSync(new URL(`../test/fixtures/${file}`, import.meta.url), 'utf8')) as { passages: FramePassage[] };
  const { perFrame, macroF1 } = scoreFrameDetection(fixture.passages, (text) => analyzeArticle(text), (p, strength) => {
    if (verbose) console.log(`${p.onFrame ? 'missed' : 'false '} ${p.id} (${strength.toFixed(2)}): ${p.text}`);
  });
  console.log(`\n${label} (${file})`);
  console.log('frame          passages  precision  recall  F1');
  for (const f of perFrame) console.log(`${f.frame.padEnd(14)} ${String(f.tp + f.fp + f.fn + f.tn).padStart(8)}  ${pct(f.precision).padStart(9)}  ${pct(f.recall).padStart(6)}  ${pct(f.f1)}`);
  console.log(`macro F1 ${pct(macroF1)} over ${perFrame.length} frames, ${fixture.passages.length} passages`);
}
