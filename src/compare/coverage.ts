import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import { numberMentions, type NumberMention } from './discrepancies.js';
import { alignEntities, type AlignedEntity } from './entityAlignment.js';
import { hasUpper } from '../document/letterRuns.js';

/** Something an article may include or leave out: a source, a named person or body, a number. */
export interface CoverageItem {
  key: string;
  /** `source`: cited as a source; `person`/`organization`/`group`: named in the text; `number`: a count or percentage. */
  kind: 'source' | 'person' | 'organization' | 'group' | 'number';
  label: string;
  /** Ids of the articles that include it. */
  articles: string[];
  /** For people, bodies and groups: the articles in which it speaks. */
  quotedBy?: string[];
}

export interface ArticleCoverage {
  id: string;
  /** Keys of the items this article includes. */
  includes: string[];
  /** Items most other articles include and this one leaves out. */
  omits: string[];
  /** Items only this article includes. */
  unique: string[];
}

export interface Coverage {
  items: CoverageItem[];
  byArticle: ArticleCoverage[];
}

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/^the\s+/, '').replace(/[’']s\b/g, '').trim();

/** A stable cross-article key for a source: persons by surname, others by folded name. */
export function sourceKey(s: ArticleAnalysis['sources'][number]): string | null {
  if (s.kind === 'unspecified') return null;
  if (s.kind === 'person') return s.name && hasUpper(s.name) ? `person:${fold(s.name).split(' ').pop()}` : null;
  return `${s.kind}:${fold(s.name)}`;
}

/**
 * What each article includes — sources it cites, people, organisations and groups it names
 * (the aligned entities: "Tarnow" and "Claudia Tarnow", "DOJ" and "Department of
 * Justice" are one item; `quotedBy` says where each speaks), counts of people and percentages
 * it states — and what it omits: an item counts as omitted when at least half of the other
 * articles (and at least two) include it. Names come from the entity stage, never from Title
 * Case phrases.
 */
export function computeCoverage(analyses: readonly ArticleAnalysis[], numbers?: readonly NumberMention[], aligned?: readonly AlignedEntity[]): Coverage {
  const items = new Map<string, CoverageItem>();
  const members = new Map<string, Set<string>>();
  const spellings = new Map<string, Map<string, number>>();
  const include = (a: ArticleAnalysis, key: string, kind: CoverageItem['kind'], label: string) => {
    const item = items.get(key) ?? { key, kind, label, articles: [] };
    const seen = members.get(key) ?? new Set<string>();
    if (!seen.has(a.id)) {
      seen.add(a.id);
      item.articles.push(a.id);
    }
    members.set(key, seen);
    items.set(key, item);
    const names = spellings.get(key) ?? new Map<string, number>();
    names.set(label, (names.get(label) ?? 0) + 1);
    spellings.set(key, names);
  };
  const numbersOf = new Map<number, NumberMention[]>();
  for (const n of numbers ?? []) {
    const list = numbersOf.get(n.article);
    if (list) list.push(n);
    else numbersOf.set(n.article, [n]);
  }
  analyses.forEach((a, ai) => {
    for (const s of a.sources) {
      const key = sourceKey(s);
      if (key) include(a, `source:${key}`, 'source', s.name);
    }
    for (const n of numbers ? (numbersOf.get(ai) ?? []) : numberMentions(a, ai)) include(a, `number:${n.unit}:${n.value}`, 'number', n.unit === 'percent' ? `${n.raw}%` : `${n.raw} ${n.unit}`);
  });
  for (const e of aligned ?? alignEntities(analyses)) {
    if (e.quantity !== undefined || (e.type !== 'person' && e.type !== 'organization' && e.type !== 'group')) continue;
    const key = `entity:${e.id}`;
    const articles = [...new Set(e.occurrences.map((o) => o.articleId))];
    const quotedBy = [...new Set(e.occurrences.filter((o) => o.quoted).map((o) => o.articleId))];
    items.set(key, { key, kind: e.type, label: e.name, articles, quotedBy });
  }
  // Label each item with its most common spelling (then the fullest).
  for (const [key, names] of spellings) {
    items.get(key)!.label = [...names.entries()].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length || x[0].localeCompare(y[0]))[0]![0];
  }
  const list = [...items.values()].sort((x, y) => y.articles.length - x.articles.length || x.key.localeCompare(y.key));
  const n = analyses.length;
  // Linear in the data: items per article, and the few common items checked against each.
  const common = list.filter((i) => i.articles.length >= Math.max(2, Math.ceil((n - 1) / 2)));
  const includes = new Map<string, string[]>(analyses.map((a) => [a.id, []]));
  for (const i of list) for (const id of i.articles) includes.get(id)!.push(i.key);
  const uniqueTo = new Map<string, string[]>();
  for (const i of list) {
    if (i.articles.length !== 1) continue;
    const keys = uniqueTo.get(i.articles[0]!);
    if (keys) keys.push(i.key);
    else uniqueTo.set(i.articles[0]!, [i.key]);
  }
  const byArticle = analyses.map((a) => {
    const mine = new Set(includes.get(a.id));
    const omits = common.filter((i) => !mine.has(i.key)).map((i) => i.key);
    return { id: a.id, includes: includes.get(a.id)!, omits, unique: uniqueTo.get(a.id) ?? [] };
  });
  return { items: list, byArticle };
}
