import { hasUpper, startsWithUpper } from '../document/letterRuns.js';
/**
 * Reads what a page says about its article (JSON-LD, Open Graph and other `<meta>` tags,
 * `<html lang>`, `<link rel=canonical>`), before anything is removed from the page.
 */

/** What the page's markup declares about the article; every field may be missing. */
export interface PageMetadata {
  headline?: string;
  /** The byline as the page shows it (an element marked as byline or author), before furniture is removed. */
  byline?: string;
  authors: string[];
  publishedAt?: string;
  modifiedAt?: string;
  siteName?: string;
  lang?: string;
  description?: string;
  canonicalUrl?: string;
}

const ARTICLE_TYPE = /(?:^|:|\/)(?:\w*Article|BlogPosting|Report|LiveBlogPosting|SocialMediaPosting)$/;

/**
 * Reads the page's own description of its article.
 *
 * @example
 * ```ts
 * readPageMetadata(parseHtml('<html lang="en"><head><meta property="og:site_name" content="Gazette"></head></html>'))
 * // { authors: [], siteName: 'Gazette', lang: 'en' }
 * ```
 */
export function readPageMetadata(doc: Document): PageMetadata {
  const meta = metaValues(doc);
  const ld = articleJsonLd(doc);
  const pick = (...keys: string[]) => {
    for (const k of keys) {
      const v = meta.get(k);
      if (v) return v;
    }
    return undefined;
  };
  const authors = ld?.authors.length ? [...new Set(ld.authors.flatMap(splitByline))] : metaAuthors(pick('author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl'));
  const time = doc.querySelector('time[datetime]')?.getAttribute('datetime')?.trim();
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || pick('og:url');
  const metadata: PageMetadata = { authors };
  const set = <K extends keyof PageMetadata>(key: K, value: PageMetadata[K] | undefined) => {
    if (value !== undefined && value !== '') metadata[key] = value;
  };
  set('headline', ld?.headline);
  set('byline', shownByline(doc));
  set('publishedAt', ld?.datePublished ?? pick('article:published_time', 'og:published_time', 'datepublished', 'parsely-pub-date', 'sailthru.date', 'pubdate', 'publish-date', 'dc.date', 'dc.date.issued', 'date') ?? time);
  set('modifiedAt', ld?.dateModified ?? pick('article:modified_time', 'og:updated_time', 'datemodified'));
  const site = pick('og:site_name', 'application-name') ?? ld?.publisher;
  set('siteName', site && !isUrl(site) ? site : undefined);
  set('lang', doc.documentElement?.getAttribute('lang')?.trim() || pick('content-language', 'og:locale', 'dc.language') || ld?.inLanguage);
  set('description', pick('og:description', 'description', 'twitter:description') ?? ld?.description);
  set('canonicalUrl', canonical);
  return metadata;
}

const BYLINE_NAME = /(?:^|[\s_-])(?:byline|by-line|author|authors|author-?name|writtenby|contributor)(?:$|[\s_-])/i;

/**
 * The byline shown on the page: the first short element marked `rel=author` or
 * `itemprop=author`, or whose class or id names a byline or author.
 */
function shownByline(doc: Document): string | undefined {
  const candidates = [
    ...Array.from(doc.body?.querySelectorAll('[rel="author"], [itemprop~="author"]') ?? []),
    ...Array.from(doc.body?.querySelectorAll('[class], [id]') ?? []).filter((el) => BYLINE_NAME.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)),
  ];
  for (const el of candidates) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length >= 3 && text.length <= 120 && hasUpper(text)) return text;
  }
  return undefined;
}

/** `<meta>` values by lower-cased `property`, `name` or `itemprop` (the first of each wins). */
function metaValues(doc: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const content = m.getAttribute('content')?.replace(/\s+/g, ' ').trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (key && !values.has(key)) values.set(key, content);
    }
  }
  return values;
}

interface LdArticle {
  headline?: string;
  authors: string[];
  datePublished?: string;
  dateModified?: string;
  publisher?: string;
  inLanguage?: string;
  description?: string;
}

/** The first schema.org article object in the page's JSON-LD blocks (malformed blocks are skipped). */
function articleJsonLd(doc: Document): LdArticle | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let i = 0; i < queue.length && i < 200; i++) {
      const item = queue[i];
      if (Array.isArray(item)) {
        queue.push(...item);
        continue;
      }
      if (!isObject(item)) continue;
      if (Array.isArray(item['@graph'])) queue.push(...item['@graph']);
      const types = ([] as unknown[]).concat(item['@type'] ?? []).map(String);
      if (!types.some((t) => ARTICLE_TYPE.test(t))) continue;
      return {
        headline: str(item.headline) ?? str(item.name),
        authors: names(item.author),
        datePublished: str(item.datePublished),
        dateModified: str(item.dateModified),
        publisher: names(item.publisher)[0],
        inLanguage: str(item.inLanguage),
        description: str(item.description),
      };
    }
  }
  return null;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function str(x: unknown): string | undefined {
  return typeof x === 'string' && x.trim() !== '' ? decodeEntities(x).replace(/\s+/g, ' ').trim() : undefined;
}

const NAMED_ENTITIES = new Map(Object.entries({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', ndash: '–', mdash: '—', hellip: '…' }));

/** Decodes character references that some sites leave in JSON-LD strings ("&#8216;", "&amp;"). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED_ENTITIES.get(name.toLowerCase()) ?? whole;
    const code = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/** Names from a JSON-LD person/organisation value: a string, an object with `name`, or an array of them. */
function names(x: unknown): string[] {
  const out: string[] = [];
  for (const v of ([] as unknown[]).concat(x ?? [])) {
    const name = typeof v === 'string' ? str(v) : isObject(v) ? str(v.name) : undefined;
    if (name && !isUrl(name)) out.push(name);
  }
  return out;
}

function metaAuthors(value: string | undefined): string[] {
  return value && !isUrl(value) ? splitByline(value) : [];
}

export function isUrl(s: string): boolean {
  return /^(?:https?:)?\/\/|^www\./i.test(s.trim());
}

/** Words that describe a writer's job, not their name ("AP Auto Writer", "Staff Reporter"). */
const ROLE_WORD = /\b(?:writer|reporter|correspondent|editor|columnist|contributor|staff|bureau|chief|desk|team|producer|photographer|news|service|wires?)\b/i;

/**
 * The author names in a byline: "By ANA RUIZ and Tom Lee, AP Auto Writer" → ["ANA RUIZ", "Tom Lee"].
 * Job titles, dates and "By" are dropped.
 */
export function splitByline(byline: string): string[] {
  const cleaned = byline
    .replace(/\s+/g, ' ')
    .replace(/^\s*(?:by|written\s+by|words\s+by|story\s+by|author:?)\s+/i, '')
    .replace(/\s*[|·•]\s*.*$/, '')
    .replace(/\s+(?:on\s+)?(?:updated|published|posted)\b.*$/i, '')
    .replace(/,?\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\d{4}-\d{2}-\d{2}).*$/i, '');
  const out: string[] = [];
  for (const part of cleaned.split(/\s*(?:,|;|\band\b|&)\s*/)) {
    const name = part.replace(/\.$/, '').trim();
    if (name === '' || /\d/.test(name) || ROLE_WORD.test(name) || name.split(/\s+/).length > 5 || !startsWithUpper(name)) continue;
    out.push(name);
  }
  return out;
}
