/**
 * Per-stage profile of analyzeArticle (built and run by bench/stages.bench.mjs,
 * `npm run bench:stages`): where the time goes, as ms per article and share of the total, next
 * to a bare wink-nlp readDoc of the same texts (default pipeline, as a user would call it).
 *
 * The analysis is `analyzeValidated` with a checkpoint that records the time of each stage
 * instead of enforcing a budget. Corpus as in analyze.bench.mjs (the example articles, each
 * copy made distinct). Rounds alternate the analysis and the bare readDoc; medians of rounds.
 * `profileStages(text)` is also used by `bench:scale -- --stages`.
 *
 * Usage: npm run bench:stages [-- --articles N --rounds N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { analyzeValidated } from '../src/analyzeArticle.js';
import { readDocument } from '../src/document/readDocument.js';
import { validateInput } from '../src/document/validateInput.js';

/**
 * CPU time of this process in ms (user + system): on a shared machine, wall time also counts the
 * time other processes had the CPU.
 */
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export const STAGES = ['validate', 'lexicons', 'extraction', 'document', 'segments', 'detection', 'attribution', 'entities', 'framing', 'language', 'metrics'];

/** Milliseconds spent in each stage of one analysis of `text` (CPU time, or wall clock with `clock`). */
export function profileStages(text: string, totals: Record<string, number> = Object.fromEntries(STAGES.map((s) => [s, 0])), clock: () => number = cpuNow): Record<string, number> {
  let last = clock();
  const { article, options, textScan } = validateInput(text, undefined);
  const now = clock();
  totals.validate = (totals.validate ?? 0) + now - last;
  last = now;
  analyzeValidated(article, options, (stage) => {
    const t = clock();
    totals[stage] = (totals[stage] ?? 0) + t - last;
    last = t;
  }, textScan);
  return totals;
}

function main(): void {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '300' }, rounds: { type: 'string', default: '5' } } });
  const ARTICLES = Number(values.articles);
  const ROUNDS = Number(values.rounds);
  const dir = new URL('examples/corpus/', `file://${process.cwd()}/`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const sources = files.map((f) => readFileSync(new URL(f, dir), 'utf8'));
  const corpus = Array.from({ length: ARTICLES }, (_, i) => `${sources[i % sources.length]!.trimEnd()} (copy ${i + 1})\n`);

  const require = createRequire(import.meta.url);
  const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));

  const runAnalysis = () => {
    const totals: Record<string, number> = Object.fromEntries(STAGES.map((s) => [s, 0]));
    for (const text of corpus) profileStages(text, totals);
    return totals;
  };
  const runBare = () => {
    const t0 = cpuNow();
    let n = 0;
    for (const text of corpus) n += nlp.readDoc(text).tokens().out().length;
    if (n === 0) throw new Error('no tokens');
    return cpuNow() - t0;
  };
  const runReadDocument = () => {
    const t0 = cpuNow();
    for (const text of corpus) readDocument(text);
    return cpuNow() - t0;
  };

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  for (let i = 0; i < 2; i++) {
    runAnalysis();
    runBare();
    runReadDocument();
  }
  const rounds: Record<string, number>[] = [];
  const bare: number[] = [];
  const readDoc: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    rounds.push(runAnalysis());
    bare.push(runBare());
    readDoc.push(runReadDocument());
  }
  const per = (ms: number) => (ms / ARTICLES).toFixed(3);
  const stageMs = Object.fromEntries(STAGES.map((s) => [s, median(rounds.map((r) => r[s]!))]));
  const total = STAGES.reduce((a, s) => a + stageMs[s]!, 0);
  const bareMs = median(bare);
  console.log(`analyzeArticle per stage (${ARTICLES} articles, ${ROUNDS} rounds, medians of CPU time; node ${process.version})\n`);
  console.log('stage          ms/article   share   × bare readDoc');
  for (const s of STAGES) console.log(`${s.padEnd(12)} ${per(stageMs[s]!).padStart(12)}   ${((stageMs[s]! / total) * 100).toFixed(1).padStart(5)}%   ${(stageMs[s]! / bareMs).toFixed(2).padStart(6)}`);
  console.log(`${'total'.padEnd(12)} ${per(total).padStart(12)}   100.0%   ${(total / bareMs).toFixed(2).padStart(6)}`);
  console.log(`\nbare wink readDoc + tokens().out() (default pipeline): ${per(bareMs)} ms/article`);
  console.log(`readDocument (the document model alone): ${per(median(readDoc))} ms/article (${(median(readDoc) / bareMs).toFixed(2)}× bare)`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main();
