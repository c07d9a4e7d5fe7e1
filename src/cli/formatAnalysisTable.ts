import { formatEntityList } from './formatEntities.js';
import type { ArticleAnalysis, SegmentKind } from '../schema/articleAnalysis.js';
import { formatMeasure } from '../measures/formatMeasure.js';
import { findMeasure, measureNames, measureValue } from '../measures/measureValues.js';
import { textTable } from './textTable.js';

const KINDS: SegmentKind[] = ['body', 'heading', 'editorial', 'boilerplate', 'caption', 'insert', 'bio', 'byline'];

function topFrames(a: ArticleAnalysis, n: number): [string, number][] {
  return Object.entries(a.frames)
    .map(([id, f]) => [id, f.score] as [string, number])
    .filter(([, score]) => score > 0)
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .slice(0, n);
}

/**
 * The side-by-side summary of several analyses: one column per article, one row per measure
 * (named as in the catalogue, `MEASURES`), then each article's provenance.
 */
export function formatAnalysisTable(analyses: ArticleAnalysis[]): string {
  if (analyses.length === 0) return '(no articles)';
  const header = ['', ...analyses.map((a) => a.id)];
  const row = (label: string, f: (a: ArticleAnalysis) => string | number) => [label, ...analyses.map(f)];
  const count = (a: ArticleAnalysis, k: SegmentKind) => a.segments.filter((s) => s.kind === k).length;
  const names = measureNames(analyses);
  const frameScores = names.filter((n) => /^frames\..+\.score$/.test(n));
  const rows = [
    row('outlet', (a) => a.outlet ?? a.provenance.originalOutlet ?? '–'),
    ...KINDS.map((k) => row(`segments: ${k}`, (a) => count(a, k))),
    // Every measure under its catalogue name; frame scores get their voice split in one cell.
    ...names.filter((n) => !n.startsWith('frames.')).map((n) => row(n, (a) => formatMeasure(n, measureValue(a, n)))),
    row('top frames', (a) => topFrames(a, 3).map(([id]) => id).join(', ') || '–'),
    ...frameScores.map((n) => row(n, (a) => {
      const f = a.frames[findMeasure(n)!.params.frame!];
      return f && f.hits > 0 ? `${f.score.toFixed(1)} (${f.byVoice.author.toFixed(1)}/${f.byVoice.quoted.toFixed(1)}/${f.byVoice.editorial.toFixed(1)})` : '–';
    })),
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
  const sources = analyses.map((a) => {
    const top = [...a.sources].sort((x, y) => y.attributions - x.attributions || x.firstPosition - y.firstPosition).slice(0, 5);
    return `  ${a.id}: ${top.map((s) => `${s.name} (${s.kind}${s.role ? `, ${s.role}` : ''}: ${s.attributions})`).join('; ') || 'none'}`;
  });
  return `${textTable(header, rows)}\n  (frames.<id>.score: per 1,000 analysed words, then byVoice author/quoted/editorial)\n\nProvenance\n${provenance.join('\n')}\n\nMost cited sources\n${sources.join('\n')}\n\n${formatEntityList(analyses)}`;
}
