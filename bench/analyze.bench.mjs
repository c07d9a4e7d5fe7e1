// Throughput, cold-start and memory benchmark for `analyzeArticle`.
//
// What it measures
//   A  analyzeArticle(text) from ../dist/index.js over a synthetic corpus.
//   B  the floor: a bare wink-nlp `nlp.readDoc(text)` plus one `doc.tokens().out()` over the
//      same corpus, with the same wink-nlp + wink-eng-lite-web-model packages the library uses,
//      in wink's default pipeline (what a user calling wink would pay).
//   C  the same with the pipeline the library uses (sentence boundaries and POS tags only: no
//      NER, negation or sentiment), for transparency: A/C is what the stages add on top of the
//      wink pass the library actually makes.
//   analyzeArticle does exactly one readDoc per article and then cheap stages, so A/B says how
//   much the library adds on top of the NLP pass it cannot avoid (target: A/B <= 1.5x).
//   Also: cold start (import + first analysis, in a fresh `node` child) and peak RSS of the child
//   and of this process.
//
// Why it is built this way
//   - The corpus is the example articles cycled, each copy with a tiny deterministic change
//     (" (copy N)" appended to its last line), so every text is distinct and no cache (ids,
//     memoised normalisation, ...) can help A or B.
//   - A and B run in the same process, alternating in rounds (A, B, A, B, ...) after an untimed
//     warm-up round. On noisy, shared machines (CI runners, small VMs) CPU speed drifts over
//     seconds (thermal/turbo changes, neighbours, GC pressure); alternating makes both sides
//     see the same drift, and the median of rounds discards the outlier rounds that drift and
//     pauses produce. The ratio is computed from the two medians (the median of the per-round
//     ratios is also recorded in the JSON).
//   - Cold start is measured in a fresh process because import cost and the wink model load
//     only happen once per process; it is run a few times and the median reported.
//
// Usage: npm run bench        (builds dist first)
//        node bench/analyze.bench.mjs [--articles N] [--rounds N]
//        node bench/analyze.bench.mjs --cold     (the cold start only: a few seconds)
// Output: a table on stdout and bench/results/analyze.json (gitignored).

import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const DEFAULT_ARTICLES = 600;
const DEFAULT_ROUNDS = 7;
const COLD_RUNS = 5;
const TARGET_RATIO = 1.5;
const TARGET_COLD_MS = 300;

const here = new URL('./', import.meta.url);
const corpusDir = new URL('../examples/corpus/', import.meta.url);
const distUrl = new URL('../dist/index.js', import.meta.url);
const resultsDir = new URL('./results/', import.meta.url);
const resultsFile = new URL('./results/analyze.json', import.meta.url);

// ---------------------------------------------------------------------------------------------
// CLI

