import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Direct and mixed attributions whose content stopped before a quotation that goes on with it
// (issue 10, eighth round). Every sentence is written for these tests; names are invented.

describe('a quotation joined by "and" or "but" after the cue', () => {
  it('“A,” he said, and “B.”: both pieces are one direct attribution', () => {
    const a = analyse('“The budget is a mess,” the treasurer said, and “nobody wants to fix it.”');
    const r = byCue(a, 'said');
    expect(r.contentSpans.map((c) => c.text)).toEqual(['The budget is a mess,', 'nobody wants to fix it.']);
    expect(r.sourceSpan?.text).toBe('the treasurer');
    expect(a.attributions).toHaveLength(1);
  });

  it('a paraphrase that goes on in quotation marks after ", but" becomes mixed', () => {
    const a = analyse('Mayor Jane Doe said she was angry, but “we are not going to give up on this town.”');
    const r = byCue(a, 'said');
    expect(r.mode).toBe('mixed');
    expect(r.text).toBe('she was angry, but “we are not going to give up on this town.');
  });

  it('content before the cue: "X, Vos said, but “B.”"', () => {
    const a = analyse('Costs are checked against the limits, Vos said, but "we never ask about anyone’s salary."');
    expect(byCue(a, 'said').text).toBe('Costs are checked against the limits, Vos said, but "we never ask about anyone’s salary.');
  });

  it('after a short adjunct and a full stop: “A,” the senator said outside the hall. But “B.”', () => {
    const a = analyse('“I do not think it matters,” the senator said outside the hall. But “the endorsement helps a great deal.”');
    expect(byCue(a, 'said').contentSpans.map((c) => c.text)).toEqual(['I do not think it matters,', 'the endorsement helps a great deal.']);
  });

  it('not when the quoted words open a clause with a verb of its own', () => {
    const a = analyse('“We are ready,” the coach said, and “the new boys” were cheered by the crowd all evening.');
    expect(byCue(a, 'said').contentSpans.map((c) => c.text)).toEqual(['We are ready,']);
  });
});

describe('content before "said on …"', () => {
  it('"X, Ruiz said on a radio program.": the clause before the cue is the content, not the program', () => {
    const a = analyse('The contest “is a close race right now,” Ruiz said on a radio program.');
    expect(byCue(a, 'said')).toMatchObject({ mode: 'mixed', text: 'The contest “is a close race right now,”', sourceSpan: { text: 'Ruiz' } });
    const b = analyse('The new rules will not fix the problem, Amy Vale said on the same call.');
    expect(byCue(b, 'said').text).toBe('The new rules will not fix the problem');
  });

  it('"said on CNN, where …, that …" still reports the that-clause; "said on Monday" is a time', () => {
    const a = analyse('Tom Reed said on CNN, where he works as a commentator, that the manager should resign.');
    expect(byCue(a, 'said').text).toMatch(/the manager should resign$/);
    const b = analyse('Ruiz said on Monday the contest was close.');
    expect(byCue(b, 'said').text).toBe('the contest was close');
  });
});

describe('the second piece of an interrupted quotation', () => {
  it('`“A,” she said “B.”`: a capitalised second piece after a tag without a comma', () => {
    const a = analyse('“They are trying to block the school," she said "Ultimately the plan tells families to wait.”');
    expect(byCue(a, 'said').contentSpans.map((c) => c.text)).toEqual(['They are trying to block the school,', 'Ultimately the plan tells families to wait.']);
  });

  it('a lower-case quotation right after the tag is still no second piece of its own', () => {
    const a = analyse('When Vos attacked her, she said "I stood up to the banks" for years.');
    expect(byCue(a, 'said').text).toBe('"I stood up to the banks" for years');
  });
});

describe('a short lead-in before the quotation of the next sentence', () => {
  it('`“A,” Ruiz said. Instead, “B.”` goes on the same attribution, now mixed', () => {
    const a = analyse('“He is supposed to lead this town,” Ruiz said. Instead, “he acts like a beaten man.”');
    const r = byCue(a, 'said');
    expect(r.mode).toBe('mixed');
    expect(r.contentSpans.map((c) => c.text)).toEqual(['He is supposed to lead this town,', 'Instead, “he acts like a beaten man.”']);
    expect(a.attributions).toHaveLength(1);
  });

  it('not when the next sentence has a speaker of its own', () => {
    const a = analyse('“We lost,” Ruiz said. The team “played badly” all year, fans said.');
    expect(byCue(a, 'said').text).toBe('We lost,');
    expect(a.attributions.find((x) => x.sourceSpan?.text === 'fans')?.text).toBe('The team “played badly” all year');
  });
});

describe('a transcript line with a party label before the colon', () => {
  it('"Rep. Ann Gold (R-Ohio):" names the speaker without the label, also with no space after the colon', () => {
    const a = analyse('The hearing went on for hours.\n\nRep. Ann Gold (R-Ohio):"Nobody on this panel has seen that toll estimate. Where is it from?"\n\nTom Vale (D): "We learned that from the city."');
    const gold = a.attributions.find((x) => x.sourceSpan?.text === 'Rep. Ann Gold');
    expect(gold?.text).toBe('Nobody on this panel has seen that toll estimate. Where is it from?');
    expect(a.attributions.find((x) => x.sourceSpan?.text === 'Tom Vale')?.text).toBe('We learned that from the city.');
  });

  it('a parenthesis that is no label keeps the line unattributed', () => {
    const a = analyse('The hearing went on for hours.\n\nThe budget (as amended): "nobody has read it all."');
    expect(a.attributions.some((x) => x.cue.includes(':'))).toBe(false);
  });
});
