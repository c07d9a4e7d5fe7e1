import type { Attribution, Entity, Source } from '../schema/articleAnalysis.js';
import { foldName, institutionKey, surnameOf } from './nameKeys.js';
import { firstEndingAfter } from '../document/spanSearch.js';
import { anchorShape } from '../document/shapeAnchor.js';
import { SOURCE_SHAPES } from '../attribution/buildSources.js';

/**
 * Links each named source to the entity it is (`entityId`), from the public output of the
 * attribution stage: first by name (the full name, a person's surname when one person has it,
 * an organisation's institutional key or alias), then by where the source is named — an
 * attribution's `sourceSpan` that falls on a mention of the entity. Unnamed, anonymous and
 * unspecified sources get no entity. Returns new source objects; the input is not changed.
 *
 * @example
 * ```ts
 * const linked = linkSourcesToEntities(analysis.sources, analysis.attributions, analysis.entities);
 * linked.find((s) => s.name === 'Claudia Tarnow')?.entityId; // "person-claudia-tarnow"
 * ```
 */
export function linkSourcesToEntities(sources: readonly Source[], attributions: readonly Attribution[], entities: readonly Entity[]): Source[] {
  // Folded names of persons and of the other bodies, one table each (no key strings built per name).
  const persons = new Map<string, Entity | null>();
  const bodies = new Map<string, Entity | null>();
  const put = (byName: Map<string, Entity | null>, key: string, e: Entity) => {
    const prev = byName.get(key);
    byName.set(key, prev === undefined || prev === e ? e : null); // null: two entities, ambiguous
  };
  for (const e of entities) {
    if (e.quantity || e.type === 'place' || e.type === 'other') continue;
    const byName = e.type === 'person' ? persons : bodies;
    const name = foldName(e.name);
    put(byName, name, e);
    // The name is one of the aliases (most often the first): folded once.
    for (const a of e.aliases) if (a !== e.name) put(byName, foldName(a), e);
    if (e.type === 'person') {
      const surname = surnameOf(e.name);
      if (surname) put(persons, surname, e);
    } else put(bodies, institutionKey(e.name).key, e);
  }
  // (a loop over module functions taking a `Links` record: closures made per document are
  // compiled again after each memory-reducing GC)
  const links: Links = { persons, bodies, entities, attributions, mentions: null, spansOf: null };
  const out: Source[] = [];
  for (const s of sources) out.push(linkedSource(links, s));
  return out;
}

/** The name tables of one `linkSourcesToEntities` call and its fallback tables, built on first use. */
interface Links {
  persons: Map<string, Entity | null>;
  bodies: Map<string, Entity | null>;
  entities: readonly Entity[];
  attributions: readonly Attribution[];
  /** Mentions sorted by start, for the span fallback (binary search per source span). */
  mentions: { start: number; end: number; e: Entity }[] | null;
  /** Source spans per source id. */
  spansOf: Map<string, { start: number; end: number }[]> | null;
}

/** Source `s` with its entity, when it has one. */
function linkedSource(links: Links, s: Source): Source {
  if (s.kind !== 'person' && s.kind !== 'organization' && s.kind !== 'media') return s;
  const { persons, bodies } = links;
  const byName = s.kind === 'person' ? persons : bodies;
  let e: Entity | null | undefined = s.name ? byName.get(foldName(s.name)) : undefined;
  if (!e && s.name && s.kind === 'person') {
    e = persons.get(surnameOf(s.name));
  }
  if (!e && s.name && s.kind !== 'person') e = bodies.get(institutionKey(s.name).key);
  if (!e) {
    for (const span of spansOfSource(links, s.id) ?? []) {
      const hit = entityAt(links, span.start, span.end);
      if (hit && hit.type !== 'place' && (hit.type === 'person') === (s.kind === 'person')) {
        e = hit;
        break;
      }
    }
  }
  return e ? withEntity(s, e.id) : s;
}

/** The entity mentioned at `start`–`end`, if any. Built on the first fallback only, as most sources are found by name (no record per mention then). */
function entityAt(links: Links, start: number, end: number): Entity | undefined {
  links.mentions ??= mentionsByStart(links.entities);
  const m = links.mentions[firstEndingAfter(links.mentions, start)];
  return m && m.start < end ? m.e : undefined;
}

/**
 * The mentions of the entities that are no quantity, sorted by start (a stable sort: ties keep
 * the entities' order). One array pushed to, not `flatMap` over an array per entity.
 */
function mentionsByStart(entities: readonly Entity[]): { start: number; end: number; e: Entity }[] {
  const out: { start: number; end: number; e: Entity }[] = [];
  for (const e of entities) {
    if (e.quantity) continue;
    for (const m of e.mentions) out.push({ start: m.start, end: m.end, e });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The source spans of source `id`; the table is built on the first fallback only. */
function spansOfSource(links: Links, id: string): { start: number; end: number }[] | undefined {
  if (links.spansOf === null) {
    const spansOf = new Map<string, { start: number; end: number }[]>();
    for (const a of links.attributions) {
      if (!a.sourceSpan) continue;
      const spans = spansOf.get(a.sourceId);
      if (spans) spans.push(a.sourceSpan); // appended in place: a copy per span is quadratic for one busy source
      else spansOf.set(a.sourceId, [a.sourceSpan]);
    }
    links.spansOf = spansOf;
  }
  return links.spansOf.get(id);
}

/** Source `s` linked to entity `entityId` (a copy: the input is not changed). */
function withEntity(s: Source, entityId: string): Source {
  return { ...s, entityId };
}

// The copies' hidden classes, like the sources', are reached only by weak transitions: one copy
// of each source shape kept alive (see `SOURCE_SHAPES`, `anchorShape`).
for (const s of SOURCE_SHAPES) anchorShape(withEntity(s, ''));
