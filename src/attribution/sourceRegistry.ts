import type { SourceKind } from '../schema/articleAnalysis.js';
import type { SourceDescription, SourceRole } from './describeSource.js';

/** A distinct source being built up from its mentions. */
export interface SourceEntity {
  id: string;
  name: string | null;
  kind: SourceKind;
  role?: SourceRole;
  title?: string;
  affiliation?: string;
  gender?: 'f' | 'm';
  /** Words that may refer back to it: surname, role nouns ("spokeswoman"), org head nouns. */
  anaphors: Set<string>;
  /** Offset of the latest mention, for recency. */
  lastSeen: number;
  firstSeen: number;
  /** True while the name only comes from a capitalised run seen in passing. */
  noted?: boolean;
}

/** Role words a later "the spokeswoman" / "the minister" may use to point back to a source. */
const ROLE_WORDS = /\b\w*(?:spokes|official|minister|coach|director|chief)\w*\b/g;

const slug = (s: string) =>
  s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’']/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'source';

/**
 * Keeps the sources of one article and resolves new mentions against them: a surname to the
 * person with that surname ("Sheinbaum" → "Claudia Sheinbaum"), he/she to the most recent
 * person of compatible gender, it/they to the most recent organisation (or group, for they),
 * and a role noun ("the spokeswoman", "the company") to the most recent source it describes.
 */
export class SourceRegistry {
  readonly entities: SourceEntity[] = [];
  /** Person and organisation mentions seen in the text (not only as sources), for pronouns. */
  private readonly mentions: { offset: number; entity: SourceEntity }[] = [];

  /** Registers or merges a described mention at `offset`; returns the entity, or null if unresolved. */
  resolve(desc: SourceDescription, offset: number, mentionText: string, sentenceStart = -1): SourceEntity | null {
    switch (desc.kind) {
      case 'pronoun': {
        const found = this.resolvePronoun(desc.anaphor!, offset, sentenceStart);
        if (found) return this.touch(found, offset, desc.gender);
        // Nobody to point back to: keep the attribution, with an unresolved speaker.
        const personal = /^(?:he|she|him|her|i)$/.test(desc.anaphor!);
        return this.add({ kind: personal ? 'person' : 'unnamed', name: null, gender: desc.gender }, offset, mentionText, desc.anaphor);
      }
      case 'role-noun': {
        const isOrg = desc.organizationNoun === true;
        const generic = /^(?:company|firm|group|business|airline|operator|manufacturer|carrier|retailer|developer|club|team)$/.test(desc.anaphor ?? '');
        const found = this.resolveRoleNoun(desc.anaphor!, offset) ?? (isOrg && generic ? this.promoteToOrganization(offset) : null);
        if (found) return this.touch(found, offset, desc.gender);
        // An organisation known only as "the league" is named by its noun; a person stays unnamed.
        return this.add({ kind: isOrg ? 'organization' : 'person', name: isOrg ? desc.anaphor! : null, role: desc.role, gender: desc.gender }, offset, mentionText, desc.anaphor);
      }
      case 'person': {
        if (desc.name) {
          const surname = desc.name.split(' ').pop()!.toLowerCase();
          const same = this.latest(offset, (e) => e.kind === 'person' && e.name !== null && (e.name.toLowerCase() === desc.name!.toLowerCase() || e.anaphors.has(surname) || (desc.name!.split(' ').length > 1 && e.name.split(' ').length === 1 && e.name.toLowerCase() === surname)));
          if (same) {
            // The fuller name wins ("Sheinbaum" → "Claudia Sheinbaum"), but a name read off a
            // source mention beats a longer run of capitals noted in passing.
            const longer = desc.name.split(' ').length > (same.name?.split(' ').length ?? 0);
            if (longer || (same.noted && desc.name.split(' ').length >= 2)) same.name = desc.name;
            same.noted = false;
            same.title ??= desc.title;
            same.affiliation ??= desc.affiliation;
            if (desc.role && (!same.role || same.role === 'other')) same.role = desc.role;
            return this.touch(same, offset, desc.gender);
          }
          return this.add({ kind: 'person', name: desc.name, role: desc.role, title: desc.title, affiliation: desc.affiliation, gender: desc.gender }, offset, mentionText, surname);
        }
        const role = desc.anaphor ? this.resolveRoleNoun(desc.anaphor, offset, true) : null;
        if (role) return this.touch(role, offset, desc.gender);
        return this.add({ kind: 'person', name: null, role: desc.role, affiliation: desc.affiliation, gender: desc.gender }, offset, mentionText, desc.anaphor);
      }
      default: {
        const name = desc.name ?? mentionText;
        const key = `${desc.kind}:${name.toLowerCase()}`;
        const same = this.entities.find((e) => `${e.kind}:${(e.name ?? '').toLowerCase()}` === key || ((desc.kind === 'organization' || desc.kind === 'media') && e.kind === desc.kind && e.name !== null && (e.name.toLowerCase().endsWith(name.toLowerCase()) || name.toLowerCase().endsWith(e.name.toLowerCase()))));
        if (same) {
          if (name.length > (same.name?.length ?? 0) && (desc.kind === 'organization' || desc.kind === 'media')) same.name = name;
          return this.touch(same, offset);
        }
        const head = name.toLowerCase().split(' ').pop();
        return this.add({ kind: desc.kind, name, role: desc.role }, offset, mentionText, head);
      }
    }
  }

