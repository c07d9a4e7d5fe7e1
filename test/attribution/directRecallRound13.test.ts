import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Direct and mixed quotations the binding missed (issue 10, thirteenth round).
// Every sentence is written for these tests; names, places and bodies are invented.

describe('a speech tag that interrupts a quoted sentence', () => {
  it('the rest of the sentence after the tag, opening with a finite verb, is part of the content', () => {
    const a = analyse('“Only you, Berg,” she said, would pick such a day to praise the harbour.');
    const r = byCue(a, 'said');
    expect(r).toMatchObject({ mode: 'mixed', sourceSpan: { text: 'she' } });
    expect(r.contentSpans.map((p: { text: string }) => p.text)).toEqual(['Only you, Berg,', 'would pick such a day to praise the harbour']);
  });

  it('so is a "that" clause after the tag, and the tag may have a short adjunct', () => {
    const a = analyse('“It was simply unlucky,” he said, that both skippers had moored at the old quay.');
    expect(byCue(a, 'said').text).toBe('It was simply unlucky,” he said, that both skippers had moored at the old quay');
    const b = analyse('“We are gravely concerned,” the parents wrote in a note to the board, that the school “may have lost the records.”');
    const w = byCue(b, 'wrote');
    expect(w.text.endsWith('may have lost the records.”')).toBe(true);
    expect(w.text.startsWith('We are gravely concerned')).toBe(true);
  });

  it('not a participle, a conjunction or a new clause of its own after the tag', () => {
    const a = analyse('“We will win,” Vale said, pointing to the polls.');
    expect(byCue(a, 'said').text).toBe('We will win,');
    const b = analyse('“We will win,” Vale said, and the crowd cheered.');
    expect(byCue(b, 'said').text).toBe('We will win,');
    const c = analyse('“We will win,” Vale said on Monday, adding that the vote was close.');
    expect(byCue(c, 'said').text).toBe('We will win,');
  });
});

describe('a parenthetical tag before a partial quotation', () => {
  it('the words before the tag and the quotation after it are one content', () => {
    const a = analyse('In the long run, the harbour master told reporters, “the new dock pays for itself.”');
    const r = byCue(a, 'told reporters');
    expect(r.sourceSpan?.text).toBe('the harbour master');
    expect(r.contentSpans.map((p: { text: string }) => p.text)).toEqual(['In the long run', '“the new dock pays for itself.”']);
    const b = analyse('In cases of fraud, the ruling said, “the buyer is a victim.”');
    expect(byCue(b, 'said').contentSpans.map((p: { text: string }) => p.text)).toEqual(['In cases of fraud', '“the buyer is a victim.”']);
  });

  it('not when the "source" holds a verb of its own (no short tag)', () => {
    const a = analyse('Later on, a sailor asked for a ride and Ruiz said, “as long as nobody tells the captain.”');
    expect(a.attributions.some((x) => x.cue === 'said' && x.text.startsWith('Later on'))).toBe(false);
  });

  // A fronted topic ("Of the fuss over the mayor, …") does go with it: see frontedTopic.test.ts.
  it('a full quotation after the tag stays the content alone', () => {
    const a = analyse('At the pier on Sunday, Vale said, “It is a little much.”');
    expect(byCue(a, 'said')).toMatchObject({ mode: 'direct', text: 'It is a little much.' });
  });
});

describe('a parenthetical tag with a short adjunct', () => {
  it('"suggested in a post," still interrupts the reported clause', () => {
    const a = analyse('If she wins, Vale suggested in a post, nobody will be punished for speaking out.');
    const r = byCue(a, 'suggested');
    expect(r.contentSpans.map((p: { text: string }) => p.text)).toEqual(['If she wins', 'nobody will be punished for speaking out']);
  });

  it('a source whose noun phrase holds a word tagged as a verb is still a short tag', () => {
    // ("most qualified" and "an earlier study": a participle of degree and a bare form after an article are parts of the noun phrase)
    const a = analyse('The glass roof, the most qualified welder said in a memo, will not survive the winter.');
    expect(byCue(a, 'said').contentSpans.map((p: { text: string }) => p.text)).toEqual(['The glass roof', 'will not survive the winter']);
    const b = analyse('The night tram, an earlier study said in April, will lose money for years.');
    expect(byCue(b, 'said').contentSpans.map((p: { text: string }) => p.text)).toEqual(['The night tram', 'will lose money for years']);
  });

  it('not the linking preposition of an adjective cue', () => {
    const a = analyse('But while the harbour traders may feel let down by their guild, they are also hostile to the mayor, meaning that courting them would be slow.');
    expect(a.attributions.some((x) => x.text.startsWith('while the harbour traders'))).toBe(false);
  });

  it('not inside a relative clause about the source ("who had not endorsed during the race,")', () => {
    const a = analyse('Last spring, Okafor, who had not endorsed during the contest, chose to back Vale.');
    expect(a.attributions.some((x) => x.text.includes('chose to back'))).toBe(false);
  });
});

describe('a naming verb in a relative clause that moved its object', () => {
  it('the relative pronoun and what the verb calls it are the content', () => {
    const a = analyse('And the ferry levy, which Ruiz had called a “scandal” and vowed to repeal?');
    const r = byCue(a, 'had called');
    expect(r.contentSpans.map((p: { text: string }) => p.text)).toEqual(['which', 'a “scandal”']);
    const b = analyse('Vale sold what Berg described as a “piece of history.”');
    expect(byCue(b, 'described').contentSpans.map((p: { text: string }) => p.text)).toEqual(['what', 'a “piece of history.”']);
  });

  it('the complement ends at its comma, before the main clause goes on', () => {
    const a = analyse('The toll plan, which Ruiz had called a disaster, was dropped in May.');
    expect(byCue(a, 'had called').text).toBe('which Ruiz had called a disaster');
  });
});

describe('a reported clause over ", but"', () => {
  it('goes on into a clause that reports nothing of its own', () => {
    const a = analyse('Okafor said she would back whoever the council picks, but beyond that, she does not want to take part in the race.');
    expect(byCue(a, 'said').text).toBe('she would back whoever the council picks, but beyond that, she does not want to take part in the race');
  });

  it('ends before a clause with its own verb of saying or thinking, or a quotation', () => {
    const a = analyse('Vale said the ferry was safe, but the engineers believe the hull is cracked.');
    expect(byCue(a, 'said').text).toBe('the ferry was safe');
    const b = analyse('Ruiz said the toll was fair, but “it cannot last,” Berg added.');
    expect(byCue(b, 'said').text).toBe('the toll was fair');
  });
});

describe('a contrast after a parenthetical tag', () => {
  it('"while" with a subject and verb of its own goes on with the reported clause', () => {
    const a = analyse('One official offered to shelter the crew at a nearby camp, Okafor said, while others “did not want to help us at all.”');
    const r = byCue(a, 'said');
    expect(r.contentSpans.map((p: { text: string }) => p.text)).toEqual(['One official offered to shelter the crew at a nearby camp', 'while others “did not want to help us at all.”']);
  });

  it('not "while" with a participle (when it was said)', () => {
    const a = analyse('The pier will reopen in May, Okafor said, while visiting the harbour.');
    expect(byCue(a, 'said').text).toBe('The pier will reopen in May');
  });
});
