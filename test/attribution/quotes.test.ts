import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/index.js';
import { findQuoteSpans } from '../../src/attribution/findQuoteSpans.js';
import { expectOffsetsMatch } from '../helpers.js';

const quotesOf = (text: string) => analyzeArticle(text).quotes;

describe('speech quotes', () => {
  it('finds curly and straight, double and single quotations', () => {
    expect(quotesOf('“The dam will hold,” engineer Ola Berg said.').map((q) => q.text)).toEqual(['The dam will hold,']);
    expect(quotesOf('"The dam will hold," engineer Ola Berg said.').map((q) => q.text)).toEqual(['The dam will hold,']);
    expect(quotesOf('‘The dam will hold,’ engineer Ola Berg said.').map((q) => q.text)).toEqual(['The dam will hold,']);
    expect(quotesOf("'The dam will hold,' engineer Ola Berg said.").map((q) => q.text)).toEqual(['The dam will hold,']);
  });

  it('does not take apostrophes for quote marks', () => {
    const text = '‘The farmers’ co-op hasn’t been paid since the ’90s,’ said grower Tam Lin. Rock ’n’ roll was not mentioned.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['The farmers’ co-op hasn’t been paid since the ’90s,']);
    expect(findQuoteSpans('We don’t know what the students’ union wants.')).toEqual([]);
  });

  it('reads paragraphs with and without marks alike, call after call (the mark search is shared, scale44)', () => {
    const text = '“The pier stays,” Dara said.';
    const spans = (t: string, base = 0) => findQuoteSpans(t, base).map((s) => [s.open, s.close, s.start, s.end, s.closed]);
    expect(spans('The levy passed on Monday.')).toEqual([]);
    expect(spans(text)).toEqual([[0, 16, 1, 16, true]]);
    expect(spans('The levy passed on Monday.')).toEqual([]);
    expect(spans(`Vale: ${text}`, 100)).toEqual([[106, 122, 107, 122, true]]);
    expect(spans('No mark here, then one at the end: “')).toEqual([[35, -1, 36, 36, false]]);
  });

  it('runs an unclosed quotation to the end of its paragraph', () => {
    const q = quotesOf('Mayor Ines Kahl said: “Nobody told us the river would rise this fast.\nThe council meets on Monday.');
    expect(q.map((x) => x.text)).toEqual(['Nobody told us the river would rise this fast.']);
    expect(q[0]!.speaker).toBe('Ines Kahl');
  });

  it('keeps the speaker across a quotation running over several paragraphs', () => {
    const text = 'Harbour master Joon Park read a statement at the quay.\n“We lost two boats last night.\n“We will not lose a third.”';
    const q = quotesOf(text);
    expect(q.map((x) => x.text)).toEqual(['We lost two boats last night.', 'We will not lose a third.']);
    expect(q.every((x) => x.speaker === 'Joon Park')).toBe(true);
  });

  it('marks partial quotes and gives them the speaker of the sentence', () => {
    const q = quotesOf('Senator Ruth Amani called the budget “a slow-motion disaster” and said she would vote against it.');
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ text: 'a slow-motion disaster', partial: true, speaker: 'Ruth Amani' });
  });

  it('ignores nicknames, quoted group names, titles of works and scare quotes', () => {
    expect(quotesOf('Police arrested Marco “The Ghost” Vella on Friday.')).toEqual([]);
    expect(quotesOf('The attacks were blamed on the “Black Tide” gang.')).toEqual([]);
    expect(quotesOf('Her report “Fields of Salt” was published in May.')).toEqual([]);
    expect(quotesOf('The so-called “reform” has stalled.')).toEqual([]);
  });

  it('takes a two-word quotation inside a reported clause for the speaker\'s words (a partial quote), not a scare quote', () => {
    const text = 'The port authority said engineers hoped to reopen “most berths” by Friday.';
    const a = analyzeArticle(text);
    expect(a.quotes).toMatchObject([{ text: 'most berths', partial: true }]);
    expect(text.slice(a.quotes[0]!.start, a.quotes[0]!.end)).toBe('most berths');
    expect(a.attributions.find((x) => x.cue === 'said')).toMatchObject({ mode: 'mixed', sourceSpan: { text: 'The port authority' } });
    // (also after a verb of promising: the reporting verbs of the lexicon, by lemma)
    expect(quotesOf('Okafor vowed “swift repairs” at the pier.')).toMatchObject([{ text: 'swift repairs', partial: true }]);
    // (with no reporting verb in the sentence, two quoted words stay the author's scare quote)
    expect(quotesOf('The council staged “open hearings” in a locked room.')).toEqual([]);
    // (a single quoted word stays a scare quote even after "said")
    expect(quotesOf('Ruiz said the new “partnership” was working.')).toEqual([]);
  });

  it('reports an unattributed quotation with speaker null', () => {
    const q = quotesOf('“It is finished.”\nThe words echoed around the hall.');
    expect(q).toHaveLength(1);
    expect(q[0]!.speaker).toBeNull();
  });
});

