import type { ArticleAnalysis, SegmentKind } from '../schema/articleAnalysis.js';
import { percent, textTable } from './textTable.js';

const KINDS: SegmentKind[] = ['body', 'heading', 'editorial', 'boilerplate', 'caption', 'insert', 'bio', 'byline'];

/**
 * The side-by-side summary of several analyses: one column per article, one row per measure,
 * then each article's provenance.
 */
export function formatAnalysisTable(analyses: ArticleAnalysis[]): string {
  if (analyses.length === 0) return '(no articles)';
  const header = ['', ...analyses.map((a) => a.id)];
  const row = (label: string, f: (a: ArticleAnalysis) => string | number) => [label, ...analyses.map(f)];
  const count = (a: ArticleAnalysis, k: SegmentKind) => a.segments.filter((s) => s.kind === k).length;
  const rows = [
    row('outlet', (a) => a.outlet ?? a.provenance.originalOutlet ?? '–'),
    row('words', (a) => a.metrics.words),
    row('analysed words', (a) => a.metrics.bodyWords),
    row('sentences', (a) => a.metrics.sentences),
    ...KINDS.map((k) => row(`segments: ${k}`, (a) => count(a, k))),
    row('editorial share', (a) => percent(a.metrics.editorialShare)),
    row('boilerplate share', (a) => percent(a.metrics.boilerplateShare)),
  ];
  const provenance = analyses.map((a) => {
    const p = a.provenance;
    const parts = [
      p.label ? `label: ${p.label.text}` : null,
      p.originalOutlet ? `original outlet: ${p.originalOutlet}` : null,
      p.originalTitle ? `original title: “${p.originalTitle}”` : null,
      p.syndicator ? `syndicator: ${p.syndicator}` : null,
      p.authors?.length ? `authors: ${p.authors.join(', ')}` : null,
    ].filter(Boolean);
    return `  ${a.id}: ${parts.length ? parts.join('; ') : 'no provenance found'}`;
  });
  return `${textTable(header, rows)}\n\nProvenance\n${provenance.join('\n')}`;
}
