import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import type { Comparison } from '../schema/comparison.js';
import { formatAnalysisTable } from './formatAnalysisTable.js';
import { formatEntityAlignment } from './formatEntities.js';

/** `[-removed-]{+added+}` markup of a word diff, as git's word diff shows it. */
export function diffMarkup(parts: { value: string; added?: boolean; removed?: boolean }[]): string {
  return parts.map((p) => (p.added ? `{+${p.value}+}` : p.removed ? `[-${p.value}-]` : p.value)).join('');
}

/** The readable report of `slantwise compare --format table`. */
export function formatComparisonTable(analyses: ArticleAnalysis[], c: Comparison): string {
  const out: string[] = [formatAnalysisTable(analyses), ''];
  out.push('Frame divergence (Jensen–Shannon, 0 = same frame mix, 1 = disjoint), most different first');
  for (const d of [...c.divergence].filter((x) => x.jsd !== null).sort((x, y) => y.jsd! - x.jsd!).slice(0, 6)) out.push(`  ${d.jsd!.toFixed(3)}  ${d.a} ↔ ${d.b}`);
  out.push('', 'Shared quotations');
  if (c.sharedQuotes.length === 0) out.push('  none');
  for (const q of c.sharedQuotes) {
    const articles = q.articles ?? new Set(q.occurrences.map((o) => o.articleId)).size;
    out.push(`  ${q.speaker ?? 'unknown speaker'} — in ${articles} articles, ${q.identical ? 'worded identically' : `worded differently (similarity ${q.similarity})`}`);
    out.push(`    ${q.occurrences[0]!.articleId}: “${q.occurrences[0]!.text}”`);
    q.variants.forEach((v, k) => {
      // Each article's own wording: the occurrence the diff was taken for.
      const occ = q.occurrences[v.occurrence ?? k + 1]!;
      const same = occ.text.trim() === q.occurrences[0]!.text.trim();
      out.push(same ? `    ${v.articleId}: same words` : `    ${v.articleId}: “${occ.text}”\n      diff: ${diffMarkup(v.diff)}`);
    });
  }
  out.push('', formatEntityAlignment(c));
  out.push('', 'Discrepancies (facts that disagree)');
  if (c.discrepancies.length === 0) out.push('  none');
  for (const d of c.discrepancies) {
    out.push(`  ${d.kind}: ${d.subject}`);
    for (const v of d.values) out.push(`    ${v.articleId}: “${v.text}” (offset ${v.start})`);
  }
  out.push('', 'Coverage: sources, names and numbers most others include that an article leaves out; what only it includes');
  const item = new Map(c.coverage.items.map((i) => [i.key, i]));
  const grouped = (keys: string[]) => {
    const parts = (['source', 'person', 'organization', 'number'] as const)
      .map((kind) => [kind, keys.filter((k) => item.get(k)?.kind === kind).map((k) => item.get(k)!.label)] as const)
      .filter(([, labels]) => labels.length > 0)
      .map(([kind, labels]) => `${kind === 'source' ? 'sources' : kind === 'number' ? 'numbers' : kind === 'person' ? 'people named' : 'bodies named'} ${labels.join(', ')}`);
    return parts.join('; ') || '–';
  };
  for (const b of c.coverage.byArticle) {
    out.push(`  ${b.id}`);
    out.push(`    omits: ${grouped(b.omits)}`);
    out.push(`    only here: ${grouped(b.unique)}`);
  }
  out.push('', 'Text similarity (TF-IDF cosine), highest first');
  for (const s of c.similarity.slice(0, 6)) out.push(`  ${s.cosine.toFixed(3)}  ${s.a} ↔ ${s.b}${s.nearDuplicate ? '  ← near-duplicate / syndicated copy' : ''}`);
  out.push('', 'Distinctive terms (weighted log-odds z against the rest of the set)');
  for (const d of c.distinctiveTerms) out.push(`  ${d.id}: ${d.terms.slice(0, 8).map((t) => `${t.term} (${t.z.toFixed(1)})`).join(', ') || '–'}`);
  return out.join('\n');
}