function positiveInt(name, raw, fallback) {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} must be a positive integer (got ${JSON.stringify(raw)})`);
    process.exit(2);
  }
  return n;
}

let cli;
try {
  cli = parseArgs({
    options: { articles: { type: 'string' }, rounds: { type: 'string' }, cold: { type: 'boolean' } },
    strict: true,
  }).values;
} catch (err) {
  console.error(`${err.message}\nusage: node bench/analyze.bench.mjs [--articles N] [--rounds N] [--cold]`);
  process.exit(2);
}
const ARTICLES = positiveInt('articles', cli.articles, DEFAULT_ARTICLES);
const ROUNDS = positiveInt('rounds', cli.rounds, DEFAULT_ROUNDS);

if (!existsSync(fileURLToPath(distUrl))) {
  console.error('dist/index.js not found: run `npm run build` first (or use `npm run bench`).');
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Corpus

const sourceFiles = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
if (sourceFiles.length === 0) {
  console.error(`no .txt articles in ${fileURLToPath(corpusDir)}`);
  process.exit(1);
}
const sources = sourceFiles.map((f) => readFileSync(new URL(f, corpusDir), 'utf8'));

/** Appends " (copy n)" to the last non-empty line, keeping the trailing newline(s). */
function variant(text, n) {
  const body = text.replace(/\s+$/, '');
  const tail = text.slice(body.length);
  return `${body} (copy ${n})${tail}`;
}

const corpus = Array.from({ length: ARTICLES }, (_, i) => variant(sources[i % sources.length], i + 1));
const countWords = (t) => t.split(/\s+/).filter(Boolean).length;
const corpusWords = corpus.reduce((sum, t) => sum + countWords(t), 0);
const corpusChars = corpus.reduce((sum, t) => sum + t.length, 0);

// ---------------------------------------------------------------------------------------------
// Cold start (fresh child processes; done before this process loads anything heavy)

const childScript = `
const t0 = performance.now();
const { readFileSync } = await import('node:fs');
const text = readFileSync(process.argv[1], 'utf8');
const t1 = performance.now();
const c1 = process.cpuUsage();
const { analyzeArticle } = await import(process.argv[2]);
const t2 = performance.now();
const c2 = process.cpuUsage(c1);
const result = analyzeArticle(text);
const t3 = performance.now();
const c3 = process.cpuUsage(c1);
process.stdout.write(JSON.stringify({
  bootMs: t0,
  importMs: t2 - t1,
  firstAnalysisMs: t3 - t2,
  importPlusFirstMs: t2 - t1 + (t3 - t2),
  importCpuMs: (c2.user + c2.system) / 1000,
  firstAnalysisCpuMs: (c3.user + c3.system - c2.user - c2.system) / 1000,
  importPlusFirstCpuMs: (c3.user + c3.system) / 1000,
  words: result.metrics.words,
  maxRssMB: process.resourceUsage().maxRSS / 1024,
}));
`;

function coldStart() {
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', childScript, fileURLToPath(new URL(sourceFiles[0], corpusDir)), distUrl.href],
    { encoding: 'utf8', cwd: fileURLToPath(here) },
  );
  const wallMs = performance.now() - started;
  if (child.status !== 0) {
    throw new Error(`cold-start child failed (status ${child.status}):\n${child.stderr}`);
  }
  return { ...JSON.parse(child.stdout), wallMs };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const coldRuns = Array.from({ length: COLD_RUNS }, coldStart);
const cold = {
  runs: coldRuns.length,
  article: sourceFiles[0],
  bootMs: median(coldRuns.map((r) => r.bootMs)),
  importMs: median(coldRuns.map((r) => r.importMs)),
  firstAnalysisMs: median(coldRuns.map((r) => r.firstAnalysisMs)),
  importPlusFirstMs: median(coldRuns.map((r) => r.importPlusFirstMs)),
  importCpuMs: median(coldRuns.map((r) => r.importCpuMs)),
  firstAnalysisCpuMs: median(coldRuns.map((r) => r.firstAnalysisCpuMs)),
  importPlusFirstCpuMs: median(coldRuns.map((r) => r.importPlusFirstCpuMs)),
  processWallMs: median(coldRuns.map((r) => r.wallMs)),
  childMaxRssMB: median(coldRuns.map((r) => r.maxRssMB)),
  samples: coldRuns,
};

if (cli.cold) {
  const f = (n) => n.toFixed(1);
  console.log(`cold start (fresh node, median of ${COLD_RUNS}, ${cold.article}): import ${f(cold.importMs)} ms (CPU ${f(cold.importCpuMs)}), first analysis ${f(cold.firstAnalysisMs)} ms (CPU ${f(cold.firstAnalysisCpuMs)}), together ${f(cold.importPlusFirstMs)} ms (CPU ${f(cold.importPlusFirstCpuMs)}; target <= ${TARGET_COLD_MS} ms: ${cold.importPlusFirstMs <= TARGET_COLD_MS ? 'OK' : 'OVER'})`);
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// Throughput: A (analyzeArticle) vs B (bare wink-nlp), alternating rounds

const require = createRequire(import.meta.url);
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const nlp = winkNLP(model);
const nlpLibraryPipe = winkNLP(model, ['sbd', 'pos']);
const { analyzeArticle } = await import(distUrl.href);

// Sinks keep the results observable so no work can be optimised away; they are checked below.
let sinkA = 0;
let sinkB = 0;

function runA() {
  let words = 0;
  const t0 = performance.now();
  for (let i = 0; i < corpus.length; i++) words += analyzeArticle(corpus[i]).metrics.words;
  const ms = performance.now() - t0;
  sinkA = words;
  return ms;
}

function runB() {
  let tokens = 0;
  const t0 = performance.now();
  for (let i = 0; i < corpus.length; i++) tokens += nlp.readDoc(corpus[i]).tokens().out().length;
  const ms = performance.now() - t0;
  sinkB = tokens;
  return ms;
}

function runC() {
  const t0 = performance.now();
  for (let i = 0; i < corpus.length; i++) nlpLibraryPipe.readDoc(corpus[i]).tokens().out();
  return performance.now() - t0;
}

// CPU time (user + system) of each round, next to its wall time: on a shared machine the wall
// time of a round also counts the time other processes had the CPU, the CPU time does not.
const cpuA = [];
const cpuB = [];
const cpuC = [];
const cpuOf = new Map([[runA, cpuA], [runB, cpuB], [runC, cpuC]]);
function cpuTimed(run) {
  const c = process.cpuUsage();
  const ms = run();
  const u = process.cpuUsage(c);
  cpuOf.get(run).push((u.user + u.system) / 1000);
  return ms;
}

// Warm-up round (untimed): JIT, lazy engine creation inside the library, lexicon loading.
runA();
runB();
runC();

const msA = [];
const msB = [];
const msC = [];
for (let r = 0; r < ROUNDS; r++) {
  msA.push(cpuTimed(runA));
  msB.push(cpuTimed(runB));
  msC.push(cpuTimed(runC));
}
if (!(sinkA > 0 && sinkB > 0)) throw new Error(`benchmark produced no work (A=${sinkA}, B=${sinkB})`);

const mainMaxRssMB = process.resourceUsage().maxRSS / 1024;

function summary(samples) {
  const ms = median(samples);
  return {
    medianMs: ms,
    minMs: Math.min(...samples),
    maxMs: Math.max(...samples),
    articlesPerSec: (corpus.length / ms) * 1000,
    wordsPerSec: (corpusWords / ms) * 1000,
    roundsMs: samples,
  };
}
const a = summary(msA);
const b = summary(msB);
const c = summary(msC);
const ratio = a.medianMs / b.medianMs;
const pairedRatio = median(msA.map((x, i) => x / msB[i]));
const cpuRatio = median(cpuA) / median(cpuB);
const cpuRatioC = median(cpuA) / median(cpuC);

// ---------------------------------------------------------------------------------------------
// Report

const results = {
  date: new Date().toISOString(),
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  corpus: {
    sourceFiles,
    articles: corpus.length,
    words: corpusWords,
    chars: corpusChars,
    wordsPerArticle: corpusWords / corpus.length,
  },
  rounds: ROUNDS,
  warmupRounds: 1,
  analyzeArticle: a,
  winkReadDoc: b,
  winkReadDocLibraryPipe: c,
  ratio: { aOverB: ratio, medianOfPairedRatios: pairedRatio, cpuAOverB: cpuRatio, cpuAOverC: cpuRatioC, target: TARGET_RATIO, withinTarget: ratio <= TARGET_RATIO },
  cpuMsPerRound: { a: cpuA, b: cpuB, c: cpuC },
  coldStart: cold,
  peakRssMB: { main: mainMaxRssMB, coldStartChild: cold.childMaxRssMB },
  checks: { analyzeWordsLastRound: sinkA, winkTokensLastRound: sinkB },
};

mkdirSync(resultsDir, { recursive: true });
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);

const fmt = (n, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => String(row[c]).length)));
  return rows
    .map((row, ri) => {
      const line = row
        .map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c])))
        .join('   ');
      return ri === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('   ')}` : line;
    })
    .join('\n');
}

