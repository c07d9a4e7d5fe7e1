/** Section "Shared quotations": the same remark in several articles, with word-level differences. */
import { articleLink, type ReportContext } from '../context.js';
import { attr, esc, num } from '../format.js';
import { scrollTable } from '../layout.js';

export function renderSharedQuotes(ctx: ReportContext): string {
  const qs = ctx.c.sharedQuotes;
  if (qs.length === 0) return '<p class="muted">No quotation appears in more than one article.</p>';
  const cols = '<colgroup><col style="width:235px"><col><col style="width:190px"></colgroup>';
  const blocks = qs.map((q, i) => {
    const first = q.occurrences[0];
    const head = `<h3 class="qhead">${esc(q.speaker ?? 'unknown speaker')} <span class="badge ${q.identical ? 'b-same' : 'b-diff'}">${q.identical ? 'worded identically' : `worded differently · similarity ${num(q.similarity, 2)}`}</span> <span class="muted small">in ${q.articles ?? new Set(q.occurrences.map((o) => o.articleId)).size} articles</span></h3>`;
    const speakerNote = (s: string | null) => (s !== q.speaker ? ` <span class="badge b-warn" title="the speaker is named differently in this article">speaker: ${esc(s ?? 'unknown')}</span>` : '');
    if (q.identical && first) {
      const where = q.occurrences.map((o) => `<span class="where">${articleLink(ctx, o.articleId)}${speakerNote(o.speaker)}</span>`).join(' ');
      return `<div class="quote-cluster" id="shared-quote-${i + 1}">${head}<blockquote class="qtext">“${esc(first.text)}”</blockquote><p class="small">same words in ${where}</p></div>`;
    }
    const rows: string[] = [];
    if (first) rows.push(`<tr><td>${articleLink(ctx, first.articleId)}${speakerNote(first.speaker)}</td><td class="qtext">“${esc(first.text)}”</td><td class="small muted">reference wording</td></tr>`);
    for (const v of q.variants) {
      const occ = q.occurrences[v.occurrence] ?? q.occurrences.find((o) => o.articleId === v.articleId);
      const changed = v.diff.some((p) => p.added || p.removed);
      const diff = v.diff.map((p) => (p.added ? `<ins title="only in ${attr(v.articleId)}">${esc(p.value)}</ins>` : p.removed ? `<del title="only in ${attr(first?.articleId ?? 'the reference')}">${esc(p.value)}</del>` : esc(p.value))).join('');
      rows.push(`<tr><td>${articleLink(ctx, v.articleId)}${occ ? speakerNote(occ.speaker) : ''}</td><td class="qtext diff">“${diff}”</td><td class="small muted">${changed ? `changes against ${esc(first?.articleId ?? 'the first')}` : 'same words'}</td></tr>`);
    }
    return `<div class="quote-cluster" id="shared-quote-${i + 1}">${head}${scrollTable('<tr><th>article</th><th>wording</th><th></th></tr>', rows.join('\n'), 'quotes fixed', cols)}</div>`;
  });
  return `<p class="note">The same remark in several articles. <del>struck out</del> = words of the reference wording missing from this article; <ins>underlined</ins> = words only this article has.</p>\n${blocks.join('\n')}`;
}
