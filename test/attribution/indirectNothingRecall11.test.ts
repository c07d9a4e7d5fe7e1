import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Indirect relations found by nothing or with their content cut short (issue 10, round 19, recall11).
// Every sentence is written for these tests; names, places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.sourceSpan ? x.sourceSpan.text : null, x.cueSpan?.text ?? null, x.text]);
const cues = (text: string) => analyse(text).attributions.map((x) => x.cueSpan?.text ?? null);

describe('a base verb the tagger reads as a noun after a relative pronoun and a plural noun', () => {
  it('"figures that show the harbour losing money": the figures show it', () => {
    expect(rows(analyse('Tarnow read out figures that show the harbour losing money.'))).toEqual([['that', 'show', 'the harbour losing money']]);
  });

  it('"studies that show the bridge is unsafe"', () => {
    expect(rows(analyse('The mayor ignored studies that show the bridge is unsafe.'))).toEqual([['that', 'show', 'the bridge is unsafe']]);
  });

  it('not: "that show" as a demonstrative and its noun', () => {
    expect(cues('Berg hosts that show every Friday.')).not.toContain('show');
    expect(cues('I watched that show Vale hosts.')).not.toContain('show');
  });

  it('not: a relative inside the sentence subject, whose main verb follows (the content would swallow it)', () => {
    expect(cues('The crews that fear the storm stayed home.')).not.toContain('fear');
    const found = rows(analyse("Tarnow's surveys that show a rise worry Berg."));
    expect(found.map((r) => r[1])).not.toContain('show');
    expect(found.every((r) => !/worry Berg/.test(r[2]!))).toBe(true);
  });
});

describe('"according to X" set off inside a clause, between its verb and the rest', () => {
  it('after a verb, an amount completes the clause: the content runs on over the aside', () => {
    expect(rows(analyse('The ferry carries, according to one estimate, 900 cars a day.'))).toEqual([['one estimate', 'according to', 'The ferry carries, according to one estimate, 900 cars a day']]);
    expect(rows(analyse('The firm receives, according to one report, $40 million a year.'))).toEqual([['one report', 'according to', 'The firm receives, according to one report, $40 million a year']]);
  });

  it('after "is", the predicate follows the aside', () => {
    expect(rows(analyse('The toll is, according to Ruiz, far too high.'))).toEqual([['Ruiz', 'according to', 'The toll is, according to Ruiz, far too high']]);
  });

  it('not: a description of the source after the comma', () => {
    expect(rows(analyse('Fares rose, according to Okafor, a former adviser.'))).toEqual([['Okafor', 'according to', 'Fares rose']]);
    expect(rows(analyse('The plan is dead, according to Ruiz, a former adviser.'))).toEqual([['Ruiz', 'according to', 'The plan is dead']]);
  });
});

describe('a parenthetical tag whose addressee is an object pronoun', () => {
  it('"The fix, the engineer told us, was cheap": the reported clause runs on over the tag', () => {
    expect(rows(analyse('The fix, the engineer told us, was cheap.'))).toEqual([['the engineer', 'told', 'The fix, the engineer told us, was cheap']]);
  });

  it('still: a tag closing the clause keeps the content before it', () => {
    expect(rows(analyse('The fix was cheap, the engineer told them.'))).toEqual([['the engineer', 'told', 'The fix was cheap']]);
  });

  it('not: "and" after the tag opens something else', () => {
    // (a verb with no subject of its own is the speaker's; a clause with its own subject goes on with the report: recall38)
    expect(rows(analyse('The fix was cheap, the engineer told them, and left.'))).toEqual([['the engineer', 'told', 'The fix was cheap']]);
  });

  it('"and" + a clause with its own subject after the tag goes on with the report (news annotation marks it so nearly always)', () => {
    const [x, ...rest] = analyse('The fix was cheap, the engineer told them, and the crew went home.').attributions;
    expect(rest).toEqual([]);
    expect(x!.sourceSpan?.text).toBe('the engineer');
    expect(x!.contentSpans.map((s) => s.text)).toEqual(['The fix was cheap', 'and the crew went home']);
  });
});