const out = [];
out.push(`slantwise analyze benchmark  (node ${process.version}, ${results.platform}, ${results.cpus} CPUs)`);
out.push(
  `corpus: ${fmt(corpus.length)} articles from ${sourceFiles.length} example files, ` +
    `${fmt(corpusWords)} words (${fmt(results.corpus.wordsPerArticle)} words/article)`,
);
out.push(`rounds: 1 warm-up + ${ROUNDS} timed, alternating A/B; medians reported`);
out.push('');
out.push(
  table([
    ['throughput', 'median ms/round', 'min..max ms', 'articles/s', 'words/s'],
    ['A  analyzeArticle', fmt(a.medianMs, 1), `${fmt(a.minMs)}..${fmt(a.maxMs)}`, fmt(a.articlesPerSec), fmt(a.wordsPerSec)],
    ['B  wink readDoc + tokens', fmt(b.medianMs, 1), `${fmt(b.minMs)}..${fmt(b.maxMs)}`, fmt(b.articlesPerSec), fmt(b.wordsPerSec)],
    ['C  same, library pipeline', fmt(c.medianMs, 1), `${fmt(c.minMs)}..${fmt(c.maxMs)}`, fmt(c.articlesPerSec), fmt(c.wordsPerSec)],
  ]),
);
out.push('');
out.push(
  `A/B time ratio: ${fmt(ratio, 2)}x  (median of per-round ratios ${fmt(pairedRatio, 2)}x; target <= ${TARGET_RATIO}x: ` +
    `${ratio <= TARGET_RATIO ? 'OK' : 'OVER'})`,
);
out.push(`A/C time ratio: ${fmt(a.medianMs / c.medianMs, 2)}x  (against wink with the pipeline the library uses)`);
out.push(`CPU time ratios (steadier on a shared machine): A/B ${fmt(cpuRatio, 2)}x, A/C ${fmt(cpuRatioC, 2)}x; CPU ms per round A ${fmt(median(cpuA))}, B ${fmt(median(cpuB))}, C ${fmt(median(cpuC))}`);
out.push('');
out.push(
  table([
    [`cold start (fresh node, median of ${COLD_RUNS})`, 'value'],
    ['import dist/index.js', `${fmt(cold.importMs, 1)} ms (CPU ${fmt(cold.importCpuMs, 1)} ms)`],
    ['first analyzeArticle', `${fmt(cold.firstAnalysisMs, 1)} ms (CPU ${fmt(cold.firstAnalysisCpuMs, 1)} ms)`],
    ['import + first analysis', `${fmt(cold.importPlusFirstMs, 1)} ms (target <= ${TARGET_COLD_MS} ms: ${cold.importPlusFirstMs <= TARGET_COLD_MS ? 'OK' : 'OVER'})`],
    ['  of which CPU (user + system)', `${fmt(cold.importPlusFirstCpuMs, 1)} ms`],
    ['node boot before script', `${fmt(cold.bootMs, 1)} ms`],
    ['whole child process (wall)', `${fmt(cold.processWallMs, 1)} ms`],
  ]),
);
out.push('');
out.push(
  table([
    ['peak RSS (maxRSS)', 'MB'],
    ['cold-start child', fmt(cold.childMaxRssMB, 1)],
    ['this process (A + B rounds)', fmt(mainMaxRssMB, 1)],
  ]),
);
out.push('');
out.push(`results written to ${fileURLToPath(resultsFile)}`);
console.log(out.join('\n'));
