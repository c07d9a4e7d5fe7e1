// Builds lexicons/loaded-subjective.json from the English sentiment lexicon of CLiPS Pattern as
// shipped by the `natural` package (natural/lib/natural/sentiment/English/pattern-sentiment-en.json,
// BSD-3-Clause). Only the data file is read; `natural` itself is never imported.
// Run: npx tsx scripts/build-subjective-lexicon.ts   (then npm run lexicons:readme)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface PatternWord { form: string; pos: string; sense?: string; polarity: string; subjectivity: string; intensity: string }

const require = createRequire(import.meta.url);
const file = require.resolve('natural/lib/natural/sentiment/English/pattern-sentiment-en.json');
const naturalVersion = (JSON.parse(readFileSync(require.resolve('natural/package.json'), 'utf8')) as { version: string }).version;
const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, PatternWord>;

/** An adjective is kept when its subjectivity and the strength of its polarity reach these. */
const MIN_SUBJECTIVITY = 0.8;
const MIN_POLARITY = 0.4;

// Pattern was built from product and film reviews. These adjectives are subjective there but
// describe plainly in news prose (a "high" rate, a "secret" vote, "deadly" floods, a "guilty"
// plea), or describe how a source feels ("afraid", "pleased") rather than judge: left out.
const DESCRIPTIVE_IN_NEWS = new Set(
  `active careful clear common high higher latest own popular prominent strong important free difficult easy detailed relevant rare secret normal
  wealthy violent deadly cold dry hot light thick thin slow tough sharp unilateral average behind confirmed filled elect static golden rose fly gay base
  rank kind fair sure true good nice fine lucky happy sad glad proud confident pleased excited afraid anxious satisfied disappointed sorry tired exhausted
  bored confused shocked worried nervous grateful thrilled delighted upset challenging complicated expensive cheap effective successful accurate precise
  credible authentic innovative creative sophisticated elaborate famous memorable experienced talented gifted intelligent justified legitimate
  indispensable pivotal superior mighty economical civilized responsible respectful supportive sympathetic innocent guilty ill drunk diseased numb wary
  tense insecure awkward delicate impossible frightened fearful scared disturbed troubled uncomfortable unhappy painful sorry healthy unhealthy
  welcome hazardous exotic magic magical entertaining interesting funny amusing comfortable favorite favourite loved liked beloved loving gentle calm
  quiet cheerful lively dramatic striking crushing surreal cute sexy artistic stylish elegant handsome pretty attractive gorgeous delicious tasty
  over-the-top bloody gory desperate distraught eerie odd weird pleasant unpleasant suitable ideal perfect optimum decreased needless unnecessary
  unrealistic inconvenient irrelevant unimportant meaningless lame tedious boring bland complex intense sensitive open-minded
  abundant acute affluent appreciative apt artesian chicken chilly churning cutting endless extraordinary faint frigid grand handy honest nameless
  powerless precious spirited uncommon worthy first-string full-fledged cast-iron catching favored forcible sick wrong great false`.split(/\s+/).filter(Boolean),
);

// A word that a hand-written loaded lexicon lists is left to it, with its constraints: the
// generated entry must not count "extreme weather" when loaded-evaluative has ruled it out.
const handWritten = new Set<string>();
for (const f of readdirSync(new URL('../lexicons/', import.meta.url))) {
  if (!/^(?:loaded-.*|superlatives|intensifiers)\.json$/.test(f) || f === 'loaded-subjective.json') continue;
  const l = JSON.parse(readFileSync(new URL(`../lexicons/${f}`, import.meta.url), 'utf8')) as { entries: { term: string }[] };
  for (const e of l.entries) handWritten.add(e.term.toLowerCase());
}

const adverb = (adj: string): string | null => {
  if (adj.includes(' ') || adj.includes('-')) return null;
  if (adj.endsWith('ic')) return `${adj}ally`;
  if (adj.endsWith('le') && adj.length > 4) return `${adj.slice(0, -1)}y`;
  if (adj.endsWith('y') && adj.length > 4) return `${adj.slice(0, -1)}ily`;
  if (adj.endsWith('ll')) return `${adj}y`;
  return `${adj}ly`;
};

const entries: { term: string; weight: number; category: string; note: string; pos: string[] }[] = [];
const seen = new Set<string>();
for (const w of Object.values(data).sort((a, b) => a.form.localeCompare(b.form))) {
  const subjectivity = Number(w.subjectivity);
  const polarity = Number(w.polarity);
  if (w.pos !== 'JJ' || subjectivity < MIN_SUBJECTIVITY || Math.abs(polarity) < MIN_POLARITY) continue;
  const form = w.form.toLowerCase();
  if (DESCRIPTIVE_IN_NEWS.has(form) || seen.has(form) || /[^a-z -]/.test(form)) continue;
  seen.add(form);
  if (handWritten.has(form)) continue;
  const category = polarity < 0 ? 'negative' : 'positive';
  const note = `Pattern: polarity ${polarity}, subjectivity ${subjectivity}, intensity ${Number(w.intensity)}${w.sense ? `; sense: ${w.sense}` : ''}`;
  entries.push({ term: form, weight: subjectivity, category, note, pos: ['ADJ'] });
  const ly = adverb(form);
  if (ly && !seen.has(ly) && !handWritten.has(ly)) {
    seen.add(ly);
    entries.push({ term: ly, weight: subjectivity, category, note: `Adverb of "${form}". ${note}`, pos: ['ADV'] });
  }
}

const lexicon = {
  id: 'loaded-subjective',
  version: '1.0.0',
  kind: 'loaded',
  description: `Subjective adjectives, with their adverbs, from the English sentiment lexicon of CLiPS Pattern: adjectives whose subjectivity is at least ${MIN_SUBJECTIVITY} and whose polarity is at least ${MIN_POLARITY} in strength (absurd, awful, evil, ridiculous, scathing, splendid), weighted by subjectivity, with the adverb formed from each (absurdly, awfully). Adjectives that Pattern, built on reviews, finds subjective but that describe plainly in news (high, secret, deadly, guilty) or describe a source's feelings (afraid, pleased) are left out. Each entry must be tagged ADJ (ADV for adverbs). Words listed in a hand-written loaded lexicon are left to it (with its constraints). Generated by scripts/build-subjective-lexicon.ts.`,
  language: 'en',
  license: 'BSD-3-Clause (Pattern, © 2011-2013 University of Antwerp, Belgium; as distributed in natural, MIT)',
  source: `CLiPS Pattern en-sentiment.xml (De Smedt & Daelemans 2012, "Pattern for Python", JMLR 13), as converted to JSON in the natural package ${naturalVersion} (natural/lib/natural/sentiment/English/pattern-sentiment-en.json); filtered and given adverbs by scripts/build-subjective-lexicon.ts.`,
  entries,
};
const out = new URL('../lexicons/loaded-subjective.json', import.meta.url);
writeFileSync(out, `${JSON.stringify(lexicon, null, 1)}\n`);
console.log(`lexicons/loaded-subjective.json: ${entries.length} entries`);
