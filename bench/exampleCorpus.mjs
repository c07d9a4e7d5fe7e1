/**
 * What the stage benchmarks share: bench/analyze.bench.mjs's corpus (the example articles cycled,
 * " (copy n)" appended, so that no two texts are equal) and the medians of CPU times they report.
 *
 * @example
 *   import { exampleCorpus, cpuMs, median } from './exampleCorpus.mjs';
 *   const texts = exampleCorpus(300);
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

/** `n` texts: the example articles of examples/corpus in name order, cycled, each with " (copy i)" appended. */
export function exampleCorpus(n) {
  const dir = join(root, 'examples/corpus');
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  return Array.from({ length: n }, (_, i) => `${texts[i % texts.length]} (copy ${i})`);
}

/** Milliseconds of CPU (user + system) in a `process.cpuUsage()` difference. */
export const cpuMs = (c) => (c.user + c.system) / 1000;

/** The upper median of `xs` (not changed). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
