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
  // Mentions sorted by start, for the span fallback (binary search per source span): built on
  // the first fallback only, as most sources are found by name (no record per mention then).
  let mentions: { start: number; end: number; e: Entity }[] | null = null;
  const at = (start: number, end: number): Entity | undefined => {
    mentions ??= entities.flatMap((e) => (e.quantity ? [] : e.mentions.map((m) => ({ start: m.start, end: m.end, e })))).sort((a, b) => a.start - b.start);
    const m = mentions[firstEndingAfter(mentions, start)];
    return m && m.start < end ? m.e : undefined;
  };
  // Source spans per source id, also built on the first fallback only.
  let spansOf: Map<string, { start: number; end: number }[]> | null = null;
  const spansOfSource = (id: string) => {
    if (spansOf === null) {
      spansOf = new Map();
      for (const a of attributions) {
        if (!a.sourceSpan) continue;
        const spans = spansOf.get(a.sourceId);
        if (spans) spans.push(a.sourceSpan); // appended in place: a copy per span is quadratic for one busy source
        else spansOf.set(a.sourceId, [a.sourceSpan]);
      }
    }
    return spansOf.get(id);
  };
  return sources.map((s) => {
    if (s.kind !== 'person' && s.kind !== 'organization' && s.kind !== 'media') return s;
    const byName = s.kind === 'person' ? persons : bodies;
    let e: Entity | null | undefined = s.name ? byName.get(foldName(s.name)) : undefined;
    if (!e && s.name && s.kind === 'person') {
      e = persons.get(surnameOf(s.name));
    }
    if (!e && s.name && s.kind !== 'person') e = bodies.get(institutionKey(s.name).key);
    if (!e) {
      for (const span of spansOfSource(s.id) ?? []) {
        const hit = at(span.start, span.end);
        if (hit && hit.type !== 'place' && (hit.type === 'person') === (s.kind === 'person')) {
          e = hit;
          break;
        }
      }
    }
    return e ? withEntity(s, e.id) : s;
  });
}

/** Source `s` linked to entity `entityId` (a copy: the input is not changed). */
function withEntity(s: Source, entityId: string): Source {
  return { ...s, entityId };
}

// The copies' hidden classes, like the sources', are reached only by weak transitions: one copy
// of each source shape kept alive (see `SOURCE_SHAPES`, `anchorShape`).
for (const s of SOURCE_SHAPES) anchorShape(withEntity(s, ''));
