import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance';
import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import { articleWords, STOPWORDS, type ArticleWords } from './articleText.js';
import { ANALYSED_KINDS } from '../document/segments/segmentDocument.js';
import { foldName } from '../entities/nameKeys.js';
import type { AlignedEntity } from './entityAlignment.js';
import { charCodeAt } from '../document/charCodes.js';

/** Where an article states a value. `start`/`end` index that article's input text. */
export interface StatedValue {
  articleId: string;
  value: string;
  start: number;
  end: number;
  text: string;
}

/** A fact the articles disagree on. */
export interface Discrepancy {
  kind: 'name' | 'number';
  /** What the disagreement is about: "spelling of the name Kowal", "number of people handed over". */
  subject: string;
  values: StatedValue[];
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Finds `needle` in the article's analysed segments; offsets into the input. */
function locate(a: ArticleAnalysis, needle: string): { start: number; end: number } | null {
  for (const s of a.segments) {
    if (!ANALYSED_KINDS.has(s.kind)) continue;
    const i = s.text.indexOf(needle);
    if (i >= 0) return { start: s.start + i, end: s.start + i + needle.length };
  }
  return null;
}

/**
 * Names spelled differently for one aligned entity: the alignment linked two names by a close
 * spelling ("Robert Salazar" / "Roberto Salazar"), whether or not the person is quoted. Each
 * value is an article's spelling with the span of its first mention in that spelling.
 */
export function findEntityNameDiscrepancies(analyses: readonly ArticleAnalysis[], aligned: readonly AlignedEntity[]): Discrepancy[] {
  const byId = new Map(analyses.map((a) => [a.id, a]));
  const out: Discrepancy[] = [];
  for (const e of aligned) {
    if (!e.evidence.some((x) => x.kind === 'spelling')) continue;
    const values: StatedValue[] = [];
    const spellings = new Set<string>();
    for (const o of e.occurrences) {
      const entity = byId.get(o.articleId)?.entities?.find((x) => x.id === o.entityId);
      const wanted = foldName(o.name);
      const m = entity?.mentions.find((x) => foldName(x.text) === wanted) ?? o.first;
      spellings.add(wanted);
      values.push({ articleId: o.articleId, value: o.name, start: m.start, end: m.end, text: m.text });
    }
    if (spellings.size < 2) continue;
    out.push({ kind: 'name', subject: `spelling of the name of ${e.name}`, values });
  }
  return out;
}

/**
 * A person's name spelled two ways: the same surname with a given name that differs but is
 * close (Jaro–Winkler ≥ 0.8: "Dana" / "Diana"), or the same given name with a close but
 * different surname. Different people who share a surname ("Carl" / "Anna") are not flagged.
 */
export function findNameDiscrepancies(analyses: readonly ArticleAnalysis[]): Discrepancy[] {
  const people: { articleId: string; name: string; given: string; surname: string; a: ArticleAnalysis }[] = [];
  for (const a of analyses) {
    const seen = new Set<string>();
    for (const s of a.sources) {
      if (s.kind !== 'person' || !s.name || seen.has(s.name)) continue;
      const parts = s.name.split(' ');
      if (parts.length < 2) continue;
      seen.add(s.name);
      people.push({ articleId: a.id, name: s.name, given: fold(parts[0]!), surname: fold(parts[parts.length - 1]!), a });
    }
  }
  const bySurname = new Map<string, typeof people>();
  for (const p of people) pushTo(bySurname, p.surname, p);
  const out: Discrepancy[] = [];
  const flagged = new Set<string>();
  const report = (subject: string, group: typeof people) => {
    const key = group.map((p) => `${p.articleId}|${p.name}`).sort().join(',');
    if (flagged.has(key)) return;
    flagged.add(key);
    out.push({
      kind: 'name',
      subject,
      values: group.map((p) => {
        const at = locate(p.a, p.name) ?? { start: 0, end: 0 };
        return { articleId: p.articleId, value: p.name, ...at, text: p.a.segments.length && at.end > at.start ? p.name : '' };
      }).filter((v) => v.end > v.start),
    });
  };
  for (const [surname, group] of bySurname) {
    const spellings = [...new Set(group.map((p) => p.given))];
    if (spellings.length < 2) continue;
    for (let i = 0; i < spellings.length; i++) {
      for (let j = i + 1; j < spellings.length; j++) {
        if (jaroWinkler(spellings[i]!, spellings[j]!) < 0.8) continue; // different people, same surname
        const involved = group.filter((p) => p.given === spellings[i] || p.given === spellings[j]);
        if (new Set(involved.map((p) => p.articleId)).size < 2) continue;
        report(`spelling of the given name of ${surname[0]!.toUpperCase()}${surname.slice(1)}`, involved);
      }
    }
  }
  const byGiven = new Map<string, typeof people>();
  for (const p of people) pushTo(byGiven, p.given, p);
  for (const group of byGiven.values()) {
    const surnames = [...new Set(group.map((p) => p.surname))];
    for (let i = 0; i < surnames.length; i++) {
      for (let j = i + 1; j < surnames.length; j++) {
        if (jaroWinkler(surnames[i]!, surnames[j]!) < 0.9) continue;
        const involved = group.filter((p) => p.surname === surnames[i] || p.surname === surnames[j]);
        if (new Set(involved.map((p) => p.articleId)).size < 2) continue;
        report(`spelling of the surname of ${involved[0]!.name}`, involved);
      }
    }
  }
  return out.filter((d) => d.values.length >= 2);
}

const PEOPLE = new Set(['people', 'persons', 'person', 'members', 'member', 'suspects', 'detainees', 'prisoners', 'men', 'women', 'inmates', 'individuals', 'operatives', 'defendants', 'fugitives', 'migrants', 'officers', 'soldiers', 'troops', 'criminals', 'civilians', 'children', 'workers', 'residents', 'victims', 'dead', 'deaths', 'bodies', 'leaders', 'nationals', 'citizens']);

/** A number stated in an article, with what it counts and the words around it. */
export interface NumberMention {
  article: number;
  value: number;
  raw: string;
  unit: string;
  context: Set<string>;
  start: number;
  end: number;
  text: string;
}

/** The numbers an article states with what they count; `words` when the caller has them already. */
export function numberMentions(a: ArticleAnalysis, article: number, words: ArticleWords = articleWords(a)): NumberMention[] {
  const out: NumberMention[] = [];
  const { words: word, starts, ends } = words;
  for (let i = 0; i < word.length; i++) {
    const w = word[i]!;
    const first = charCodeAt(w, 0);
    if (first < 48 || first > 57 || !/^\d[\d,]*(?:\.\d+)?$/.test(w)) continue;
    const value = Number(w.replace(/,/g, ''));
    if (!Number.isFinite(value) || (value >= 1900 && value <= 2100 && !w.includes(','))) continue; // a year
    const wStart = starts[i]!;
    const wEnd = ends[i]!;
    // what follows: "%", "percent", or a count noun within two words ("22 alleged members")
    const sourceSegment = a.segments.find((s) => s.start <= wStart && wEnd <= s.end);
    const after = sourceSegment ? sourceSegment.text.slice(wEnd - sourceSegment.start, wEnd - sourceSegment.start + 12) : '';
    let unit = '';
    let end = wEnd;
    if (/^\s?(?:%|percent\b|per cent\b)/.test(after)) {
      unit = 'percent';
      end = wEnd + (/^\s?%/.test(after) ? after.indexOf('%') + 1 : after.search(/cent/) + 4);
    } else {
      for (let k = i + 1; k <= i + 2 && k < word.length; k++) {
        if (PEOPLE.has(word[k]!)) {
          unit = 'people';
          end = ends[k]!;
          break;
        }
      }
    }
    if (!unit) continue;
    const context = new Set<string>();
    for (let k = Math.max(0, i - 10); k < Math.min(word.length, i + 12); k++) {
      const c = word[k]!;
      if (k !== i && !STOPWORDS.has(c) && !/^\d/.test(c) && !PEOPLE.has(c) && c.length > 2) context.add(c);
    }
    const text = sourceSegment ? sourceSegment.text.slice(wStart - sourceSegment.start, end - sourceSegment.start) : w;
    out.push({ article, value, raw: w, unit, context, start: wStart, end: wStart + text.length, text });
  }
  return out;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Different numbers for the same quantity: two articles state a count of people (or a
 * percentage) in closely matching context (Jaccard of surrounding content words ≥
 * `minContext`, default 0.25), with different values, and the second article states no
 * matching value in similar context. Precision first: articles that agree yield nothing.
 */
export function findNumberDiscrepancies(analyses: readonly ArticleAnalysis[], options: { minContext?: number; mentions?: NumberMention[] } = {}): Discrepancy[] {
  const { minContext = 0.25 } = options;
  const mentions = options.mentions ?? analyses.flatMap((a, i) => numberMentions(a, i));
  const byUnit = new Map<string, NumberMention[]>();
  for (const m of mentions) pushTo(byUnit, m.unit, m);
  const out: Discrepancy[] = [];
  const seen = new Set<string>();
  for (const [unit, list] of byUnit) {
    const byArticle = new Map<number, NumberMention[]>();
    for (const m of list) pushTo(byArticle, m.article, m);
    // Candidate articles come from an inverted index of context words, not from all articles.
    const index = new Map<string, NumberMention[]>();
    for (const m of list) for (const w of m.context) pushTo(index, w, m);
    for (const m of list) {
      const overlap = new Map<number, number>();
      for (const w of m.context) {
        const postings = index.get(w)!;
        if (postings.length > 500) continue;
        for (const x of postings) if (x.article !== m.article) overlap.set(x.article, (overlap.get(x.article) ?? 0) + 1);
      }
      for (const [other, shared] of overlap) {
        if (shared < 2) continue;
        const theirs = byArticle.get(other)!;
        const scored = theirs.map((x) => ({ x, sim: jaccard(m.context, x.context) })).sort((p, q) => q.sim - p.sim);
        const best = scored[0]!;
        if (best.sim < minContext || best.x.value === m.value) continue;
        // the other article also states this value in similar context: no disagreement
        if (scored.some((s) => s.x.value === m.value && s.sim >= best.sim * 0.8)) continue;
        // and this article must not state their value in similar context either
        const mine = byArticle.get(m.article)!.filter((x) => x.value === best.x.value);
        if (mine.some((x) => jaccard(x.context, best.x.context) >= best.sim * 0.8)) continue;
        const key = [`${m.article}:${m.start}`, `${other}:${best.x.start}`].sort().join('|');
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          kind: 'number',
          subject: unit === 'percent' ? 'a percentage stated in the same context' : 'a count of people stated in the same context',
          values: [m, best.x].map((x) => ({ articleId: analyses[x.article]!.id, value: x.raw, start: x.start, end: x.end, text: x.text })),
        });
      }
    }
  }
  return mergeByValue(out);
}

