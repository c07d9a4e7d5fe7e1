/** The report's colours: frame fills, source kinds, stances, the heat scale and the z-score tint. */
import type { SourceKind } from '../../schema/articleAnalysis.js';
import { num } from './format.js';

/** Highlight fills of the default frames (pale, so text stays legible in print). A Map: a custom frame may be called "constructor". */
export const FRAME_COLOURS: ReadonlyMap<string, string> = new Map(Object.entries({
  victory: '#fde68a',
  invasion: '#fecaca',
  sovereignty: '#e9d5ff',
  crime: '#fed7aa',
  justice: '#bfdbfe',
  cooperation: '#bbf7d0',
  pressure: '#fbcfe8',
  economic: '#99f6e4',
  political: '#d9f99d',
  threat: '#f0abfc',
}));

export const EXTRA_FRAME_COLOURS = ['#c7d2fe', '#fef08a', '#a7f3d0', '#fde2e4', '#e2e8f0', '#f5d0fe', '#cffafe', '#ffedd5'];

/** Colours of source kinds: quote underlines and the source-profile bars. */
export const SOURCE_KIND_COLOURS: Record<SourceKind | 'none', string> = {
  person: '#2563eb',
  organization: '#0d9488',
  media: '#7c3aed',
  unnamed: '#ea580c',
  anonymous: '#dc2626',
  unspecified: '#6b7280',
  document: '#a16207',
  none: '#111827',
};

export const STANCES = [
  { key: 'neutral', label: 'neutral (“said”)', colour: '#9ca3af' },
  { key: 'endorsing', label: 'endorsing (“confirmed”)', colour: '#16a34a' },
  { key: 'distancing', label: 'distancing (“claimed”)', colour: '#f59e0b' },
  { key: 'denying', label: 'denying (“dismissed”)', colour: '#dc2626' },
] as const;

export const SOURCE_GROUPS = [
  { key: 'named', label: 'named (person, organisation, outlet)', colour: '#2563eb', kinds: ['person', 'organization', 'media'] },
  { key: 'unnamed', label: 'unnamed (“officials”, “analysts”)', colour: '#ea580c', kinds: ['unnamed'] },
  { key: 'anonymous', label: 'anonymous (“a person familiar…”)', colour: '#dc2626', kinds: ['anonymous'] },
  { key: 'unspecified', label: 'unspecified (“reports”, agentless)', colour: '#9ca3af', kinds: ['unspecified'] },
  { key: 'document', label: 'document (“a poll”, “the report”)', colour: '#a16207', kinds: ['document'] },
] as const;

/** A sequential blue scale (ColorBrewer Blues), t in [0, 1]. */
export const HEAT_STOPS: [number, number, number][] = [
  [247, 251, 255],
  [198, 219, 239],
  [107, 174, 214],
  [33, 113, 181],
  [8, 48, 107],
];

export function heatColour(t: number): string {
  const x = Math.min(1, Math.max(0, t)) * (HEAT_STOPS.length - 1);
  const i = Math.min(HEAT_STOPS.length - 2, Math.floor(x));
  const f = x - i;
  const a = HEAT_STOPS[i]!;
  const b = HEAT_STOPS[i + 1]!;
  const hex = (k: number) => Math.round(a[k]! + (b[k]! - a[k]!) * f).toString(16).padStart(2, '0');
  return `#${hex(0)}${hex(1)}${hex(2)}`;
}

/** A diverging tint for z-scores: orange above the mean, blue below. */
export function zTint(z: number | null | undefined): string {
  if (z === null || z === undefined || !Number.isFinite(z)) return 'transparent';
  const t = Math.min(1, Math.abs(z) / 2.5);
  const [r, g, b] = z >= 0 ? [234, 88, 12] : [37, 99, 235];
  return `rgba(${r},${g},${b},${num(0.08 + 0.42 * t, 3)})`;
}
