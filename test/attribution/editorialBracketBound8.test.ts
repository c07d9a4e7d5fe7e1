import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// An editor's square bracket right after a cue (issue 10, round 16, bound8).
// Every sentence is written for these tests; names, places and bodies are invented.

describe('an editorial bracket opening the content', () => {
  it('"said [the] …": the reported clause starts at the bracket', () => {
    const text = 'Okafor said [the] orchard would be fenced by spring.';
    const r = analyse(text).attributions;
    expect(r).toHaveLength(1);
    expect(r[0]!.sourceSpan?.text).toBe('Okafor');
    expect(r[0]!.text).toBe('[the] orchard would be fenced by spring');
    expect(text.slice(r[0]!.start, r[0]!.end)).toBe(r[0]!.text);
  });
});
