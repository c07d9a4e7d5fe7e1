import { SlantwiseInputError } from '../errors.js';
import type { AnalysisWarning } from '../schema/articleAnalysis.js';
import type { ArticleInput } from '../schema/articleInput.js';
import type { ExtractedArticle } from '../schema/extractedArticle.js';
import { extractArticle } from './extractArticle.js';
import { looksLikeHtml } from './looksLikeHtml.js';

/** The text an analysis reads, and where it came from. */
export interface ArticleSource {
  text: string;
  /** The extracted article, when the input was HTML. */
  extraction?: ExtractedArticle;
  title?: string;
  outlet?: string;
  url?: string;
  publishedAt?: string;
  warnings: AnalysisWarning[];
}

/**
 * The text to analyse for a validated input: `text` as given, or the article extracted from
 * `html` (or from a `text` that is a web page's markup, with a `TEXT_WAS_HTML` warning). The
 * page's title, site name, canonical address and date fill in `title`, `outlet`, `url` and
 * `publishedAt` when the input does not give them.
 *
 * @throws SlantwiseInputError when the page holds no article text.
 */
export function articleSource(article: ArticleInput): ArticleSource {
  const warnings: AnalysisWarning[] = [];
  let field: 'html' | 'text' = 'html';
  let html = article.html;
  if (html === undefined && looksLikeHtml(article.text!)) {
    field = 'text';
    html = article.text!;
    warnings.push({ code: 'TEXT_WAS_HTML', message: 'the text is a web page\'s markup: the article was extracted from it, and offsets index extraction.text' });
  }
  if (html === undefined) return { text: article.text!, title: article.title, outlet: article.outlet, url: article.url, publishedAt: article.publishedAt, warnings };
  const extraction = extractArticle(html, article.url !== undefined ? { url: article.url } : {});
  if (!/\S/.test(extraction.text)) throw new SlantwiseInputError([{ path: field, message: 'holds no article text that could be extracted' }]);
  return {
    text: extraction.text,
    extraction,
    title: article.title ?? extraction.title ?? undefined,
    outlet: article.outlet ?? extraction.siteName ?? undefined,
    url: article.url ?? extraction.url ?? undefined,
    publishedAt: article.publishedAt ?? extraction.publishedAt ?? undefined,
    warnings,
  };
}
