import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue } from '../helpers.js';

// copula30 (issue 10): a contact relative on the noun phrase a copula predicates ("This is not the plan Vale
// envisioned"). Sentences written for these tests; names are invented.

type Found = { sourceSpan: { start: number; end: number } | null; start: number; end: number };
const srcText = (text: string, x: Found) => (x.sourceSpan ? text.slice(x.sourceSpan.start, x.sourceSpan.end) : null);
const contentText = (text: string, x: Found) => text.slice(x.start, x.end);

describe('a contact relative after a copula: its subject is the source, the predicated noun the content', () => {
  it('"This is not the plan Vale envisioned": source «Vale», content «the plan» (was no relation)', () => {
    const text = 'This is not the plan Vale envisioned.';
    const x = attributionByCue(analyse(text), 'envisioned');
    expect(srcText(text, x)).toBe('Vale');
    expect(contentText(text, x)).toBe('the plan');
  });

  it('"the kind of harbour Vale hoped to be running": the head with its "of" phrase and the infinitive of "be"', () => {
    const text = 'This is not the kind of harbour Vale hoped to be running.';
    const x = attributionByCue(analyse(text), 'hoped');
    expect(srcText(text, x)).toBe('Vale');
    expect(contentText(text, x)).toBe('the kind of harbour Vale hoped to be running');
  });

  it('a noun of a person is a head too, and a determined subject: "the best friend Okafor", "the last thing the growers"', () => {
    const text = 'Ruiz was the best friend Okafor always hoped to have.';
    const x = attributionByCue(analyse(text), 'always hoped');
    expect(srcText(text, x)).toBe('Okafor');
    expect(contentText(text, x)).toBe('the best friend Okafor always hoped to have');
    const text2 = 'The tram fare was the last thing the growers wanted to hear about.';
    const y = attributionByCue(analyse(text2), 'wanted');
    expect(srcText(text2, y)).toBe('the growers');
    expect(contentText(text2, y)).toBe('the last thing the growers wanted to hear about');
  });

  it('a clause after a speech verb stays its content; only the source loses the copula clause', () => {
    const text = 'The harbour is now the place the officials say the board might take a stand.';
    const x = attributionByCue(analyse(text), 'say');
    expect(srcText(text, x)).toBe('the officials');
    expect(contentText(text, x)).toBe('the board might take a stand');
  });

  it('a tag after such a clause reports the whole clause: "This is the point the board conceded, Vale said."', () => {
    const text = 'This is the point the board conceded, Vale said.';
    const x = attributionByCue(analyse(text), 'said');
    expect(srcText(text, x)).toBe('Vale');
    expect(contentText(text, x)).toBe('This is the point the board conceded');
  });
});

describe('where the copula rule must not fire', () => {
  it('a verb that takes no object, its clause ending right after it, is a tag with no comma ("… candidate Ruiz argues.")', () => {
    const text = 'Vale is not only right on the levy, she is also the most able candidate Ruiz argues.';
    const x = attributionByCue(analyse(text), 'argues');
    expect(contentText(text, x)).toBe('Vale is not only right on the levy');
  });

  it('no noun between the copula and the subject: "The problem is the board wanted more money" keeps its object', () => {
    const text = 'The problem is the board wanted more money.';
    const x = attributionByCue(analyse(text), 'wanted');
    expect(contentText(text, x)).toBe('more money');
  });

  it('a participle names its speaker: "It was the spokesman Vale speaking for the board" has no relative', () => {
    const a = analyse('It was the spokesman Vale speaking for the board.');
    expect(a.attributions.map((x) => x.cue)).not.toContain('speaking');
  });

  it('no copula: "Okafor praised the plan Vale envisioned" keeps the verb\'s object whole', () => {
    const text = 'Okafor praised the plan Vale envisioned.';
    const x = attributionByCue(analyse(text), 'praised');
    expect(srcText(text, x)).toBe('Okafor');
    expect(contentText(text, x)).toBe('the plan Vale envisioned');
  });

  it('a moved relative word before a comma still ends an opening adjunct: "Depending on which poll you believe, …"', () => {
    const text = 'Depending on which poll you believe, the levy may pass.';
    const x = attributionByCue(analyse(text), 'believe');
    expect(srcText(text, x)).toBe('you');
    expect(contentText(text, x)).toBe('poll');
  });

  it('an opening prepositional phrase closed by a comma leaves the main clause to a later tag: "Among the plans Vale backed, …"', () => {
    const text = 'Among the plans Vale backed, the levy passed, Ruiz said.';
    const a = analyse(text);
    expect(srcText(text, attributionByCue(a, 'backed'))).toBe('Vale');
    expect(contentText(text, attributionByCue(a, 'said'))).toBe('the levy passed');
  });
});
