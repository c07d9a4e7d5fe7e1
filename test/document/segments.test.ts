import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/index.js';
import { expectOffsetsMatch, segmentStarting, segmentsOf } from '../helpers.js';

const P1 = 'The city council voted on Thursday to close the old harbour bridge to heavy trucks, citing a safety review that found corroded supports.';
const P2 = 'Engineers said repairs could take up to two years, and business owners on the east bank warned that deliveries would slow.';
const P3 = 'The mayor’s office said it would publish the full inspection report next week and hold a public meeting on the closure.';

describe('body and headings', () => {
  it('keeps ordinary paragraphs as body', () => {
    const segs = segmentsOf([P1, P2, P3]);
    expect(segs.map((s) => s.kind)).toEqual(['body', 'body', 'body']);
    expect(segs[0]!.reason).toBe('paragraph');
  });

  it('reads a short Title Case line between paragraphs as a subheading', () => {
    const segs = segmentsOf([P1, 'What Happens to the Ferries', P2]);
    expect(segmentStarting(segs, 'What Happens').kind).toBe('heading');
    expect(segmentStarting(segs, 'What Happens').reason).toBe('subheading');
  });

  it('reads a first line without final punctuation as the title', () => {
    const segs = segmentsOf(['Council shuts harbour bridge to trucks after safety review', P1, P2]);
    expect(segs[0]!.kind).toBe('heading');
    expect(segs[0]!.reason).toBe('title');
  });

  it('hard negative: a short body sentence stays body', () => {
    const segs = segmentsOf([P1, 'The vote was 7 to 2.', P2]);
    expect(segmentStarting(segs, 'The vote').kind).toBe('body');
  });

  it('hard negative: a heading-shaped last line with nothing after it is not a heading', () => {
    const segs = segmentsOf([P1, P2, 'More Updates Soon']);
    expect(segmentStarting(segs, 'More Updates').kind).not.toBe('heading');
  });

  it('keeps bulleted list lines in the body as list items', () => {
    const segs = segmentsOf([P1, '- Trucks over 12 tonnes must detour via the ring road.', '• Buses may still cross.', P2]);
    expect(segmentStarting(segs, '- Trucks').kind).toBe('body');
    expect(segmentStarting(segs, '- Trucks').reason).toBe('list-item');
    expect(segmentStarting(segs, '• Buses').reason).toBe('list-item');
  });
});

describe('boilerplate', () => {
  it('recognises a syndication footer and reads the original title and outlet from it', () => {
    const a = analyzeArticle({ text: [P1, P2, 'The post Council Shuts Harbour Bridge appeared first on Valley Gazette.'].join('\n'), outlet: 'FeedHub' });
    const footer = segmentStarting(a.segments, 'The post');
    expect(footer.kind).toBe('boilerplate');
    expect(footer.reason).toBe('syndication-footer');
    expect(a.provenance.originalOutlet).toBe('Valley Gazette');
    expect(a.provenance.originalTitle).toBe('Council Shuts Harbour Bridge');
    expect(a.provenance.syndicator).toBe('FeedHub');
  });

  it('recognises an original-source link', () => {
    const segs = segmentsOf([P1, P2, 'Click this link for the original source of this article.']);
    expect(segs.at(-1)!.kind).toBe('boilerplate');
    expect(segs.at(-1)!.reason).toBe('original-source-link');
  });

  it('recognises a republishing notice in the trailing furniture and takes the original outlet from it', () => {
    const a = analyzeArticle([P1, P2, 'This story was originally published by The Valley Gazette and is republished here with permission.'].join('\n'));
    expect(a.segments.at(-1)!.kind).toBe('boilerplate');
    expect(a.segments.at(-1)!.reason).toBe('republish-notice');
    expect(a.provenance.originalOutlet).toBe('The Valley Gazette');
  });

  it('hard negative: "first published" inside the story is body', () => {
    const line = 'The inspection report, first published by the transport agency in 2019, had flagged the same supports.';
    const segs = segmentsOf([P1, line, P2]);
    expect(segmentStarting(segs, 'The inspection').kind).toBe('body');
  });

  it('recognises copyright notices', () => {
    const segs = segmentsOf([P1, P2, '© 2026 Valley Gazette. All rights reserved.']);
    expect(segs.at(-1)!.reason).toBe('copyright-notice');
  });

  it('recognises newsletter, share and follow prompts', () => {
    const segs = segmentsOf([P1, P2, 'Sign up for our morning newsletter to get the day’s news in your inbox.', 'Share this article', 'Follow us on social media']);
    expect(segs.slice(2).map((s) => s.kind)).toEqual(['boilerplate', 'boilerplate', 'boilerplate']);
    expect(segs.slice(2).every((s) => s.reason === 'site-prompt')).toBe(true);
  });

  it('recognises a date stamp line', () => {
    const segs = segmentsOf(['Published: March 4, 2026 at 9:15 a.m.', P1, P2]);
    expect(segs[0]!.kind).toBe('boilerplate');
  });
});

