/** Section "Who speaks": sources by kind, attributions by stance, and each article's most-cited sources. */
import type { Source } from '../../../schema/articleAnalysis.js';
import { stackedChart } from '../charts.js';
import { articleLink, type ReportContext } from '../context.js';
import { attr, countBy, esc, pct, truncate } from '../format.js';
import { ARTICLE_COL, scrollTable } from '../layout.js';
import { SOURCE_GROUPS, SOURCE_KIND_COLOURS, STANCES } from '../palette.js';

export function renderSourceProfiles(ctx: ReportContext): string {
  const sources = stackedChart({
    title: 'Distinct sources by kind',
    note: 'after merging mentions (“Varga” = “President Elena Varga”)',
    categories: SOURCE_GROUPS,
    rows: ctx.analyses.map((a) => {
      const groups = SOURCE_GROUPS.map((g) => a.sources.filter((s) => (g.kinds as readonly string[]).includes(s.kind)));
      return {
        label: a.id,
        counts: groups.map((g) => g.length),
        tips: groups.map((g) => g.map((s) => `${s.name} (${s.kind}${s.role ? `, ${s.role}` : ''}; ${s.attributions} attribution${s.attributions === 1 ? '' : 's'})`).join('\n')),
      };
    }),
  });
  const stance = stackedChart({
    title: 'Attributions by stance of the reporting verb',
    note: '“said” is neutral; “confirmed” endorses; “claimed” distances; “dismissed” / “denied” deny',
    categories: STANCES,
    rows: ctx.analyses.map((a) => ({
      label: a.id,
      counts: STANCES.map((s) => a.metrics.stanceCounts?.[s.key] ?? 0),
      tips: STANCES.map((s) => {
        const cues = [...countBy(a.attributions.filter((x) => x.stance === s.key).map((x) => x.cue.toLowerCase()))].map(([cue, n]) => (n > 1 ? `${cue} ×${n}` : cue));
        return cues.length ? `cues: ${cues.join(', ')}` : '';
      }),
    })),
  });
  const top = ctx.analyses
    .map((a) => {
      const list = [...a.sources].sort((x, y) => y.attributions - x.attributions || x.firstPosition - y.firstPosition).slice(0, 6);
      return `<tr><td>${articleLink(ctx, a.id)}</td><td>${list.map((s) => `<span class="src" title="${attr(sourceTip(s))}"><span class="dot" style="background:${SOURCE_KIND_COLOURS[s.kind]}"></span>${esc(truncate(s.name, 48))} <span class="muted">${s.attributions}</span></span>`).join(' ') || '<span class="muted">none</span>'}</td></tr>`;
    })
    .join('\n');
  return `<div class="grid">${sources}\n${stance}</div>\n<h3>Most-cited sources</h3><p class="note">Dot colour = source kind (as in the chart above); number = attributions.</p>${scrollTable('<tr><th>article</th><th>sources, most attributions first</th></tr>', top, 'fixed', ARTICLE_COL)}`;
}

function sourceTip(s: Source): string {
  const bits = [`${s.name}`, `kind ${s.kind}${s.role ? `, role ${s.role}` : ''}`];
  if (s.title) bits.push(`title: ${s.title}`);
  if (s.affiliation) bits.push(`affiliation: ${s.affiliation}`);
  bits.push(`${s.attributions} attributions, ${s.quotes} quotes (${s.quotedWords} words), first speaks at ${pct(s.firstPosition)} of the article`);
  return bits.join('\n');
}
