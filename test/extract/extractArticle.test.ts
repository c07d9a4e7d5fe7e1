import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, ArticleAnalysisSchema, ExtractedArticleSchema, extractArticle, looksLikeHtml, SlantwiseInputError } from '../../src/index.js';
import { expectOffsetsMatch } from '../helpers.js';

const page = readFileSync(new URL('../fixtures/html/harbour-bridge.html', import.meta.url), 'utf8');
const URL_GIVEN = 'https://gazette.example/news/2031/03/harbour-bridge?utm_source=feed';

describe('extractArticle: the story text', () => {
  const a = extractArticle(page, { url: URL_GIVEN });
  const lines = a.text.split('\n');

  it('returns the story paragraphs in order, one per line', () => {
    expect(lines[0]).toMatch(/^The city council voted on Thursday/);
    expect(lines).toContain('“We cannot take chances with a structure this old,” said Councillor Rhea Okafor, who chairs the transport committee. “The report left us no choice.”');
    expect(lines.at(-1)).toMatch(/^Repairs are expected to take up to two years/);
    expect(lines.findIndex((l) => l.startsWith('Business owners'))).toBeGreaterThan(lines.findIndex((l) => l.startsWith('The inspection')));
  });

  it('keeps a list inside the story, as list lines', () => {
    expect(lines).toContain('• lorries over 12 tonnes must use the ring road;');
    expect(lines).toContain('• cyclists and pedestrians are not affected.');
  });

  it('keeps an embedded social post that quotes a source', () => {
    expect(a.text).toContain('The bridge closes to heavy traffic from Monday.');
    expect(a.text).toContain('Valley Roads Office (@valleyroads)');
  });

  it('leaves out the headline, standfirst, byline, date and caption', () => {
    expect(a.text).not.toContain('Council shuts harbour bridge');
    expect(a.text).not.toContain('Engineers found corroded supports');
    expect(a.text).not.toMatch(/By Lena Marsh|Published March/);
    expect(a.text).not.toMatch(/at dusk|Photo: Ines Vale/);
  });

  it('leaves out navigation, share, newsletter, related-story and comment furniture', () => {
    for (const furniture of ['Skip to content', 'Home', 'Share on Facebook', 'Morning Briefing', 'Sign up for our newsletter', 'Ferry timetable', 'Like this story', 'More from Valley Gazette', 'Tram line extension', 'Great news, finally', 'All rights reserved', 'transport correspondent']) {
      expect(a.text, furniture).not.toContain(furniture);
    }
  });

  it('returns what the page says about the article', () => {
    expect(a).toMatchObject({
      title: 'Council shuts harbour bridge to lorries',
      standfirst: 'Engineers found corroded supports under the 90-year-old crossing.',
      authors: ['Lena Marsh', 'Tomas Brandt'],
      publishedAt: '2031-03-14T09:30:00Z',
      modifiedAt: '2031-03-14T11:05:00Z',
      siteName: 'Valley Gazette',
      lang: 'en-GB',
      url: 'https://gazette.example/news/2031/03/harbour-bridge',
    });
    expect(ExtractedArticleSchema.parse(a)).toEqual(a);
  });
});

