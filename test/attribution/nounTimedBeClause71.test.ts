import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// A reporting noun dated by a time phrase before "was that …": "her argument on Sunday was that …".
// Every sentence is written for these tests; names are invented.

/** Source, cue and content of the relation whose cue opens with `noun`, sliced by offsets. */
const relation = (text: string, noun: string) => {
  const x = analyse(text).attributions.find((r) => text.slice(r.cueSpan.start, r.cueSpan.end).startsWith(noun));
  if (!x) return null;
  return { source: x.sourceSpan ? text.slice(x.sourceSpan.start, x.sourceSpan.end) : null, content: text.slice(x.start, x.end) };
};

describe('a reporting noun, a time phrase, then "is/was that …"', () => {
  it('"Her argument on Sunday was that …": the content starts after "that", not at the day', () => {
    expect(relation('Her argument on Sunday was that the pier was unsafe.', 'argument')).toEqual({ source: 'Her', content: 'the pier was unsafe' });
  });

  it('"Berg\'s argument last week was that …": a time phrase without "on"', () => {
    expect(relation("Berg's argument last week was that the toll was unfair.", 'argument')).toEqual({ source: 'Berg', content: 'the toll was unfair' });
  });

  it('"The question on Monday was whether …": a question noun and its wh-clause', () => {
    expect(relation('The question on Monday was whether the ferry would run.', 'The question')?.content).toBe('whether the ferry would run');
  });

  it('the plain form still reads the same: "Her argument was that …"', () => {
    expect(relation('Her argument was that the pier was unsafe.', 'argument')).toEqual({ source: 'Her', content: 'the pier was unsafe' });
  });

  it('a dated noun before "was" with no clause gives no relation: "Her argument on Sunday was long."', () => {
    expect(relation('Her argument on Sunday was long.', 'argument')).toBeNull();
  });
});