  /** Records a person or organisation mentioned in the text without speaking, for later pronouns. */
  noteMention(desc: SourceDescription | null, offset: number, text: string): void {
    if (!desc || (desc.kind !== 'person' && desc.kind !== 'organization') || !desc.name) return;
    const surname = desc.name.split(' ').pop()!.toLowerCase();
    const same = (e: SourceEntity) => e.kind === desc.kind && e.name !== null && (e.name === desc.name || (desc.kind === 'person' && e.anaphors.has(surname)));
    const existing = this.entities.find(same) ?? this.hidden.find(same);
    if (existing && existing.name && desc.name.split(' ').length > existing.name.split(' ').length && desc.name.split(' ').length <= 3) existing.name = desc.name;
    const entity = existing ?? this.createHidden({ kind: desc.kind, name: desc.name, role: desc.role, title: desc.title, gender: desc.gender, noted: true }, offset, text, desc.kind === 'person' ? surname : desc.name.toLowerCase().split(' ').pop());
    this.mentions.push({ offset, entity });
    entity.lastSeen = Math.max(entity.lastSeen, offset);
  }

  private hidden: SourceEntity[] = [];

  private createHidden(init: Omit<SourceEntity, 'id' | 'anaphors' | 'lastSeen' | 'firstSeen'>, offset: number, text: string, anaphor?: string): SourceEntity {
    const entity: SourceEntity = { ...init, id: '', anaphors: new Set(anaphor ? [anaphor] : []), lastSeen: offset, firstSeen: offset };
    for (const m of text.toLowerCase().matchAll(ROLE_WORDS)) entity.anaphors.add(m[0]);
    this.hidden.push(entity);
    return entity;
  }

