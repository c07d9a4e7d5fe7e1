import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// Twentieth round (issue 10, precision): what stands behind a preposition after a verb cue is that
// preposition's object, never the reported clause. Every sentence is written for these tests; names
// and places are invented.

const contents = (text: string) => analyse(text).attributions.map((x) => x.text);

describe('a medium, place or time phrase after the cue is not what was said', () => {
  it('"wrote in his column on Sunday.", "said on a radio show hosted by Berg.": no relation of the verb', () => {
    expect(analyse('Ruiz wrote in his column on Sunday.').attributions).toEqual([]);
    expect(analyse('Ruiz said on a radio show hosted by Berg.').attributions).toEqual([]);
    expect(analyse('Berg chimed in during that speech.').attributions).toEqual([]);
    // (the participle may report on its own, but "wrote" has no content)
    for (const r of analyse('Okafor wrote in a note describing the repair.').attributions) expect(r.cueSpan?.text).not.toBe('wrote');
  });

  it('still: the reported clause behind the phrase is the content', () => {
    expect(contents('Ruiz wrote in his column the levy was unfair.')).toEqual(['the levy was unfair']);
    expect(contents('Vale said after the vote the ferry would stop running.')).toEqual(['the ferry would stop running']);
    expect(contents('Vale said at the time the orchard was safe.')).toEqual(['the orchard was safe']);
    expect(contents('Vale said at that point the orchard was safe.')).toEqual(['the orchard was safe']);
    expect(contents('Tarnow said in a note to his staff: the depot stays closed.')).toEqual(['the depot stays closed']);
  });

  it('still: a topic after "wrote on" or the target of a state is content', () => {
    expect(contents('Ruiz wrote on the wall collapse for the Courier.')).toEqual(['the wall collapse for the Courier']);
    expect(contents('Okafor commented on a post about the levy.')).toEqual(['a post about the levy']);
  });
});

describe('"said nothing" reports no content', () => {
  it('"said nothing.", "said little.", "denied nothing.": no relation', () => {
    for (const text of ['Vale said nothing.', 'Vale said little.', 'The ferry clerk denied nothing.', 'Berg said nothing further.']) {
      expect(analyse(text).attributions).toEqual([]);
    }
    // (the opening participle keeps its own relation)
    const asked = analyse('Asked about the levy, Ruiz said nothing further.').attributions.map((x) => x.cueSpan?.text);
    expect(asked).toContain('Asked about');
    expect(asked).not.toContain('said');
  });

  it('still: a quoted "Nothing" is words someone said, and "said so" keeps its pronoun content', () => {
    expect(contents('“Nothing,” Vale said.')).toHaveLength(1);
    expect(contents('Tarnow said so.')).toEqual(['so']);
  });
});
