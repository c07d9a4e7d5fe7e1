import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// "Acquiesce to" a party or a thing (issue 10, review26 #11). Every sentence is written for these tests; names are invented.

const cues = (text: string) => analyse(text).attributions.map((x) => x.cueSpan?.text ?? null);

describe('"acquiesce to" a person or a body holds no proposition', () => {
  it('no cue before a party', () => {
    expect(cues('The board acquiesced to the growers on Monday.')).not.toContain('acquiesced to');
    expect(cues('Vale acquiesced to Ruiz.')).not.toContain('acquiesced to');
  });

  it('not before a thing, which is what is given way to', () => {
    expect(cues('The board acquiesced to the levy on Monday.')).toContain('acquiesced to');
  });
});
