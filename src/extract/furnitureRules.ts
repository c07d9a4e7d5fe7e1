/**
 * What page furniture looks like, by markup and by wording: the generic rules the extractor
 * uses to drop what is not the story (navigation, share and newsletter boxes, related-story
 * lists, captions, bylines and date lines) from what Readability keeps. Rules name kinds of
 * furniture that recur across sites, never one site's markup.
 */

import { lazyPattern } from '../document/segments/lazyPattern.js';

/** A class or id token naming a kind of furniture, e.g. `related-stories`, `share-bar`, `newsletter-signup`. */
const FURNITURE_NAME = new RegExp(
  [
    'breadcrumbs?',
    'share|sharing|sharebar|share-?tools|social-?(?:share|links|icons|buttons|bar|follow)|sharedaddy|addthis',
    'newsletters?|subscribe|subscription|sign-?up|opt-?in|inline-?signup',
    'related|recommended|recommendations|more-?(?:stories|articles|news|from|on|coverage)|read-?more|read-?next|also-?read|further-?reading|trending|most-?(?:popular|read|viewed)|popular-?(?:posts|stories)|recirc(?:ulation)?|outbrain|taboola|jp-relatedposts|you-?may-?like',
    'comments?|comment-?(?:list|form|section)|disqus|respond',
    'author-?(?:bio|box|info|card|details|profile)|about-?(?:the-?)?author|bio-?box',
    'byline|bylines|dateline|timestamp|publish(?:ed)?-?(?:date|time)|post-?date|entry-?date|article-?date|posted-?on|updated-?(?:date|time)',
    'caption|captions|figcaption|wp-caption-text|image-?credit|photo-?credit|credits?',
    'ad|ads|advert|adverts|advertisement|ad-?slot|ad-?unit|dfp|sponsored|promo|promotion',
    'cookies?|cookie-?(?:banner|notice|consent)|gdpr|consent|paywall|modal|popup',
    'tags|tag-?list|post-?tags|entry-?tags|topics-?list',
    'skip-?(?:link|to-?content|nav)|screen-?reader-?text|sr-only|visually-?hidden',
    'print-?only|no-?print|toolbar|pagination|pager',
  ]
    .map((alternatives) => `(?:${alternatives})`)
    .join('|'),
  'i',
);

const WHOLE_NAME = new RegExp(`^(?:${FURNITURE_NAME.source})$`, 'i');

/**
 * The kind of furniture an element's class, id or role names, or null. Class names are split
 * into tokens and each token is matched whole, then by its dash-separated parts from the end
 * (`article-related` → `related`), so `commentary` or `shared-content` are not furniture.
 */
export function furnitureName(el: Element): string | null {
  const role = el.getAttribute('role');
  if (role && /^(?:navigation|banner|contentinfo|complementary|search|dialog|alertdialog)$/i.test(role)) return `role:${role}`;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.trim();
  if (names === '') return null;
  for (const token of names.split(/\s+/)) {
    if (token.length > 80) continue;
    // camelCase and snake_case parts become dash-separated: "imageEmbedCaption" → "image-embed-caption".
    const t = token.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().replace(/_/g, '-');
    if (WHOLE_NAME.test(t)) return t;
    // BEM and prefixed names: "story__related", "c-newsletter-signup", "post-share-buttons".
    const parts = t.split(/-{1,2}/).filter(Boolean);
    for (let i = 0; i < parts.length; i++) {
      for (let j = parts.length; j > i; j--) {
        const piece = parts.slice(i, j).join('-');
        if (WHOLE_NAME.test(piece) && !(j - i === 1 && piece.length <= 3 && i > 0 && j < parts.length)) return t;
      }
    }
  }
  return null;
}

/** Elements that are never part of the story text. */
export const FURNITURE_TAGS = new Set(['NAV', 'FORM', 'BUTTON', 'DIALOG', 'MENU', 'FIGCAPTION']);

/**
 * A short line that is a site prompt rather than story text: share, comment, follow, sign-in,
 * advertising and cookie notices, slideshow placeholders, and related-story labels.
 */
