import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// false29 (issue 10, precision): reduced passives with "by" read as active verbs. Every sentence is
// written for these tests; names and places are invented.

describe('a degree "so" inside a passive verb group', () => {
  it('"was not always so loved by Okafor": the agent is the source, the subject the content', () => {
    const a = analyse('Vale was not always so loved by Okafor.');
    expect(a.attributions).toHaveLength(1);
    expect(a.attributions[0]).toMatchObject({ text: 'Vale', sourceSpan: { text: 'Okafor' } });
  });

  it('"so … that" with no agent: a result clause, no content (was «her staff wept» with source «Vale was so»)', () => {
    expect(analyse('Vale was so loved that her staff wept.').attributions).toEqual([]);
  });

  it('still: a "so" that is no degree word keeps the report', () => {
    const a = analyse('Ruiz lost the vote and so said the levy was unfair.');
    expect(a.attributions).toHaveLength(1);
    expect(a.attributions[0]).toMatchObject({ text: 'the levy was unfair' });
  });
});

describe('"one" and "the other" before a participle with "by"', () => {
  it('"the other favoured by Vale": the agent is the source, "the other" the content', () => {
    const a = analyse('Two plans were tabled: one backed by Okafor, the other favoured by Vale.');
    expect(a.attributions.map((r) => [r.text, r.sourceSpan?.text])).toEqual([['one', 'Okafor'], ['the other', 'Vale']]);
  });

  it('still: "one" as the subject of an active verb with a means', () => {
    const a = analyse('Of the two growers, one protested by walking out.');
    expect(a.attributions).toHaveLength(1);
    expect(a.attributions[0]).toMatchObject({ sourceSpan: { text: 'one' } });
    const letter = analyse('The other complained by letter that the fare had risen.');
    expect(letter.attributions[0]).toMatchObject({ text: 'the fare had risen', sourceSpan: { text: 'The other' } });
  });
});

describe('a second participle with "by" joined by "and" in an aside', () => {
  it('"Berg, aided by the union and opposed by Vale, held on": Vale opposed Berg', () => {
    for (const text of ['Berg, aided by the union and opposed by Vale, held on to the seat.', 'The levy, drafted by Okafor and opposed by Vale, passed.']) {
      const a = analyse(text);
      expect(a.attributions).toHaveLength(1);
      expect(a.attributions[0]).toMatchObject({ text: text.startsWith('Berg') ? 'Berg' : 'The levy', sourceSpan: { text: 'Vale' } });
    }
  });

  it('still: a verb joined by "and" outside an aside keeps its subject', () => {
    const a = analyse('Berg, backed by Okafor, opposed the levy and was criticized by Vale.');
    expect(a.attributions[0]).toMatchObject({ text: 'the levy', sourceSpan: { text: 'Berg' } });
    for (const r of a.attributions) expect(r.text.startsWith('by ')).toBe(false);
  });
});
