import { SlantwiseInputError } from '../errors.js';
import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import { ARTICLE_FIELDS, MEASURES, type MeasureDefinition } from './measureCatalogue.js';

/** The values a placeholder in a measure name takes in an analysis: `{frame}` → its frame ids. */
const PLACEHOLDERS: Readonly<Record<string, (a: ArticleAnalysis) => string[]>> = {
  frame: (a) => Object.keys(a.frames),
  topic: (a) => Object.keys(a.topics ?? {}),
};

interface CompiledMeasure {
  definition: MeasureDefinition;
  /** Path segments of the name; `{x}` segments are placeholders. */
  segments: string[];
  placeholders: string[];
  pattern: RegExp | null;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(definition: MeasureDefinition): CompiledMeasure {
  const segments = definition.name.split('.');
  const placeholders = segments.filter((s) => /^\{\w+\}$/.test(s)).map((s) => s.slice(1, -1));
  // A placeholder matches one or more path segments, since an id may itself contain dots.
  const pattern = placeholders.length === 0 ? null : new RegExp(`^${segments.map((s) => (/^\{\w+\}$/.test(s) ? '(.+)' : escapeRegExp(s))).join('\\.')}$`);
  return { definition, segments, placeholders, pattern };
}

const COMPILED = MEASURES.map(compile);
const EXACT = new Map(COMPILED.filter((c) => c.pattern === null).map((c) => [c.definition.name, c]));
const TEMPLATES = COMPILED.filter((c) => c.pattern !== null);

/** A measure name resolved against the catalogue: its definition and placeholder values. */
export interface ResolvedMeasure {
  name: string;
  definition: MeasureDefinition;
  params: Readonly<Record<string, string>>;
  /** The label with placeholders filled in ("frame: victory"). */
  label: string;
}

/**
 * Looks a dotted name up in the catalogue (`frames.victory.score` matches
 * `frames.{frame}.score`). Undefined when the catalogue has no such measure.
 *
 * @example
 * ```ts
 * findMeasure('frames.victory.score')?.definition.unit; // 'per 1,000 words'
 * findMeasure('frame.victory');                         // undefined
 * ```
 */
export function findMeasure(name: string): ResolvedMeasure | undefined {
  const exact = EXACT.get(name);
  if (exact) return { name, definition: exact.definition, params: {}, label: exact.definition.label };
  for (const t of TEMPLATES) {
    const m = t.pattern!.exec(name);
    if (!m) continue;
    const params: Record<string, string> = {};
    t.placeholders.forEach((p, i) => (params[p] = m[i + 1]!));
    return { name, definition: t.definition, params, label: fill(t.definition.label, params) };
  }
  return undefined;
}

const fill = (text: string, params: Readonly<Record<string, string>>) => text.replace(/\{(\w+)\}/g, (all, p: string) => params[p] ?? all);

/**
 * Resolves a name or throws a `SlantwiseInputError` that names it and, when the name is close
 * to a catalogue name (`frames.victory` → `frames.victory.score`), suggests that one.
 */
export function resolveMeasure(name: string, path = 'measure'): ResolvedMeasure {
  const found = findMeasure(name);
  if (found) return found;
  const frame = /^frames?\.(.+)$/.exec(name)?.[1];
  const candidates = frame ? [`frames.${frame}.score`] : [`metrics.${name}`, `sentiment.${name}`];
  const hint = candidates.find((c) => findMeasure(c));
  throw new SlantwiseInputError([
    { path, message: `unknown measure "${name}"${hint ? `; did you mean "${hint}"?` : ''} (the names are listed in MEASURES, e.g. metrics.loadedPer1kWords, frames.<id>.score, sentiment.author)` },
  ]);
}

/** A resolved measure's path of property names (placeholders filled in). */
function pathOf(r: ResolvedMeasure): string[] {
  return r.definition.name.split('.').map((segment) => (/^\{\w+\}$/.test(segment) ? r.params[segment.slice(1, -1)]! : segment));
}

function valueOf(a: ArticleAnalysis, r: ResolvedMeasure, path: readonly string[] | null = r.definition.value ? null : pathOf(r)): number | boolean | null {
  if (r.definition.value) return r.definition.value(a, r.params);
  let node: unknown = a;
  for (const key of path!) {
    if (node === null || typeof node !== 'object') return null;
    node = Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
  }
  return typeof node === 'number' || typeof node === 'boolean' ? node : null;
}

/**
 * The value of a catalogue measure in an analysis; null when the analysis has none (no such
 * frame, a share of nothing).
 *
 * @throws SlantwiseInputError for a name that is not in the catalogue.
 * @example
 * ```ts
 * measureValue(a, 'frames.victory.score');    // 12.4
 * measureValue(a, 'metrics.hedgedLabelShare'); // 0.75 or null
 * ```
 */
export function measureValue(a: ArticleAnalysis, name: string): number | boolean | null {
  return valueOf(a, resolveMeasure(name));
}

/** `measureValue` as a number (a boolean counts 1 or 0), for ranking and statistics. */
export function numericMeasureValue(a: ArticleAnalysis, name: string): number | null {
  return measureReader(name)(a);
}

/**
 * A function reading one measure as a number (a boolean counts 1 or 0) from analyses: the name
 * is resolved against the catalogue once, not once per analysis, which matters when a column of
 * thousands of articles is read.
 *
 * @throws SlantwiseInputError for a name that is not in the catalogue.
 * @example
 * ```ts
 * const victory = measureReader('frames.victory.score');
 * analyses.map(victory); // [12.4, null, 3.1, ...]
 * ```
 */
export function measureReader(name: string): (a: ArticleAnalysis) => number | null {
  const r = resolveMeasure(name);
  const path = r.definition.value ? null : pathOf(r);
  return (a) => {
    const v = valueOf(a, r, path);
    return typeof v === 'boolean' ? Number(v) : v;
  };
}

/**
 * The catalogue's names expanded for a set of analyses, in catalogue order: `{frame}` becomes
 * each frame id present (in first-seen order). With `headline: true`, only the headline
 * measures (the comparison table's).
 *
 * @example
 * ```ts
 * measureNames(analyses, { headline: true }); // ['metrics.words', ..., 'frames.victory.score', ...]
 * ```
 */
export function measureNames(analyses: readonly ArticleAnalysis[], options: { headline?: boolean } = {}): string[] {
  const values = new Map<string, string[]>();
  const placeholderValues = (p: string) => {
    let list = values.get(p);
    if (!list) {
      const get = PLACEHOLDERS[p];
      list = get ? [...new Set(analyses.flatMap(get))] : [];
      values.set(p, list);
    }
    return list;
  };
  const names: string[] = [];
  for (const c of COMPILED) {
    if (options.headline && !c.definition.headline) continue;
    if (c.placeholders.length === 0) {
      names.push(c.definition.name);
      continue;
    }
    let expanded = [c.definition.name];
    for (const p of c.placeholders) expanded = expanded.flatMap((n) => placeholderValues(p).map((v) => n.replace(`{${p}}`, v)));
    names.push(...expanded);
  }
  return names;
}

/**
 * The flat view of one analysis: `{ name: value }` for every catalogue measure (frames
 * expanded with the analysis' own frame ids, or the `names` given).
 *
 * @example
 * ```ts
 * measureValues(a)['frames.victory.score']; // 12.4
 * ```
 */
export function measureValues(a: ArticleAnalysis, names: readonly string[] = measureNames([a])): Record<string, number | boolean | null> {
  const out: Record<string, number | boolean | null> = {};
  for (const n of names) out[n] = valueOf(a, resolveMeasure(n));
  return out;
}

/**
 * One flat row per article, as in the wide CSV and the Parquet `articles` table: the
 * identifying fields (`id`, `outlet`, `title`, `url`, `publishedAt`,
 * `provenance.originalOutlet`) then every measure by its catalogue name. Pass the `names` of
 * a set (`measureNames(analyses)`) so that every row has the same columns.
 *
 * @example
 * ```ts
 * const rows = analyses.map((a) => flattenAnalysis(a, measureNames(analyses)));
 * rows[0]['metrics.quotedWordShare']; // 0.31
 * ```
 */
export function flattenAnalysis(a: ArticleAnalysis, names?: readonly string[]): Record<string, string | number | boolean | null> {
  const row: Record<string, string | number | boolean | null> = {};
  for (const f of ARTICLE_FIELDS) row[f.name] = f.value(a);
  return Object.assign(row, measureValues(a, names));
}
