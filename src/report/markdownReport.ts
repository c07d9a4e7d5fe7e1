import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import type { Comparison } from '../schema/comparison.js';

const cell = (v: unknown) => String(v ?? '–').replace(/\|/g, '\\|').replace(/\n/g, ' ');
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
      a.metrics.attributionsPer100Words?.toFixed(2) ?? '–',
      pct(a.metrics.quotedWordShare),
      pct(a.metrics.namedSourceShare),
      pct(a.metrics.anonymousSourceShare),
      a.metrics.loadedPer1kWords?.toFixed(1) ?? '–',
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
    out.push(`**${a.id}**: ${a.sources.map((s) => `${s.name} (${s.kind}${s.role ? `, ${s.role}` : ''}, ${s.attributions})`).join('; ') || 'none'}`, '');
  }
  if (comparison) {
    out.push('## Shared quotations', '');
    for (const q of comparison.sharedQuotes) {
      out.push(`- **${q.speaker ?? 'unknown speaker'}**, ${q.identical ? 'identical' : 'worded differently'} in ${q.occurrences.map((o) => o.articleId).join(', ')}`);
      for (const o of q.occurrences) out.push(`  - ${o.articleId}: “${o.text}”`);
    }
    out.push('', '## Discrepancies', '');
    if (comparison.discrepancies.length === 0) out.push('None.');
    for (const d of comparison.discrepancies) out.push(`- ${d.kind}: ${d.subject} — ${d.values.map((v) => `${v.articleId}: “${v.text}”`).join('; ')}`);
    out.push('', '## Omissions', '');
    const label = new Map(comparison.coverage.items.map((i) => [i.key, i.label]));
    for (const b of comparison.coverage.byArticle) out.push(`- **${b.id}** omits ${b.omits.map((k) => label.get(k)).join(', ') || 'nothing most others include'}; only here: ${b.unique.map((k) => label.get(k)).join(', ') || '–'}`);
    out.push('', '## Similarity', '', table(['a', 'b', 'cosine', 'near-duplicate'], comparison.similarity.slice(0, 20).map((s) => [s.a, s.b, s.cosine, s.nearDuplicate ? 'yes' : ''])));
  }
  return `${out.join('\n')}\n`;
}
