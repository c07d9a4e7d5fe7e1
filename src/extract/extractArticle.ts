import type { Readability } from '@mozilla/readability';
import { SlantwiseInputError } from '../errors.js';
import type { ExtractedArticle } from '../schema/extractedArticle.js';
import { cleanArticleContent } from './cleanArticleContent.js';
import { DEFAULT_MAX_ELEMENTS } from './extractLimits.js';
import { findStandfirst } from './findStandfirst.js';
import { decodeEntities, isUrl, readPageMetadata, splitByline } from './pageMetadata.js';
import { htmlLibraries } from './htmlLibraries.js';
import { parseHtml } from './parseHtml.js';
import { pruneFurniture, restoreEmbeddedPosts } from './pruneFurniture.js';

/** Options of `extractArticle`. */
export interface ExtractOptions {
  /** The page's address: resolves a relative canonical link; returned as `url` when the page names none. */
  url?: string;
  /**
   * Refuse pages with more elements than this (after furniture is removed), default 20,000:
   * extraction time grows with the element count, and real articles stay far below it.
   */
  maxElements?: number;
}

/**
 * Extracts the article from a web page: its main text, one paragraph per line, and what the
 * page says about it (title, standfirst, byline and authors, dates, site name, declared
 * language, description, canonical URL). Runs Mozilla Readability on a linkedom DOM, with
 * slantwise's own clean-up around it: page furniture (navigation, share and newsletter boxes,
 * related-story lists, captions and credits, bylines and date lines, comments) is removed before
 * and after Readability, embedded social posts it drops are put back, and the standfirst is
 * returned on its own. Pure and synchronous; the same in Node, Deno, Bun and browsers.
 *
 * `text` is the story body only (no headline, standfirst, byline or captions). Analyse it with
 * `analyzeArticle({ text, title, ... })`, or pass `{ html }` to `analyzeArticle`, which calls
 * this function and returns its result as `extraction`: the analysis's offsets then index
 * `extraction.text`.
 *
 * @throws SlantwiseInputError when `html` is not a string, or the page has more than
 * `maxElements` elements (code `INPUT_TOO_LARGE`).
 *
 * @example
 * ```ts
 * import { extractArticle, analyzeArticle } from 'slantwise';
 * const page = extractArticle(html, { url: 'https://example.org/news/bridge' });
 * page.title;      // "Council shuts harbour bridge"
 * page.authors;    // ["Ana Ruiz"]
 * const analysis = analyzeArticle({ text: page.text, title: page.title ?? undefined, outlet: page.siteName ?? undefined });
 * ```
 */
export function extractArticle(html: string, options: ExtractOptions = {}): ExtractedArticle {
  if (typeof html !== 'string') {
    throw new SlantwiseInputError([{ path: 'html', message: `expected a string of HTML, got ${html === null ? 'null' : typeof html}` }]);
  }
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  const doc = parseHtml(html);
  const meta = readPageMetadata(doc);
  const h1 = clean(doc.body.querySelector('h1')?.textContent);
  const posts = pruneFurniture(doc.body);
  const elements = doc.body.querySelectorAll('*').length;
  if (elements > maxElements) {
    throw new SlantwiseInputError(
      [{ path: 'html', message: `has ${elements.toLocaleString('en-US')} elements, over the limit of ${maxElements.toLocaleString('en-US')} (raise maxElements to allow it)` }],
      'INPUT_TOO_LARGE',
    );
  }
  const standfirstEl = findStandfirst(doc.body);
  const standfirst = standfirstEl ? collapse(standfirstEl.textContent ?? '') : '';
  const parsed = readability(doc);
  const content = parsed?.content ?? doc.body;
  restoreEmbeddedPosts(content, posts);
  if (standfirstEl && content.contains(standfirstEl)) standfirstEl.remove();

  const siteName = meta.siteName ?? clean(parsed?.siteName);
  const title = withoutSiteName(meta.headline ?? clean(decodeEntities(parsed?.title ?? '')) ?? clean(doc.title) ?? h1, siteName);
  const bylineText = clean(parsed?.byline) ?? meta.byline ?? null;
  const byline = bylineText && !isUrl(bylineText) && !/^(?:by|author)\W*$/i.test(bylineText) ? bylineText : null;
  const authors = meta.authors.length > 0 ? meta.authors : byline ? splitByline(byline) : [];
  const lines = cleanArticleContent(content, { title: title ?? undefined, authors: byline ? [...authors, byline] : authors });
  if (standfirst && lines[0] === standfirst) lines.shift();

  return {
    text: lines.join('\n'),
    title,
    standfirst: standfirst || null,
    byline,
    authors,
    publishedAt: meta.publishedAt ?? clean(parsed?.publishedTime),
    modifiedAt: meta.modifiedAt ?? null,
    siteName,
    lang: meta.lang ?? clean(parsed?.lang),
    excerpt: meta.description ?? clean(parsed?.excerpt),
    url: resolveUrl(meta.canonicalUrl, options.url),
  };
}

/**
 * Readability's result, or null when it finds nothing or fails on an odd tree (the cleaned body
 * is then used): a page that trips the library must not take a batch down with it.
 */
function readability(doc: Document): ReturnType<Readability<Element>['parse']> {
  try {
    return new (htmlLibraries().Readability)<Element>(doc, { serializer: (el) => el as Element, keepClasses: true }).parse();
  } catch {
    return null;
  }
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function clean(s: string | null | undefined): string | null {
  const c = s ? collapse(s) : '';
  return c === '' ? null : c;
}

/** "Bridge closes - Valley Gazette" → "Bridge closes" when the site is "Valley Gazette". */
function withoutSiteName(title: string | null, siteName: string | null): string | null {
  if (!title || !siteName) return title;
  const site = siteName.toLowerCase();
  const m = /^(.{8,}?)\s+[|\-–—:·]\s+([^|\-–—:·]{2,60})$/.exec(title);
  if (m && m[2]!.toLowerCase().replace(/\s+/g, '').includes(site.replace(/\s+/g, '').slice(0, 12))) return m[1]!.trim();
  return title;
}

function resolveUrl(canonical: string | undefined, base: string | undefined): string | null {
  if (canonical) {
    try {
      return new URL(canonical, base).href;
    } catch {
      // a relative canonical link without a base, or a malformed one: fall through
    }
  }
  return base ?? null;
}
