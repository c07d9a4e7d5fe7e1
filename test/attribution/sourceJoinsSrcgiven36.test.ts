import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue } from '../helpers.js';

// srcgiven36 (issue 10): sources read over a clause joined by "and" and over an aside set off by dashes.
// Sentences written for these tests; names are invented.

type Found = { sourceSpan: { start: number; end: number } | null; start: number; end: number };
const srcText = (text: string, x: Found) => (x.sourceSpan ? text.slice(x.sourceSpan.start, x.sourceSpan.end) : null);
const contentText = (text: string, x: Found) => text.slice(x.start, x.end);

describe('a common noun phrase after "and" opens a clause of its own', () => {
  it('"The mill closed in May and workers say …": the source is "workers" (was the whole first clause)', () => {
    const text = 'The mill closed in May and workers say they were never paid.';
    const x = attributionByCue(analyse(text), 'say');
    expect(srcText(text, x)).toBe('workers');
    expect(contentText(text, x)).toBe('they were never paid');
  });

  it('"… in the spring and local residents say …": the noun phrase with its adjective', () => {
    const text = 'The ferry stopped running in the spring and local residents say they feel abandoned.';
    const x = attributionByCue(analyse(text), 'say');
    expect(srcText(text, x)).toBe('local residents');
  });

  it('"… on Friday and workers said …": over a weekday a preposition opens', () => {
    const text = 'The mill closed on Friday and workers said they were never paid.';
    const x = attributionByCue(analyse(text), 'said');
    expect(srcText(text, x)).toBe('workers');
  });

  it('negative: two joined subjects with no verb between stay one source', () => {
    const text = 'Critics of the plan and supporters of the ferry say the vote was rushed.';
    const x = attributionByCue(analyse(text), 'say');
    expect(srcText(text, x)).toBe('Critics of the plan and supporters of the ferry');
  });

  it('negative: a name before "and" joins the noun phrase to it ("Vale and other councillors")', () => {
    const text = 'Vale and other councillors say the plan is sound.';
    const x = attributionByCue(analyse(text), 'say');
    expect(srcText(text, x)).toBe('Vale and other councillors');
  });

  it('negative: a participle with its partner is a reduced relative, not the verb of a first clause', () => {
    const text = 'Several hundred growers aligned with the guild and other farm groups say the levy must go.';
    const x = attributionByCue(analyse(text), 'say');
    expect(srcText(text, x)).toBe('Several hundred growers aligned with the guild and other farm groups');
  });
});

describe('an aside set off by dashes that an irregular participle opens', () => {
  it('"The videos - made by activists in Tarn County - showed …": the subject before the first dash', () => {
    const text = 'The videos - made by activists in Tarn County - showed the scene she described.';
    const x = attributionByCue(analyse(text), 'showed');
    expect(srcText(text, x)).toBe('The videos');
    expect(contentText(text, x)).toBe('the scene she described');
  });

  it('"None of the letters — held by the county archive — show …": the same with a quantified subject', () => {
    const text = 'None of the letters — held by the county archive — showed that Vale knew of the plan.';
    const x = attributionByCue(analyse(text), 'showed');
    expect(srcText(text, x)).toBe('None of the letters');
  });

  it('negative: a regular participle keeps its reading ("The report - commissioned by the board - found")', () => {
    const text = 'The report - commissioned by the harbour board - found that the pier was unsafe.';
    const x = attributionByCue(analyse(text), 'found');
    expect(srcText(text, x)).toBe('The report');
  });

  it('negative: a clause with its own subject between dashes is no description of a subject ("- Vale made a deal -")', () => {
    const text = 'The board met on Monday - Vale made a deal - and Ruiz said the levy would stay.';
    const x = attributionByCue(analyse(text), 'said');
    expect(srcText(text, x)).toBe('Ruiz');
  });
});

describe('"That said," opens its sentence over a bracket, a mark or a conjunction', () => {
  it('"(That said, she also noted, “…”)": no relation of "said"; "noted" has its own subject', () => {
    const text = 'She called the plan bold. (That said, she also noted, "It will cost too much.")';
    const a = analyse(text);
    expect(a.attributions.some((x) => x.cueSpan?.text === 'said')).toBe(false);
    const x = attributionByCue(a, 'also noted');
    expect(srcText(text, x)).toBe('she');
    expect(contentText(text, x)).toBe('It will cost too much.');
  });

  it('"But that said, …": no relation of "said"', () => {
    const text = 'The plan is sound. But that said, Vale cannot win the vote.';
    expect(analyse(text).attributions.some((x) => x.cueSpan?.text === 'said')).toBe(false);
  });

  it('negative: "a sign that said, “…”" still reports what the sign said', () => {
    const text = 'Ruiz held up a sign that said, "Save the ferry."';
    const x = attributionByCue(analyse(text), 'said');
    expect(contentText(text, x)).toContain('Save the ferry');
  });
});

