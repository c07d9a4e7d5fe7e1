import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import type { Comparison } from '../schema/comparison.js';
import { formatMeasure } from '../measures/formatMeasure.js';
import { findMeasure, measureNames, measureValue } from '../measures/measureValues.js';
import { entityMarkdown } from './entityMarkdown.js';
import { inline } from './markdownInline.js';

export { inline } from './markdownInline.js';

const cell = inline;
const table = (header: string[], rows: unknown[][]) => [`| ${header.map(cell).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');

/**
 * A Markdown report of analyses (and, when given, their comparison): headline measures and
 * frames with their voice split (each row named by its catalogue name), sources, shared
 * quotations with differences, discrepancies and omissions. For notebooks, issue trackers and
 * papers' supplementary material.
 *
 * @example
 * ```ts
 * writeFileSync('report.md', markdownReport(analyses, compareArticles(analyses)));
 * ```
 */
export function markdownReport(analyses: readonly ArticleAnalysis[], comparison?: Comparison): string {
  const out: string[] = ['# slantwise report', ''];
  const names = measureNames(analyses, { headline: true });
  const frameScores = names.filter((n) => findMeasure(n)?.params.frame !== undefined);
  out.push('## Measures', '', 'Rows are measure names from the catalogue (`MEASURES`).', '', table(
    ['measure', ...analyses.map((a) => a.id)],
    [
      ['outlet', ...analyses.map((a) => a.outlet)],
      ['provenance.originalOutlet', ...analyses.map((a) => a.provenance.originalOutlet)],
      ...names.filter((n) => !frameScores.includes(n)).map((n) => [n, ...analyses.map((a) => formatMeasure(n, measureValue(a, n)))]),
    ],
  ), '');
  out.push('## Frames', '', 'Per 1,000 analysed words: `frames.<id>.score` — by voice `frames.<id>.byVoice.author` / `.quoted` / `.editorial`.', '', table(
    ['measure', ...analyses.map((a) => a.id)],
    frameScores.map((n) => {
      const id = findMeasure(n)!.params.frame!;
      return [n, ...analyses.map((a) => {
        const f = a.frames[id];
        return f && f.hits ? `${f.score.toFixed(1)} — ${f.byVoice.author.toFixed(1)} / ${f.byVoice.quoted.toFixed(1)} / ${f.byVoice.editorial.toFixed(1)}` : '–';
      })];
    }),
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
    out.push('', '## Entities across articles (label or *name* each article uses)', '', entityMarkdown(comparison));
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
