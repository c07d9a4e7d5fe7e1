import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Fifteenth round, known8 (issue 10, recall where the cue word is known): constructions that
// stopped a known cue. Every sentence is written for these tests; names and places are invented.

describe('"called" after an indefinite subject, with a second object', () => {
  it('"One member called Berg “…”", "A critic called him a fraud": calling someone something', () => {
    const a = byCue(analyse('The plan split the council; one member called Berg "the toll prince of Tarnow." The vote failed.'), 'called');
    expect(a.sourceSpan?.text).toBe('one member');
    expect(a.text).toBe('Berg "the toll prince of Tarnow."');
    expect(a.mode).toBe('mixed');
    const b = byCue(analyse('A critic called Vale a fraud.'), 'called');
    expect(b).toMatchObject({ text: 'Vale a fraud' });
    expect(b.sourceSpan?.text).toBe('A critic');
    expect(byCue(analyse('A critic called him a fraud.'), 'called').text).toBe('him a fraud');
  });

  it('still: "a group called X" and "a man called Brown the day before" name someone', () => {
    expect(analyse('A group called Open Harbour sued the city.').attributions).toEqual([]);
    expect(analyse('A man called Brown the day before.').attributions).toEqual([]);
    expect(analyse('She joined a group called Open Harbour in May.').attributions).toEqual([]);
  });
});

describe('a plural subject with a prepositional phrase before a verb read as a noun', () => {
  it('"Most voters in the town support …", "Farmers across the valley fear …": the verb with its subject', () => {
    const a = byCue(analyse('Most voters in the town support the bridge.'), 'support');
    expect(a).toMatchObject({ text: 'the bridge' });
    expect(a.sourceSpan?.text).toBe('Most voters in the town');
    const b = byCue(analyse('Farmers across the valley fear the dam will fail.'), 'fear');
    expect(b).toMatchObject({ text: 'the dam will fail' });
    expect(b.sourceSpan?.text).toBe('Farmers across the valley');
  });

  it('still: a noun in a compound after the phrase is no verb', () => {
    expect(analyse('The price of tickets in the town support fund rose.').attributions).toEqual([]);
  });
});

describe('"what X called “…”": a quotation after a free relative', () => {
  it('the holder after "what" or "which" calls it that (not a plain naming)', () => {
    const a = byCue(analyse('Tarnow braced for what Ruiz called “the loudest vote in memory,” and the polls opened.'), 'called');
    expect(a.sourceSpan?.text).toBe('Ruiz');
    expect(a.text).toBe('what Ruiz called “the loudest vote in memory,”');
    expect(a.mode).toBe('mixed');
    const b = byCue(analyse('The ferry, which locals called “the Slug,” sank in May.'), 'called');
    expect(b.sourceSpan?.text).toBe('locals');
    expect(b.text).toMatch(/called “the Slug,”$/);
  });
});

describe('a participle between an adverb of degree and a noun', () => {
  it('"the most qualified person … and said": no verb that breaks the coordination', () => {
    const a = byCue(analyse('Berg presented Okafor as the most qualified person to run the port and said his aide would finish the job.'), 'said');
    expect(a).toMatchObject({ text: 'his aide would finish the job', speaker: 'Berg' });
    const r = analyse('Berg called Okafor the most qualified person and said his aide would finish the job.');
    expect(byCue(r, 'called').text).toBe('Okafor the most qualified person');
    expect(byCue(r, 'said').text).toBe('his aide would finish the job');
  });
});

describe('"according to" opening a sentence in parentheses', () => {
  it('"(According to X, …)": the clause after the comma, without the closing parenthesis', () => {
    const text = 'The pier is shut. (According to the Tarnow harbour board, it keeps no figures on thefts.) Berg left.';
    const a = byCue(analyse(text), 'According to');
    expect(a.sourceSpan?.text).toBe('the Tarnow harbour board');
    expect(a.text).toBe('it keeps no figures on thefts');
    expect(text.slice(a.start, a.end)).toBe(a.text);
  });
});
