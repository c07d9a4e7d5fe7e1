import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Quotations and reports that no cue reached (issue 10, fourteenth round).
// Every sentence is written for these tests; names, places and bodies are invented.

describe('an adjunct between the addressee of "tell" and "that"', () => {
  it('a place phrase with a possessive pronoun ("after his win") is stepped over', () => {
    const a = analyse('Ruiz is telling supporters after his win in the Lorn primary that “a victory feels lovely.”');
    const r = byCue(a, 'is telling');
    expect(r.sourceSpan?.text).toBe('Ruiz');
    expect(r.text).toBe('“a victory feels lovely.”');
    expect(r.mode).not.toBe('indirect');
  });

  it('so is "here" or "there" right after the addressee', () => {
    const a = analyse('Okafor told the campers here that the trail would reopen in June.');
    const r = byCue(a, 'told');
    expect(r.sourceSpan?.text).toBe('Okafor');
    expect(r.text).toBe('the trail would reopen in June');
  });

  it('a relative "that" after the place phrase is no reported clause', () => {
    const a = analyse('Okafor told the crowd after her rally that voted for the levy to go home.');
    expect(a.attributions.some((x) => x.text.startsWith('voted'))).toBe(false);
  });
});

describe('"stated" behind a short prepositional adjunct', () => {
  it('"stated in a release on Friday that …" reports the clause', () => {
    const a = analyse('The Harbour Watch group stated in a release on Friday that the dredging permit “was never signed.”');
    const r = byCue(a, 'stated');
    expect(r.sourceSpan?.text).toBe('The Harbour Watch group');
    expect(r.text).toBe('the dredging permit “was never signed.”');
  });

  it('not a bare prepositional object ("stated in the report" with no clause)', () => {
    const a = analyse('The figures were stated in the annual report of the port.');
    expect(a.attributions.some((x) => x.cue === 'stated')).toBe(false);
  });
});

describe('a short sentence that says how someone spoke announces the next quotation', () => {
  const para = (s: string) => `The council met on Monday to weigh the ferry plan.\n\n${s}\n\nThe vote is set for Friday.`;

  it('"put it simply.", "did not mince words.", "was more direct." then a full quotation', () => {
    for (const [s, cue] of [
      ['Ruiz put it simply. “The ferry is a disgrace.”', 'put it simply'],
      ['Okafor did not mince words. “The ferry is a disgrace.”', 'did not mince words'],
      ['Berg was more direct. “The ferry is a disgrace.”', 'was more direct'],
    ] as const) {
      const r = byCue(analyse(para(s)), cue);
      expect(r.text).toBe('The ferry is a disgrace.');
      expect(r.mode).toBe('direct');
      expect(r.sourceSpan?.text).toBe(s.split(' ')[0]);
    }
  });

  it('"had a question for the crowd." then the quotation, in the same or the next paragraph', () => {
    const a = analyse(para('Okafor had a question for the crowd. “Who is going to pay for the ferry?”'));
    expect(byCue(a, 'had a question')).toMatchObject({ text: 'Who is going to pay for the ferry?', sourceSpan: { text: 'Okafor' } });
    const b = analyse(para('Vale had a blunt message for the council.\n\n“Fix the ferry or resign.”'));
    expect(byCue(b, 'had a blunt message')).toMatchObject({ text: 'Fix the ferry or resign.', sourceSpan: { text: 'Vale' } });
  });

  it('not a sentence that says something else about the subject', () => {
    const a = analyse(para('Ruiz had a dog for the children. “The ferry is a disgrace.”'));
    expect(a.attributions.some((x) => x.text === 'The ferry is a disgrace.' && x.sourceSpan?.text === 'Ruiz')).toBe(false);
    const b = analyse(para('Ruiz was tired. “The ferry is a disgrace.”'));
    expect(b.attributions.some((x) => x.text === 'The ferry is a disgrace.' && x.sourceSpan?.text === 'Ruiz')).toBe(false);
  });
});

describe('an owned noun of judgement before a colon', () => {
  it('"Ruiz’s verdict: “…”" quotes the owner', () => {
    const a = analyse('The council met on Monday to weigh the ferry plan.\n\nRuiz’s verdict: “The ferry is a disgrace.”');
    expect(byCue(a, 'verdict:')).toMatchObject({ text: 'The ferry is a disgrace.', mode: 'direct', sourceSpan: { text: 'Ruiz' } });
  });

  it('not an unowned one: "The verdict: “…”" names no speaker', () => {
    const a = analyse('The council met on Monday to weigh the ferry plan.\n\nThe verdict: “The ferry is a disgrace.”');
    expect(a.attributions.some((x) => x.cue === 'verdict:' && x.sourceSpan !== null)).toBe(false);
  });
});

describe('"called X, an appositive, a name"', () => {
  it('the appositive set off by commas does not hide the name given', () => {
    const a = analyse('Speaking at a rally in Lorn on Wednesday, Ruiz called Okafor, his rival, a “fraud.”');
    const r = byCue(a, 'called');
    expect(r.sourceSpan?.text).toBe('Ruiz');
    expect(r.text).toBe('Okafor, his rival, a “fraud.”');
  });

  it('still not a telephone call: "called Okafor, the mayor, on Monday"', () => {
    const a = analyse('Ruiz called Okafor, the mayor, on Monday.');
    expect(a.attributions.some((x) => x.cue === 'called')).toBe(false);
  });
});
