import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Direct/mixed content extent, issue 10 (engineer direct20, round 13d).
// Every sentence is written for these tests; names, places and bodies are invented.

describe('a full quotation paragraph after a tag whose sentence ends in ", saying … “partial”"', () => {
  it('the next paragraph’s quotation goes on with the tag’s direct relation, not with «saying»', () => {
    const a = analyse('“If the dam fails, nothing will help, folks,” Vale told a rally in Tarnow, saying Berg would “flood the valley.”\n\n“But maybe there is a way. I don’t know. That will be a sad day.”');
    const told = byCue(a, 'told a rally');
    expect(told.mode).toBe('direct');
    expect(told.contentSpans.map((p: { text: string }) => p.text)).toEqual(['If the dam fails, nothing will help, folks,', 'But maybe there is a way. I don’t know. That will be a sad day.']);
    const saying = byCue(a, 'saying');
    expect(saying.mode).toBe('mixed');
    expect(saying.text).toBe('Berg would “flood the valley.”');
    expect(saying.sourceSpan?.text).toBe('Vale');
  });

  it('with no direct quotation in the tag’s sentence the paraphrase still goes on', () => {
    const a = analyse('Vale spoke to a rally in Tarnow, saying Berg would “flood the valley.”\n\n“But maybe there is a way. That will be a sad day.”');
    const saying = byCue(a, 'saying');
    expect(saying.contentSpans.map((p: { text: string }) => p.text)).toContain('But maybe there is a way. That will be a sad day.');
  });
});
