import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance';
import { acronymOf, foldName, nameParts } from '../entities/nameKeys.js';
import type { ArticleAnalysis, Entity, EntityType } from '../schema/articleAnalysis.js';

/** How two articles' entities were found to be the same. */
export type AlignmentKind = 'exact' | 'alias' | 'acronym' | 'surname' | 'spelling';

export interface AlignmentEvidence {
  kind: AlignmentKind;
  /** The two surface names that were linked, and in which articles. */
  a: { articleId: string; name: string };
  b: { articleId: string; name: string };
  score: number;
}

/** One entity as one article presents it. Offsets index that article's input. */
export interface EntityOccurrence {
  articleId: string;
  entityId: string;
  /** The article's fullest name for it. */
  name: string;
  aliases: string[];
  mentions: number;
  /** The entity speaks in the article: a source linked to it has attributions. */
  quoted: boolean;
  first: { start: number; end: number; text: string };
  /** Role words the article attaches to it ("cartel bosses", "Mexican President"). */
  labels: { start: number; end: number; text: string }[];
}

/** The same person, body, place or group across articles. */
export interface AlignedEntity {
  id: string;
  name: string;
  type: EntityType;
  /** Lowest score of the links that joined it (1 when every article uses the same name). */
  confidence: number;
  /** For a counted group ("26 cartel operatives"): the number. */
  quantity?: number;
  /** The links other than exact matches (at most 20). */
  evidence: AlignmentEvidence[];
  occurrences: EntityOccurrence[];
}

/** Distinct names per block compared pairwise; above this a block only links exact names. */
const MAX_DISTINCT_PER_BLOCK = 60;
const MAX_EVIDENCE = 20;

interface Node {
  article: number;
  entity: Entity;
  /** Folded full name (name parts for persons). */
  full: string;
  parts: string[];
}

/**
 * Aligns the entities of several analyses: the same person, body, place or group named in
 * different articles, exactly, by an alias ("Tarnow" / "Claudia Tarnow", "Justice
 * Department" / "Department of Justice", "DEA" / "Drug Enforcement Administration"), or by a
 * close spelling of a multi-word name with a shared surname ("Robert Salazar" / "Roberto
 * Salazar", Jaro–Winkler ≥ 0.8 on the given name). Two entities of one article are never
 * merged. Near-linear: names are grouped by exact key first and only the distinct names inside
 * a block (same surname, same entity key, same acronym) are compared.
 *
 * @example
 * ```ts
 * const aligned = alignEntities(analyses);
 * aligned.filter((e) => e.evidence.some((x) => x.kind === 'spelling')); // names spelled two ways
 * ```
 */
