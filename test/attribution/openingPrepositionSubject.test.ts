import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// Twenty-sixth round (issue 10, overlap5): a preposition that opens the sentence before a noun phrase
// and the participle it is the subject of ("Despite polls showing …,") is no part of that subject.
// Every sentence is written for these tests; names and places are invented.

const byCue = (text: string, cue: string) => analyse(text).attributions.find((x) => x.cueSpan.text === cue);

describe('an opening preposition before a participle\'s subject', () => {
  it('"Despite", "Like", "Amid" stay out of the source, as "With" does', () => {
    for (const [text, cue, source, content] of [
      ['Despite polls showing a close race, Vale said the levy would pass.', 'showing', 'polls', 'a close race'],
      ['Like others defending the levy, Ruiz said the harbour needed money.', 'defending', 'others', 'the levy'],
      ['Amid reports suggesting the pier is unsafe, Berg closed it.', 'suggesting', 'reports', 'the pier is unsafe'],
    ] as const) {
      expect(byCue(text, cue)).toMatchObject({ sourceSpan: { text: source }, text: content });
    }
    // the main clause keeps its own report
    expect(byCue('Despite polls showing a close race, Vale said the levy would pass.', 'said')).toMatchObject({ sourceSpan: { text: 'Vale' }, text: 'the levy would pass' });
  });

  it('still: an opening phrase with no participle leaves the main clause its report', () => {
    const a = analyse('Despite the polls, Vale said the levy would pass.');
    expect(a.attributions).toHaveLength(1);
    expect(a.attributions[0]).toMatchObject({ sourceSpan: { text: 'Vale' }, text: 'the levy would pass' });
  });
});
