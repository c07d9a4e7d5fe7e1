import { readFileSync } from 'node:fs';
import type { ArticleAnalysis, ArticleInput } from '../../src/index.js';

/** The segment kinds whose text is analysed (as `ANALYSED_KINDS`; repeated so that this file imports no source code). */
const ANALYSED_KINDS = new Set(['body', 'heading', 'editorial']);
type Analyze = (input: ArticleInput) => ArticleAnalysis;

/** Gold entity of the hand-annotated set: every surface form used for it. */
export interface GoldEntity {
  name: string;
  type: 'person' | 'organization' | 'group';
  forms: string[];
}

export interface EntityScore {
  /** Gold mentions of people / of organisations and groups, and how many a predicted mention overlaps. */
  person: { gold: number; found: number; recall: number; predicted: number; correct: number; precision: number };
  organization: { gold: number; found: number; recall: number; predicted: number; correct: number; precision: number };
  missed: { article: string; type: string; text: string; start: number }[];
  /** Predicted person/organisation entities none of whose mentions is a gold mention. */
  invented: { article: string; type: string; name: string }[];
  articles: number;
  words: number;
}

/** The annotated sets: `dev` (the rules were written against it) and `heldout` (written afterwards). */
export const ENTITY_SETS = {
  dev: { dir: new URL('../fixtures/entities/', import.meta.url), gold: new URL('../fixtures/entities-gold.json', import.meta.url) },
  heldout: { dir: new URL('../fixtures/entities-heldout/', import.meta.url), gold: new URL('../fixtures/entities-heldout-gold.json', import.meta.url) },
} as const;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cls = (t: string): 'person' | 'organization' | null => (t === 'person' ? 'person' : t === 'organization' || t === 'group' ? 'organization' : null);

/** Gold mentions: every occurrence of a gold form in the analysed text, longest form first, no overlaps. */
export function goldMentions(text: string, a: ArticleAnalysis, entities: GoldEntity[]): { start: number; end: number; type: 'person' | 'organization'; text: string }[] {
  const taken = new Uint8Array(text.length);
  const out: { start: number; end: number; type: 'person' | 'organization'; text: string }[] = [];
  const forms = entities.flatMap((e) => e.forms.map((f) => ({ f, type: cls(e.type) as 'person' | 'organization' }))).sort((x, y) => y.f.length - x.f.length);
  for (const seg of a.segments) {
    if (!ANALYSED_KINDS.has(seg.kind)) continue;
    for (const { f, type } of forms) {
      for (const m of seg.text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(f)}(?![\\p{L}\\p{N}])`, 'gu'))) {
        const start = seg.start + m.index;
        const end = start + f.length;
        let free = true;
        for (let k = start; k < end; k++) if (taken[k]) free = false;
        if (!free) continue;
        taken.fill(1, start, end);
        out.push({ start, end, type, text: f });
      }
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Analyses (with the given `analyzeArticle`, from the source or the built package) every annotated article and scores entity mentions against the gold annotation. */
export function scoreEntities(analyzeArticle: Analyze, set: keyof typeof ENTITY_SETS = 'dev'): EntityScore {
  const { dir } = ENTITY_SETS[set];
  const gold = JSON.parse(readFileSync(ENTITY_SETS[set].gold, 'utf8')) as { articles: Record<string, GoldEntity[]> };
  const tally = { person: { gold: 0, found: 0, predicted: 0, correct: 0 }, organization: { gold: 0, found: 0, predicted: 0, correct: 0 } };
  const missed: EntityScore['missed'] = [];
  const invented: EntityScore['invented'] = [];
  let words = 0;
  const names = Object.keys(gold.articles);
  for (const id of names) {
    const text = readFileSync(new URL(`${id}.txt`, dir), 'utf8');
    const a = analyzeArticle({ id, text });
    words += a.metrics.words;
    const g = goldMentions(text, a, gold.articles[id]!);
    const predicted = a.entities.filter((e) => !e.quantity).flatMap((e) => e.mentions.map((m) => ({ ...m, type: cls(e.type), entity: e })));
    const overlaps = (x: { start: number; end: number }, y: { start: number; end: number }) => x.start < y.end && y.start < x.end;
    for (const m of g) {
      tally[m.type].gold++;
      if (predicted.some((p) => p.type === m.type && overlaps(p, m))) tally[m.type].found++;
      else missed.push({ article: id, type: m.type, text: m.text, start: m.start });
    }
    for (const p of predicted) {
      if (!p.type) continue;
      tally[p.type].predicted++;
      if (g.some((m) => m.type === p.type && overlaps(p, m))) tally[p.type].correct++;
    }
    for (const e of a.entities) {
      const t = cls(e.type);
      if (!t || e.quantity) continue;
      if (!e.mentions.some((p) => g.some((m) => overlaps(p, m)))) invented.push({ article: id, type: e.type, name: e.name });
    }
  }
  const ratio = (x: number, y: number) => (y === 0 ? 1 : Math.round((x / y) * 1000) / 1000);
  const finish = (t: (typeof tally)['person']) => ({ ...t, recall: ratio(t.found, t.gold), precision: ratio(t.correct, t.predicted) });
  return { person: finish(tally.person), organization: finish(tally.organization), missed, invented, articles: names.length, words };
}
