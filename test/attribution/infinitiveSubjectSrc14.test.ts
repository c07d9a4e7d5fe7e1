import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Who acts in an infinitive after an object phrase, and a possessive before a noun read as a verb
// (issue 10, "source right", round 24). Every sentence is written for these tests; names, places and
// outlets are invented.

describe('the object of a control verb is the infinitive’s subject, when it is a list or has a name set off', () => {
  it('"allow growers and traders to support", "forced his rival, Dara Berg, to distance": the object', () => {
    const a = analyse('Only the most painful contortions allow loyal growers and traders to support Vale.');
    expect(byCue(a, 'to support').sourceSpan?.text).toBe('loyal growers and traders');
    const b = analyse('The fare rise forced his rival, Dara Berg, to distance herself from the levy.');
    expect(byCue(b, 'to distance herself from').sourceSpan?.text).toBe('his rival');
  });

  it('not: a list after a verb that controls nothing ("met Berg and Ruiz to discuss": the one who met)', () => {
    const a = analyse('Vale met Berg and Ruiz to discuss the levy.');
    expect(byCue(a, 'to discuss').sourceSpan?.text).toBe('Vale');
  });
});

describe('"for X to" names who acts after an adjective or noun, not after a verb of reaching', () => {
  it('"rare for a mayor, deputy or former mayor to campaign": the whole list', () => {
    const a = analyse('It is rare for a sitting mayor, deputy or former mayor to campaign for a candidate.');
    expect(byCue(a, 'to campaign for').sourceSpan?.text).toBe('a sitting mayor, deputy or former mayor');
  });

  it('not: "searched for a picture to illustrate" (a purpose: the one who searched)', () => {
    const a = analyse('Then Ruiz searched for a picture to illustrate the worries of the orchard growers.');
    expect(byCue(a, 'to illustrate').sourceSpan?.text).toBe('Ruiz');
  });
});

describe('the phrase after "on" acts after a noun of pressure or a verb of relying with an adverb', () => {
  it('"put pressure on the mayor to convince", "depend largely on riders to report"', () => {
    const a = analyse('The delay put pressure on the mayor to convince the growers that the plan works.');
    expect(byCue(a, 'to convince').sourceSpan?.text).toBe('the mayor');
    const b = analyse('The tram firms depend largely on riders to report broken seats.');
    expect(byCue(b, 'to report').sourceSpan?.text).toBe('riders');
  });

  it('not: "on" after a noun of no pressure or a verb of no relying ("put a report on the table to warn")', () => {
    const a = analyse('Okafor put a report on the table to warn the growers that the levy would rise.');
    expect(byCue(a, 'to warn').sourceSpan?.text).toBe('Okafor');
    const b = analyse('Okafor drove on the coast road to tell the growers that the levy would rise.');
    expect(byCue(b, 'to tell the growers').sourceSpan?.text).toBe('Okafor');
  });
});

describe('"the first grower to back Vale": the one ranked acts', () => {
  it('"became the first council members to endorse", "remains one of the last growers not to back"', () => {
    const a = analyse('Berg and Ruiz became the first council members to endorse Vale.');
    expect(byCue(a, 'to endorse').sourceSpan?.text).toBe('the first council members');
    const b = analyse('Okafor remains one of the last growers not to back Vale.');
    expect(byCue(b, 'to back').sourceSpan?.text).toBe('one of the last growers');
  });

  it('not: after "be" (the subject is named), nor a rank inside a phrase "on" opens', () => {
    const a = analyse('Vale was the first grower to endorse Ruiz for mayor.');
    expect(byCue(a, 'to endorse').sourceSpan?.text).toBe('Vale');
    const b = analyse('Most orchard delegates are pledged on the first count to support whoever won their village.');
    expect(byCue(b, 'to support').sourceSpan?.text).toBe('Most orchard delegates');
  });
});

describe('a bare verb form right after a possessive "\'s" is a noun', () => {
  it('"have followed Okafor\'s lead, saying": the clause subject, not the possessor', () => {
    const a = analyse("Other growers have followed Okafor's lead, saying the levy is unfair.");
    expect(byCue(a, 'saying').sourceSpan?.text).toBe('Other growers');
  });

  it('not: a contracted "is" before a verb ("Vale\'s going to say"): Vale still speaks', () => {
    const a = analyse("Vale's going to say the levy failed.");
    expect(byCue(a, 'to say').sourceSpan?.text).toBe('Vale');
  });
});

describe('a headline "X to V …": the phrase opening the title line acts', () => {
  it('"Rep. Vale to back Ruiz for mayor", "Harbour board to endorse Ruiz": the whole phrase', () => {
    const a = analyse('Rep. Vale to back Ruiz for mayor\nThe harbour vote is on Friday.');
    expect(byCue(a, 'to back').sourceSpan?.text).toBe('Rep. Vale');
    const b = analyse('Harbour board to endorse Ruiz\nThe vote is on Friday.');
    expect(byCue(b, 'to endorse').sourceSpan?.text).toBe('Harbour board');
  });

  it('not: a phrase opening a body sentence ("All the more reason to consider …")', () => {
    const a = analyse('Tram fares rise again\nThe levy is high. All the more reason to consider the proposal for a lower fare.');
    expect(a.attributions.some((x) => x.sourceSpan?.text === 'All the more reason')).toBe(false);
  });
});
