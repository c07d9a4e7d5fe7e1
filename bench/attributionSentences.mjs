/**
 * Where the attribution stage spends its time, by sentence and by cue (perf58): which sentences end with no relation
 * and what they cost, what a per-sentence gate could skip at most, what each whole-document pass costs, and how much
 * of relation building goes to cues whose relation never reaches the output.
 *
 * Copies a source tree's src/ to a temporary folder, adds timers to that copy only (anchored text replacements in
 * findAttributions.ts and sentenceAttributions.ts; the script stops when an anchor is gone, so fix the anchors after
 * a refactor), builds its stage (readDocument, segmentDocument, findAttributions) into
 * bench/results/attribution-sentences/ like `bench/attributionStage.mjs`, warms it up, then times
 * `findAttributions` over documents read afresh (untimed).
 * Timers are `performance.now()` (≈ 10 per sentence, 2 per cue: a few % of the stage). A sentence or cue with a
 * phase above 0.4 ms, or a document pass above 1 ms, is left out as preempted (the machine is shared) and counted.
 *
 * Sentence classes: A, no cue, no quotation mark, no colon; A0, no cue but a quotation or a colon; B, cues but no
 * relation; C, relations. "Candidates" are tokens with an `ANY_CUE` bit of tokenFlags, plus the two first tokens
 * (which findCues always tries). The gate ceiling is findCues' time in sentences with no candidate past the two
 * first tokens and no cue: what a per-sentence OR of word bits could skip (noteMentions must run anyway).
 *
 * Usage: node bench/attributionSentences.mjs [--tree <source tree root>] [--articles 120] [--jsonl FILE[.gz]]
 * (`--jsonl`: texts from a JSON-lines file's `text` fields, first `--articles` of them, instead of the example
 * articles cycled)
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { exampleCorpus } from './exampleCorpus.mjs';
import { build } from 'tsup';
import { tsImport } from 'tsx/esm/api';

const { values: opt } = parseArgs({ options: { tree: { type: 'string' }, articles: { type: 'string', default: '120' }, jsonl: { type: 'string' } } });
const root = fileURLToPath(new URL('../', import.meta.url));
const tree = resolve(opt.tree ?? root) + '/';
const out = join(root, 'bench/results/attribution-sentences');

/** Replaces `anchor` (which must occur once) in `text`. */
function patch(text, anchor, replacement, file) {
  const at = text.indexOf(anchor);
  if (at < 0 || text.indexOf(anchor, at + 1) >= 0) throw new Error(`${file}: anchor not found once: ${anchor.slice(0, 80)}`);
  return text.slice(0, at) + replacement + text.slice(at + anchor.length);
}

