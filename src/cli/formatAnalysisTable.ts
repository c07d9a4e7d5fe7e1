import type { ArticleAnalysis, SegmentKind } from '../schema/articleAnalysis.js';
import { percent, textTable } from './textTable.js';

/** A number with `digits` decimals, or a dash when there is none (a measure the text's language does not allow). */
const fixed = (x: number | null, digits: number) => (x === null ? '–' : x.toFixed(digits));

const KINDS: SegmentKind[] = ['body', 'heading', 'editorial', 'boilerplate', 'caption', 'insert', 'bio', 'byline'];

function topFrames(a: ArticleAnalysis, n: number): [string, number][] {
  return Object.entries(a.frames)
    .map(([id, f]) => [id, f.score] as [string, number])
    .filter(([, score]) => score > 0)
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .slice(0, n);
}

function frameIds(analyses: ArticleAnalysis[]): string[] {
  return [...new Set(analyses.flatMap((a) => Object.keys(a.frames)))];
}

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
    row('speech quotes', (a) => a.quotes.length),
    row('attributions', (a) => a.attributions.length),
    row('attributions / 100 words', (a) => fixed(a.metrics.attributionsPer100Words, 2)),
    row('quoted word share', (a) => percent(a.metrics.quotedWordShare)),
    row('attributed sentences', (a) => percent(a.metrics.attributedSentenceShare)),
    row('distinct sources', (a) => a.metrics.distinctSources ?? '–'),
    row('named source share', (a) => percent(a.metrics.namedSourceShare)),
    row('anonymous source share', (a) => percent(a.metrics.anonymousSourceShare)),
    row('stance n/e/di/de', (a) => (a.metrics.stanceCounts ? Object.values(a.metrics.stanceCounts).join('/') : '–')),
    row('loaded / 1k words', (a) => fixed(a.metrics.loadedPer1kWords, 1)),
    row('  author/quoted/editorial', (a) => (a.metrics.loadedByVoice ? `${a.metrics.loadedByVoice.author.toFixed(1)}/${a.metrics.loadedByVoice.quoted.toFixed(1)}/${a.metrics.loadedByVoice.editorial.toFixed(1)}` : '–')),
    row('hedged label share', (a) => percent(a.metrics.hedgedLabelShare)),
    row('unattributed evaluative', (a) => a.metrics.unattributedEvaluativeSentences ?? '–'),
    row('hedges / 1k words', (a) => fixed(a.metrics.hedgesPer1kWords, 1)),
    row('intensifiers / 1k words', (a) => fixed(a.metrics.intensifiersPer1kWords, 1)),
    row('sentiment author/quoted', (a) => `${fixed(a.sentiment.author, 3)}/${fixed(a.sentiment.quoted, 3)}`),
    row('top frames', (a) => topFrames(a, 3).map(([id]) => id).join(', ') || '–'),
    ...frameIds(analyses).map((id) => row(`frame ${id}`, (a) => {
      const f = a.frames[id];
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
  return `${textTable(header, rows)}\n  (frame rows: score per 1,000 analysed words, then author/quoted/editorial)\n\nProvenance\n${provenance.join('\n')}\n\nMost cited sources\n${sources.join('\n')}`;
}
