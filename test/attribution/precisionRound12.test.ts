import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Precision, twelfth attribution round (issue 10): relations whose content or cue is wrong by the
// design's own definition. Every sentence is written for these tests; names and places are invented.

describe('a "that" inside an indirect question is a pronoun, not the start of the content', () => {
  it('the question word opens the content', () => {
    expect(byCue(analyse('Does Okafor know what that entails?'), 'know').text).toBe('what that entails');
    expect(byCue(analyse('Vale knows how hard that can be.'), 'knows').text).toBe('how hard that can be');
    expect(byCue(analyse('Berg asked whether that would delay the ferry.'), 'asked').text).toBe('whether that would delay the ferry');
    expect(byCue(analyse('Ruiz wondered if that was wise.'), 'wondered').text).toBe('if that was wise');
  });

  it('still: "that" behind a time phrase opens the reported clause', () => {
    expect(byCue(analyse('Ruiz said on Monday that the pier would close.'), 'said').text).toBe('the pier would close');
  });
});
