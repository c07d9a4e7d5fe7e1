import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Quotation constructions left over after the earlier rounds (issue 10, sixth round). Every
// sentence is written for these tests; names and places are invented.

describe('inverted tags after a quotation', () => {
  it('“…?” asked the girl, who …: the relative clause describes the speaker, the quotation is the content', () => {
    const a = analyse('“How big is that bridge?” asked the girl, who was wearing a red hat.');
    expect(byCue(a, 'asked')).toMatchObject({ mode: 'direct', text: 'How big is that bridge?', sourceSpan: { text: 'the girl' } });
    // a relative clause with a speech verb of its own does not take the tag's source away
    const b = analyse('“Why should the town pay for it?” asked Sen. Ana Ruiz of Dover, who said the fund was empty.');
    expect(byCue(b, 'asked')).toMatchObject({ mode: 'direct', text: 'Why should the town pay for it?', sourceSpan: { text: 'Sen. Ana Ruiz of Dover' } });
  });

  it('a capitalised "Asked about …," opening a sentence still takes the main clause as its context', () => {
    const a = analyse('The vote is near. Asked about the bridge, Ruiz said it was safe.');
    expect(byCue(a, 'said')).toMatchObject({ text: 'it was safe', sourceSpan: { text: 'Ruiz' } });
    expect(a.attributions.some((x) => x.cue === 'Asked' && x.sourceSpan !== null)).toBe(false);
  });
});

describe('quote marks inside quotations', () => {
  it('a curly double pair inside an open curly quotation is nested when the outer closing mark follows', () => {
    const a = analyse('Ana Ruiz of the Gazette wrote, “If a chef wants diners to come back, she must own up even when “her kitchen” burns the soup. Otherwise the tables empty.” The critic left.');
    expect(byCue(a, 'wrote')).toMatchObject({ mode: 'direct', text: 'If a chef wants diners to come back, she must own up even when “her kitchen” burns the soup. Otherwise the tables empty.' });
    // an opening mark with no second closing mark after it still starts a new quotation (the first was left open)
    const b = analyse('“The fund is empty, Ruiz said. “We will borrow,” she added.');
    expect(byCue(b, 'added').text).toBe('We will borrow,');
  });

  it('elided words and Dutch name particles are no opening single marks', () => {
    const a = analyse("Sophie in 't Veld said the vote was close. “We will see,” she said.");
    expect(a.quotes.map((q) => q.text)).toEqual(['We will see,']);
    const b = analyse("Fans sang 'bout the old days, and Ruiz said: 'We will win.'");
    expect(b.quotes.map((q) => q.text)).toEqual(['We will win.']);
  });
});

describe('quotations before a described source', () => {
  it('“…,” the attacker, Tom Berg, told …: the description set off before the name does not cut the quotation off', () => {
    const a = analyse('Ruiz was hit at the rally. “He had it coming,” the attacker, Tom Berg, told the police on Friday.');
    expect(byCue(a, 'told the police')).toMatchObject({ mode: 'direct', text: 'He had it coming,', speaker: 'Tom Berg' });
    expect(byCue(analyse('“We will see,” one aide, Tom Berg, said.'), 'said')).toMatchObject({ mode: 'direct', text: 'We will see,' });
  });
});

describe('double apostrophes as quotation marks', () => {
  it("three apostrophes close a nested single quotation and the outer one: ''… 'Look, …,''' X said", () => {
    const a = analyse("''All I ever do is tell them: 'Look, the captain is honest. She is from our harbour,''' Mr. Berg said of Ms. Vos.");
    // (the topic after "said of" is a piece of its own: see directRecallRound14.test.ts)
    const r = byCue(a, 'said of');
    expect(r).toMatchObject({ mode: 'mixed', sourceSpan: { text: 'Mr. Berg' } });
    expect(r.contentSpans.map((p: { text: string }) => p.text)).toEqual(["All I ever do is tell them: 'Look, the captain is honest. She is from our harbour,'", 'Ms. Vos']);
  });
});

describe('a quotation after a cue that reported nothing', () => {
  it('“agreed.” then a full quotation in the same paragraph: the quotation is what the verb reports', () => {
    const a = analyse('Berg thinks the port is dead, said Tom Vos. Ana Ruiz, a planner at Dover, agreed. “Time is running out for the harbour.” Others were less sure.');
    expect(byCue(a, 'agreed')).toMatchObject({ mode: 'direct', text: 'Time is running out for the harbour.', speaker: 'Ana Ruiz' });
    expect(byCue(a, 'said').text).toBe('Berg thinks the port is dead');
  });

  it('a verb with an object of its own does not introduce the next quotation that way', () => {
    const a = analyse('Ana Ruiz visited the port. Tom Vos waved at the crowd. “Time is running out.”');
    expect(a.attributions.some((x) => x.text.includes('Time is running out'))).toBe(false);
  });
});

describe('a short clause and a comma before a full quotation', () => {
  it('"Vos shot back, “…”", "Ruiz issued a statement, “…”": the subject of the clause is the source', () => {
    const a = analyse('Vos shot back, “The mayor called them out. Oh my, they must have been crushed.”');
    expect(byCue(a, 'shot back')).toMatchObject({ mode: 'direct', text: 'The mayor called them out. Oh my, they must have been crushed.', sourceSpan: { text: 'Vos' } });
    const b = analyse('Right after the storm, Ruiz issued a statement, “Last night our town was hit hard.”');
    expect(byCue(b, 'issued a statement')).toMatchObject({ mode: 'direct', text: 'Last night our town was hit hard.', sourceSpan: { text: 'Ruiz' } });
  });

  it('no clause with a verb, or a quotation in mid-sentence, is no such introduction', () => {
    expect(analyse('When the vote came, “Nobody expected it.”').attributions).toEqual([]);
    expect(analyse('The crowd is large, “Nobody expected it.”').attributions).toEqual([]);
    expect(analyse('The mayor, “a real fighter,” won the vote.').attributions).toEqual([]);
  });
});
