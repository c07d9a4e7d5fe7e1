import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Quotations whose content was cut short or taken from the wrong side of the cue (issue 10,
// ninth round). Every sentence is written for these tests; names and places are invented.

describe('a partial quotation before the cue, an adjunct after it', () => {
  it('“…,” X said Tuesday in Paris: the fronted clause is the content, not the place', () => {
    const a = analyse('The council met. The toll plan “is a disaster for commuters,” Mayor Ana Ruiz said Tuesday in Dover, noting the cost.');
    expect(byCue(a, 'said')).toMatchObject({ mode: 'mixed', text: 'The toll plan “is a disaster for commuters,”', speaker: 'Ana Ruiz' });
    expect(a.quotes[0]).toMatchObject({ text: 'is a disaster for commuters,', speaker: 'Ana Ruiz' });
  });

  it('a medium, an interviewer or a book after the cue says where, not what', () => {
    const cases: [string, string][] = [
      ['The bridge “was never safe,” Tom Berg wrote in his memoir.', 'wrote'],
      ['The bridge “was never safe,” Tom Berg asked on Twitter.', 'asked'],
      ['The bridge “was never safe,” Tom Berg said in an interview with the Herald.', 'said in an interview'],
      ['The bridge “was never safe,” Tom Berg tweeted Sunday after the storm in Leeds.', 'tweeted'],
    ];
    for (const [text, cue] of cases) expect(byCue(analyse(`Crews worked all night. ${text}`), cue).text).toBe('The bridge “was never safe,”');
  });

  it('the phrase after the cue stays the content when no quotation closes before the source', () => {
    // a title in quotation marks before the source is no fronted content
    const a = analyse('In an interview with “Morning Talk,” Tom Berg pointed to the harbour as the main risk.');
    expect(byCue(a, 'pointed to').text).toBe('the harbour as the main risk');
    // a quotation after the adjunct is the content
    const b = analyse('Crews worked all night. The bridge “was never safe,” Tom Berg said at a press conference, “and it never will be.”');
    expect(byCue(b, 'said').text).toContain('and it never will be.');
  });
});

describe('verbs the tagger reads as nouns before a quotation', () => {
  it('"The report notes, “…”": an -s verb after a noun subject, then a comma and a quotation', () => {
    const a = analyse('The vote was close. The audit notes, “Half of the donors gave money after the deadline.”');
    expect(byCue(a, 'notes')).toMatchObject({ mode: 'direct', text: 'Half of the donors gave money after the deadline.', sourceSpan: { text: 'The audit' } });
  });

  it('"Ruiz affirms: “…”": an -s form the tagger leaves unlemmatised is still the verb of the lexicon', () => {
    const a = analyse('The vote was close. Ana Ruiz affirms: “No member shall be expelled without a vote.”');
    expect(byCue(a, 'affirms:')).toMatchObject({ mode: 'direct', text: 'No member shall be expelled without a vote.', speaker: 'Ana Ruiz' });
  });

  it('"tells reporters outside a polling station in Dover that “…”": the place phrase may hold an -ing modifier', () => {
    const a = analyse('The vote was close. Tom Berg tells fans outside a stadium gate in Dover that “to score early would be wise.”');
    expect(a.attributions.find((x) => x.cue.startsWith('tells'))).toMatchObject({ text: '“to score early would be wise.”', speaker: 'Tom Berg' });
  });
});

describe('a partial quotation before ", but also …"', () => {
  it('the comma inside the closing mark does not end the reported clause when "but also" goes on with it', () => {
    const a = analyse('The vote was close. Ana Ruiz says sailors are “fed up with the tolls,” but also eager for “a fair deal.”');
    expect(byCue(a, 'says').text).toBe('sailors are “fed up with the tolls,” but also eager for “a fair deal.”');
    // a new subject after the closing mark still ends it
    const b = analyse('The vote was close. Ana Ruiz said the plan was “far too expensive,” but she did not vote against it.');
    expect(byCue(b, 'said').text).toBe('the plan was “far too expensive,”');
  });
});

describe('", seeming to …" after a speech tag', () => {
  it('the participle does not swallow the tag: the quotation keeps its attribution, the appearance covers what follows', () => {
    const a = analyse('The vote was close. “I spent many hours on the plan,” writes Tom Berg, seeming to understand the anger.');
    expect(byCue(a, 'writes')).toMatchObject({ mode: 'direct', text: 'I spent many hours on the plan,', speaker: 'Tom Berg' });
    expect(byCue(a, 'seeming')).toMatchObject({ text: 'understand the anger', sourceSpan: null });
  });
});

describe('a longer adjunct between the speech verb and its quotation', () => {
  it('"said in the autumn, when the audit came out, “…”": a set-off subordinate clause does not cut the quotation off', () => {
    const a = analyse('The vote was close. Tom Berg first said in the autumn, when the audit came out, “I never moved any harbour funds.”');
    expect(a.attributions.find((x) => x.cue.endsWith('said'))).toMatchObject({ mode: 'direct', text: 'I never moved any harbour funds.', speaker: 'Tom Berg' });
  });

  it('not over a conjunction or a dash: the quotation after them belongs to another clause', () => {
    const a = analyse('The vote was close. “The pier is sinking,” Ana Ruiz said, but despite the warning, “the ferry will sail on time,” said Tom Berg.');
    expect(a.attributions.find((x) => x.speaker === 'Tom Berg')).toMatchObject({ text: 'the ferry will sail on time,' });
    expect(a.attributions.find((x) => x.speaker === 'Ana Ruiz')).toMatchObject({ text: 'The pier is sinking,' });
  });
});

describe('"told X the plan is “…”": an addressee, then a reported clause with no "that"', () => {
  it('the addressee ends where the subject of the clause opens, and the subject stays in the content', () => {
    const a = analyse('The vote was close. He told the Dover Herald the plan is not perfect but “getting better.”');
    expect(a.attributions.find((x) => x.cue.startsWith('told'))).toMatchObject({ cue: 'told the Dover Herald', text: 'the plan is not perfect but “getting better.”' });
    const b = analyse('The vote was close. She told reporters the plan is “getting better.”');
    expect(b.attributions.find((x) => x.cue.startsWith('told'))).toMatchObject({ cue: 'told reporters', text: 'the plan is “getting better.”' });
  });
});
