// Analyse one article and look at what slantwise found in it: which lines are story, which are
// syndication furniture, and where the text came from.
import { readFileSync } from 'node:fs';
import { analyzeArticle } from 'slantwise';

const text = readFileSync(new URL('./corpus/newswire-hub-syndicated.txt', import.meta.url), 'utf8');
const analysis = analyzeArticle({ id: 'newswire-hub', outlet: 'NewsWire Hub', text });

console.log(`${analysis.id}: ${analysis.metrics.words} words, ${analysis.metrics.bodyWords} analysed`);
console.log('provenance:', analysis.provenance);
for (const segment of analysis.segments.filter((s) => s.kind !== 'body')) {
  // Every span indexes into the original text: text.slice(start, end) === segment.text
  console.log(`  ${segment.kind.padEnd(11)} ${segment.reason.padEnd(22)} ${segment.text.slice(0, 60)}`);
}
