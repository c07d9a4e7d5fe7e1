import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue } from '../helpers.js';

// copula31 (issue 10): more shapes of a contact relative on the noun phrase a copula predicates (see
// copulaContactRelative.test.ts). Sentences written for these tests; names are invented.

type Found = { sourceSpan: { start: number; end: number } | null; start: number; end: number };
const srcText = (text: string, x: Found) => (x.sourceSpan ? text.slice(x.sourceSpan.start, x.sourceSpan.end) : null);
const contentText = (text: string, x: Found) => text.slice(x.start, x.end);

describe('a contact relative after a copula: further heads and subjects', () => {
  it('a head with a prepositional phrase of its own: "the clause in the bill Vale opposed" (was no relation)', () => {
    const text = 'The levy was the clause in the bill Vale opposed.';
    const x = attributionByCue(analyse(text), 'opposed');
    expect(srcText(text, x)).toBe('Vale');
    expect(contentText(text, x)).toBe('the clause in the bill');
  });

  it('a name joined by "and" to a further phrase: "Vale and other growers" (was no relation)', () => {
    const text = 'That was the clause Vale and other growers most strongly opposed.';
    const x = attributionByCue(analyse(text), 'strongly opposed');
    expect(srcText(text, x)).toBe('Vale and other growers');
    expect(contentText(text, x)).toBe('the clause');
  });

  it('a number opens the head, "about" and its object stay with the verb: "nine odd things the mayor has said about growers"', () => {
    const text = 'Here are nine odd things the mayor has said about growers.';
    const x = attributionByCue(analyse(text), 'has said');
    expect(srcText(text, x)).toBe('the mayor');
    expect(contentText(text, x)).toBe('nine odd things the mayor has said about growers');
  });

  it('a preposition left after the verb has the head as its object: "the sort of change the board warned about"', () => {
    const text = 'It was exactly the sort of change the board warned about in its report.';
    const x = attributionByCue(analyse(text), 'warned');
    expect(srcText(text, x)).toBe('the board');
    expect(contentText(text, x)).toBe('the sort of change');
  });

  it('"a"/"an" before a title and a name: "an agenda a Mayor Vale could actually hope to see work"', () => {
    const text = "It's an agenda a Mayor Vale could actually hope to see work.";
    const x = attributionByCue(analyse(text), 'could actually hope');
    expect(srcText(text, x)).toBe('a Mayor Vale');
    expect(contentText(text, x)).toBe('an agenda a Mayor Vale could actually hope to see work');
  });

  it('a clause joined by "and" with a subject of its own ends the relative: "… Vale opposed and Ruiz said he would veto"', () => {
    const text = 'The tram fare was the clause in the levy Vale opposed and Ruiz said he would veto.';
    const x = attributionByCue(analyse(text), 'opposed');
    expect(srcText(text, x)).toBe('Vale');
    expect(contentText(text, x)).toBe('the clause in the levy');
    expect(contentText(text, attributionByCue(analyse(text), 'said'))).toBe('he would veto');
  });

  it('a contracted copula is no possessive: "It\'s the plan Vale envisioned" has «the plan» (was «It\'s the plan»)', () => {
    const text = "It's the plan Vale envisioned.";
    const x = attributionByCue(analyse(text), 'envisioned');
    expect(srcText(text, x)).toBe('Vale');
    expect(contentText(text, x)).toBe('the plan');
  });
});

describe('where these rules must not fire', () => {
  it('no noun the copula predicates: "The levy was in the bill Vale opposed" has no relation on «opposed»', () => {
    const a = analyse('The levy was in the bill Vale opposed.');
    expect(a.attributions.map((x) => x.cue)).not.toContain('opposed');
  });

  it('no copula: a joined subject in a verb\'s object leaves that object whole', () => {
    const text = 'Okafor backed the plan Vale and Ruiz drafted.';
    const x = attributionByCue(analyse(text), 'backed');
    expect(srcText(text, x)).toBe('Okafor');
    expect(contentText(text, x)).toBe('the plan Vale and Ruiz drafted');
  });

  it('"reasons" heads an adverbial relative (why), with no moved object: the infinitive alone is the content', () => {
    const text = 'There are two reasons Vale refuses to sign the levy.';
    const x = attributionByCue(analyse(text), 'refuses');
    expect(contentText(text, x)).toBe('to sign the levy');
  });

  it('"about" with its object after a verb with no head before it: "At the meeting Vale spoke about the levy"', () => {
    const text = 'At the meeting Vale spoke about the levy.';
    const x = attributionByCue(analyse(text), 'spoke about');
    expect(srcText(text, x)).toBe('Vale');
    expect(contentText(text, x)).toBe('the levy');
  });

  it('a preposition with an object of its own is no stranded one: "The board warned about the levy in its report"', () => {
    const text = 'The board warned about the levy in its report.';
    const x = attributionByCue(analyse(text), 'warned about');
    expect(srcText(text, x)).toBe('The board');
    expect(contentText(text, x)).toBe('the levy in its report');
  });

  it('"and" before a verb that shares the object is no new clause: "Vale backed and Ruiz opposed the levy"', () => {
    const text = 'Vale backed and Ruiz opposed the levy.';
    const x = attributionByCue(analyse(text), 'opposed');
    expect(srcText(text, x)).toBe('Ruiz');
    expect(contentText(text, x)).toBe('the levy');
    expect(analyse(text).attributions.map((y) => y.cue)).not.toContain('backed');
  });

  it('"a" before a lower-case noun after a comma is a speaker, not a relative\'s subject: "It was a plan, a Vale aide said."', () => {
    const text = 'It was a plan, a Vale aide said.';
    const x = attributionByCue(analyse(text), 'said');
    expect(srcText(text, x)).toBe('a Vale aide');
    expect(contentText(text, x)).toBe('It was a plan');
  });
});