  private add(init: Omit<SourceEntity, 'id' | 'anaphors' | 'lastSeen' | 'firstSeen'>, offset: number, text: string, anaphor?: string): SourceEntity {
    // A person first seen as a mention becomes a source when they speak.
    const hidden = init.name ? this.hidden.find((h) => h.kind === init.kind && h.name === init.name) : undefined;
    const entity = hidden ?? this.createHidden(init, offset, text, anaphor);
    if (hidden) {
      this.hidden.splice(this.hidden.indexOf(hidden), 1);
      hidden.noted = false;
      hidden.role = init.role ?? hidden.role;
      hidden.title ??= init.title;
      hidden.affiliation ??= init.affiliation;
    } else {
      this.hidden.pop();
      entity.noted = false;
    }
    for (const w of text.toLowerCase().split(/[\s,]+/)) if (w.length > 2 && !/^(?:the|and|for|of|who|said)$/.test(w)) entity.anaphors.add(w.replace(/[’']s$/, ''));
    if (anaphor) entity.anaphors.add(anaphor);
    entity.id = this.idFor(entity);
    entity.firstSeen = offset;
    entity.lastSeen = offset;
    this.entities.push(entity);
    return entity;
  }

  private idFor(e: SourceEntity): string {
    const base = e.kind === 'unspecified' ? 'unspecified' : `${e.kind}:${slug(e.name ?? [...e.anaphors][0] ?? 'unknown')}`;
    let id = base;
    for (let n = 2; this.entities.some((x) => x.id === id); n++) id = `${base}-${n}`;
    return id;
  }

  private touch(e: SourceEntity | null, offset: number, gender?: 'f' | 'm'): SourceEntity | null {
    if (!e) return null;
    e.lastSeen = Math.max(e.lastSeen, offset);
    if (gender && !e.gender && e.kind === 'person') e.gender = gender;
    if (!this.entities.includes(e)) {
      // A mentioned person who now speaks becomes a source.
      this.hidden.splice(this.hidden.indexOf(e), 1);
      e.id = this.idFor(e);
      e.firstSeen = offset;
      this.entities.push(e);
    }
    return e;
  }

  private latest(offset: number, test: (e: SourceEntity) => boolean): SourceEntity | null {
    let best: SourceEntity | null = null;
    // Known before `offset` (a quote bound late may point back past later mentions), most recent first.
    for (const list of [this.entities, this.hidden]) for (const e of list) if (e.firstSeen <= offset && test(e) && (!best || e.lastSeen > best.lastSeen)) best = e;
    return best;
  }

  private resolvePronoun(p: string, offset: number, sentenceStart: number): SourceEntity | null {
    if (p === 'he' || p === 'she' || p === 'him' || p === 'her' || p === 'i') {
      const g = p === 'she' || p === 'her' ? 'f' : p === 'i' ? undefined : 'm';
      const fits = (e: SourceEntity) => e.kind === 'person' && (!g || !e.gender || e.gender === g);
      // The subject of the pronoun's own sentence ("Judge Adler sentenced Hale for what she called"),
      // then the latest person who spoke, then the latest person mentioned.
      const subject = this.mentions.find((m) => m.offset === sentenceStart && fits(m.entity));
      if (subject) return subject.entity;
      return this.latest(offset, (e) => fits(e) && this.entities.includes(e)) ?? this.latest(offset, fits);
    }
    if (p === 'it') return this.latest(offset, (e) => e.kind === 'organization' || e.kind === 'media') ?? this.promoteToOrganization(offset);
    if (p === 'they' || p === 'we' || p === 'them') return this.latest(offset, (e) => e.kind === 'organization' || e.kind === 'unnamed' || e.kind === 'media' || e.kind === 'anonymous');
    return null;
  }

  /**
   * "Halvorsen Freight said ... It said": a name with no title, no gender and no person
   * evidence that is later called "it" or "the company" was an organisation all along.
   */
  private promoteToOrganization(offset: number): SourceEntity | null {
    const candidate = this.latest(offset, (e) => e.kind === 'person' && e.name !== null && !e.title && !e.gender && !e.affiliation && e.name.split(' ').length <= 4);
    if (!candidate) return null;
    candidate.kind = 'organization';
    candidate.role = candidate.role === 'official' ? 'official' : 'other';
    if (this.entities.includes(candidate)) candidate.id = candidate.id.replace(/^person:/, 'organization:');
    return candidate;
  }

  private resolveRoleNoun(noun: string, offset: number, strict = false): SourceEntity | null {
    const n = noun.toLowerCase();
    if (/^\d+-year-old$/.test(n)) return strict ? null : this.latest(offset, (e) => e.kind === 'person');
    const byWord = this.latest(offset, (e) => e.anaphors.has(n) || (e.title !== undefined && e.title.toLowerCase().includes(n)) || (e.affiliation !== undefined && e.affiliation.toLowerCase().includes(n)));
    if (byWord || strict) return byWord;
    // "the company" may be any firm named before; "the ministry", "the board" only one called so.
    if (/^(?:company|firm|group|business|airline|operator|manufacturer|carrier|retailer|developer)$/.test(n)) return this.latest(offset, (e) => e.kind === 'organization' && e.role !== 'official');
    return null;
  }
}
