import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Relations whose cue is found but whose content went elsewhere, issue 10 (engineer direct25, round 14).
// Every sentence is written for these tests; names, places and bodies are invented.

describe('an inverted source "said Berg and others"', () => {
  it('in a tag inside the sentence the source is the whole phrase and the content the sentence around it', () => {
    const a = analyse('The gap with Tarnow, said Berg and others, would be plain since Tarnow has no boat of her own.');
    const said = byCue(a, 'said');
    expect(said.sourceSpan?.text).toBe('Berg and others');
    expect(said.text.startsWith('The gap with Tarnow')).toBe(true);
    expect(said.text).toContain('would be plain');
  });

  it('after a quotation', () => {
    const a = analyse('“The contrast is clear,” said Berg and others.');
    expect(byCue(a, 'said').sourceSpan?.text).toBe('Berg and others');
  });
});

describe('a relative clause inside the quoted speech before an inverted tag', () => {
  it('“…, which nearly all of us expect to be Berg,” said Tarnow: the quotation is the content, the name after the verb the source', () => {
    const a = analyse('“The harbour seat goes to Vale or the challenger, which nearly all of us expect to be Berg,” said Gov. Tarnow of Ostland.');
    const said = byCue(a, 'said');
    expect(said.sourceSpan?.text).toBe('Gov. Tarnow of Ostland');
    expect(said.text).toBe('The harbour seat goes to Vale or the challenger, which nearly all of us expect to be Berg,');
  });

  it('a relative clause on the subject that closes with a quoted term still belongs to the subject', () => {
    const a = analyse('Vale, who calls Berg a “menace,” said the vote was rigged.');
    const said = byCue(a, 'said');
    expect(said.sourceSpan?.text.startsWith('Vale')).toBe(true);
    expect(said.text).toBe('the vote was rigged');
  });
});

describe('a second speaker joined to the tag between two quotations', () => {
  it('“A,” Vale said, and her husband interjected. “B.”: the second quotation is the husband’s', () => {
    const a = analyse('“Send my regards to the ferry crew,” Vale said, and her brother interjected. “Ask them about me, we sailed together for years.”');
    const said = byCue(a, 'said');
    expect(said.text).toBe('Send my regards to the ferry crew,');
    const own = byCue(a, 'interjected');
    expect(own.sourceSpan?.text).toBe('her brother');
    expect(own.text).toBe('Ask them about me, we sailed together for years.');
  });

  it('a relative clause on the tag’s speaker does not take the next quotation', () => {
    const a = analyse('“Tell her,” said a Tarnow voter, who, like all others, responded anonymously. “Don’t forget me.”');
    expect(byCue(a, 'said').contentSpans.map((p: { text: string }) => p.text)).toEqual(['Tell her,', 'Don’t forget me.']);
  });
});

describe('a list object before "for" and a gerund', () => {
  it('“ridiculed Vale, Ruiz, and Okafor for backing the tax”: the whole list and its reason are the content', () => {
    const a = analyse('The ad goes on to openly ridicule Vale, Ruiz, and Okafor for backing the mayor’s tax.');
    const cue = a.attributions.find((x) => x.cue.endsWith('ridicule'));
    expect(cue?.text).toBe('Vale, Ruiz, and Okafor for backing the mayor’s tax');
    // the last name and the preposition are no speaker of the gerund
    expect(a.attributions.some((x) => x.sourceSpan?.text === 'Okafor for')).toBe(false);
  });
});
