import { describe, expect, it } from 'vitest';
import { analyseChecked, attributionByCue } from '../helpers.js';

/** The attribution with cue `cue` in `text`, with its source, cue and content text. */
function read(text: string, cue: string) {
  const a = analyseChecked(text);
  const x = attributionByCue(a, cue);
  return { source: x.sourceSpan?.text ?? null, cue: x.cueSpan.text, content: x.text, speaker: x.speaker };
}

describe('sources, fifteenth round (source10)', () => {
  it('a participle after a linking verb hands a following participle the linking verb\'s subject', () => {
    const x = read('Berg did not seem impressed with the proposal, telling reporters that the council should resign.', 'telling reporters');
    expect(x.source).toBe('Berg');
    expect(x.content).toBe('the council should resign');
    const y = read('Ruiz looked pleased with the vote, adding that the bridge would open in May.', 'adding');
    expect(y.source).toBe('Ruiz');
  });

  it('a reduced relative on a noun after a preposition is not the verb a second verb is joined to', () => {
    const x = read('Vale met miners and relatives of the workers killed in the blast and said the company must pay.', 'said');
    expect(x.source).toBe('Vale');
    expect(x.content).toBe('the company must pay');
    // (with no other verb before it, the participle is the main verb after all)
    const y = read('The head of the union resigned in March and said the port must grow.', 'said');
    expect(y.source).toBe('The head of the union');
  });
});
