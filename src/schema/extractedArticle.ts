import type { z } from 'zod';
import { lazySchema } from './lazySchema.js';

/**
 * What `extractArticle` returns for a web page: the story text and what the page says about it.
 * A field the page does not give is `null` (`authors` is then empty).
 */
export const ExtractedArticleSchema = lazySchema((z) => z.object({
  /** The story body, one paragraph per line: no headline, standfirst, byline, captions or page furniture. */
  text: z.string(),
  /** The headline, without a trailing site name. */
  title: z.string().nullable(),
  /** The summary set under the headline, when the page marks one; not part of `text`. */
  standfirst: z.string().nullable(),
  /** The byline as the page gives it ("By Ana Ruiz and Tom Lee"). */
  byline: z.string().nullable(),
  /** Author names from the page's structured data, else from the byline. */
  authors: z.array(z.string()),
  /** Publication date as the page gives it (usually ISO 8601). */
  publishedAt: z.string().nullable(),
  modifiedAt: z.string().nullable(),
  /** The site's name (Open Graph `og:site_name`, or the publisher in JSON-LD). */
  siteName: z.string().nullable(),
  /** The language the page declares (`<html lang>`, e.g. `en-GB`); see the analysis's `lang` for the detected one. */
  lang: z.string().nullable(),
  /** The page's description, or Readability's excerpt of the text. */
  excerpt: z.string().nullable(),
  /** The canonical URL (resolved against the `url` option), else the `url` option. */
  url: z.string().nullable(),
}));
export type ExtractedArticle = z.infer<typeof ExtractedArticleSchema>;
