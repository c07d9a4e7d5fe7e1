import type { MeasureUnit } from './measureCatalogue.js';
import { findMeasure } from './measureValues.js';

const DIGITS: Partial<Record<MeasureUnit, number>> = { 'per 100 words': 2, 'per 1,000 words': 1, 'valence per word': 3, 'score (0–1)': 2 };

/**
 * A measure's value for reading, by its unit: shares as percentages, rates with the digits
 * that matter, counts as integers, `–` for null.
 *
 * @example
 * ```ts
 * formatMeasure('metrics.quotedWordShare', 0.3127); // "31.3%"
 * formatMeasure('frames.victory.score', 12.437);    // "12.4"
 * ```
 */
export function formatMeasure(name: string, value: number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'boolean') return String(value);
  const m = findMeasure(name)?.definition;
  if (!m) return String(value);
  if (m.unit === 'share') return `${(value * 100).toFixed(1)}%`;
  if (m.type === 'integer') return String(Math.round(value));
  return value.toFixed(DIGITS[m.unit] ?? 2);
}
