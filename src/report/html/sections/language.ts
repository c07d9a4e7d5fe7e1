/** Section "Language and attribution": bar charts of loaded language, attribution density, hedged labels and frame divergence. */
import { barChart } from '../charts.js';
import type { ReportContext } from '../context.js';
import { num, pct } from '../format.js';

export function renderBarCharts(ctx: ReportContext): string {
  const { analyses, c } = ctx;
  const centroid = new Map(c.divergenceFromCentroid.map((d) => [d.id, d.jsd]));
  const charts = [
    barChart({
      title: 'Loaded language per 1,000 words',
      note: 'evaluative words, stance verbs, dysphemisms, epithets, distancing words',
      colour: '#be123c',
      rows: analyses.map((a) => ({
        label: a.id,
        value: a.metrics.loadedPer1kWords,
        display: num(a.metrics.loadedPer1kWords, 1),
        tip: `${a.id}: ${num(a.metrics.loadedPer1kWords, 2)} per 1,000 words (${a.language.loaded.length} hits) · author ${num(a.metrics.loadedByVoice?.author, 1)} · quoted ${num(a.metrics.loadedByVoice?.quoted, 1)} · editorial ${num(a.metrics.loadedByVoice?.editorial, 1)}`,
      })),
    }),
    barChart({
      title: 'Attributions per 100 words',
      note: 'reported-speech events (direct or indirect) per 100 analysed words',
      colour: '#2563eb',
      rows: analyses.map((a) => ({
        label: a.id,
        value: a.metrics.attributionsPer100Words,
        display: num(a.metrics.attributionsPer100Words, 2),
        tip: `${a.id}: ${a.attributions.length} attributions, ${num(a.metrics.attributionsPer100Words, 2)} per 100 words; quoted-word share ${pct(a.metrics.quotedWordShare, 1)}`,
      })),
    }),
    barChart({
      title: 'Hedged label share',
      note: '“suspects”, “alleged members” / all references to the accused (“criminals” is presumptive)',
      colour: '#15803d',
      max: 1,
      rows: analyses.map((a) => {
        const hedged = a.language.labels.filter((l) => l.hedged).length;
        return {
          label: a.id,
          value: a.metrics.hedgedLabelShare,
          display: a.metrics.hedgedLabelShare === null ? 'n/a (no labels)' : pct(a.metrics.hedgedLabelShare),
          tip: `${a.id}: ${hedged} hedged of ${a.language.labels.length} labels of the accused`,
        };
      }),
    }),
    barChart({
      title: 'Frame divergence from the set',
      note: 'Jensen–Shannon divergence (bits) of the frame mix from the average mix of all articles',
      colour: '#7c3aed',
      rows: analyses.map((a) => {
        const v = centroid.get(a.id) ?? null;
        return { label: a.id, value: v, display: v === null ? 'n/a (no frame hit)' : num(v, 3), tip: `${a.id}: JSD ${num(v, 4)} from the set's average frame mix` };
      }),
    }),
  ];
  return `<div class="grid">${charts.join('\n')}</div>`;
}
