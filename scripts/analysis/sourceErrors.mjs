// Error analysis for "source right" on the development attribution corpus (measurement only:
// nothing it prints goes into the project). Matches relations like ../shared/devdata/attribution/score.mjs
// and groups found relations whose predicted source is wrong by phenomenon.
// Run from the project root:  node scripts/analysis/sourceErrors.mjs [--limit N] [--show N] [--kind K] [--dist path/index.js]
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const devdata = join(process.cwd(), '..', 'shared', 'devdata');
const { loadLibrary, readJsonl, flag } = await import(pathToFileURL(join(devdata, 'load-library.mjs')).href);
const distFlag = flag('dist', null);
const lib = distFlag ? await import(pathToFileURL(distFlag).href) : await loadLibrary();
const arts = readJsonl(join(devdata, 'attribution', 'attribution-train.jsonl.gz')).slice(0, Number(flag('limit', 1e9)));
const show = Number(flag('show', 4));
const onlyKind = flag('kind', null);

const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const spans = (parts) => (parts || []).flatMap((p) => p.spans.map(([start, end]) => ({ start, end })));
const hull = (ss) => (ss.length ? { start: Math.min(...ss.map((s) => s.start)), end: Math.max(...ss.map((s) => s.end)) } : null);
const PRONOUN = /^(he|she|they|it|we|i|you|him|her|them|us|me|his|its|their|our|my)$/i;
const sentenceOf = (text, pos) => {
  let s = pos; while (s > 0 && !/[.!?]\s/.test(text.slice(s - 2, s))) s--;
  let e = pos; while (e < text.length && !/[.!?]/.test(text[e])) e++;
  return { start: s, end: Math.min(text.length, e + 1) };
};

let seed = Number(flag('seed', 7));
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const sample = (xs) => xs.map((x) => [rnd(), x]).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
const groups = new Map(); let found = 0, right = 0;
const add = (kind, item) => { if (!groups.has(kind)) groups.set(kind, []); groups.get(kind).push(item); };
for (const art of arts) {
  const text = art.text;
  const a = lib.analyzeArticle({ id: art.id, text });
  const preds = a.attributions.map((x) => ({ start: x.start, end: x.end, cue: x.cueSpan, src: x.sourceSpan, kind: x.sourceKind ?? x.source?.kind }));
  const used = new Set();
  for (const g of art.attributions) {
    const content = hull(spans(g.content)); if (!content) continue;
    let best = -1, bestCov = 0;
    preds.forEach((p, i) => { if (used.has(i)) return; const cov = overlap(content, p) / (content.end - content.start); if (cov > bestCov) { bestCov = cov; best = i; } });
    if (best < 0 || bestCov < 0.5) continue;
    used.add(best); found++;
    const p = preds[best];
    const gs = hull(spans(g.source));
    if ((g.no_source && !p.src) || (gs && p.src && overlap(gs, p.src) > 0)) { right++; continue; }
    const gcue = hull(spans(g.cue));
    const cueText = (g.cue || []).map((c) => c.text).join(' ');
    const goldText = gs ? text.slice(gs.start, gs.end) : '—';
    const predText = p.src ? text.slice(p.src.start, p.src.end) : '—';
    const anchor = gcue ?? content;
    const sent = sentenceOf(text, anchor.start);
    let kind;
    if (g.no_source || !gs) kind = 'predicted source, gold sourceless';
    else if (!p.src) kind = `gold source, predicted none (${gcue && p.cue && overlap(gcue, p.cue) > 0 ? 'same cue' : 'other cue'})`;
    else if (/^according/i.test(cueText)) kind = 'according to';
    else if (PRONOUN.test(goldText.trim()) && !PRONOUN.test(predText.trim())) kind = 'gold pronoun, we report another mention';
    else if (PRONOUN.test(predText.trim())) kind = 'predicted pronoun, gold a name';
    else if (gs.end <= sent.start || gs.start >= sent.end) kind = 'gold source in another sentence';
    else if (/\band\b/.test(goldText) || /\band\b/.test(text.slice(Math.min(gs.end, p.src.end), Math.max(gs.start, p.src.start)))) kind = 'coordinated subjects';
    else if (/\bby\s*$/i.test(text.slice(Math.max(0, gs.start - 5), gs.start))) kind = 'passive by-agent';
    else if (/^\s*['’]s?\b/.test(text.slice(gs.end, gs.end + 3))) kind = 'possessive source';
    else if (gcue && gs.start >= gcue.end) kind = 'inverted: gold after cue';
    else if (/\b(for|of|at|with|from|in)\s+$/i.test(text.slice(Math.min(gs.end, p.src.end), Math.max(gs.start, p.src.start))) || /\b(who|which|that)\b/.test(text.slice(Math.min(gs.end, p.src.end), Math.max(gs.start, p.src.start)))) kind = 'relative clause / appositive / PP';
    else kind = 'source elsewhere in the sentence';
    if (!(gcue && p.cue && overlap(gcue, p.cue) > 0) && !kind.startsWith('gold source, predicted none')) kind = `(other cue) ${kind}`;
    if (onlyKind && !kind.startsWith(onlyKind)) { add(kind, null); continue; }
    const ctxStart = Math.max(0, Math.min(anchor.start, gs?.start ?? anchor.start, p.src?.start ?? anchor.start) - 60);
    const ctxEnd = Math.min(text.length, Math.max(anchor.end, gs?.end ?? 0, p.src?.end ?? 0) + 60);
    add(kind, { id: art.id, gold: goldText, pred: predText, cue: cueText, pcue: p.cue ? text.slice(p.cue.start, p.cue.end) : '—', ctx: text.slice(ctxStart, ctxEnd).replace(/\s+/g, ' ') });
  }
}
console.log(`found ${found}, source right ${right} (${(100 * right / found).toFixed(1)}), wrong ${found - right}`);
for (const [kind, items] of [...groups].sort((x, y) => y[1].length - x[1].length)) {
  console.log(`\n## ${kind}: ${items.length}`);
  for (const it of sample(items.filter(Boolean)).slice(0, show)) console.log(`  [${it.id}] gold «${it.gold}» pred «${it.pred}» cue «${it.cue}» our cue «${it.pcue}»\n      ${it.ctx}`);
}
