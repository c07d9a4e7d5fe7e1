import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// direct38: a participle set off after its clause ("Vale hammered Ruiz, calling him a “wreck,” …") shares
// the subject of that clause's verb. A next verb phrase in that verb's form after "and"/"but" ("and
// contrasted …", "but stayed …") is the subject's next act, not part of what the participle reports, even
// when its verb is no reporting verb. Every sentence is written for these tests; names are invented.

const LEAD = 'The ferry fares rose in May. ';
const relationsOf = (text: string) =>
  analyse(LEAD + text).attributions.map((a) => ({ cue: a.cue, source: a.sourceSpan?.text ?? null, text: a.text, start: a.start, end: a.end }));

describe('a set-off participle\'s content ends before the main subject\'s next verb phrase', () => {
  it('"…, calling him a “wreck,” and contrasted …"', () => {
    const text = 'Vale hammered Ruiz, calling him a “wreck,” and contrasted the mayor with Berg.';
    const calling = relationsOf(text).find((r) => r.cue === 'calling');
    expect(calling).toMatchObject({ source: 'Vale', text: 'him a “wreck,”' });
    expect((LEAD + text).slice(calling!.start, calling!.end)).toBe(calling!.text);
  });

  it('with other participles and "but" ("thanking …, and left", "calling …, but stayed")', () => {
    expect(relationsOf('Vale praised the crews, thanking them for their “courage,” and left the pier early.').find((r) => r.cue === 'thanking')?.text).toBe('them for their “courage,”');
    expect(relationsOf('Berg visited the pier, calling it “a disgrace,” but stayed for the vote.').find((r) => r.cue === 'calling')?.text).toBe('it “a disgrace,”');
  });
});

describe('not a next verb phrase', () => {
  it('a list of nouns after "and" stays in the content', () => {
    expect(relationsOf('Vale hammered Ruiz, calling him a wreck and a liar.').find((r) => r.cue === 'calling')?.text).toBe('him a wreck and a liar');
  });

  it('a reported clause keeps its own second verb', () => {
    expect(relationsOf('Vale spoke for an hour, saying the levy was unfair and hurt growers.').find((r) => r.cue === 'saying')?.text).toBe('the levy was unfair and hurt growers');
  });
});
