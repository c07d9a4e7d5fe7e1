import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// leads40: an object relative set off by commas after a cue's object ("…, which Ruiz called a disgrace, …") is a report
// of its own even when the sentence goes on after its closing comma, and what follows that comma (a participle, a second
// verb) belongs to the main clause's subject. Every sentence is written for these tests; names are invented.

const LEAD = 'The council met in the old hall. ';
const relationsOf = (text: string) =>
  analyse(`${LEAD}${text}`).attributions.map((a) => ({ cue: a.cue, source: a.sourceSpan?.text ?? null, content: a.contentSpans.map((s) => s.text).join(' | ') }));

describe('a set-off object relative with its own cue, closed by a comma', () => {
  it('keeps the relative clause\'s relation before a participle, which has the main subject', () => {
    expect(relationsOf('Vale backed the levy, which Ruiz called a disgrace, blaming Berg.')).toEqual([
      { cue: 'backed', source: 'Vale', content: 'the levy' },
      { cue: 'called', source: 'Ruiz', content: 'which | a disgrace' },
      { cue: 'blaming', source: 'Vale', content: 'Berg' },
    ]);
    expect(relationsOf('Vale praised the marchers, whom Ruiz described as brave, thanking the crews.')).toEqual([
      { cue: 'praised', source: 'Vale', content: 'the marchers' },
      { cue: 'described', source: 'Ruiz', content: 'whom | brave' },
      { cue: 'thanking', source: 'Vale', content: 'the crews' },
    ]);
  });

  it('before ", and" or ", but" and a second verb, that verb has the main subject too', () => {
    expect(relationsOf('Vale backed the levy, which Ruiz called a disgrace, and said the toll was fair.')).toEqual([
      { cue: 'backed', source: 'Vale', content: 'the levy' },
      { cue: 'called', source: 'Ruiz', content: 'which | a disgrace' },
      { cue: 'said', source: 'Vale', content: 'the toll was fair' },
    ]);
    expect(relationsOf('Vale backed the levy, which Ruiz called a disgrace, but said the toll was fair.').find((r) => r.cue === 'said')?.source).toBe('Vale');
    expect(relationsOf('Vale backed the levy, which Ruiz called a disgrace, though Berg doubted it.').find((r) => r.cue === 'called')).toEqual({ cue: 'called', source: 'Ruiz', content: 'which | a disgrace' });
  });

  it('a second verb inside the relative clause (no comma) stays the relative\'s', () => {
    expect(relationsOf('Vale backed the levy, which Ruiz called a disgrace and said was too high.').find((r) => r.cue === 'said')?.source).toBe('Ruiz');
  });

  it('an object that goes on after the relative keeps it, and a relative with no cue stays in the object', () => {
    expect(relationsOf('Vale criticized the levy, which Ruiz backed, as unfair.')).toEqual([{ cue: 'criticized', source: 'Vale', content: 'the levy, which Ruiz backed, as unfair' }]);
    expect(relationsOf('Vale backed the levy, which was a disgrace, blaming Berg.')).toEqual([
      { cue: 'backed', source: 'Vale', content: 'the levy, which was a disgrace' },
      { cue: 'blaming', source: 'Vale', content: 'Berg' },
    ]);
  });

  it('a subject relative before the main verb still leaves the participle to the subject', () => {
    expect(relationsOf('Vale, whom Ruiz hired, was there, saying the pier was safe.')).toEqual([{ cue: 'saying', source: 'Vale', content: 'the pier was safe' }]);
  });
});
