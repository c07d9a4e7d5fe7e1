/**
 * Each article's text rebuilt from its segments with every evidence span highlighted: spans are
 * collected, placed on the segments and nested into well-formed `<mark>` trees.
 */
import type { ArticleAnalysis, Segment } from '../../schema/articleAnalysis.js';
import type { ReportContext } from './context.js';
import { attr, cssIdent, esc, num } from './format.js';
import { firstEndingAfter } from '../../document/spanSearch.js';

/** Category priorities: lower = outer when two spans have the same range, and first in tooltips. */
const RANK = { quote: 0, frame: 1, loaded: 2, hedge: 3, intensifier: 4, label: 5 } as const;

export interface Hl {
  /** Offsets into the original input. */
  start: number;
  end: number;
  text: string;
  rank: number;
  /** Position in collection order, the last tie-breaker. */
  order: number;
  classes: string[];
  reason: string;
  /** Frame ids, for banded fills when several frames share one range. */
  frames: string[];
}

interface Piece {
  start: number;
  end: number;
  hl: Hl[];
  cont: boolean;
}

export interface TreeNode {
  start: number;
  end: number;
  piece: Piece | null;
  children: TreeNode[];
}

const voiceText = (v: string) => `${v} voice`;

export function collectHighlights(a: ArticleAnalysis, ctx: ReportContext): Hl[] {
  const out: Hl[] = [];
  const push = (h: Omit<Hl, 'order'>) => out.push({ ...h, order: out.length });
  const sources = new Map(a.sources.map((s) => [s.id, s]));
  for (const q of a.quotes) {
    const src = q.sourceId ? sources.get(q.sourceId) : undefined;
    const kind = src?.kind ?? 'none';
    const who = q.speaker ?? src?.name ?? 'unknown';
    const desc = src ? ` (${src.kind}${src.role ? `, ${src.role}` : ''})` : ' (source not resolved)';
    push({ start: q.start, end: q.end, text: q.text, rank: RANK.quote, classes: ['hl-quote', `q-${kind}`], reason: `quote · speaker ${who}${desc}${q.partial ? ' · partial' : ''}`, frames: [] });
  }
  for (const f of ctx.frames) {
    for (const e of a.frames[f]?.evidence ?? []) {
      push({
        start: e.start,
        end: e.end,
        text: e.text,
        rank: RANK.frame,
        classes: ['hl-frame', `f-${cssIdent(f)}`, ...(e.negated ? ['hl-neg'] : [])],
        reason: `frame ${f} · entry ‘${e.entry}’ · ${voiceText(e.voice)}${e.negated ? ' · negated' : ''} · weight ${e.weight}`,
        frames: [f],
      });
    }
  }
  for (const e of a.language.loaded) push({ start: e.start, end: e.end, text: e.text, rank: RANK.loaded, classes: ['hl-loaded'], reason: `loaded language · ${e.lexicon} · entry ‘${e.entry}’ · ${voiceText(e.voice)}${e.negated ? ' · negated' : ''}`, frames: [] });
  for (const e of a.language.hedges) push({ start: e.start, end: e.end, text: e.text, rank: RANK.hedge, classes: ['hl-hedge'], reason: `hedge · entry ‘${e.entry}’ · ${voiceText(e.voice)}`, frames: [] });
  for (const e of a.language.intensifiers) push({ start: e.start, end: e.end, text: e.text, rank: RANK.intensifier, classes: ['hl-intens'], reason: `intensifier · entry ‘${e.entry}’ · ${voiceText(e.voice)}${e.negated ? ' · negated' : ''}`, frames: [] });
  for (const e of a.language.labels) {
    push({
      start: e.start,
      end: e.end,
      text: e.text,
      rank: RANK.label,
      classes: ['hl-label', e.hedged ? 'hl-label-hedged' : 'hl-label-presumptive'],
      reason: `accused label · ${e.hedged ? 'hedged' : 'presumptive'} · entry ‘${e.entry}’ · ${voiceText(e.voice)}${e.negated ? ' · negated' : ''}`,
      frames: [],
    });
  }
  return out;
}

const cmpPiece = (x: Piece, y: Piece) => x.start - y.start || y.end - x.end || x.hl[0]!.rank - y.hl[0]!.rank || x.hl[0]!.order - y.hl[0]!.order;

/**
 * Places highlights on the segments and nests them into well-formed `<mark>` trees.
 *
 * Overlap rule (deterministic, nothing dropped silently):
 * 1. A span is cut at segment boundaries (one `<p>` per segment); each piece must match the
 *    segment text at its offsets. A span that lies outside every segment, is empty, or whose
 *    text does not match is not highlighted but listed under the article ("not placed").
 * 2. Within a segment, spans with exactly the same range (also after a cut, see 3) are merged
 *    into one `<mark>` carrying every category's classes and every reason, in priority order
 *    (several frames on one range get banded fills).
 * 3. Pieces are ordered by start, then longer first, then category priority
 *    quote > frame > loaded > hedge > intensifier > label, then input order. A span that lies
 *    inside an earlier one becomes a nested `<mark>`; a span that crosses the end of the mark it
 *    starts in is cut there and its remainder continues as a sibling (class `hl-cont`, same
 *    tooltip). So every span is shown over its whole extent.
 * 4. Categories use separate visual channels (quote: coloured underline; frame: background;
 *    loaded: dark red text with a wavy underline; hedge / intensifier: dotted / double
 *    underline; label: outline), so nested marks stay distinguishable; each tooltip lists the
 *    mark's own reasons and then those of the marks it sits within.
 */
