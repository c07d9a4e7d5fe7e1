import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Quotations whose binding to their cue was lost or cut short (issue 10, eleventh round).
// Every sentence is written for these tests; names, places and bodies are invented.

describe('a quotation keeps its tag', () => {
  it('an appearance cue in a relative clause on the addressee does not drop the tag before it', () => {
    const a = analyse('“We each have our own views, but we are neighbors,” Tom Okafor told a visitor who seemed puzzled.');
    expect(byCue(a, 'told a visitor')).toMatchObject({ mode: 'direct', text: 'We each have our own views, but we are neighbors,', sourceSpan: { text: 'Tom Okafor' } });
  });
});

describe('"according to" after a quotation', () => {
  it('takes the whole quotation when it opened in an earlier sentence', () => {
    const a = analyse('“The records show a gap. The new files show the council hid them,” according to Vale Watch.');
    const r = byCue(a, 'according to');
    expect(r.sourceSpan?.text).toBe('Vale Watch');
    expect(r.text).toBe('“The records show a gap. The new files show the council hid them,”');
  });
});

describe('words that open the quoted sentence', () => {
  it('a lead-in set off by a comma before the quotation is part of the content', () => {
    const a = analyse('But with the other bakers spread across nine stalls, “Berg’s old customers keep her busy at the fair,” says Tom Okafor, a miller.');
    const r = byCue(a, 'says');
    expect(r.mode).toBe('mixed');
    expect(r.text).toBe('with the other bakers spread across nine stalls, “Berg’s old customers keep her busy at the fair,');
    expect(r.sourceSpan?.text).toBe('Tom Okafor');
  });

  it('not a time phrase, the occasion of the remark, or a noun the quotation spells out', () => {
    expect(byCue(analyse('On Friday morning, “We will rebuild the bridge,” Ruiz said.'), 'said')).toMatchObject({ mode: 'direct', text: 'We will rebuild the bridge,' });
    expect(byCue(analyse('In a statement to the council, “We will rebuild the bridge,” Ruiz said.'), 'said')).toMatchObject({ mode: 'direct', text: 'We will rebuild the bridge,' });
    expect(byCue(analyse('When Berg used the words, “We are not there yet,” he was echoing the mayor.'), 'was echoing').text).not.toContain('When Berg');
  });
});

describe('a quotation after a paraphrase of its own sentence', () => {
  it('goes on with the nearer paraphrase, not the quotation two sentences back', () => {
    const a = analyse('“There are worse things to worry about,” says Lena Berg, a baker from Tarn. She says drivers should be free to take the road they like. “It is their money; they are not harming anyone.”');
    expect(byCue(a, 'says')).toMatchObject({ mode: 'direct', text: 'There are worse things to worry about,' });
    const she = a.attributions.find((x) => x.sourceSpan?.text === 'She')!;
    expect(she.mode).toBe('mixed');
    expect(she.text).toContain('It is their money; they are not harming anyone.');
  });
});

describe('quoted words after ", but"', () => {
  it('keep the reported clause going when the speaker’s own words are quoted there', () => {
    const a = analyse('Ruiz had said more than 40 hives carried the mite, but nearly all of them were only “lightly hit,” a mild case.');
    expect(byCue(a, 'had said')).toMatchObject({ mode: 'mixed', text: 'more than 40 hives carried the mite, but nearly all of them were only “lightly hit,” a mild case' });
  });

  it('not without a quotation', () => {
    expect(byCue(analyse('Ruiz said the files were secret, but the council disagreed.'), 'said').text).toBe('the files were secret');
  });
});

describe('a sentence that closes with quoted words after a paraphrase', () => {
  it('goes on with the report of the sentence before', () => {
    const a = analyse('People pick their own news now, which makes rumors hard to dislodge, Ruiz said. Good facts can still drive out bad ones, but only when “the truth is livelier than the lie.”');
    const r = byCue(a, 'said');
    expect(r.mode).toBe('mixed');
    expect(r.text).toContain('Good facts can still drive out bad ones, but only when “the truth is livelier than the lie.”');
  });

  it('not when that sentence has a cue of its own', () => {
    const a = analyse('The rules changed, Ruiz said. Berg argued that voters were “tired of it.”');
    expect(byCue(a, 'said').text).toBe('The rules changed');
  });
});
