import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';
import { pluralOfNounOnly } from '../../src/attribution/tokens.js';
import { analyzeArticle } from '../../src/index.js';

// leads63 (session 37): leads left by leads61 and leads62. Every sentence is written for these tests; names
// and places are invented.

describe('a capitalised word opening the sentence before a plural no verb has makes a noun phrase, the subject', () => {
  it('the noun\'s clause ends before the main verb ("Chinese warnings that the pier was unsafe | were ignored")', () => {
    expect(rows('Chinese warnings that the pier was unsafe were ignored.')).toEqual([['Chinese', 'warnings', 'the pier was unsafe']]);
    // (only the cue and the content: the evaluative adjective taken as the source, «Sharp», «Stern», «Grave», is a
    // known gap (review39 M1) that a fix must be free to close; what is asserted is the stop before the main verb)
    const cueAndContent = (s: string) => rows(s).map(([, cue, content]) => [cue, content]);
    expect(cueAndContent('Sharp warnings that the pier was unsafe spread.')).toEqual([['warnings', 'the pier was unsafe']]);
    expect(cueAndContent('Stern accusations that the clerk lied spread quickly.')).toEqual([['accusations', 'the clerk lied']]);
    expect(cueAndContent('Grave warnings that the levy would rise were met with silence.')).toEqual([['warnings', 'the levy would rise']]);
  });

  it('still: a name before an -s form that is a verb is its subject, and the clause runs on', () => {
    expect(rows('Vale claims that the pier was unsafe.')).toEqual([['Vale', 'claims', 'the pier was unsafe']]);
    expect(rows('Vale warns that the pier was unsafe.')).toEqual([['Vale', 'warns', 'the pier was unsafe']]);
    expect(rows('Ruiz fears that the ferry will stop running.')).toEqual([['Ruiz', 'fears', 'the ferry will stop running']]);
  });

  it('tells a plural no verb has by its ending', () => {
    for (const w of ['warnings', 'findings', 'rulings', 'accusations', 'allegations', 'misgivings']) expect(pluralOfNounOnly(w)).toBe(true);
    for (const w of ['brings', 'springs', 'stings', 'stations', 'nations', 'claims', 'warns', 'things']) expect(pluralOfNounOnly(w)).toBe(false);
  });
});

describe('an "as" clause whose lower-case title has "of" and an article before the name', () => {
  it('"As head of the board Ana Vale said, …" attributes the main clause, as "As mayor Ana Vale said" does', () => {
    expect(rows('As head of the board Ana Vale said, the pier was unsafe.')).toEqual([['Ana Vale', 'said', 'the pier was unsafe']]);
    expect(rows('As chair of the harbour board Ana Vale said, the pier was unsafe.')).toEqual([['Ana Vale', 'said', 'the pier was unsafe']]);
    expect(rows('The pier was unsafe, as head of the board Ana Vale put it.')).toEqual([['Ana Vale', 'put it', 'The pier was unsafe']]);
  });

  it('still: the titles without an article, and a title set off by a comma', () => {
    expect(rows('As chief of staff Ana Vale said, the pier was unsafe.')).toEqual([['Ana Vale', 'said', 'the pier was unsafe']]);
    expect(rows('As mayor Ana Vale said, the pier was unsafe.')).toEqual([['Ana Vale', 'said', 'the pier was unsafe']]);
    expect(rows('As head of the board, Ana Vale said the pier was unsafe.')).toEqual([['Ana Vale', 'said', 'the pier was unsafe']]);
  });

  it('not a clause whose verb is no cue with an "as" phrase of role', () => {
    expect(rows('As head of the board Ana Vale opened the pier.')).toEqual([]);
  });
});

describe('a participle or "own" after a possessive is shown in the reporting noun\'s cue, as an adjective there is', () => {
  it('"Vale\'s repeated claims", "his repeated claims", "Berg\'s own claim"', () => {
    expect(rows("Vale's repeated claims that the pier was unsafe were false.")).toEqual([['Vale', 'repeated claims', 'the pier was unsafe']]);
    expect(rows('His repeated claims that the pier was unsafe were false.')).toEqual([['His', 'repeated claims', 'the pier was unsafe']]);
    expect(rows("Vale's vague claims that the pier was unsafe were false.")).toEqual([['Vale', 'vague claims', 'the pier was unsafe']]);
    expect(rows("Berg's own claim that the levy was fair drew scorn.")).toEqual([['Berg', 'own claim', 'the levy was fair']]);
  });

  it('not a verb after its subject, nor a participle after a clitic "has"', () => {
    expect(rows('Vale repeated claims that the pier was unsafe.')).toEqual([['Vale', 'repeated', 'claims that the pier was unsafe']]);
    expect(rows('He’s endured harsh questions about whether the pier was unsafe.')).toEqual([[null, 'harsh questions about', 'whether the pier was unsafe']]);
  });
});

describe('"According to" a name and a description of the person set off by commas: the description is no content', () => {
  it('the content is the clause after the description', () => {
    expect(rows('According to Ana Vale, the chair of the harbour board, the pier is unsafe.')).toEqual([['Ana Vale', 'According to', 'the pier is unsafe']]);
    expect(rows('According to Ana Vale, a spokeswoman for the board, the pier is unsafe.')).toEqual([['Ana Vale', 'According to', 'the pier is unsafe']]);
    expect(rows('According to Vale, the mayor, the levy is unfair.')).toEqual([['Vale', 'According to', 'the levy is unfair']]);
    const [r] = analyzeArticle({ text: 'By next summer, according to Ana Vale, the chair of the board, the cranes will be running.' }).attributions;
    expect(r!.contentSpans.map((c) => c.text)).toEqual(['By next summer', 'the cranes will be running']);
  });

  it('still: a subject with its own aside, a clause of its own after the source, a subject that is no person', () => {
    expect(rows('According to Vale, the pier, which opened in 1990, is unsafe.')).toEqual([['Vale', 'According to', 'the pier, which opened in 1990, is unsafe']]);
    expect(rows('According to Ruiz, the mayor lied, and the pier is unsafe.')).toEqual([['Ruiz', 'According to', 'the mayor lied, and the pier is unsafe']]);
    expect(rows('According to Vale, the pier is unsafe.')).toEqual([['Vale', 'According to', 'the pier is unsafe']]);
  });

  it('not (fixAG): a name with the description as its own, or a list the description opens, is the subject', () => {
    expect(rows('According to Vale, the board\'s chair, Ruiz, lied.')).toEqual([['Vale', 'According to', 'the board\'s chair, Ruiz, lied']]);
    expect(rows('According to Vale, the mayor\'s aide, Tom Berg, lied to the council.')).toEqual([['Vale', 'According to', 'the mayor\'s aide, Tom Berg, lied to the council']]);
    expect(rows('According to Vale, the mayor, the clerk and the chair all resigned.')).toEqual([['Vale', 'According to', 'the mayor, the clerk and the chair all resigned']]);
    expect(rows('According to Ruiz, the mayor, the clerk or the chair will resign.')).toEqual([['Ruiz', 'According to', 'the mayor, the clerk or the chair will resign']]);
  });

  it('still (fixAG): a description before a one-phrase subject with a possessive or a number', () => {
    expect(rows('According to Ana Vale, the chair of the board, the mayor\'s plan failed.')).toEqual([['Ana Vale', 'According to', 'the mayor\'s plan failed']]);
    expect(rows('According to Berg, a spokesman for the port, two cranes broke down.')).toEqual([['Berg', 'According to', 'two cranes broke down']]);
  });
});