const PATCHES = {
  'attribution/findAttributions.ts': [
    ["import { lazyPattern }", "import { tokenFlags as __flags, ANY_CUE as __ANY } from './tokenFlags.js';\nimport { lazyPattern }"],
    [
      '  const text = doc.text;\n  const paragraphs',
      '  const P: any = (globalThis as any).__sentences;\n  const D = new Float64Array(8);\n  let t0 = performance.now();\n  let t1 = t0;\n  const text = doc.text;\n  const paragraphs',
    ],
    [
      '  const quoteIndex = findSpeechQuotes(doc, paragraphs, lex);\n',
      '  const quoteIndex = findSpeechQuotes(doc, paragraphs, lex);\n  t1 = performance.now(); D[0] += t1 - t0; t0 = t1;\n  const FL = __flags(doc, lex);\n  t1 = performance.now(); D[1] += t1 - t0; t0 = t1;\n',
    ],
    [
      '      const firstOfSentence = relations.length;\n      for (let w = firstWindowOf(doc, s); w !== null; w = nextWindowOf(doc, w)) {\n        noteMentions(doc, registry, lex, w.ts, w.te, blocked);\n',
      '      const firstOfSentence = relations.length;\n      let nc = 0, nr = 0, cand = 0, colon = 0, inq = 0, ta = 0, tb = 0, tc = 0, td = 0;\n      for (let k = sent.tokenStart; k < sent.tokenEnd; k++) {\n        if ((FL[k]! & __ANY) !== 0 || k < sent.tokenStart + 2) cand++;\n        if (doc.value[k] === \':\') colon++;\n        if (quoteIndex.inQuote[k]! >= 0 || isQuoteMark(doc, k)) inq++;\n      }\n      t1 = performance.now(); D[7] += t1 - t0; t0 = t1;\n      for (let w = firstWindowOf(doc, s); w !== null; w = nextWindowOf(doc, w)) {\n        noteMentions(doc, registry, lex, w.ts, w.te, blocked);\n        t1 = performance.now(); ta += t1 - t0; t0 = t1;\n',
    ],
    [
      '        const found = attributionsOfSentence(ctx, w, keepAttributing(findCues(doc, w, lex, blocked), notAttributive));\n',
      '        const cs = keepAttributing(findCues(doc, w, lex, blocked), notAttributive);\n        nc += cs.length;\n        t1 = performance.now(); tb += t1 - t0; t0 = t1;\n        const found = attributionsOfSentence(ctx, w, cs);\n        nr += found.length;\n        t1 = performance.now(); tc += t1 - t0; t0 = t1;\n',
    ],
    ['        relations.push(direct);\n      }\n    }\n  }\n', '        relations.push(direct);\n      }\n      t1 = performance.now(); td += t1 - t0; t0 = t1;\n      P.sentences.push([cand, nc, nr, colon, inq, ta, tb, tc, td, sent.tokenEnd - sent.tokenStart]);\n    }\n  }\n  t1 = performance.now(); D[2] += t1 - t0; t0 = t1;\n'],
    ['  // 3. Output (', '  t1 = performance.now(); D[3] += t1 - t0; t0 = t1;\n  // 3. Output ('],
    ['  attributions.sort(byStartThenCue);\n', '  attributions.sort(byStartThenCue);\n  for (const a of P.kept) P.out.add(a);\n  P.kept.length = 0;\n  t1 = performance.now(); D[4] += t1 - t0; t0 = t1;\n'],
    [
      '  return { quotes: quoteOut, attributions, sources: buildSources(registry, attributions, quoteOut, doc, paragraphs) };\n',
      '  const sourcesOut = buildSources(registry, attributions, quoteOut, doc, paragraphs);\n  t1 = performance.now(); D[5] += t1 - t0; t0 = t1;\n  P.documents.push(D);\n  return { quotes: quoteOut, attributions, sources: sourcesOut };\n',
    ],
    ['  for (const r of dropQuotationAsides(doc, oneRelationPerContent(doc, relations, quoteRelation))) attributions.push(attributionOf(doc, r));', '  for (const r of dropQuotationAsides(doc, oneRelationPerContent(doc, relations, quoteRelation))) {\n    (globalThis as any).__sentences.kept.push(r);\n    attributions.push(attributionOf(doc, r));\n  }'],
  ],
  'attribution/sentenceAttributions.ts': [
    [
      '    const built = buildRelation(ctx, cue, ts, te, rels, isCueVerb);\n',
      '    const q0 = performance.now();\n    const built = buildRelation(ctx, cue, ts, te, rels, isCueVerb);\n    (globalThis as any).__sentences.cues.push([cue.type, performance.now() - q0, built ? built.relation : null]);\n',
    ],
  ],
};

