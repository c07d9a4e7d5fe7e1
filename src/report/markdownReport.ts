import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import type { Comparison } from '../schema/comparison.js';

/**
 * Text from an article (ids, outlets, names, quotations) made inert in Markdown: HTML special
 * characters become entities (a quotation holding "<script>" stays text in renderers that
 * allow inline HTML), Markdown punctuation is backslash-escaped (no stray emphasis, links or
 * table cells), and line breaks become spaces (a quotation cannot end a list item or a row).
 *
 * @example
 * ```ts
 * inline('a | b <i>*x*</i>') // 'a \\| b &lt;i&gt;\\*x\\*&lt;/i&gt;'
 * ```
 */
export function inline(v: unknown): string {
  return String(v ?? '–')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/\r\n|[\n\r\u2028\u2029]/g, ' ');
}

const cell = inline;
const table = (header: string[], rows: unknown[][]) => [`| ${header.map(cell).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);

/**
 * A Markdown report of analyses (and, when given, their comparison): headline measures, frames
 * with their voice split, sources, shared quotations with differences, discrepancies and
 * omissions. For notebooks, issue trackers and papers' supplementary material.
 *
 * @example
 * ```ts
 * writeFileSync('report.md', markdownReport(analyses, compareArticles(analyses)));
 * ```
 */
export function markdownReport(analyses: readonly ArticleAnalysis[], comparison?: Comparison): string {
  const out: string[] = ['# slantwise report', ''];
  out.push('## Articles', '', table(
    ['article', 'outlet', 'words', 'attrib./100w', 'quoted', 'named src', 'anon. src', 'loaded/1k', 'hedged labels', 'editorial', 'top frames'],
    analyses.map((a) => [
      a.id,
      a.outlet ?? a.provenance.originalOutlet,
      a.metrics.bodyWords,
      a.metrics.attributionsPer100Words.toFixed(2),
      pct(a.metrics.quotedWordShare),
      pct(a.metrics.namedSourceShare),
      pct(a.metrics.anonymousSourceShare),
      a.metrics.loadedPer1kWords.toFixed(1),
      pct(a.metrics.hedgedLabelShare),
      pct(a.metrics.editorialShare),
      Object.entries(a.frames).filter(([, f]) => f.score > 0).sort((x, y) => y[1].score - x[1].score).slice(0, 3).map(([id, f]) => `${id} ${f.score.toFixed(1)}`).join(', '),
    ]),
  ), '');
  const frames = [...new Set(analyses.flatMap((a) => Object.keys(a.frames)))];
  out.push('## Frames (per 1,000 analysed words: total — author / quoted / editorial)', '', table(
    ['frame', ...analyses.map((a) => a.id)],
    frames.map((id) => [id, ...analyses.map((a) => {
      const f = a.frames[id];
      return f && f.hits ? `${f.score.toFixed(1)} — ${f.byVoice.author.toFixed(1)} / ${f.byVoice.quoted.toFixed(1)} / ${f.byVoice.editorial.toFixed(1)}` : '–';
    })]),
  ), '');
  out.push('## Sources', '');
  for (const a of analyses) {
    out.push(`**${inline(a.id)}**: ${a.sources.map((s) => `${inline(s.name)} (${s.kind}${s.role ? `, ${s.role}` : ''}, ${s.attributions})`).join('; ') || 'none'}`, '');
  }
  if (comparison) {
    out.push('## Shared quotations', '');
    for (const q of comparison.sharedQuotes) {
      out.push(`- **${q.speaker === null ? 'unknown speaker' : inline(q.speaker)}**, ${q.identical ? 'identical' : 'worded differently'} in ${q.occurrences.map((o) => inline(o.articleId)).join(', ')}`);
      for (const o of q.occurrences) out.push(`  - ${inline(o.articleId)}: “${inline(o.text)}”`);
    }
    out.push('', '## Discrepancies', '');
    if (comparison.discrepancies.length === 0) out.push('None.');
    for (const d of comparison.discrepancies) out.push(`- ${d.kind}: ${inline(d.subject)} — ${d.values.map((v) => `${inline(v.articleId)}: “${inline(v.text)}”`).join('; ')}`);
    out.push('', '## Omissions', '');
    const label = new Map(comparison.coverage.items.map((i) => [i.key, i.label]));
    for (const b of comparison.coverage.byArticle) out.push(`- **${inline(b.id)}** omits ${b.omits.map((k) => inline(label.get(k))).join(', ') || 'nothing most others include'}; only here: ${b.unique.map((k) => inline(label.get(k))).join(', ') || '–'}`);
    out.push('', '## Similarity', '', table(['a', 'b', 'cosine', 'near-duplicate'], comparison.similarity.slice(0, 20).map((s) => [s.a, s.b, s.cosine, s.nearDuplicate ? 'yes' : ''])));
  }
  return `${out.join('\n')}\n`;
}
