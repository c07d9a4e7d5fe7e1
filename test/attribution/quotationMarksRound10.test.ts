import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Quotations the binding missed because of how their marks or the tag were written (issue 10,
// tenth round). Every sentence is written for these tests; names and places are invented.

describe('an interrupted quotation whose tag holds a title with a full stop', () => {
  it('“A,” Mr. Vale said, “but B.”: the second piece joins the first', () => {
    const a = analyse('“Folks know that we have time,” Mr. Vale said, “but not a lot of time to rally.”');
    const r = byCue(a, 'said');
    expect(r.contentSpans.map((c) => c.text)).toEqual(['Folks know that we have time,', 'but not a lot of time to rally.']);
    expect(r.sourceSpan?.text).toBe('Mr. Vale');
    expect(a.attributions).toHaveLength(1);
  });

  it('with double apostrophes and an initial: ’’A,’’ Sen. Ana F. Ruiz said, ’’and B.’’', () => {
    const a = analyse("''The voters are angry,'' Sen. Ana F. Ruiz said, ''and they will not be swayed by a speech.''");
    const r = byCue(a, 'said');
    expect(r.contentSpans.map((c) => c.text)).toEqual(['The voters are angry,', 'and they will not be swayed by a speech.']);
    expect(a.quotes.every((q) => q.partial === false)).toBe(true);
  });

  it('a full stop that ends a sentence still makes the next quotation partial', () => {
    const a = analyse('“We are ready,” Vale said. Then the coach said it was over, “but not for long.”');
    const q = a.quotes.find((x) => x.text.startsWith('but'));
    expect(q?.partial).toBe(true);
  });
});

describe('a lead-in and a partial quotation closed by two apostrophes', () => {
  it('"Still, clubs are ’’just scraping by,’’ Mr. Vale said from his office in Ostia.": the clause before the tag is the content', () => {
    const text = "Dues went up again. Still, golf clubs are ''just scraping by,'' Mr. Vale said from his office in Ostia.";
    const a = analyse(text);
    const r = byCue(a, 'said');
    expect(r.mode).toBe('mixed');
    expect(r.text).toBe("Still, golf clubs are ''just scraping by,''");
    expect(text.slice(r.start, r.end)).toBe(r.text);
  });
});

describe('an apostrophe inside a word is no quotation mark', () => {
  it('"The port\'s crane, Ms. Vale said, ’’is …’’": the quotation after the tag stays partial', () => {
    const a = analyse("The port's old crane, Ms. Vale said, ''is a fine case of making do'' with little money.");
    expect(a.quotes.find((q) => q.text.startsWith('is a fine'))?.partial).toBe(true);
    expect(byCue(a, 'said').text).toMatch(/with little money$/);
  });
});

describe('full quotations announced before a colon', () => {
  it('"Here’s Ruiz in May: “…”": the speaker stands after "here is"', () => {
    const a = analyse('Here’s Ruiz in May: “Our plan must rest on new facts. We know it.”');
    const r = byCue(a, 'Here’s');
    expect(r.sourceSpan?.text).toBe('Ruiz');
    expect(r.text).toBe('Our plan must rest on new facts. We know it.');
    const b = analyse('Here is the mayor on the budget: “We will not raise taxes.”');
    expect(byCue(b, 'Here is').sourceSpan?.text).toBe('the mayor');
  });

  it('"Here is the plan: “…”": no speaker, no attribution', () => {
    const a = analyse('Here is the plan: “Build the dam by May.”');
    expect(a.attributions.filter((x) => x.cueSpan.text.startsWith('Here'))).toHaveLength(0);
  });

  it('an owned message before a colon: "Her tweet: “…”", "From the mayor’s letter: “…”", "From Berg’s Facebook post: “…”"', () => {
    const a = analyse('Her tweet: “We will not raise taxes.”');
    expect(byCue(a, 'tweet:')).toMatchObject({ text: 'We will not raise taxes.', sourceSpan: { text: 'Her' }, cueClass: 'writing' });
    const b = analyse('From the mayor’s letter: “We will not raise taxes.”');
    expect(byCue(b, 'letter:')).toMatchObject({ text: 'We will not raise taxes.', sourceSpan: { text: 'the mayor' } });
    const c = analyse('From Berg’s Facebook post: “We must heal the party.”');
    expect(byCue(c, 'post:')).toMatchObject({ text: 'We must heal the party.', sourceSpan: { text: 'Berg' } });
  });

  it('a clause set off by a comma inside a closing mark: `… “weak,” but he paid Vos a compliment: “…”`', () => {
    const a = analyse('Tarnow called the two pilots "slow at the locks," but he paid Vos a compliment: "Her ferry always leaves on the minute."');
    const r = byCue(a, 'paid Vos a compliment:');
    expect(r.sourceSpan?.text).toBe('he');
    expect(r.text).toBe('Her ferry always leaves on the minute.');
  });
});

describe('a paragraph set as a block after "X wrote:"', () => {
  const text = 'The mayor spoke at length. In the text below the video, Vale wrote:\n\nThe plan is timely, and the council will act before the rains.\n\nOther news followed.';

  it('the next paragraph is the content, not the opener before the cue', () => {
    const a = analyse(text);
    const r = byCue(a, 'wrote:');
    expect(r.sourceSpan?.text).toBe('Vale');
    expect(r.text).toBe('The plan is timely, and the council will act before the rains');
    expect(a.attributions.some((x) => x.text === 'In the text below the video')).toBe(false);
  });

  it('a quotation paragraph after "he said:" makes one attribution, not a second one from the opener', () => {
    const a = analyse('At the regatta in May, she said:\n\n“The wind will turn by noon.”\n\nThe boats set off.');
    expect(a.attributions).toHaveLength(1);
    expect(a.attributions[0]).toMatchObject({ text: 'The wind will turn by noon.', mode: 'direct' });
  });

  it('not after a heading in capitals, nor when the colon does not end its line', () => {
    const a = analyse('SHORT NOTES:\n\nThe council will act before the rains.');
    expect(a.attributions).toHaveLength(0);
    const b = analyse('Vale wrote: the council will act before the rains.\n\nOther news followed.');
    expect(byCue(b, 'wrote:').text).toBe('the council will act before the rains');
  });
});