/**
 * Joins pairwise number discrepancies that share an occurrence into one item: a pair joins the
 * earliest item holding any of its occurrences. An index from occurrence to that item, not a
 * search of all items per pair.
 */
function mergeByValue(pairs: Discrepancy[]): Discrepancy[] {
  const merged: Discrepancy[] = [];
  const held: Set<string>[] = []; // per merged item, its occurrences
  const earliest = new Map<string, number>(); // occurrence → the earliest merged item holding it
  const keyOf = (d: Discrepancy, v: StatedValue) => `${d.subject}\u0000${v.articleId}\u0000${v.start}`;
  const hold = (m: number, key: string) => {
    held[m]!.add(key);
    const e = earliest.get(key);
    if (e === undefined || m < e) earliest.set(key, m);
  };
  for (const d of pairs) {
    let hit = -1;
    for (const v of d.values) {
      const e = earliest.get(keyOf(d, v));
      if (e !== undefined && (hit < 0 || e < hit)) hit = e;
    }
    if (hit < 0) {
      merged.push({ ...d, values: [...d.values] });
      held.push(new Set());
      for (const v of d.values) hold(merged.length - 1, keyOf(d, v));
      continue;
    }
    for (const v of d.values) {
      const key = keyOf(d, v);
      if (held[hit]!.has(key)) continue;
      merged[hit]!.values.push(v);
      hold(hit, key);
    }
  }
  return merged;
}
