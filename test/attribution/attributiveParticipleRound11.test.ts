import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse, attributionByCue } from '../helpers.js';

// A present participle used as an adjective before its noun reports nothing (issue 10, eleventh
// round): "by inquiring reporters", "the most pressing worry", "an open and demanding crowd".
// A participle that is a verb with an object or a clause keeps its cue. Every sentence is
// written for these tests.

const cues = (a: ArticleAnalysis) => a.attributions.map((x) => x.cue);
const byCue = attributionByCue;
const hasCueWord = (a: ArticleAnalysis, word: string) => a.attributions.some((x) => x.cue.toLowerCase().split(/\s+/).includes(word));

describe('an -ing form of a verb that takes no object, before a noun, is no cue', () => {
  it.each([
    ['Ruiz was surrounded by inquiring reporters.', 'inquiring'],
    ['The hearing in Marlow heard from testifying witnesses.', 'testifying'],
    ['Vale sat between the complaining neighbours.', 'complaining'],
    ['Complaining tenants left the Tarnby meeting early.', 'complaining'],
  ])('%s', (text, word) => {
    const a = analyse(text);
    expect(hasCueWord(a, word)).toBe(false);
  });

  it('and leaves no attribution at all in "by inquiring reporters"', () => {
    expect(analyse('Ruiz was surrounded by inquiring reporters.').attributions).toEqual([]);
  });
});

describe('an -ing form graded or joined like an adjective is no cue', () => {
  it.each([
    ['Okafor gave a more welcoming speech in Drellham.', 'welcoming'],
    ['Flooding would be their most pressing concern.', 'pressing'],
    ['Okafor faced an open and demanding crowd at the Vossford hall.', 'demanding'],
  ])('%s', (text, word) => {
    const a = analyse(text);
    expect(hasCueWord(a, word)).toBe(false);
  });
});

describe('real -ing cues stay', () => {
  it('"was accused of misleading voters": the passive cue stays, with the whole charge', () => {
    const text = 'Ruiz was accused of misleading voters.';
    const a = analyse(text);
    const x = byCue(a, 'was accused of');
    expect(x.text).toContain('misleading voters');
    expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('"kept asking questions": the reporters ask', () => {
    const text = 'The reporters kept asking questions.';
    const a = analyse(text);
    // (cue44: the verb of going on is shown with the gerund)
    const x = byCue(a, 'kept asking');
    expect(x.sourceSpan?.text).toBe('The reporters');
    expect(x.text).toBe('questions');
    expect(text.slice(x.cueSpan.start, x.cueSpan.end)).toBe('kept asking');
  });

  it('", warning that …" and "a statement saying that …" keep their cues', () => {
    const text = 'The mayor of Kelby resigned, warning that taxes would rise.';
    const a = analyse(text);
    const x = byCue(a, 'warning');
    expect(x.sourceSpan?.text).toBe('The mayor of Kelby');
    expect(x.text).toBe('taxes would rise');
    expect(text.slice(x.start, x.end)).toBe(x.text);
    const b = analyse('The Orlen council released a statement saying that the bridge would close.');
    const y = byCue(b, 'released a statement saying');
    expect(y.text).toBe('the bridge would close');
  });

  it('a verb that takes no object keeps its cue after an auxiliary or with a clause: "is hoping tenants …", ", complaining tenants had …"', () => {
    const a = analyse('Ruiz is hoping tenants find her steady enough.');
    const x = byCue(a, 'is hoping');
    expect(x.sourceSpan?.text).toBe('Ruiz');
    expect(x.text).toBe('tenants find her steady enough');
    const b = analyse('Vale left the meeting, complaining tenants had been ignored.');
    const y = byCue(b, 'complaining');
    expect(y.sourceSpan?.text).toBe('Vale');
    expect(y.text).toBe('tenants had been ignored');
  });

  it('"complaining about …" keeps its cue', () => {
    const a = analyse('Berg spent the week complaining about the levy.');
    expect(hasCueWord(a, 'complaining')).toBe(true);
  });
});