describe('straight double quotation marks', () => {
  const texts = (text: string) => findQuoteSpans(text).map((s) => [text.slice(s.start, s.end), s.closed]);

  it('opens a new quotation at a mark after a space and before a word, leaving the one before it unclosed', () => {
    const text = '"The harbour plan is dead, Vale said. "We will vote no on Monday."';
    expect(texts(text)).toEqual([
      ['The harbour plan is dead, Vale said.', false],
      ['We will vote no on Monday.', true],
    ]);
  });

  it('keeps a straight quotation nested in a straight quotation inside it', () => {
    const text = '"If the council tells us, "Wait another year," we will not wait," Ruiz said.';
    expect(texts(text)).toEqual([['If the council tells us, "Wait another year," we will not wait,', true]]);
    const a = analyzeArticle(text);
    expect(a.attributions).toHaveLength(1);
    expect(a.attributions[0]).toMatchObject({ cue: 'said', sourceSpan: { text: 'Ruiz' }, text: 'If the council tells us, "Wait another year," we will not wait,' });
    expectOffsetsMatch(text, a);
  });

  it('takes a mark with the space on the wrong side for the closing mark it is', () => {
    const text = '"The ferry will not run, "Okafor said. "Not this week."';
    expect(texts(text)).toEqual([
      ['The ferry will not run, ', true],
      ['Not this week.', true],
    ]);
  });

  it('does not open a quotation at a stray closing mark', () => {
    expect(findQuoteSpans('The ferry vote was delayed again, officials said." Tarnow left the hall early.')).toEqual([]);
    expect(quotesOf('Tarnow left the hall early, Berg said."')).toEqual([]);
    // (nor does a stray mark turn the quotations after it inside out)
    const text = 'The mayor spoke of"one more winter." The council promised "cheaper fares" and "new boats."';
    expect(texts(text)).toEqual([
      ['cheaper fares', true],
      ['new boats.', true],
    ]);
  });
});

describe('single quotation marks around a few words at a sentence start', () => {
  const texts = (text: string) => findQuoteSpans(text).map((s) => [text.slice(s.start, s.end), s.closed]);

  it('close before a plain space, as a headline quotes a phrase', () => {
    expect(texts("'Too little' came too late for the ferry crews, Berg told the council.")).toEqual([['Too little', true]]);
    expect(texts('‘Slow boat’ mayor Vale promises faster crossings.')).toEqual([['Slow boat', true]]);
    const text = "'Too little' came too late for the ferry crews, Berg told the council.";
    const a = analyzeArticle(text);
    expect(a.attributions.find((x) => x.cue === 'told')).toMatchObject({ sourceSpan: { text: 'Berg' } });
    expectOffsetsMatch(text, a);
  });

  it('stay open over an apostrophe when a closing mark after punctuation soon follows', () => {
    expect(texts("'We're goin' home now,' Ruiz said.")).toEqual([["We're goin' home now,", true]]);
    // (and a plural possessive never closes them)
    expect(texts("'The ferrymen' union will strike,' Tarnow said.")).toEqual([["The ferrymen' union will strike,", true]]);
  });
});

describe('offsets of quotes and attributions', () => {
  it('match the original text, with CRLF and a BOM', () => {
    const text = '\uFEFF“We are ready,” said coach Lena Ortiz.\r\nOfficials said the match would go ahead, according to the league.\r\n';
    const a = analyzeArticle(text);
    expect(a.quotes.length).toBeGreaterThan(0);
    expect(a.attributions.length).toBeGreaterThan(1);
    expectOffsetsMatch(text, a);
    for (const x of a.attributions) expect(text.slice(x.cueSpan.start, x.cueSpan.end)).toBe(x.cue);
  });
});

describe('quotation marks written as two apostrophes', () => {
  it('reads \'\'...\'\' as a double quotation and binds it to its speaker', () => {
    const text = "''We will rebuild the pier,'' said harbour master Ilse Dunmore. ''It will take a year.''";
    const a = analyzeArticle(text);
    expect(a.quotes.map((q) => q.text)).toEqual(['We will rebuild the pier,', 'It will take a year.']);
    expect(a.quotes.every((q) => q.speaker === 'Ilse Dunmore')).toBe(true);
    expect(a.attributions).toHaveLength(1);
    expectOffsetsMatch(text, a);
  });
});