describe('extractArticle: pages and fragments of every shape', () => {
  it('reads a fragment without <html> or <body>', () => {
    const a = extractArticle('<p>The ferry resumed service on Friday.</p><p>Passengers were told to expect delays.</p>');
    expect(a.text).toBe('The ferry resumed service on Friday.\nPassengers were told to expect delays.');
    expect(a).toMatchObject({ title: null, byline: null, authors: [], url: null });
  });

  it('takes the title from <title> without the site name, and the url given when the page names none', () => {
    const a = extractArticle('<html><head><title>Ferry back in service - Coast Courier</title><meta property="og:site_name" content="Coast Courier"></head><body><article><p>The ferry resumed service on Friday after repairs to its hull, the operator said.</p></article></body></html>', { url: 'https://courier.example/ferry' });
    expect(a.title).toBe('Ferry back in service');
    expect(a.url).toBe('https://courier.example/ferry');
  });

  it('takes the headline as the title when the page has no <title>, and keeps it out of the text', () => {
    const a = extractArticle('<article><h1>Who is standing</h1><p>Four candidates have registered for the mayoral election, the electoral office said on Monday.</p><p>They are, in ballot order:</p><ul><li>Rhea Okafor</li><li>Tomas Brandt</li></ul><p>Voting opens at seven in the morning and closes at eight in the evening.</p></article>');
    expect(a.title).toBe('Who is standing');
    expect(a.text.split('\n')).toEqual([
      'Four candidates have registered for the mayoral election, the electoral office said on Monday.',
      'They are, in ballot order:',
      '• Rhea Okafor',
      '• Tomas Brandt',
      'Voting opens at seven in the morning and closes at eight in the evening.',
    ]);
  });

  it('finishes on deeply nested markup', () => {
    const html = `<html><body>${'<div>'.repeat(30_000)}<p>Deep inside, the story is one short paragraph.</p>${'</div>'.repeat(30_000)}</body></html>`;
    expect(extractArticle(html).text).toBe('Deep inside, the story is one short paragraph.');
  });

  it('refuses a page with more elements than the limit, with its own code', () => {
    const html = `<html><body>${'<p>word</p>'.repeat(300)}</body></html>`;
    try {
      extractArticle(html, { maxElements: 100 });
      expect.fail('expected a SlantwiseInputError');
    } catch (e) {
      expect(e).toBeInstanceOf(SlantwiseInputError);
      expect((e as SlantwiseInputError).code).toBe('INPUT_TOO_LARGE');
      expect((e as SlantwiseInputError).issues[0]!.path).toBe('html');
    }
  });

  it('refuses something that is not a string', () => {
    expect(() => extractArticle(42 as never)).toThrow(SlantwiseInputError);
  });
});

describe('looksLikeHtml', () => {
  it('tells markup from text that mentions a tag', () => {
    expect(looksLikeHtml('<!doctype html><html><body><p>x</p></body></html>')).toBe(true);
    expect(looksLikeHtml('  <p>Rain fell.</p><p>Roads closed.</p>')).toBe(true);
    expect(looksLikeHtml('Officials said the <b> tag was bold.')).toBe(false);
    expect(looksLikeHtml('<Reuters> The council met on Monday.')).toBe(false);
  });
});

describe('analyzeArticle with HTML', () => {
  it('analyses the extracted article; offsets index extraction.text; the page fills in title and outlet', () => {
    const a = analyzeArticle({ html: page, url: URL_GIVEN, id: 'bridge' });
    expect(a.extraction?.text).toBe(extractArticle(page, { url: URL_GIVEN }).text);
    expectOffsetsMatch(a.extraction!.text, a);
    expect(a).toMatchObject({ id: 'bridge', title: 'Council shuts harbour bridge to lorries', outlet: 'Valley Gazette' });
    expect(a.quotes.some((q) => q.speaker === 'Rhea Okafor')).toBe(true);
    expect(a.warnings).toEqual([]);
    expect(ArticleAnalysisSchema.safeParse(a).success).toBe(true);
  });

  it('keeps the title and outlet the input gives', () => {
    const a = analyzeArticle({ html: page, title: 'Bridge closed', outlet: 'Gazette Syndication' });
    expect(a).toMatchObject({ title: 'Bridge closed', outlet: 'Gazette Syndication' });
  });

  it('recognises markup given as text, extracts the article and says so', () => {
    const a = analyzeArticle({ text: page });
    expect(a.warnings.map((w) => w.code)).toEqual(['TEXT_WAS_HTML']);
    expect(a.extraction?.title).toBe('Council shuts harbour bridge to lorries');
    // The page's scripts and styles are gone: no quote comes from markup.
    expect(a.quotes.every((q) => !/[{};]/.test(q.text))).toBe(true);
    expectOffsetsMatch(a.extraction!.text, a);
  });

  it('refuses a page without article text, naming the field', () => {
    try {
      analyzeArticle({ html: '<html><head><title>Empty</title></head><body><nav><a href="/">Home</a></nav></body></html>' });
      expect.fail('expected a SlantwiseInputError');
    } catch (e) {
      expect(e).toBeInstanceOf(SlantwiseInputError);
      expect((e as SlantwiseInputError).issues[0]).toMatchObject({ path: 'html', message: expect.stringMatching(/no article text/) });
    }
  });

  it('refuses text and html together, and neither', () => {
    expect(() => analyzeArticle({ text: 'x', html: '<p>x</p>' })).toThrow(/give either "text" or "html"/);
    expect(() => analyzeArticle({ id: 'a' } as never)).toThrow(/text: is required \(or give the page as "html"\)/);
  });
});
