/**
 * The lexicon matches of the framing and language stages alone (perf69): the group's shared lookup (`keysOf`) and
 * the six default matchers' evidence (`evidenceFromMatches`: frames, topics, loaded, intensifiers, hedges, labels)
 * over documents read before the window, in instructions per article. These are most of the framing stage and the
 * largest part of the language stage (perf69's profile: `match` and `keysOf` ≈ 2.5 % of an analysis each).
 *
 * Each tree's stages are built as bench/documentStages.mjs builds them (`buildStagesProfile`, syntax minified as
 * the package is) into bench/results/lexicon-stage/; each build then runs in its own process under valgrind's
 * cachegrind (`node --single-threaded --predictable`) twice: with 0 and with `--loops` passes over the articles
 * after the same warm-up; the difference over `loops × articles` is the per-article count, the process's fixed
 * cost (import, reading the documents, compiles of the warm-up) cancelled. Counts, not times: the load does not
 * move them (they miss what the clock loses to cache misses). Compare trees made the same way (`git archive`, its
 * node_modules linked to this one's) and keep a same-code control: perf69's control pair differed by 0.6 %.
 * Voices are all the author's (the voice map is not what is measured).
 *
 * Usage: node bench/lexiconStage.mjs [--base <tree>] [--control <tree>] [--articles 60] [--loops 150]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildTreeStages } from './buildStagesProfile.mjs';

const { values: opt } = parseArgs({
  options: {
    base: { type: 'string' },
    control: { type: 'string' },
    articles: { type: 'string', default: '60' },
    loops: { type: 'string', default: '150' },
    child: { type: 'string' },
    passes: { type: 'string' },
  },
});
const root = fileURLToPath(new URL('../', import.meta.url));
const outRoot = join(root, 'bench/results/lexicon-stage');
const WARM = 30;
const MODULES = {
  'document/readDocument': 'readDocument',
  'document/segments/segmentDocument': 'segmentDocument, ANALYSED_KINDS',
  'lexicons/resolveLexicons': 'resolveLexicons',
  'framing/evidenceFromMatches': 'evidenceFromMatches',
};

if (opt.child) {
  // Under cachegrind: read the articles, warm up, then `passes` passes.
  const L = await import(pathToFileURL(opt.child).href);
  const dir = join(root, 'examples/corpus/');
  const sources = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  const lex = L.resolveLexicons(undefined, undefined);
  const voices = { voiceAt: () => 'author' };
  const inputs = [];
  for (let i = 0; i < Number(opt.articles); i++) {
    const doc = L.readDocument(`${sources[i % sources.length].trimEnd()} (copy ${i + 1})\n`);
    const ranges = [];
    for (const s of L.segmentDocument(doc).segments) {
      const line = doc.lines[s.line];
      if (L.ANALYSED_KINDS.has(s.kind) && line.tokenEnd > line.tokenStart) ranges.push([line.tokenStart, line.tokenEnd]);
    }
    inputs.push({ doc, ranges });
  }
  const matchers = [
    [lex.frameMatcher, 'lexicon', true],
    [lex.topicMatcher, 'lexicon', true],
    [lex.loadedMatcher, 'span', false],
    [lex.intensifierMatcher, 'span', false],
    [lex.hedgeMatcher, 'span', false],
    [lex.labelMatcher, 'span', true],
  ];
  let found = 0;
  const pass = () => {
    for (const { doc, ranges } of inputs) {
      const keys = lex.matchers.keysOf(doc, ranges);
      for (const [m, once, category] of matchers) found += L.evidenceFromMatches(doc, ranges, m, voices, once, keys, category).length;
    }
  };
  for (let r = 0; r < WARM + Number(opt.passes); r++) pass();
  console.log(found);
  process.exit(0);
}

const build = (tree, name) => buildTreeStages(tree, name, outRoot, MODULES);

/** Instructions (cachegrind's total) of one child run of `passes` passes. */
function instructions(bundle, passes) {
  const tmp = mkdtempSync(join(os.tmpdir(), 'lexicon-stage-'));
  try {
    const out = join(tmp, 'cg.out');
    execFileSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', `--cachegrind-out-file=${out}`, process.execPath, '--single-threaded', '--predictable', fileURLToPath(import.meta.url), '--child', bundle, '--passes', String(passes), '--articles', opt.articles], { stdio: ['ignore', 'ignore', 'ignore'] });
    const summary = readFileSync(out, 'utf8').split('\n').find((l) => l.startsWith('summary:'));
    return Number(summary.split(/\s+/)[1]);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const trees = [['current', root], ...(opt.base ? [['base', opt.base]] : []), ...(opt.control ? [['control', opt.control]] : [])];
const loops = Number(opt.loops);
const per = {};
for (const [name, tree] of trees) {
  const bundle = await build(tree, name);
  const zero = instructions(bundle, 0);
  const full = instructions(bundle, loops);
  per[name] = (full - zero) / (loops * Number(opt.articles));
  console.log(`${name.padEnd(8)} ${(per[name] / 1000).toFixed(1).padStart(8)} k instructions per article (runs: ${zero}, ${full})`);
}
for (const [name] of trees.slice(1)) console.log(`current / ${name}: ${(per.current / per[name]).toFixed(4)}`);
