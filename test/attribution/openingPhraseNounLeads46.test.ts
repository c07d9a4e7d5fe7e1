import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// A reporting noun inside a prepositional phrase that opens the sentence ("Despite Vale's claims that …, the board
// …"): the noun's clause ends at the comma that closes the phrase; the main clause after it is no part of the report
// (issue 10, leads46). Every sentence is written for these tests; names are invented.

const check = (text: string, cue: string, content: string, source: string) => {
  const r = byCue(analyse(text), cue);
  expect(r.text).toBe(content);
  expect(text.slice(r.start, r.end)).toBe(content);
  expect(text.slice(r.sourceSpan!.start, r.sourceSpan!.end)).toBe(source);
};

describe('a noun in an opening prepositional phrase', () => {
  it('`Despite Vale’s claims that the pier was safe, the board closed it.`', () => {
    check('Despite Vale’s claims that the pier was safe, the board closed it.', 'claims', 'the pier was safe', 'Vale');
  });

  it('no "that": `Despite Vale’s claims the pier was safe, the board closed it.`', () => {
    check('Despite Vale’s claims the pier was safe, the board closed it.', 'claims', 'the pier was safe', 'Vale');
  });

  it('a possessive pronoun after "Because of": `Because of her warning that the tram was late, Ruiz walked.`', () => {
    check('Because of her warning that the tram was late, Ruiz walked.', 'warning', 'the tram was late', 'her');
  });

  it('the holder after the noun: `Despite assurances from Berg that the levy would fall, the growers sued.`', () => {
    check('Despite assurances from Berg that the levy would fall, the growers sued.', 'assurances', 'the levy would fall', 'Berg');
  });

  it('a comma inside a quotation the content opened: `Despite his call for a “fast ferry,” Ruiz closed the pier.`', () => {
    const text = 'Despite his call for a “fast ferry,” Ruiz closed the pier.';
    const r = byCue(analyse(text), 'call for');
    expect(r.text.startsWith('a “fast ferry,')).toBe(true);
    expect(r.text).not.toContain('Ruiz');
  });
});

describe('no opening phrase to close', () => {
  it('no comma: `Despite Vale’s claims the board closed the pier.` keeps the clause to the end', () => {
    check('Despite Vale’s claims the board closed the pier.', 'claims', 'the board closed the pier', 'Vale');
  });

  it('the phrase closed before the noun: `In private, the clerks voiced their fear that the pier was unsafe, and Vale left.`', () => {
    const r = byCue(analyse('In private, the clerks voiced their fear that the pier was unsafe, and Vale left.'), 'voiced');
    expect(r.text.startsWith('the pier was unsafe')).toBe(true);
    expect(r.text).not.toBe('the pier was unsafe, and');
  });

  it('a verb opens the sentence: `Ruiz rejected Vale’s claim that the pier, which Berg built, was safe.`', () => {
    const rs = analyse('Ruiz rejected Vale’s claim that the pier, which Berg built, was safe.').attributions;
    const r = rs.find((x) => x.text.startsWith('the pier'));
    expect(r?.text).toBe('the pier, which Berg built, was safe');
  });
});