// (the copy in a temporary folder, outside the project's type check, beside links to the tree's lexicons/, which
// src/lexicons imports as ../../lexicons, and node_modules/, from which the build resolves the model's data)
const copy = mkdtempSync(join(tmpdir(), 'slantwise-sentences-'));
cpSync(join(tree, 'src'), join(copy, 'src'), { recursive: true });
symlinkSync(join(tree, 'lexicons'), join(copy, 'lexicons'));
symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
for (const [file, edits] of Object.entries(PATCHES)) {
  const path = join(copy, 'src', file);
  let text = readFileSync(path, 'utf8');
  for (const [anchor, replacement] of edits) text = patch(text, anchor, replacement, file);
  writeFileSync(path, text);
}
mkdirSync(out, { recursive: true });
const entry = join(copy, 'entry.ts');
writeFileSync(entry, ['document/readDocument', 'document/segments/segmentDocument', 'attribution/findAttributions'].map((m) => `export * from '${join(copy, 'src', m)}.js';\n`).join(''));
const { winkCoreDataFromPackage } = await tsImport(`${tree}scripts/coldStartPlugins.ts`, import.meta.url);
const { version } = JSON.parse(readFileSync(`${tree}package.json`, 'utf8'));
await build({
  config: false,
  silent: true,
  entry: { stage: entry },
  format: ['esm'],
  outDir: join(out, 'build'),
  target: 'es2022',
  platform: 'node',
  splitting: false,
  define: { __SLANTWISE_VERSION__: JSON.stringify(version) },
  external: ['wink-nlp', 'wink-eng-lite-web-model', 'zod', 'natural'],
  noExternal: [/eng-core-web-model\.json$/, /eng-cer-meta-model\.json$/, /^sentiment\/languages\//, /^natural\/lib\/natural\/distance\//],
  esbuildPlugins: [winkCoreDataFromPackage('esm')],
});
rmSync(copy, { recursive: true, force: true });
const bundle = readdirSync(join(out, 'build')).map((f) => join(out, 'build', f)).find((f) => /stage\.m?js$/.test(f));
const P = { sentences: [], cues: [], documents: [], kept: [], out: new WeakSet() };
globalThis.__sentences = P;
const L = await import(pathToFileURL(bundle).href);

const n0 = Number(opt.articles);
let texts;
if (opt.jsonl) {
  const raw = readFileSync(opt.jsonl);
  texts = (opt.jsonl.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8').trim().split('\n').slice(0, n0).map((l) => JSON.parse(l).text);
} else {
  texts = exampleCorpus(n0);
}
const read = () => texts.map((t) => {
  const doc = L.readDocument(t);
  return [doc, L.segmentDocument(doc).segments];
});
// (warm-up: rare rule functions reach the optimising compiler only after hundreds of documents)
for (let done = 0; done < 1500; done += texts.length) for (const [doc, segs] of read()) L.findAttributions(doc, segs);
P.sentences.length = P.cues.length = P.documents.length = 0;
const rounds = Math.max(1, Math.ceil(600 / texts.length));
for (let r = 0; r < rounds; r++) for (const [doc, segs] of read()) L.findAttributions(doc, segs);
const n = rounds * texts.length;

const per = (ms) => `${((ms / n) * 1000).toFixed(1).padStart(7)} µs`;
const pct = (x, all) => `${((100 * x) / all).toFixed(1).padStart(5)} %`;
// per-document passes (a document with a pass over 1 ms is left out, its sentences still counted)
const passes = ['speech quotes (findSpeechQuotes, paragraphs)', 'token flags (tokenFlags)', 'sentence loop', 'partial/unclaimed quotations', 'relations to output (oneRelationPerContent, attributionOf, sort)', 'sources (buildSources)', '', 'setup and the tool\'s own scan'];
const docSum = new Float64Array(8);
let docsKept = 0;
for (const D of P.documents) {
  if (D.some((x, i) => i !== 2 && x > 1)) continue;
  docsKept++;
  D.forEach((x, i) => (docSum[i] += x));
}
const scale = n / docsKept;
// sentences
const cls = new Map();
let dropped = 0;
let gate = 0;
let gateN = 0;
let sentenceSum = 0;
for (const [cand, nc, nr, colon, inq, ta, tb, tc, td, len] of P.sentences) {
  if (ta > 0.4 || tb > 0.4 || tc > 0.4 || td > 0.4) {
    dropped++;
    continue;
  }
  const key = nr > 0 ? 'C relations' : nc > 0 ? 'B cues, no relation' : inq > 0 || colon > 0 ? 'A0 no cue; a quotation or colon' : 'A no cue, no quotation, no colon';
  const e = cls.get(key) ?? { n: 0, len: 0, cand: 0, t: [0, 0, 0, 0] };
  e.n++;
  e.len += len;
  e.cand += cand;
  [ta, tb, tc, td].forEach((x, i) => (e.t[i] += x));
  cls.set(key, e);
  sentenceSum += ta + tb + tc + td;
  if (cand <= 2 && nc === 0) {
    gate += tb;
    gateN++;
  }
}
const stage = docSum.reduce((a, b, i) => a + (i === 2 || i === 7 ? 0 : b), 0) * scale + sentenceSum;
console.log(`${n} articles (${texts.length} × ${rounds} after a warm-up of 1,500), ${(P.sentences.length / n).toFixed(1)} sentences per article; stage ≈ ${per(stage)} per article with timers (sum of the parts below; ${dropped} of ${P.sentences.length} sentences and ${P.documents.length - docsKept} documents left out as preempted)`);
console.log('\nper-document passes:');
for (const i of [0, 1, 3, 4, 5]) console.log(`${passes[i].padEnd(64)} ${per(docSum[i] * scale)} ${pct(docSum[i] * scale, stage)}`);
console.log(`${'sentences (noteMentions, findCues, attributionsOfSentence, colon quotations)'.padEnd(64)} ${per(sentenceSum)} ${pct(sentenceSum, stage)}`);
console.log('\nsentences by class (per article; µs per article; tokens and candidates per sentence):');
console.log(`${'class'.padEnd(34)} sentences tokens cands   mentions      findCues     relations     colon q.    share`);
for (const [k, e] of [...cls].sort()) {
  const all = e.t.reduce((a, b) => a + b, 0);
  console.log(`${k.padEnd(34)} ${(e.n / n).toFixed(1).padStart(9)} ${(e.len / e.n).toFixed(1).padStart(6)} ${(e.cand / e.n).toFixed(1).padStart(5)} ${e.t.map(per).join(' ')} ${pct(all, stage)}`);
}
console.log(`\ngate ceiling: ${(gateN / n).toFixed(1)} sentences per article have no candidate past their two first tokens and no cue; findCues spends ${per(gate)} per article in them (${pct(gate, stage)} of the stage)`);
// cue builds by fate
const fates = new Map();
let buildSum = 0;
let cueDropped = 0;
for (const [type, dt, r] of P.cues) {
  if (dt > 0.4) {
    cueDropped++;
    continue;
  }
  const fate = r === null ? 'no relation built' : P.out.has(r) ? 'output' : r.dropped ? 'built, dropped' : r.content === null ? 'built, no content' : r.parts.length === 0 ? 'built, content left out' : 'built, merged or cut';
  const key = `${type}: ${fate}`;
  const e = fates.get(key) ?? { n: 0, t: 0 };
  e.n++;
  e.t += dt;
  fates.set(key, e);
  buildSum += dt;
}
console.log(`\nbuildRelation by cue type and fate (${(P.cues.length / n).toFixed(1)} calls per article, ${per(buildSum)} = ${pct(buildSum, stage)} of the stage; ${cueDropped} calls left out as preempted):`);
for (const [k, e] of [...fates].sort((a, b) => b[1].t - a[1].t)) console.log(`${k.padEnd(34)} ${(e.n / n).toFixed(2).padStart(6)} per article ${per(e.t)} ${pct(e.t, buildSum)} of the builds, ${((1000 * e.t) / e.n).toFixed(1).padStart(5)} µs per call`);
