import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue, sourceKindOf } from '../helpers.js';

// Known wrong outputs of the attribution stage (issue 10, twelfth round): sources and speakers.
// Every sentence is written for these tests; names, places and bodies are invented.

describe('a role noun with a relative clause naming another body', () => {
  it('"The union, which the board expects …, said": the speaker is the union, not the board', () => {
    const a = analyse('The union, which the board expects will strike soon, said on Monday it was ready.');
    const r = byCue(a, 'said');
    expect(r.sourceSpan?.text.startsWith('The union')).toBe(true);
    expect(r.speaker).toBe('union');
    expect(r.text).toBe('it was ready');
    expect(byCue(a, 'expects').speaker).toBe('board');
  });

  it('an antecedent named before the sentence is still found', () => {
    const a = analyse('Dunmore Freight cut forty jobs. The company, which the Tarn council had courted, said it would appeal.');
    expect(byCue(a, 'said').speaker).toBe('Dunmore Freight');
  });
});

describe('a passive verb of telling whose agent has a relative clause', () => {
  it('"was told by aides who had seen the plans that …": the clause after "that" is what was told', () => {
    const a = analyse('Vale was told by aides who had seen the plans that the bridge would close.');
    const r = byCue(a, 'was told');
    expect(r.sourceSpan?.text).toBe('aides');
    expect(r.text).toBe('the bridge would close');
  });

  it('the same with "warned"', () => {
    const r = byCue(analyse('Mayor Okafor was warned by engineers who inspected the dam that the spillway could fail.'), 'was warned');
    expect(r.sourceSpan?.text).toBe('engineers');
    expect(r.text).toBe('the spillway could fail');
  });
});

describe('a participle phrase set off by dashes after the subject', () => {
  it('"Berg — mentioned by the Gazette as the likely choice — told …": the participle is no cue of "Berg —", "told" keeps Berg', () => {
    const a = analyse('Berg — mentioned by the Gazette as the likely choice — told reporters he would accept.');
    expect(a.attributions.some((x) => x.sourceSpan?.text.includes('—'))).toBe(false);
    expect(a.attributions.some((x) => x.cue === 'mentioned')).toBe(false);
    const r = byCue(a, 'told reporters');
    expect(r.sourceSpan?.text).toBe('Berg');
    expect(r.text).toBe('he would accept');
  });

  it('a lone opening dash before a participle gives no source ending in the dash', () => {
    const a = analyse('The ferry plan — criticized by Councillor Vale last week — will go ahead in May.');
    expect(a.attributions.some((x) => x.sourceSpan?.text.endsWith('—'))).toBe(false);
  });

  it('a description set off by dashes still leaves the name as the source', () => {
    const r = byCue(analyse('Okafor — a longtime ally of the harbour board — said the toll was fair.'), 'said');
    expect(r.sourceSpan?.text).toBe('Okafor');
    expect(r.text).toBe('the toll was fair');
  });
});

describe('an opening participle with a comparison set off by commas before the main clause', () => {
  it('"Shrugging off the criticism, as Vale did, Ruiz said": the participle is Ruiz\'s, not Vale\'s', () => {
    const a = analyse('Shrugging off the criticism, as Vale did, Ruiz said the plan would go ahead.');
    const r = byCue(a, 'Shrugging off');
    expect(r.sourceSpan?.text).toBe('Ruiz');
    expect(byCue(a, 'said').sourceSpan?.text).toBe('Ruiz');
  });

  it('the same with "like"', () => {
    const a = analyse('Brushing aside the complaints, like Berg before him, Okafor insisted the toll was fair.');
    for (const x of a.attributions) expect(x.sourceSpan?.text).not.toBe('Berg');
  });
});

describe('a relative "that" read as a conjunction', () => {
  it('"districts that had voted for Vale": the districts are the source, not no one', () => {
    const a = analyse('Turnout fell in districts that had voted for Vale in the spring.');
    const r = a.attributions.find((x) => x.cue?.includes('voted for'));
    expect(r).toBeDefined();
    expect(r!.sourceSpan?.text).toBe('that');
    expect(sourceKindOf(a, r!)).toBe('unnamed');
  });
});
