import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Wrong or missing outputs around quotations (issue 10, fifteenth round, direct18).
// Every sentence is written for these tests; names, places and bodies are invented.

describe('a line that opens with a name and a colon, then a quotation', () => {
  it('"Mayor Lena Vale: “…”" alone on its line is direct, the content the quotation without its marks', () => {
    const a = analyse('Mayor Lena Vale: “The bridge will open in May.”\nRuiz agreed with her.');
    expect(byCue(a, ':')).toMatchObject({ mode: 'direct', text: 'The bridge will open in May.', sourceSpan: { text: 'Mayor Lena Vale' } });
  });

  it('author text after the quotation on the same line keeps the whole line as content', () => {
    const a = analyse('Mayor Lena Vale: “The bridge will open in May.” She left the hall.');
    expect(byCue(a, ':')?.mode).not.toBe('direct');
  });

  it('two turns on one line, `Berg: “…” Vale: “…”`: each name takes only its own quotation', () => {
    const text = 'Tom Berg: “Our aim is not to slow the levy but to end it.” Ana Vale: “The task is to end it, not to slow it.”';
    const a = analyse(text);
    const berg = a.attributions.find((x) => x.sourceSpan?.text === 'Tom Berg');
    const vale = a.attributions.find((x) => x.sourceSpan?.text === 'Ana Vale');
    expect(berg).toMatchObject({ cue: ':', mode: 'direct', text: 'Our aim is not to slow the levy but to end it.' });
    expect(vale).toMatchObject({ cue: ':', mode: 'direct', text: 'The task is to end it, not to slow it.' });
    expect(text.slice(berg!.start, berg!.end)).toBe(berg!.text);
    // (straight marks and a third turn)
    const b = analyse('Berg: "We will vote no." Vale: "We will vote yes." Ruiz: "We have not decided."');
    expect(b.attributions.map((x) => [x.sourceSpan?.text, x.text])).toEqual([['Berg', 'We will vote no.'], ['Vale', 'We will vote yes.'], ['Ruiz', 'We have not decided.']]);
  });

  it('a later turn whose name holds a lower-case title: "Former minister Ana Vale: “…”", "Former secretary of state Ana Vale: “…”"', () => {
    const a = analyse('The hearing ran late.\n\nTom Berg: "Who told you that?" Former minister Ana Vale: "We learned that from the board."');
    expect(a.attributions.map((x) => [x.sourceSpan?.text, x.text])).toEqual([['Tom Berg', 'Who told you that?'], ['Former minister Ana Vale', 'We learned that from the board.']]);
    const text = 'The hearing ran late. Former secretary of state Ana Vale: "We learned that from the board."';
    const r = byCue(analyse(text), ':');
    expect(r).toMatchObject({ mode: 'direct', text: 'We learned that from the board.', sourceSpan: { text: 'Former secretary of state Ana Vale' } });
    expect(text.slice(r.sourceSpan!.start, r.sourceSpan!.end)).toBe(r.sourceSpan!.text);
  });

  it('lower-case words that are no title open no turn', () => {
    expect(analyse('The hearing ran late. Angry crowds Ana Vale: "We learned that from the board."').attributions).toEqual([]);
    const a = analyse('The hearing ran late.\n\nTom Berg: "Who told you that?" Angry crowds in Tarn: "We learned that from the board."');
    expect(a.attributions.map((x) => x.sourceSpan?.text)).toEqual(['Tom Berg']);
  });

  it('a capitalised phrase and a colon with no quotation after it opens no new turn', () => {
    const a = analyse('Mayor Lena Vale: “The bridge will open in May.” Harbour Times: the board disagreed.');
    expect(byCue(a, ':')?.mode).not.toBe('direct');
  });

  it('"Former minister Ana Ruiz: “…”": a lower-case title inside the name before the colon', () => {
    const a = analyse('Former minister Ana Ruiz: “The plan will fail.”\nBerg disagreed.');
    expect(byCue(a, ':')).toMatchObject({ mode: 'direct', text: 'The plan will fail.', sourceSpan: { text: 'Former minister Ana Ruiz' } });
  });

  it('not when no capitalised name ends the phrase: "The former minister: …"', () => {
    const a = analyse('The former minister: we will see a lot more of this.');
    expect(a.attributions.find((x) => x.cue === ':')).toBeUndefined();
  });
});

describe('a participle opening a sentence before a quotation', () => {
  it('"Adding, “We will …”": the pronoun inside the quotation is not the source', () => {
    const a = analyse('Vale said the count was wrong. Adding, “We will appeal the ruling.”');
    const r = byCue(a, 'Adding');
    expect(r).toMatchObject({ mode: 'direct', text: 'We will appeal the ruling.' });
    expect(r?.sourceSpan?.text ?? null).not.toBe('We');
  });

  it('a participle phrase before a main clause keeps that clause\'s subject: "Speaking to reporters, Vale said …"', () => {
    const a = analyse('Speaking to reporters, Vale said the count was wrong.');
    expect(byCue(a, 'said')).toMatchObject({ sourceSpan: { text: 'Vale' } });
  });
});

describe('a colon introduction whose subject holds a relative clause set off by commas', () => {
  it('"Vale, who died in 2019, is shown lecturing: “…”": the source is the name with its clause, not "who"', () => {
    const a = analyse('In the film, the preacher Omar Vale, who died in 2019, is shown lecturing: “Repent now.”');
    const r = a.attributions.find((x) => x.text === 'Repent now.');
    expect(r?.sourceSpan?.text).toBe('the preacher Omar Vale, who died in 2019');
    expect(r?.cue).not.toMatch(/died/);
  });

  it('after an opening clause with a verb of its own: "Before the film ends, the preacher Vale, who …, is shown lecturing: “…”"', () => {
    const text = 'Before the film ends, the preacher Ana Vale, who was lost in a storm, is shown lecturing: “Sailors of the west, take heed.”';
    const r = analyse(text).attributions.find((x) => x.text === 'Sailors of the west, take heed.');
    expect(r).toMatchObject({ mode: 'direct', cue: 'is shown lecturing:', sourceSpan: { text: 'the preacher Ana Vale, who was lost in a storm' } });
    expect(text.slice(r!.sourceSpan!.start, r!.sourceSpan!.end)).toBe(r!.sourceSpan!.text);
  });

  it('not when the clause after the opener has a verb before its relative clause', () => {
    expect(analyse('When the film ends, the crowd sang, which was odd, and left: “Sailors of the west, take heed.”').attributions).toEqual([]);
  });
});
