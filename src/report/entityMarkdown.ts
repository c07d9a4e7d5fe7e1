import type { Comparison } from '../schema/comparison.js';
import { cellText, matrixEntities } from './entityMatrix.js';
import { inline as cell } from './markdownInline.js';

/**
 * The entities × articles matrix as a Markdown table: the label each article uses for each
 * person, body or group, or the name it uses (in italics), or – when it leaves it out.
 *
 * @example
 * ```ts
 * entityMarkdown(compareArticles(analyses)); // "| entity | wire | partisan |\n| --- | ..."
 * ```
 */
export function entityMarkdown(c: Comparison): string {
  const rows = matrixEntities(c);
  if (rows.length === 0) return 'No person, body or group is named in more than one article.';
  const ids = c.articles.map((a) => a.id);
  const lines = [`| entity | ${ids.map(cell).join(' | ')} |`, `| --- | ${ids.map(() => '---').join(' | ')} |`];
  for (const e of rows) {
    const cells = ids.map((id) => {
      const x = cellText(e, id);
      if (!x) return '–';
      const text = x.labelled ? cell(x.text) : `*${cell(x.text)}*`;
      return `${text}${x.renamed ? ' ≠' : ''}${x.quoted ? ' (speaks)' : ''}`;
    });
    lines.push(`| ${cell(e.name)} (${e.quantity !== undefined ? 'counted group' : e.type}) | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}