export function placeHighlights(segments: Segment[], hls: Hl[]): { perSegment: TreeNode[]; unplaced: { hl: Hl; why: string }[] } {
  const bySegment: Piece[][] = segments.map(() => []);
  const unplaced: { hl: Hl; why: string }[] = [];
  for (const h of hls) {
    if (!(h.end > h.start)) {
      unplaced.push({ hl: h, why: 'empty span' });
      continue;
    }
    const hits: { si: number; start: number; end: number }[] = [];
    let mismatch = false;
    // segments are sorted and disjoint: start at the first one ending after the span starts
    for (let si = firstEndingAfter(segments, h.start); si < segments.length && segments[si]!.start < h.end; si++) {
      const s = segments[si]!;
      if (h.start >= s.end) continue;
      const start = Math.max(h.start, s.start);
      const end = Math.min(h.end, s.end);
      if (s.text.slice(start - s.start, end - s.start) !== h.text.slice(start - h.start, end - h.start)) mismatch = true;
      hits.push({ si, start, end });
    }
    if (hits.length === 0) unplaced.push({ hl: h, why: 'outside every segment' });
    else if (mismatch) unplaced.push({ hl: h, why: 'text does not match the segment at these offsets' });
    else hits.forEach((p, k) => bySegment[p.si]!.push({ start: p.start, end: p.end, hl: [h], cont: k > 0 }));
  }
  const perSegment = segments.map((s, si) => {
    // merge identical ranges
    const merged = new Map<string, Piece>();
    for (const p of bySegment[si]!) {
      const key = `${p.start}:${p.end}`;
      const m = merged.get(key);
      if (m) {
        m.hl.push(...p.hl);
        m.cont = m.cont && p.cont;
      } else merged.set(key, { ...p, hl: [...p.hl] });
    }
    for (const m of merged.values()) m.hl.sort((x, y) => x.rank - y.rank || x.order - y.order);
    const queue = [...merged.values()].sort(cmpPiece);
    const root: TreeNode = { start: s.start, end: s.end, piece: null, children: [] };
    const stack: TreeNode[] = [root];
    while (queue.length > 0) {
      let p = queue.shift()!;
      while (stack.length > 1 && stack[stack.length - 1]!.end <= p.start) stack.pop();
      const top = stack[stack.length - 1]!;
      if (p.end > top.end) {
        const tail: Piece = { ...p, start: top.end, cont: true };
        let at = queue.findIndex((q) => cmpPiece(tail, q) < 0);
        if (at < 0) at = queue.length;
        queue.splice(at, 0, tail);
        p = { ...p, end: top.end };
      }
      if (top.piece && top.start === p.start && top.end === p.end) {
        // the head of a cut span can coincide with a span of its own: merge them too
        top.piece = { ...top.piece, hl: [...top.piece.hl, ...p.hl].sort((x, y) => x.rank - y.rank || x.order - y.order), cont: top.piece.cont && p.cont };
        continue;
      }
      const node: TreeNode = { start: p.start, end: p.end, piece: p, children: [] };
      top.children.push(node);
      stack.push(node);
    }
    return root;
  });
  return { perSegment, unplaced };
}

export function renderTree(ctx: ReportContext, seg: Segment, node: TreeNode, within: string[]): string {
  let out = '';
  let pos = node.start;
  const here = node.piece ? [...node.piece.hl.map((h) => h.reason), ...within] : within;
  for (const child of node.children) {
    out += esc(seg.text.slice(pos - seg.start, child.start - seg.start));
    out += renderMark(ctx, seg, child, here);
    pos = child.end;
  }
  out += esc(seg.text.slice(pos - seg.start, node.end - seg.start));
  return out;
}

function renderMark(ctx: ReportContext, seg: Segment, node: TreeNode, within: string[]): string {
  const p = node.piece!;
  const classes = ['hl', ...new Set(p.hl.flatMap((h) => h.classes))];
  if (p.cont) classes.push('hl-cont');
  const frames = [...new Set(p.hl.flatMap((h) => h.frames))];
  let style = '';
  if (frames.length > 1) {
    const step = 100 / frames.length;
    style = ` style="background:linear-gradient(to bottom, ${frames.map((f, i) => `${ctx.frameColour.get(f)} ${num(i * step, 1)}% ${num((i + 1) * step, 1)}%`).join(', ')})"`;
  }
  const own = p.hl.map((h) => h.reason);
  const title = [...own, ...within.map((r) => `within ${r}`)].join('\n');
  const cats = [...new Set(p.hl.map((h) => h.classes[0]!.replace(/^hl-/, '')))].join(' ');
  return `<mark class="${classes.join(' ')}" data-cat="${cats}" title="${attr(title)}"${style}>${renderTree(ctx, seg, node, within)}</mark>`;
}
