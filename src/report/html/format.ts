/** Escaping and number formatting shared by every part of the HTML report: locale-free and deterministic. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and (double- or single-quoted) attribute values. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

/** Escapes an attribute value; line breaks become `&#10;` so tooltips keep them. */
export function attr(s: string): string {
  return esc(s).replace(/\r?\n/g, '&#10;');
}

/** A CSS class-safe form of an id: every character outside [A-Za-z0-9_-] becomes `_<hex>`. */
export function cssIdent(id: string): string {
  return id.replace(/[^A-Za-z0-9-]/g, (ch) => `_${ch.codePointAt(0)!.toString(16)}`);
}

/** Fixed-point formatting without locale and without "-0". */
export function num(x: number | null | undefined, digits = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  const s = x.toFixed(digits);
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}

/** An integer with thin thousands separators (locale-independent). */
export function int(x: number): string {
  const s = String(Math.round(Math.abs(x)));
  return (x < 0 ? '-' : '') + s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function pct(x: number | null | undefined, digits = 0): string {
  return x === null || x === undefined || !Number.isFinite(x) ? '–' : `${num(x * 100, digits)}%`;
}

export function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

export function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function countBy<T>(xs: T[]): Map<T, number> {
  const m = new Map<T, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}
