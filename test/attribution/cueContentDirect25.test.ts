import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Relations whose cue is found but whose content went elsewhere, issue 10 (engineer direct25, round 14).
// Every sentence is written for these tests; names, places and bodies are invented.

describe('an inverted source "said Berg and others"', () => {
  it('in a tag inside the sentence the source is the whole phrase and the content the sentence around it', () => {
    const a = analyse('The contrast with Vale, said Berg and others, would be clear since Vale has no allies by his side.');
    const said = byCue(a, 'said');
    expect(said.sourceSpan?.text).toBe('Berg and others');
    expect(said.text.startsWith('The contrast with Vale')).toBe(true);
    expect(said.text).toContain('would be clear');
  });

  it('after a quotation', () => {
    const a = analyse('“The contrast is clear,” said Berg and others.');
    expect(byCue(a, 'said').sourceSpan?.text).toBe('Berg and others');
  });
});