describe('bylines and bios', () => {
  it('reads "By A and B" at the top as a byline with two authors', () => {
    const a = analyzeArticle(['By Lena Marsh and Kofi Adjei', P1, P2].join('\n'));
    expect(a.segments[0]!.kind).toBe('byline');
    expect(a.provenance.authors).toEqual(['Lena Marsh', 'Kofi Adjei']);
  });

  it('reads "Author: name" and a wire credit line', () => {
    const segs = segmentsOf(['Author: Priya Natarajan', P1, P2, 'Reporting by Tomás Ibarra; Editing by Jill Okoro']);
    expect(segs[0]!.kind).toBe('byline');
    expect(segs.at(-1)!.kind).toBe('byline');
    expect(segs.at(-1)!.reason).toBe('wire-credit');
  });

  it('hard negative: a sentence starting with "By" is body', () => {
    const segs = segmentsOf([P1, 'By Tuesday, officials had agreed to reopen one lane for emergency vehicles.', P2]);
    expect(segmentStarting(segs, 'By Tuesday').kind).toBe('body');
  });

  it('reads author bios after the story and adds their names to the authors', () => {
    const a = analyzeArticle([
      P1, P2,
      'Lena Marsh is the transport correspondent for the Valley Gazette, covering roads and rail.',
      'Kofi Adjei covers city hall for the Gazette.',
      'The post Bridge Closed appeared first on Valley Gazette.',
    ].join('\n'));
    expect(a.segments.map((s) => s.kind)).toEqual(['body', 'body', 'bio', 'bio', 'boilerplate']);
    expect(a.provenance.authors).toEqual(['Lena Marsh', 'Kofi Adjei']);
  });

  it('hard negative: a story paragraph starting with a name and "is" stays body', () => {
    const segs = segmentsOf([P1, 'Mayor Ruth Okonkwo is under pressure from shop owners, who say the closure will cost them customers.', P2]);
    expect(segmentStarting(segs, 'Mayor Ruth').kind).toBe('body');
  });

  it('hard negative: a name-is-reporter line in the middle of the story stays body', () => {
    const segs = segmentsOf([P1, 'Dana Whitlock is a reporter for a local radio station who first raised the alarm about the supports.', P2]);
    expect(segmentStarting(segs, 'Dana Whitlock').kind).toBe('body');
  });
});

describe('captions and inserts', () => {
  it('reads a line ending in "| Outlet" as a caption', () => {
    const segs = segmentsOf([P1, 'Trucks queue at the bridge on Friday | Valley Gazette', P2]);
    expect(segmentStarting(segs, 'Trucks queue').kind).toBe('caption');
    expect(segmentStarting(segs, 'Trucks queue').reason).toBe('pipe-credit');
  });

  it('reads a short sentence right after a caption, before a longer paragraph, as a section heading', () => {
    const segs = segmentsOf([P1, 'Trucks queue at the bridge on Friday | Valley Gazette', 'The council defends its decision.', P2]);
    expect(segmentStarting(segs, 'The council defends').kind).toBe('heading');
    expect(segmentStarting(segs, 'The council defends').reason).toBe('subheading-after-caption');
    // the same sentence elsewhere is body
    expect(segmentStarting(segmentsOf([P1, 'The council defends its decision.', P2]), 'The council defends').kind).toBe('body');
  });

  it('reads a line with a photo credit as a caption', () => {
    const segs = segmentsOf([P1, 'Workers inspect the supports on Wednesday. Photo: Ines Caro/Valley Gazette', P2, 'The mayor speaks to residents. (AP Photo/Sam Reyes)', P3]);
    expect(segmentStarting(segs, 'Workers inspect').kind).toBe('caption');
    expect(segmentStarting(segs, 'The mayor speaks').kind).toBe('caption');
  });

  it('reads an ALL-CAPS headline of another story inside the text as an insert', () => {
    const segs = segmentsOf([P1, 'CITY WEIGHS NEW TOLLS ON RIVER CROSSINGS', P2]);
    expect(segmentStarting(segs, 'CITY WEIGHS').kind).toBe('insert');
    expect(segmentStarting(segs, 'CITY WEIGHS').reason).toBe('all-caps-headline');
  });

  it('reads "Read more:" and "RELATED:" prompts as inserts', () => {
    const segs = segmentsOf([P1, 'Read more: Ferry operators add crossings', P2, 'RELATED: Bridge inspections lag across the region', P3]);
    expect(segmentStarting(segs, 'Read more').kind).toBe('insert');
    expect(segmentStarting(segs, 'RELATED').kind).toBe('insert');
  });

  it('hard negative: a quoted line in capitals is body', () => {
    const segs = segmentsOf([P1, '“SAVE OUR BRIDGE,” read the banner held by protesters outside city hall.', '“NO MORE DELAYS!”', P2]);
    expect(segmentStarting(segs, '“SAVE').kind).toBe('body');
    expect(segmentStarting(segs, '“NO MORE').kind).toBe('body');
  });
});