const PROMPT_LINE = new RegExp(
  String.raw`^(?:` +
    [
      String.raw`(?:like|enjoy(?:ed)?|love)\s+this\s+(?:story|article|post)\?.*\bshare\b`,
      String.raw`share\s+(?:this|on|via|with|it)\b`,
      String.raw`click\s+to\s+(?:share|print|email|tweet)\b`,
      String.raw`(?:post|leave|add|view|show|read)\s+(?:a\s+|your\s+|all\s+)?comments?\b`,
      String.raw`\d*\s*comments?\s*(?:\(\d+\))?\s*$`,
      String.raw`tell\s+us\s+what\s+you\s+think\b`,
      String.raw`follow\s+(?:us|him|her|them|me)\s+on\b`,
      String.raw`(?:sign\s+in|log\s*in|register)\s*$`,
      String.raw`skip\s+to\s+(?:main\s+)?(?:content|navigation)\b`,
      String.raw`advert(?:isement)?s?\s*$`,
      String.raw`(?:this|the)\s+slideshow\s+requires\s+javascript`,
      String.raw`this\s+(?:website|site)\s+uses\s+cookies\b`,
      String.raw`we\s+use\s+cookies\b`,
      String.raw`(?:also\s+on|more\s+from)\s+[\w-]+\.[a-z]{2,}\b`,
      String.raw`(?:more|related(?:\s+(?:post|posts|story|stories|articles?|content|coverage|reading))?|you\s+may\s+also\s+like|you\s+might\s+also\s+like|recommended(?:\s+for\s+you)?|more\s+great\s+.{1,30}\s+stories|more\s+stories|most\s+(?:read|popular|viewed)|don['’]t\s+miss|what\s+to\s+read\s+next|up\s+next|keep\s+reading)\s*[:.…!]*\s*$`,
      String.raw`(?:have\s+a\s+(?:news\s+)?tip|got\s+a\s+(?:news\s+)?tip)\?`,
      String.raw`this\s+(?:post|article|page)\s+(?:may\s+)?contains?\s+affiliate\b`,
      String.raw`(?:get|receive)\s+(?:the\s+latest|our|daily|weekly).{0,60}\b(?:inbox|newsletters?|alerts?)\b`,
      // Unrendered shortcodes: "[button link=... type=...]", "[/button]".
      String.raw`\[[a-z_-]+\s+[a-z_-]+\s*=[^\]]*\]|\[\/[a-z_-]+\]`,
    ].join('|') +
    `)`,
  'i',
);

/** Reporter contact lines after a story: "X may be reached at ...", "Email X at ...". */
const CONTACT_LINE = /\b(?:can|may)\s+be\s+(?:reached|contacted|emailed)\s+(?:at|on|via)\b|^(?:e-?mail|contact)\s+(?:the\s+)?(?:author|reporter|writer|us)\b/i;

/** Credit lines of pictures: "(Image: © Agency)", "Image credit: ...", "Getty Images" at the end. */
const CREDIT_LINE = new RegExp(
  [
    String.raw`^\(?\s*(?:image|photo|picture|photograph|video|graphic|illustration)s?(?:\s+credit)?\s*(?::|by\b|via\b|courtesy\b)`,
    String.raw`^\(?\s*(?:credit|source)\s*:\s*\S.{0,80}$`,
    String.raw`(?:getty\s+images|shutterstock|istock(?:photo)?|afp\s+via\s+getty|reuters\s+photo|ap\s+photo)\)?\.?$`,
    String.raw`^©`,
  ].join('|'),
  'iu',
);
/** "Name | Agency" and "Name/Agency/Agency" credits: capitalised words only (case-sensitive). */
const NAME_CREDIT = lazyPattern(String.raw`^\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}\s*[|/]\s*(?:\p{Lu}[\p{L}&.'’\-]*\s*){1,4}(?:[|/]\s*(?:\p{Lu}[\p{L}&.'’\-]*\s*){1,4})?$`, 'u');

/** Date lines: "Posted: Fri 6:45 PM, Feb 16, 2018 |", "Updated Nov 19, 6:55 AM; Posted ...", "First published: ...". */
const DATE_LINE = lazyPattern(String.raw`^(?:(?:first\s+)?(?:published|posted|updated|modified|last\s+updated)(?:\s+on)?\s*:?\s*)(?:[\p{L}]{3,9}\.?,?\s+)?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[,;]?\s*)?(?:[\p{L}]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+[\p{L}]{3,9}\.?|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})\b`, 'iu');

/** Why a short line of extracted text is furniture, or null when it may be story text. */
export function furnitureLine(line: string, words: number): string | null {
  if (words > 40 || line.length > 300) return null;
  if (PROMPT_LINE.test(line)) return 'site-prompt';
  if (CONTACT_LINE.test(line)) return 'contact-line';
  if (words <= 16 && DATE_LINE().test(line)) return 'date-line';
  if (words <= 14 && (CREDIT_LINE.test(line) || NAME_CREDIT().test(line))) return 'picture-credit';
  return null;
}

/** A label that introduces a list of other stories ("Related:", "More:", "Read more", "You may also like"). */
export function isRelatedLabel(line: string): boolean {
  return RELATED_LABEL.test(line.trim());
}

const RELATED_LABEL = new RegExp(
  String.raw`^(?:` +
    [
      String.raw`related(?:\s+(?:stories|articles|posts|content|coverage|reading|links|news|topics))?`,
      String.raw`more(?:\s+(?:from|on|about|in)\s+.{1,40}|(?:\s+\S+){0,3}\s+(?:stories|news|articles|coverage|reading|headlines|videos))?`,
      String.raw`read\s+(?:more|also|next)`,
      String.raw`see\s+also|also\s+read|further\s+reading|top\s+stories|editor['’]?s\s+picks`,
      String.raw`you\s+(?:may|might)\s+also\s+(?:like|enjoy|be\s+interested\s+in)`,
      String.raw`recommended(?:\s+(?:for\s+you|stories|articles|reading))?`,
      String.raw`trending(?:\s+(?:now|stories|news))?|most\s+(?:read|popular|viewed|shared)|latest\s+(?:news|stories|headlines)`,
    ].join('|') +
    String.raw`)\s*[:.…!»>-]*$`,
  'i',
);
