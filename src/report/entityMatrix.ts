/** The rows of the entities × articles matrix, shared by the HTML and Markdown reports and the CLI. */
import type { Comparison } from '../schema/comparison.js';

type AlignedEntity = Comparison['entities'][number];

/** Entities worth a row: named in two or more articles, or labelled somewhere; most covered first. */
export function matrixEntities(c: Comparison, limit = 40): AlignedEntity[] {
  return (c.entities ?? [])
    .filter((e) => e.type !== 'place' && (new Set(e.occurrences.map((o) => o.articleId)).size >= 2 || e.occurrences.some((o) => o.labels.length > 0)))
    .slice(0, limit);
}

/** What one article calls an entity: its labels, else the name it uses. */
export function cellText(e: AlignedEntity, articleId: string): { text: string; labelled: boolean; quoted: boolean; renamed: boolean } | null {
  const occ = e.occurrences.filter((o) => o.articleId === articleId);
  if (occ.length === 0) return null;
  const labels = [...new Set(occ.flatMap((o) => o.labels.map((l) => l.text)))];
  const names = [...new Set(occ.map((o) => o.name))];
  const renamed = names.some((n) => n !== e.name);
  return { text: labels.length > 0 ? labels.join('; ') : names.join('; '), labelled: labels.length > 0, quoted: occ.some((o) => o.quoted), renamed };
}
