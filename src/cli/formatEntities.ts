import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import type { Comparison } from '../schema/comparison.js';
import { cellText, matrixEntities } from '../report/entityMatrix.js';

/** Per article: the people, bodies and groups it names, with mentions and the labels it attaches. */
export function formatEntityList(analyses: readonly ArticleAnalysis[], limit = 12): string {
  const out = ['Entities named (mentions; labels)'];
  for (const a of analyses) {
    const named = (a.entities ?? []).filter((e) => e.type !== 'place').sort((x, y) => y.mentions.length - x.mentions.length).slice(0, limit);
    out.push(`  ${a.id}: ${named.map((e) => `${e.name} (${e.type === 'organization' ? 'org' : e.type}, ${e.mentions.length}${e.labels.length ? `; ${[...new Set(e.labels.map((l) => l.text))].join(', ')}` : ''})`).join('; ') || '–'}`);
  }
  return out.join('\n');
}

/** The entities aligned across articles: each article's name or label for them, and how they were aligned. */
export function formatEntityAlignment(c: Comparison, limit = 20): string {
  const out = ['Entities across articles: the label (or name) each article uses; – left out'];
  const rows = matrixEntities(c, limit);
  if (rows.length === 0) out.push('  none named in more than one article');
  for (const e of rows) {
    const how = e.evidence.length ? ` [aligned by ${[...new Set(e.evidence.map((x) => x.kind))].join(', ')}; confidence ${e.confidence}]` : '';
    out.push(`  ${e.name} (${e.quantity !== undefined ? 'counted group' : e.type})${how}`);
    for (const a of c.articles) {
      const x = cellText(e, a.id);
      out.push(`    ${a.id}: ${x ? `${x.text}${x.renamed ? ' (named differently)' : ''}${x.quoted ? ' (speaks)' : ''}` : '–'}`);
    }
  }
  return out.join('\n');
}