export function alignEntities(analyses: readonly ArticleAnalysis[]): AlignedEntity[] {
  const nodes: Node[] = [];
  analyses.forEach((a, article) => {
    for (const entity of a.entities ?? []) {
      if (entity.type === 'other') continue;
      const parts = entity.type === 'person' ? nameParts(entity.name) : [foldName(entity.name)];
      nodes.push({ article, entity, full: `${entity.type}:${parts.join(' ')}`, parts });
    }
  });
  const parent = nodes.map((_, i) => i);
  const articlesOf = nodes.map((n) => new Set([n.article]));
  const score = nodes.map(() => 1);
  const evidence: AlignmentEvidence[][] = nodes.map(() => []);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const link = (i: number, j: number, kind: AlignmentKind, s: number): boolean => {
    let ri = find(i);
    let rj = find(j);
    if (ri === rj) return true;
    // Two entities of one article are different entities: never merge them.
    const [small, large] = articlesOf[ri]!.size < articlesOf[rj]!.size ? [ri, rj] : [rj, ri];
    for (const a of articlesOf[small]!) if (articlesOf[large]!.has(a)) return false;
    if (small === ri) [ri, rj] = [rj, ri];
    parent[rj] = ri;
    for (const a of articlesOf[rj]!) articlesOf[ri]!.add(a);
    score[ri] = Math.min(score[ri]!, score[rj]!, s);
    const ev = evidence[ri]!;
    for (const e of evidence[rj]!) if (ev.length < MAX_EVIDENCE) ev.push(e);
    if (kind !== 'exact' && ev.length < MAX_EVIDENCE) ev.push({ kind, a: { articleId: analyses[nodes[i]!.article]!.id, name: nodes[i]!.entity.name }, b: { articleId: analyses[nodes[j]!.article]!.id, name: nodes[j]!.entity.name }, score: Math.round(s * 1000) / 1000 });
    articlesOf[rj] = new Set();
    evidence[rj] = [];
    return true;
  };

  // 1. Exact: the same full name (or the same counted group) in several articles.
  const byFull = group(nodes.map((n, i) => [n.full, i]));
  const reps: number[] = []; // one node per distinct full name
  for (const list of byFull.values()) {
    reps.push(list[0]!);
    for (let k = 1; k < list.length; k++) link(list[0]!, list[k]!, 'exact', 1);
  }

  // 2. Bodies, groups and places: the entity key (canonical name, institutional variant).
  const byKey = group(reps.filter((i) => nodes[i]!.entity.type !== 'person').map((i) => [nodes[i]!.entity.key, i]));
  for (const list of byKey.values()) for (let k = 1; k < list.length; k++) link(list[0]!, list[k]!, 'alias', 0.95);

  // 3. Acronyms: "DEA" in one article, "Drug Enforcement Administration" in another.
  const acronymNodes = reps.filter((i) => nodes[i]!.entity.key.includes(':acronym:'));
  if (acronymNodes.length > 0) {
    const byAcronym = group(reps.filter((i) => (nodes[i]!.entity.type === 'organization' || nodes[i]!.entity.type === 'group') && !nodes[i]!.entity.key.includes(':acronym:')).flatMap((i) => {
      const acr = acronymOf(nodes[i]!.entity.name.replace(/^(?:U\.S\.|US|American|Federal)\s+/, ''));
      return acr ? [[acr, i] as [string, number]] : [];
    }));
    for (const i of acronymNodes) {
      const targets = byAcronym.get(nodes[i]!.entity.key.split(':acronym:')[1]!);
      if (targets && targets.length > 0) link(targets[0]!, i, 'acronym', 0.85);
    }
  }

  // 4. People, blocked by surname: fuller names, then close spellings of the given name.
  const people = reps.filter((i) => nodes[i]!.entity.type === 'person');
  const bySurname = group(people.map((i) => [nodes[i]!.parts[nodes[i]!.parts.length - 1] ?? '', i]));
  for (const list of bySurname.values()) {
    const multi = list.filter((i) => nodes[i]!.parts.length >= 2);
    if (multi.length > MAX_DISTINCT_PER_BLOCK) continue;
    for (let x = 0; x < multi.length; x++) {
      for (let y = x + 1; y < multi.length; y++) {
        const p = nodes[multi[x]!]!.parts;
        const q = nodes[multi[y]!]!.parts;
        if (contains(p, q) || contains(q, p)) link(multi[x]!, multi[y]!, 'alias', 0.9);
        else if (p.length === q.length && p.slice(1).join(' ') === q.slice(1).join(' ')) {
          const jw = jaroWinkler(p[0]!, q[0]!);
          if (jw >= 0.8) link(multi[x]!, multi[y]!, 'spelling', jw);
        }
      }
    }
    // A surname alone goes to the one person of that surname, if there is exactly one.
    const single = list.filter((i) => nodes[i]!.parts.length === 1);
    const roots = new Set(multi.map(find));
    if (roots.size === 1) for (const i of single) link(multi[0]!, i, 'surname', 0.7);
    else if (multi.length === 0) for (let k = 1; k < single.length; k++) link(single[0]!, single[k]!, 'exact', 1);
  }
  // 5. Close spellings of the surname with the same given name ("Dana Kowal" / "Dana Kowall").
  const byGiven = group(people.filter((i) => nodes[i]!.parts.length >= 2).map((i) => [`${nodes[i]!.parts[0]}|${nodes[i]!.parts[nodes[i]!.parts.length - 1]![0]}`, i]));
  for (const list of byGiven.values()) {
    if (list.length > MAX_DISTINCT_PER_BLOCK) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const p = nodes[list[x]!]!.parts;
        const q = nodes[list[y]!]!.parts;
        const sp = p[p.length - 1]!;
        const sq = q[q.length - 1]!;
        if (sp === sq || p.length !== q.length) continue;
        const jw = jaroWinkler(sp, sq);
        if (jw >= 0.9) link(list[x]!, list[y]!, 'spelling', jw);
      }
    }
  }

  // Clusters → aligned entities.
  const clusters = group(nodes.map((_, i) => [String(find(i)), i]));
  const quotedIds = analyses.map((a) => new Set(a.sources.filter((s) => s.entityId && s.attributions > 0).map((s) => s.entityId!)));
  const out: AlignedEntity[] = [];
  const ids = new Set<string>();
  for (const [rootKey, members] of clusters) {
    const root = Number(rootKey);
    const occurrences: EntityOccurrence[] = members
      .map((i) => {
        const n = nodes[i]!;
        const e = n.entity;
        const m = e.mentions[0] ?? { start: 0, end: 0, text: '' };
        return {
          articleId: analyses[n.article]!.id,
          entityId: e.id,
          name: e.name,
          aliases: e.aliases,
          mentions: e.mentions.length,
          quoted: quotedIds[n.article]!.has(e.id),
          first: { start: m.start, end: m.end, text: m.text },
          labels: e.labels.map((l) => ({ start: l.start, end: l.end, text: l.text })),
        };
      })
      .sort((x, y) => (x.articleId < y.articleId ? -1 : x.articleId > y.articleId ? 1 : 0));
    const type = nodes[members[0]!]!.entity.type;
    const name = preferredName(members.map((i) => nodes[i]!));
    const base = `${type === 'organization' ? 'org' : type}:${foldName(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
    let id = base;
    for (let k = 2; ids.has(id); k++) id = `${base}-${k}`;
    ids.add(id);
    const quantity = nodes[members[0]!]!.entity.quantity?.value;
    out.push({ id, name, type, confidence: Math.round(score[root]! * 1000) / 1000, ...(quantity !== undefined ? { quantity } : {}), evidence: evidence[root]!, occurrences });
  }
  return out.sort((x, y) => y.occurrences.length - x.occurrences.length || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** The name most articles use, the fullest on a tie. */
function preferredName(members: Node[]): string {
  const votes = new Map<string, number>();
  for (const m of members) votes.set(m.entity.name, (votes.get(m.entity.name) ?? 0) + 1);
  return [...votes.entries()].sort((x, y) => y[1] - x[1] || y[0].split(' ').length - x[0].split(' ').length || y[0].length - x[0].length || (x[0] < y[0] ? -1 : 1))[0]![0];
}

function contains(long: readonly string[], short: readonly string[]): boolean {
  if (short.length >= long.length) return false;
  for (let i = 0; i + short.length <= long.length; i++) {
    let ok = true;
    for (let k = 0; ok && k < short.length; k++) ok = long[i + k] === short[k];
    if (ok) return true;
  }
  return false;
}

function group<K>(pairs: Iterable<[K, number]> | [K, number][]): Map<K, number[]> {
  const out = new Map<K, number[]>();
  for (const [k, i] of pairs) {
    const list = out.get(k);
    if (list) list.push(i);
    else out.set(k, [i]);
  }
  return out;
}
