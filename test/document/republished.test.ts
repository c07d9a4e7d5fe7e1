import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/index.js';
import { segmentStarting } from '../helpers.js';

// A short story written for these tests, republished by another site with its furniture.
const P1 = 'The regional water board approved a plan on Wednesday to raise tariffs by nine percent over two years, citing the cost of replacing ageing pipes.';
const P2 = 'Board members said the increase would be phased in from July, with lower rates kept for households that use little water.';
const P3 = 'Consumer groups said they would study the plan before deciding whether to challenge it at the regulator.';

const analyse = (lines: string[], outlet = 'River News') => analyzeArticle({ text: lines.join('\n'), outlet });

describe('byline labels are bylines, never editor’s notes', () => {
  it.each([
    ['Author: Jane Smith', ['Jane Smith']],
    ['Author: Jane Smith, The Daily Ledger', ['Jane Smith']],
    ['AUTHOR: JANE SMITH', ['JANE SMITH']],
    ['Authors: Jane Smith, Omar Haddad', ['Jane Smith', 'Omar Haddad']],
    ['Written by Jane Smith and Omar Haddad', ['Jane Smith', 'Omar Haddad']],
    ['Written by: Jane Smith for The Daily Ledger', ['Jane Smith']],
    ['By Jane Smith, Staff Writer', ['Jane Smith']],
    ['By Jane Smith, The Daily Ledger. Republished with permission.', ['Jane Smith']],
  ])('%s at the top', (label, authors) => {
    const a = analyse([label, P1, P2, P3]);
    expect(a.segments[0]!.kind).toBe('byline');
    expect(a.provenance.authors).toEqual(authors);
  });

  it('an author label followed by a bio after the story is a byline, and the name alone is the author', () => {
    const a = analyse([P1, P2, P3, 'Author: Jane Smith is a reporter for The Daily Ledger. We thank her for letting us share this story.']);
    expect(a.segments.at(-1)!.kind).toBe('byline');
    expect(a.provenance.authors).toEqual(['Jane Smith']);
    expect(a.segments.some((s) => s.kind === 'editorial')).toBe(false);
  });

  it('a "Name:" line by the byline’s own author is not an editor’s note', () => {
    const a = analyse(['By Jane Smith', P1, P2, 'Jane Smith: I have covered the water board for ten years, and we asked it for comment twice.']);
    expect(a.segments.some((s) => s.kind === 'editorial')).toBe(false);
  });

  it('hard negative: an editor’s note signed by someone else is still editorial', () => {
    const a = analyse(['By Jane Smith', P1, P2, 'Mara Quist: We at River News think this rise is long overdue, and I will say so at the hearing.']);
    expect(a.segments.at(-1)!.kind).toBe('editorial');
  });

  it('hard negative: "By Tuesday, ..." opening a sentence is body', () => {
    const a = analyse(['By Tuesday, the board had received more than 300 written objections to the plan.', P1, P2]);
    expect(a.segments[0]!.kind).toBe('body');
  });
});

describe('republication and copyright lines give the syndicator and the original outlet', () => {
  it('reads "originally published by X ... republished here" as a notice from X', () => {
    const a = analyse([P1, P2, P3, 'This article was originally published by The Daily Ledger and is republished here with permission.']);
    expect(a.segments.at(-1)).toMatchObject({ kind: 'boilerplate', reason: 'republish-notice' });
    expect(a.provenance).toMatchObject({ originalOutlet: 'The Daily Ledger', syndicator: 'River News' });
  });

  it('reads "Republished by X with permission from Y", capitals and all', () => {
    const a = analyse([P1, P2, P3, 'Republished by Lakeside Wire with permission from The Daily Ledger.'], 'Feed Reader');
    expect(a.provenance).toMatchObject({ originalOutlet: 'The Daily Ledger', syndicator: 'Lakeside Wire' });
  });

  it('stops an outlet name at the end of its sentence', () => {
    const a = analyse([P1, P2, P3, 'This story first appeared on Ledger Online. It is shared under a Creative Commons licence.']);
    expect(a.provenance.originalOutlet).toBe('Ledger Online');
  });

  it('reads a distribution credit as the syndicator', () => {
    const a = analyse([P1, P2, P3, '© 2031 The Daily Ledger. Distributed by Harbour Content Agency.']);
    expect(a.provenance).toMatchObject({ originalOutlet: 'The Daily Ledger', syndicator: 'Harbour Content Agency' });
  });

  it('a copyright line naming another site than the outlet makes that site the original', () => {
    const a = analyse([P1, P2, P3, 'Copyright 2031 The Daily Ledger. All rights reserved.']);
    expect(a.provenance).toMatchObject({ originalOutlet: 'The Daily Ledger', syndicator: 'River News' });
  });

  it('hard negative: the outlet’s own copyright line is not syndication', () => {
    const a = analyse([P1, P2, P3, '© 2031 River News Media Group. All rights reserved.']);
    expect(a.provenance.originalOutlet).toBeUndefined();
    expect(a.provenance.syndicator).toBeUndefined();
  });
});

describe('a one-sentence opening paragraph is body, not a heading', () => {
  it('after a byline, even without a full stop', () => {
    const a = analyse(['By Jane Smith', 'Water bills in the valley will rise by nine percent over the next two years', P1, P2]);
    expect(segmentStarting(a.segments, 'Water bills').kind).toBe('body');
  });

  it('after a picture caption at the top', () => {
    const a = analyse(['Pipes stacked at the depot | River News', 'The water board confirmed the rise on Wednesday.', P1, P2]);
    expect(segmentStarting(a.segments, 'The water board confirmed').kind).toBe('body');
  });

  it('when it reads as an opening sentence (a reporting clause, a weekday)', () => {
    expect(analyse(['Water bills are going up, the board said', P1, P2]).segments[0]!.kind).toBe('body');
    expect(analyse(['The board approved the plan on Wednesday after a long debate', P1, P2]).segments[0]!.kind).toBe('body');
  });

  it('hard negative: a headline on the first line is still the title, and a section headline after a caption mid-story still a heading', () => {
    expect(analyse(['Water bills to rise nine percent', P1, P2]).segments[0]).toMatchObject({ kind: 'heading', reason: 'title' });
    const a = analyse([P1, 'Pipes stacked at the depot | River News', 'The regulator will have the last word.', P2, P3]);
    expect(segmentStarting(a.segments, 'The regulator').kind).toBe('heading');
  });
});
