import { applyEdits, type SourceEdit } from './asciiSource.js';

/** A source map (version 3) as JSON, the fields this file reads and writes. */
export interface RawSourceMap {
  version: number;
  mappings: string;
  [field: string]: unknown;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/**
 * The source map of `code` after `edits` (in order of position, not overlapping), from the map
 * of `code`: each mapping's generated position moves by the length the edits before it added
 * (a position inside an edited span moves to the edit's start). A plugin that rewrites a
 * minified file's text (scripts/asciiSource.ts) would otherwise leave the rest of each edited
 * line mapped to the wrong columns, and a minified file is a few long lines.
 */
export function shiftSourceMap(map: RawSourceMap, code: string, edits: readonly SourceEdit[]): RawSourceMap {
  if (edits.length === 0) return map;
  const oldLines = lineStarts(code);
  const newLines = lineStarts(applyEdits(code, edits));
  // Offsets of the old text → offsets of the new one. Mappings come in order of position, so
  // the edits before each are passed once (`next`, `delta`: the length they added).
  let next = 0;
  let delta = 0;
  const moved = (offset: number): number => {
    while (next < edits.length && edits[next]!.end <= offset) {
      delta += edits[next]!.text.length - (edits[next]!.end - edits[next]!.start);
      next++;
    }
    const e = edits[next];
    return e !== undefined && e.start < offset ? e.start + delta : offset + delta;
  };
  const lines: number[][][] = [];
  map.mappings.split(';').forEach((line, gen) => {
    let col = 0;
    for (const segment of line ? line.split(',') : []) {
      const fields = decodeVlq(segment);
      col += fields[0]!;
      const offset = moved(oldLines[gen]! + col);
      let newLine = gen;
      while (newLine + 1 < newLines.length && newLines[newLine + 1]! <= offset) newLine++;
      (lines[newLine] ??= []).push([offset - newLines[newLine]!, ...fields.slice(1)]);
    }
  });
  // Re-encode: the generated column is relative to the previous segment of its line; the other
  // fields are relative to the previous segment of the map, whose order the shift keeps.
  const out: string[] = [];
  for (let gen = 0; gen < newLines.length; gen++) {
    let col = 0;
    const segments: string[] = [];
    for (const [at, ...rest] of lines[gen] ?? []) {
      segments.push(encodeVlq([at! - col, ...rest]));
      col = at!;
    }
    out.push(segments.join(','));
  }
  return { ...map, mappings: out.join(';').replace(/;+$/, '') };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1)) starts.push(k + 1);
  return starts;
}

function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = DIGIT.get(c)!;
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function encodeVlq(values: readonly number[]): string {
  let out = '';
  for (const v of values) {
    let rest = v < 0 ? (-v << 1) | 1 : v << 1;
    do {
      let digit = rest & 31;
      rest >>>= 5;
      if (rest > 0) digit |= 32;
      out += BASE64[digit];
    } while (rest > 0);
  }
  return out;
}
