/**
 * The stages after the entities, and the segments stage, alone in instructions (perf76): per article, over documents
 * read (and attributed) before the windows, each in its own callgrind window of one process:
 *   segments  `segmentDocument` + `documentStats` (the analysis' `segments` checkpoint);
 *   framing   the analysed ranges, the matcher group's `keysOf`, frames' and topics' `evidenceFromMatches` and
 *             `scoreFrames`, `primaryFrame` (the `framing` checkpoint);
 *   language  `analyzeLanguage` (the `language` checkpoint), with the keys of a `keysOf` made before the window;
 *   sentiment `scoreSentiment` (part of the `metrics` checkpoint), with the same keys.
 * The segment stage had no instruction harness; framing and language had bench/lexiconStage.mjs for the matches alone.
 *
 * Each tree's stages are built as bench/documentStages.mjs builds them (`buildStagesProfile`, syntax minified as the
 * package is) into bench/results/tail-stages/<name>/; each build then runs in its own process under valgrind's
 * callgrind (`node --single-threaded --predictable`, counting off during a warm-up of `--warm` passes over the
 * articles, the counts zeroed before each window and dumped after it). Counts, not times: the load does not move
 * them. Compare trees made the same way (`git archive`, node_modules linked) and keep a same-code control.
 * `--keep DIR` keeps the dumps and node's JIT map in DIR/<name>, for
 * `node bench/steadyWindow.mjs --read DIR/<name>/callgrind.<pid>.<n> --from 0 --to <articles> --js` (the self
 * instructions of each JS function; dump n = 1 segments, 2 framing, 3 language, 4 sentiment).
 *
 * `--no-inlining`: node's `--no-turbo-inlining` in the child, so that a profile names the callees that TurboFan
 * would inline (`walk`'s `pushChildren`, `termsThatHold`): for where the instructions go, not for comparisons.
 *
 * `--current <tree>`: the tree measured as current (default this one), e.g. a `git archive` of this branch's commit.
 *
 * Usage: node bench/tailStages.mjs [--current <tree>] [--base <tree>] [--control <tree>] [--articles 100] [--warm 4] [--keep DIR] [--no-inlining]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { exampleCorpus } from './exampleCorpus.mjs';
import { openCallgrindWindow } from './callgrindWindow.mjs';
import { buildTreeStages } from './buildStagesProfile.mjs';

const { values: opt } = parseArgs({
  options: {
    current: { type: 'string' },
    base: { type: 'string' },
    control: { type: 'string' },
    articles: { type: 'string', default: '100' },
    warm: { type: 'string', default: '4' },
    keep: { type: 'string' },
    child: { type: 'string' },
    'no-inlining': { type: 'boolean' },
  },
});
const root = fileURLToPath(new URL('../', import.meta.url));
const outRoot = join(root, 'bench/results/tail-stages');
const STAGES = ['segments', 'framing', 'language', 'sentiment'];
const MODULES = {
  'document/readDocument': ['readDocument'],
  'document/segments/segmentDocument': ['segmentDocument', 'ANALYSED_KINDS'],
  'metrics/documentStats': ['documentStats'],
  'attribution/findAttributions': ['findAttributions'],
  'attribution/voiceMap': ['createVoiceMap'],
  'lexicons/resolveLexicons': ['resolveLexicons'],
  'framing/evidenceFromMatches': ['evidenceFromMatches'],
  'framing/scoreFrames': ['scoreFrames', 'topicIdOf'],
  'framing/primaryFrame': ['primaryFrame'],
  'language/analyzeLanguage': ['analyzeLanguage'],
  'language/scoreSentiment': ['scoreSentiment'],
};

const texts = exampleCorpus(Number(opt.articles));

if (opt.child) {
  // Under callgrind: the analysis' calls of each stage, as src/analyzeArticle.ts makes them.
  const L = await import(pathToFileURL(opt.child).href);
  const lex = L.resolveLexicons(undefined, undefined);
  const rangesOf = (doc, segments) => {
    const ranges = [];
    for (const s of segments) {
      if (!L.ANALYSED_KINDS.has(s.kind)) continue;
      const line = doc.lines[s.line];
      if (line.tokenEnd > line.tokenStart) ranges.push([line.tokenStart, line.tokenEnd]);
    }
    return ranges;
  };
  const inputsOf = () =>
    texts.map((t) => {
      const doc = L.readDocument(t);
      const { segments } = L.segmentDocument(doc, undefined);
      const stats = L.documentStats(doc, segments);
      const { quotes, attributions } = L.findAttributions(doc, segments, lex.attribution);
      const voices = L.createVoiceMap(segments, quotes);
      const ranges = rangesOf(doc, segments);
      return { doc, segments, stats, quotes, attributions, voices, ranges, keys: lex.matchers.keysOf(doc, ranges) };
    });
  const run = {
    segments: (x) => {
      const { segments } = L.segmentDocument(x.doc, undefined);
      return segments.length + L.documentStats(x.doc, segments).words;
    },
    framing: (x) => {
      const ranges = rangesOf(x.doc, x.segments);
      const keys = lex.matchers.keysOf(x.doc, ranges);
      const frames = L.scoreFrames(lex.frames, L.evidenceFromMatches(x.doc, ranges, lex.frameMatcher, x.voices, 'lexicon', keys), x.stats.bodyWords, undefined);
      const topics = L.scoreFrames(lex.topics, L.evidenceFromMatches(x.doc, ranges, lex.topicMatcher, x.voices, 'lexicon', keys), x.stats.bodyWords, undefined, L.topicIdOf);
      return Object.keys(frames).length + Object.keys(topics).length + (L.primaryFrame(frames) === null ? 0 : 1);
    },
    language: (x) => L.analyzeLanguage(x.doc, x.ranges, lex, x.voices, x.segments, x.attributions, x.quotes, x.keys).loaded.length + 1,
    sentiment: (x) => Object.keys(L.scoreSentiment(x.doc, x.ranges, x.voices, x.keys)).length,
  };
  for (let r = 0; r < Number(opt.warm); r++) for (const x of inputsOf()) for (const s of STAGES) run[s](x);
  const inputs = inputsOf();
  let sink = openCallgrindWindow('tail-stages');
  STAGES.forEach((s, i) => {
    if (i > 0) {
      globalThis.gc();
      os.getPriority(); // callgrind: --zero-before=uv_os_getpriority
    }
    for (const x of inputs) sink += run[s](x);
    os.uptime(); // callgrind: --dump-before=uv_uptime
  });
  if (sink === 0) throw new Error('nothing measured');
  process.exit(0);
}

const build = (tree, name) => buildTreeStages(tree, name, outRoot, MODULES);

const trees = [['current', opt.current ?? root], ...(opt.base ? [['base', opt.base]] : []), ...(opt.control ? [['control', opt.control]] : [])];
const per = {};
for (const [name, tree] of trees) {
  const bundle = await build(tree, name);
  const dir = opt.keep ? resolve(opt.keep, name) : mkdtempSync(join(os.tmpdir(), 'tail-stages-'));
  mkdirSync(dir, { recursive: true });
  execFileSync('valgrind', ['--tool=callgrind', '--instr-atstart=no', `--callgrind-out-file=${join(dir, 'callgrind.%p')}`, '--zero-before=uv_os_getpriority', '--dump-before=uv_uptime', process.execPath, '--single-threaded', '--predictable', '--expose-gc', ...(opt.keep ? ['--perf-basic-prof'] : []), ...(opt['no-inlining'] ? ['--no-turbo-inlining'] : []), fileURLToPath(import.meta.url), '--child', bundle, '--articles', opt.articles, '--warm', opt.warm], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const dumps = readdirSync(dir).filter((f) => /^callgrind\.\d+\.\d+$/.test(f)).sort((a, b) => Number(a.split('.')[2]) - Number(b.split('.')[2]));
  per[name] = dumps.map((f) => Number(/^(?:summary|totals): (\d+)/m.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? NaN) / texts.length);
  const total = per[name].reduce((a, b) => a + b, 0);
  console.log(`${name.padEnd(8)} ${STAGES.map((s, i) => `${s} ${(per[name][i] / 1e3).toFixed(1)} k`).join(', ')}; together ${(total / 1e3).toFixed(1)} k instructions per article (${texts.length} articles, callgrind)`);
  if (!opt.keep) rmSync(dir, { recursive: true, force: true });
  else {
    const pid = /^callgrind\.(\d+)\./.exec(dumps[0])[1];
    renameSync(`/tmp/perf-${pid}.map`, join(dir, `perf-${pid}.map`));
    console.log(`  dumps in ${dir}`);
  }
}
for (const [name] of trees.slice(1)) console.log(`current / ${name}: ${STAGES.map((s, i) => `${s} ${(per.current[i] / per[name][i]).toFixed(4)}`).join(', ')}`);
