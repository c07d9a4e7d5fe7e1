/**
 * Scores the attribution stage against the hand-written gold set in
 * test/fixtures/attribution-gold.json: quote precision/recall/F1 (exact spans), speaker
 * accuracy on matched quotes, attribution precision/recall/F1 (a predicted attribution matches
 * a gold one when their content spans overlap by at least half of the shorter), and, on
 * matched attributions, source-kind, speaker, stance and (where the gold gives it) cue-class accuracy.
 *
 * Run: npm run eval:attribution  (builds first; add --verbose to list every miss). It imports the
 * built package because tsx cannot load the AFINN word list that the source imports as JSON.
 */
import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../dist/index.js';

interface GoldQuote { text: string; speaker: string | null; partial: boolean }
interface GoldAttribution { content: string; cue: string; source: string | null; speaker: string | null; kind: string; role: string | null; stance: string; mode: string; cueClass?: string }
interface GoldCase { id: string; pattern: string; text: string; quotes: GoldQuote[]; attributions: GoldAttribution[] }

const verbose = process.argv.includes('--verbose');
const norm = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/^the\s+/, '').replace(/[’']/g, "'").trim();

function score(file: string, label: string): void {
let gold: { cases: GoldCase[] };
try {
  gold = JSON.parse(readFileSync(new URL(`../test/fixtures/${file}`, import.meta.url), 'utf8')) as { cases: GoldCase[] };
} catch {
  return;
}
const c = { qTp: 0, qFp: 0, qFn: 0, spk: 0, spkN: 0, aTp: 0, aFp: 0, aFn: 0, kind: 0, aSpk: 0, stance: 0, cls: 0, clsN: 0 };
const misses: string[] = [];

for (const g of gold.cases) {
  const a = analyzeArticle({ id: g.id, text: g.text });
  // Quotes: locate each gold quote in order.
  let from = 0;
  const goldQuotes = g.quotes.map((q) => {
    const start = g.text.indexOf(q.text, from);
    from = start + q.text.length;
    return { ...q, start, end: start + q.text.length };
  });
  const matchedPred = new Set<number>();
  for (const q of goldQuotes) {
    const pi = a.quotes.findIndex((p, i) => !matchedPred.has(i) && p.start === q.start && p.end === q.end);
    if (pi < 0) {
      c.qFn++;
      misses.push(`${g.id}: missed quote “${q.text.slice(0, 50)}”`);
      continue;
    }
    matchedPred.add(pi);
    c.qTp++;
    c.spkN++;
    if (norm(a.quotes[pi]!.speaker) === norm(q.speaker)) c.spk++;
    else misses.push(`${g.id}: quote speaker ${JSON.stringify(a.quotes[pi]!.speaker)} ≠ ${JSON.stringify(q.speaker)} for “${q.text.slice(0, 40)}”`);
  }
  a.quotes.forEach((p, i) => {
    if (!matchedPred.has(i)) {
      c.qFp++;
      misses.push(`${g.id}: extra quote “${p.text.slice(0, 50)}”`);
    }
  });

  // Attributions: greedy match on content overlap.
  let aFrom = 0;
  const goldAttr = g.attributions.map((x) => {
    let start = g.text.indexOf(x.content, aFrom);
    if (start < 0) start = g.text.indexOf(x.content);
    aFrom = Math.max(aFrom, start);
    return { ...x, start, end: start + x.content.length };
  });
  const used = new Set<number>();
  for (const x of goldAttr) {
    let best = -1;
    let bestOverlap = 0;
    a.attributions.forEach((p, i) => {
      if (used.has(i)) return;
      const overlap = Math.min(p.end, x.end) - Math.max(p.start, x.start);
      const shorter = Math.min(p.end - p.start, x.end - x.start);
      if (overlap > 0 && overlap >= shorter / 2 && overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    });
    if (best < 0) {
      c.aFn++;
      misses.push(`${g.id}: missed attribution [${x.cue}] ${x.source ?? '∅'} → “${x.content.slice(0, 50)}”`);
      continue;
    }
    used.add(best);
    c.aTp++;
    const p = a.attributions[best]!;
    const src = a.sources.find((s) => s.id === p.sourceId);
    if (src?.kind === x.kind) c.kind++;
    else misses.push(`${g.id}: kind ${src?.kind} ≠ ${x.kind} for [${x.cue}] ${x.source} (“${p.text.slice(0, 30)}”)`);
    if (norm(p.speaker) === norm(x.speaker)) c.aSpk++;
    else misses.push(`${g.id}: attribution speaker ${JSON.stringify(p.speaker)} ≠ ${JSON.stringify(x.speaker)} [${x.cue}]`);
    if (p.stance === x.stance) c.stance++;
    else misses.push(`${g.id}: stance ${p.stance} ≠ ${x.stance} [${x.cue}]`);
    if (x.cueClass) {
      c.clsN++;
      if (p.cueClass === x.cueClass) c.cls++;
      else misses.push(`${g.id}: cue class ${p.cueClass} ≠ ${x.cueClass} [${x.cue}]`);
    }
  }
  a.attributions.forEach((p, i) => {
    if (!used.has(i)) {
      c.aFp++;
      misses.push(`${g.id}: extra attribution [${p.cue}] ${p.sourceSpan?.text ?? '∅'} → “${p.text.slice(0, 50)}”`);
    }
  });
}

const prf = (tp: number, fp: number, fn: number) => {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { precision: p, recall: r, f1: (2 * p * r) / (p + r || 1) };
};
const q = prf(c.qTp, c.qFp, c.qFn);
const at = prf(c.aTp, c.aFp, c.aFn);
const rows: [string, number, string][] = [
  ['quote precision', q.precision, `${c.qTp}/${c.qTp + c.qFp}`],
  ['quote recall', q.recall, `${c.qTp}/${c.qTp + c.qFn}`],
  ['quote F1', q.f1, ''],
  ['quote speaker accuracy', c.spk / (c.spkN || 1), `${c.spk}/${c.spkN}`],
  ['attribution precision', at.precision, `${c.aTp}/${c.aTp + c.aFp}`],
  ['attribution recall', at.recall, `${c.aTp}/${c.aTp + c.aFn}`],
  ['attribution F1', at.f1, ''],
  ['attribution speaker accuracy', c.aSpk / (c.aTp || 1), `${c.aSpk}/${c.aTp}`],
  ['source-kind accuracy', c.kind / (c.aTp || 1), `${c.kind}/${c.aTp}`],
  ['stance accuracy', c.stance / (c.aTp || 1), `${c.stance}/${c.aTp}`],
  ['cue-class accuracy (where given)', c.cls / (c.clsN || 1), `${c.cls}/${c.clsN}`],
];
console.log(`\n${label} (${file}): ${gold.cases.length} cases\n`);
for (const [name, value, detail] of rows) console.log(`${name.padEnd(30)} ${value.toFixed(3)}  ${detail}`);
if (verbose) console.log(`\n${misses.join('\n')}`);
else if (misses.length) console.log(`\n${misses.length} differences; run with --verbose to list them`);
}

score('attribution-gold.json', 'development gold set');
score('attribution-heldout.json', 'second set (written separately; used for one round of error analysis)');
