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

describe('an "as X believe(s)" aside', () => {
  it('set off by dashes after a clause reports that clause', () => {
    const a = analyse('The Lorn weir is cracking — as many surveyors believe — and the mill must close.');
    const r = a.attributions.find((x) => x.cue === 'believe');
    expect(r?.text).toBe('The Lorn weir is cracking');
    expect(r?.sourceSpan?.text).toBe('many surveyors');
  });

  it('closing an opening "if" clause reports that clause without the conjunction or the main clause', () => {
    for (const text of [
      'If the Lorn weir is cracking — as many surveyors believe — the mill must close.',
      'If the Lorn weir is cracking, as many surveyors believe, the mill must close.',
    ]) {
      const a = analyse(text);
      const r = a.attributions.find((x) => x.cue === 'believe');
      expect(r?.text).toBe('the Lorn weir is cracking');
    }
  });

  it('inside a clause with no conjunction still takes both sides', () => {
    const a = analyse('The toll is, as one driver put it, a tax on going home.');
    expect(a.attributions.find((x) => x.cue === 'put it')?.text).toContain('a tax on going home');
  });
});
