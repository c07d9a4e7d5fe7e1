import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// Every sentence is written for these tests; names, places and bodies are invented.

describe('a set-off aside of "trying to" + report verb between subject and main verb', () => {
  it('ends the content at the comma that closes the aside', () => {
    const text = 'Okafor, trying to tell the voters that the Lorn toll is fair, smiled.';
    const a = analyse(text);
    const r = a.attributions.find((x) => x.cue.includes('tell'));
    expect(r?.text).toBe('the Lorn toll is fair');
    expect(r?.sourceSpan?.text).toBe('Okafor');
  });

  it('a participle cue set off the same way still ends at its comma', () => {
    const a = analyse('Okafor, citing the audit, said the Lorn toll is fair.');
    expect(a.attributions.find((x) => x.cue === 'citing')?.text).toBe('the audit');
  });
});