describe('editorial notes and piece labels', () => {
  it('marks an appended "Editor’s note:" and the lines after it as editorial, up to the trailing boilerplate', () => {
    const a = analyzeArticle([
      P1, P2, P3,
      'Editor’s note: I have driven over that bridge every day for a decade, and I think the council waited far too long.',
      'Here is what we will be watching:',
      '- whether the repair money is in next year’s budget;',
      '- whether the ferries can carry the extra traffic.',
      'Sign up for our newsletter to get these notes in your inbox.',
      '© 2026 Valley Gazette',
    ].join('\n'));
    expect(a.segments.map((s) => s.kind)).toEqual(['body', 'body', 'body', 'editorial', 'editorial', 'editorial', 'editorial', 'boilerplate', 'boilerplate']);
    expect(a.segments[3]!.reason).toBe('editor-note-label');
    expect(a.segments[5]!.reason).toBe('editor-note-list-item');
    expect(a.metrics.editorialShare).toBeGreaterThan(0.2);
    expect(a.metrics.editorialShare).toBeLessThan(0.7);
  });

  it('accepts "Ed. note:" and editor initials followed by first-person commentary', () => {
    const ed = segmentsOf([P1, P2, 'Ed. note: We asked the council for the 2019 report and have not received it.']);
    expect(ed.at(-1)!.kind).toBe('editorial');
    const initials = segmentsOf([P1, P2, 'J.T.:', 'I grew up two streets from that bridge. My view: this closure was avoidable.']);
    expect(initials.slice(2).map((s) => s.kind)).toEqual(['editorial', 'editorial']);
    expect(initials[2]!.reason).toBe('editor-initials-label');
  });

  it('accepts an editor’s name followed by a colon and first-person commentary', () => {
    const segs = segmentsOf([P1, P2, 'Marta Quill: I have asked this question for years, and I still do not have an answer.']);
    expect(segs.at(-1)!.kind).toBe('editorial');
    expect(segs.at(-1)!.reason).toBe('editor-name-label');
  });

  it('hard negative: a name and colon introducing a quotation is not an editor’s note', () => {
    const segs = segmentsOf([P1, P2, 'Okonkwo: “We will reopen the bridge as soon as it is safe, and I promise that.”']);
    expect(segs.at(-1)!.kind).toBe('body');
  });

  it('hard negative: an interview transcript of name-colon lines is not an editor’s note', () => {
    const segs = segmentsOf([P1, 'Reporter: When will the bridge reopen?', 'Okonkwo: I hope by spring, but we are not sure.', 'Reporter: What about the ferries?', 'Okonkwo: I want more of them running.']);
    expect(segs.every((s) => s.kind !== 'editorial')).toBe(true);
  });

  it('records an "Analysis:" or "Opinion |" label at the top of a piece', () => {
    const a = analyzeArticle(['Analysis: Why the Bridge Closure Matters', P1, P2].join('\n'));
    expect(a.provenance.label).toMatchObject({ kind: 'analysis', text: 'Analysis:' });
    expect(a.segments[0]!.kind).toBe('heading');
    expect(a.segments[0]!.reason).toBe('piece-label');
    const b = analyzeArticle(['Opinion | The council failed us', P1].join('\n'));
    expect(b.provenance.label?.kind).toBe('opinion');
  });
});

describe('offsets', () => {
  it('keeps every segment offset true to the original text with CRLF, BOM, NBSP and zero-width spaces', () => {
    const text = `\uFEFF${P1}\r\n\r\nWhat\u00A0Happens Next\r\n${P2.replace('two years', 'two\u200Byears')}\r\nThe post Bridge\u00A0Closed appeared first on Valley Gazette.\r\n`;
    const a = analyzeArticle(text);
    expectOffsetsMatch(text, a);
    expect(a.segments.map((s) => s.kind)).toEqual(['body', 'heading', 'body', 'boilerplate']);
    expect(a.segments[0]!.text.startsWith('The city')).toBe(true);
    expect(a.segments.every((s) => !s.text.endsWith('\r'))).toBe(true);
  });

  it('treats lone CR line endings as line breaks', () => {
    const text = `${P1}\r${P2}\rThe post X appeared first on Y.`;
    const a = analyzeArticle(text);
    expect(a.segments).toHaveLength(3);
    expectOffsetsMatch(text, a);
  });
});

describe('metrics', () => {
  it('counts words, analysed words and the boilerplate share', () => {
    const a = analyzeArticle(['One two three four.', 'The post Five Six appeared first on Seven.'].join('\n'));
    expect(a.metrics.bodyWords).toBe(4);
    expect(a.metrics.words).toBe(4 + 8);
    expect(a.metrics.boilerplateShare).toBeCloseTo(8 / 12, 3);
    expect(a.metrics.sentences).toBe(1);
  });

  it('counts a contraction as one word', () => {
    expect(analyzeArticle('We don’t know.').metrics.words).toBe(3);
  });
});
