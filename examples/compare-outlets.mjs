// Compare six outlets' stories of one event: who frames it as a victory, which quotes they
// share and how each worded them, which facts disagree, and which story is a syndicated copy.
import { readFileSync, readdirSync } from 'node:fs';
import { aggregateByOutlet, analyzeArticle, compareArticles, diffArticles, rankBy } from 'slantwise';

const dir = new URL('./corpus/', import.meta.url);
const analyses = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => analyzeArticle({ id: f.replace(/\.txt$/, ''), text: readFileSync(new URL(f, dir), 'utf8') }));

const c = compareArticles(analyses);
console.log('Victory framing, highest first:', rankBy(analyses, 'frames.victory.score').map((r) => `${r.id} ${r.value}`).join('; '));
for (const q of c.sharedQuotes.filter((x) => !x.identical)) {
  console.log(`\n${q.speaker} was quoted in ${q.occurrences.length} articles in different words:`);
  for (const o of q.occurrences) console.log(`  ${o.articleId}: “${o.text}”`);
}
for (const d of c.discrepancies) console.log(`\nDiscrepancy (${d.subject}): ${d.values.map((v) => `${v.articleId} says “${v.text}”`).join(', ')}`);
for (const s of c.similarity.filter((x) => x.nearDuplicate)) console.log(`\nNear-duplicate: ${s.a} and ${s.b} (cosine ${s.cosine})`);
console.log(`\n${diffArticles(analyses.find((a) => a.id === 'wire-report'), analyses.find((a) => a.id === 'patriot-ledger')).summary}`);
const byOutlet = aggregateByOutlet(analyses.map((a, i) => ({ ...a, outlet: i % 2 ? 'Group B' : 'Group A' })), { resamples: 1000 });
for (const o of byOutlet) console.log(`${o.outlet}: loaded language per 1k words mean ${o.measures['metrics.loadedPer1kWords'].mean}, 95% CI ${o.measures['metrics.loadedPer1kWords'].ci95.join('–')}`);
