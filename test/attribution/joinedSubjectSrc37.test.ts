import { describe, expect, it } from 'vitest';
import { slicedByCue } from '../helpers.js';

// Subjects that a reduced relative or "as well as" holds together (issue 10, src37; review32 L1 and L4).
// Every sentence is written for these tests; names, places and bodies are invented.

describe('a reduced relative whose participle has no -ed ending keeps its noun in the subject', () => {
  it('"Families hit hard by the closure and workers said": the whole joined phrase', () => {
    const text = 'Families hit hard by the closure and workers said the plan failed.';
    expect(slicedByCue(text, 'said')).toMatchObject({ text: 'the plan failed', sourceSpan: { text: 'Families hit hard by the closure and workers' } });
  });

  it('"Growers cut by the levy and clerks say": also with no adverb before the agent', () => {
    const text = 'Growers cut by the levy and clerks say the fund is empty.';
    expect(slicedByCue(text, 'say')).toMatchObject({ text: 'the fund is empty', sourceSpan: { text: 'Growers cut by the levy and clerks' } });
  });

  it('"Tenants hit by the rent rise said": the participle is no verb of the subject, whose noun is not the agent', () => {
    const text = 'Tenants hit by the rent rise said the tram should run at night.';
    expect(slicedByCue(text, 'said')).toMatchObject({ sourceSpan: { text: 'Tenants hit by the rent rise' } });
  });

  it('negative: "Families hit the road and workers said": a finite verb with an object joins a clause', () => {
    const text = 'Families hit the road and workers said the plan failed.';
    expect(slicedByCue(text, 'said')).toMatchObject({ sourceSpan: { text: 'workers' } });
  });

  it('negative: "The mill closed in May and workers say": a clause joined before the subject stays out', () => {
    const text = 'The mill closed in May and workers say the plan failed.';
    expect(slicedByCue(text, 'say')).toMatchObject({ sourceSpan: { text: 'workers' } });
  });
});

describe('"as" inside an -ing reduced relative does not cut the subject', () => {
  it('"Growers seeing the levy as a threat say": the growers', () => {
    const text = 'Growers seeing the levy as a threat say they will sue.';
    const x = slicedByCue(text, 'say');
    expect(x).toMatchObject({ text: 'they will sue' });
    expect(x.sourceSpan?.text.startsWith('Growers')).toBe(true);
    expect(x.sourceSpan?.text).not.toBe('a threat');
  });

  it('"Clerks in Tarn County backing the fee as a stopgap argue": over a phrase on the noun too', () => {
    const text = 'Clerks in Tarn County backing the fee as a stopgap argue that it will pass.';
    expect(slicedByCue(text, 'argue').sourceSpan?.text.startsWith('Clerks in Tarn County')).toBe(true);
  });

  it('negative: a reporting verb before the phrase keeps its own subject out ("Vale said growers seeing …")', () => {
    const text = 'Vale said growers seeing the levy as a threat would sue.';
    expect(slicedByCue(text, 'said')).toMatchObject({ sourceSpan: { text: 'Vale' } });
  });
});

describe('"as well as" joins two noun phrases into one subject', () => {
  it('"Growers as well as Vale say": both', () => {
    const text = 'Growers as well as Vale say the levy is unfair.';
    expect(slicedByCue(text, 'say')).toMatchObject({ text: 'the levy is unfair', sourceSpan: { text: 'Growers as well as Vale' } });
  });

  it('"The ferry crews as well as the harbour master argue": two determined phrases', () => {
    const text = 'The ferry crews as well as the harbour master argue that the pier is unsafe.';
    expect(slicedByCue(text, 'argue')).toMatchObject({ text: 'the pier is unsafe', sourceSpan: { text: 'The ferry crews as well as the harbour master' } });
  });

  it('a joined phrase too long to name one source keeps its last phrase, and the relation', () => {
    const text = 'The ferry crews in Tarn County as well as the harbour master argue that the pier is unsafe.';
    expect(slicedByCue(text, 'argue')).toMatchObject({ text: 'the pier is unsafe', sourceSpan: { text: 'the harbour master' } });
  });

  it('negative: an object joined by "as well as" in an earlier clause stays out ("…, and the clerks say")', () => {
    const text = 'The levy hurts growers as well as Vale, and the clerks say it is unfair.';
    expect(slicedByCue(text, 'say')).toMatchObject({ sourceSpan: { text: 'the clerks' } });
  });
});

describe('a participle after a clause joined by ", and" goes with that clause\'s own subject', () => {
  it('"Growers say …, and the union has sued …, saying …": the union says it', () => {
    const text = 'Growers say the levy is harsh, and the union has sued the county over the rules, saying they break the charter.';
    expect(slicedByCue(text, 'saying')).toMatchObject({ text: 'they break the charter', sourceSpan: { text: 'the union' } });
  });

  it('a longer subject of the joined clause, and another participle', () => {
    const text = 'Growers say the fee is high, and the clerks in Tarn County have appealed the ruling, arguing that it breaks the charter.';
    expect(slicedByCue(text, 'arguing')).toMatchObject({ text: 'it breaks the charter', sourceSpan: { text: 'the clerks in Tarn County' } });
  });

  it('negative: a second reported clause opened by "and that" stays the speaker\'s', () => {
    const text = 'Vale said the levy was unfair, and that growers were angry, saying they would sue.';
    expect(slicedByCue(text, 'saying')).toMatchObject({ sourceSpan: { text: 'Vale' } });
  });

  it('negative: with no joined clause the participle is the speaker\'s', () => {
    const text = 'Vale said the fee was high and the pier was unsafe, adding that the board had lied.';
    expect(slicedByCue(text, 'adding')).toMatchObject({ text: 'the board had lied', sourceSpan: { text: 'Vale' } });
  });
});
