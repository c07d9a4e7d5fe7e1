import { Readability } from '@mozilla/readability';
import { blockLines } from './blockText.js';
import { cleanArticleContent } from './cleanArticleContent.js';
import { parseHtml } from './parseHtml.js';
import { findStandfirst } from './findStandfirst.js';
import { pruneFurniture, restoreEmbeddedPosts } from './pruneFurniture.js';

export interface ExtractedArticle {
  text: string;
  standfirst?: string;
  title?: string;
  byline?: string;
  authors?: string[];
  publishedAt?: string;
  siteName?: string;
  lang?: string;
  excerpt?: string;
  url?: string;
}

export function extractArticle(html: string, options: { url?: string } = {}): ExtractedArticle {
  const doc = parseHtml(html);
  const posts = pruneFurniture(doc.body);
  const standfirstEl = findStandfirst(doc.body);
  const standfirst = standfirstEl ? (standfirstEl.textContent ?? '').replace(/\s+/g, ' ').trim() : undefined;
  const parsed = new Readability<Element>(doc, { serializer: (el) => el as Element, keepClasses: true }).parse();
  const content = parsed?.content ?? doc.body;
  restoreEmbeddedPosts(content, posts);
  if (standfirstEl && content.contains(standfirstEl)) standfirstEl.remove();
  const title = parsed?.title ?? undefined;
  const byline = parsed?.byline ?? undefined;
  const lines = cleanArticleContent(content, { title, authors: byline ? [byline.replace(/^by\s+/i, '')] : [] });
  void blockLines;
  return { text: lines.join('\n'), title, standfirst, byline, url: options.url };
}