describe('an irregular past read as a noun before its object is the verb a coordinated cue shares', () => {
  it('"Vale cast the blame on …, and emphasized …": the source of "emphasized" is Vale', () => {
    const text = 'Vale cast the blame on his rivals, and emphasized the threat that the dam poses to the town.';
    const x = attributionByCue(analyse(text), 'emphasized');
    expect(srcText(text, x)).toBe('Vale');
    expect(contentText(text, x)).toBe('the threat that the dam poses to the town');
  });

  it('"… ― much like he did … ― Vale cast …, and emphasized …": not the pronoun inside the aside', () => {
    const text = 'Hastily politicizing the flood ― much like he did after the fire last year ― Vale cast the blame on his rivals, and emphasized the threat that the dam poses to the town.';
    const x = attributionByCue(analyse(text), 'emphasized');
    expect(srcText(text, x)).toBe('Vale');
  });

  it('negative: the noun "cast" after a possessive stays the subject ("The film\'s cast praised …, and said …")', () => {
    const text = "The film's cast praised the director, and said the shoot went well.";
    const x = attributionByCue(analyse(text), 'said');
    expect(srcText(text, x)).toBe("The film's cast");
  });
});

describe('an infinitive after "make it" and an adjective has no source', () => {
  it('"…, which makes it hard to judge …": sourceless (was «which»)', () => {
    const text = 'The three growers sell different fruit, which makes it hard to judge their orchards.';
    const x = attributionByCue(analyse(text), 'to judge');
    expect(x.sourceSpan).toBeNull();
    expect(contentText(text, x)).toBe('their orchards');
  });

  it('"The new rules make it easier to criticize the council": sourceless (was «The new rules»)', () => {
    const text = 'The new rules make it easier to criticize the council.';
    const x = attributionByCue(analyse(text), 'to criticize');
    expect(x.sourceSpan).toBeNull();
  });

  it('negative: a "for" phrase names who does it ("make it easier for critics to attack …")', () => {
    const text = 'The new rules make it easier for critics to attack the council.';
    const x = attributionByCue(analyse(text), 'to attack');
    expect(srcText(text, x)).toBe('critics');
  });

  it('negative: "made it clear that …" keeps its subject', () => {
    const text = 'Vale made it clear to voters that she would run.';
    const x = attributionByCue(analyse(text), 'made it clear');
    expect(srcText(text, x)).toBe('Vale');
  });
});

describe('a relative clause after a double genitive ends the subject', () => {
  it('"Neighbours of Mr. Ruiz\'s who met him at the market say …": the whole phrase (was the relative\'s object)', () => {
    const text = "Neighbours of Mr. Ruiz's who met him at the market say that he never changed.";
    const x = attributionByCue(analyse(text), 'say');
    expect(srcText(text, x)).toBe("Neighbours of Mr. Ruiz's who met him at the market");
    expect(contentText(text, x)).toBe('he never changed');
  });

  it('"A cousin of Vale\'s who works at the port said …"', () => {
    const text = "A cousin of Vale's who works at the port said the ferry was late.";
    const x = attributionByCue(analyse(text), 'said');
    expect(srcText(text, x)).toBe("A cousin of Vale's who works at the port");
  });

  it('negative: a plain relative after a name keeps its reading', () => {
    const text = 'Neighbours of Ruiz who met him at the market say that he never changed.';
    const x = attributionByCue(analyse(text), 'say');
    expect(srcText(text, x)).toBe('Neighbours of Ruiz who met him at the market');
  });
});

describe('"as" inside a relative clause on the subject ("who see the levy as a threat")', () => {
  it('"Growers who see the levy as a threat say …": the whole subject (was «a threat»)', () => {
    const text = 'Growers who see the levy as a threat say the harbour will close.';
    const x = attributionByCue(analyse(text), 'say');
    expect(srcText(text, x)).toBe('Growers who see the levy as a threat');
    expect(contentText(text, x)).toBe('the harbour will close');
  });

  it('"Critics who described the plan as reckless said …": the relation of "said" is kept with its subject', () => {
    const text = 'Critics who described the plan as reckless said the council had rushed it.';
    const x = attributionByCue(analyse(text), 'said');
    expect(srcText(text, x)).toBe('Critics who described the plan as reckless');
    expect(contentText(text, x)).toBe('the council had rushed it');
  });

  it('"Residents who served as wardens say …": "as" after the relative\'s verb', () => {
    const text = 'Residents who served as wardens say the pier is unsafe.';
    const x = attributionByCue(analyse(text), 'say');
    expect(srcText(text, x)).toBe('Residents who served as wardens');
  });

  it('negative: before an -ing cue the noun after "as" is the participle\'s ("… as a home for anyone seeking …")', () => {
    const text = 'The mayor runs an ad that pitches the town as a home for anyone seeking work.';
    const x = attributionByCue(analyse(text), 'seeking');
    expect(srcText(text, x)).toBe('a home for anyone');
  });
});
