/**
 * Scores the entity stage against the hand-annotated articles in test/fixtures/entities
 * (development set: the rules were written against it) and test/fixtures/entities-heldout
 * (written afterwards): recall and precision of person and organisation mentions (a gold
 * mention is found when a predicted mention of the same class overlaps it), and the predicted
 * people and organisations that match no gold mention (invented names).
 *
 * Run: npm run eval:entities  (builds first; add --verbose to list every miss). It imports the
 * built package because tsx cannot load the AFINN word list that the source imports as JSON.
 */
import { analyzeArticle } from '../dist/index.js';
import { scoreEntities, ENTITY_SETS } from '../test/entities/entityScoring.js';

const verbose = process.argv.includes('--verbose');
console.log('set        articles  words  person R  person P  org R  org P  invented');
for (const set of Object.keys(ENTITY_SETS) as (keyof typeof ENTITY_SETS)[]) {
  const s = scoreEntities(analyzeArticle, set);
  const f = (x: number) => x.toFixed(3).padStart(8);
  console.log(`${set.padEnd(10)} ${String(s.articles).padStart(8)} ${String(s.words).padStart(6)} ${f(s.person.recall)}  ${f(s.person.precision)} ${f(s.organization.recall)} ${f(s.organization.precision)}  ${s.invented.length}`);
  if (verbose) {
    for (const m of s.missed) console.log(`  missed ${m.type} "${m.text}" in ${m.article} at ${m.start}`);
    for (const e of s.invented) console.log(`  invented ${e.type} "${e.name}" in ${e.article}`);
  }
}
