import { MAX_SHAPE_CHARS, isListItem, isMostlyUpperCase, lineWords, startsWithQuote } from './lineShape.js';
import { lazyPattern } from './lazyPattern.js';
import { hasLetter } from '../letterRuns.js';

// (built on first use: V8 parses a `\p{...}` class of a literal when it compiles the module, used or not)
const PIPE_CREDIT = lazyPattern(String.raw`^(.{3,400}?)\s+\|\s+((?:The\s+)?\p{Lu}[^|]{1,60})$`, 'u');
const PHOTO_BY_IN_BRACKETS = lazyPattern(String.raw`\((?:[\p{Lu}][\p{L}.]*\s+)?(?:photo|file photo|photograph)\s*(?:by|\/)`, 'iu');
const PHOTO_BY = lazyPattern(String.raw`\b(?:photo|photograph|image)\s+by\s+\p{Lu}`, 'u');
const NAME_SLASH_AGENCY = lazyPattern(String.raw`\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,3}\s?\/\s?(?:\p{Lu}[\p{L}&.'’\-]*)(?:\s+\p{Lu}[\p{L}&.'’\-]*){0,3}\)?\.?$`, 'u');

// (module constants, not literals in the functions: a literal is a new object at each evaluation, and these run per line)
/** A feed's footer: "The post … appeared first on …". */
const SYNDICATION_FOOTER = /^The post\s+(.+?)\s+appeared first on\s+(.+?)\.?$/i;
/** "Click here for the original". */
const CLICK_FOR_ORIGINAL = /\b(?:click|tap)\s+(?:on\s+)?(?:this|the|here)(?:\s+link)?\s+(?:for|to\s+(?:read|see|view))\s+the\s+original\b/i;
/** "Read the full story here". */
const READ_THE_ORIGINAL = /\b(?:read|view|see)\s+the\s+(?:original|full)\s+(?:article|story|post|report)\s+(?:here|at|on)\b/i;
/** "Original source:", "Source link:". */
const SOURCE_LINK_LABEL = /^(?:original\s+source|source\s+link)\s*:/i;
/** A copyright mark, its years and its holder. */
const COPYRIGHT_HOLDER = /(?:©|\(c\)|\bcopyright\b)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*([^.|]{2,60})?/i;
/** A copyright mark, or a line opening with "copyright". */
const COPYRIGHT_MARK = /©|\(c\)|^copyright\b/i;
/** "All rights reserved" anywhere. */
const ALL_RIGHTS_RESERVED = /all rights reserved/i;
/** "All rights reserved" as words. */
const ALL_RIGHTS_RESERVED_WORDS = /\ball rights reserved\b/i;
/** A newsletter named. */
const NEWSLETTER = /\bnewsletters?\b/i;
/** What a newsletter prompt asks or promises. */
const NEWSLETTER_PROMPT = /\b(?:sign\s+up|subscribe|inbox|delivered)\b/i;
/** A word every photo credit without a slash holds. */
const CREDIT_WORD = /photo|image|picture|credit|video/i;
/** "Photo: …", "Credit: …", "(Photo by: …". */
const CREDIT_LABEL = /(?:^|[\s(\[])(?:photo(?:graph)?s?|pictures?|images?|credit|photo\s+credit|video)\s*(?:by)?\s*:\s*\S/i;
/** "Read more:", "RELATED:", "Don't miss >". */
const RELATED_PROMPT = /^(?:read\s+more|read\s+also|also\s+read|more\s+reading|related(?:\s+stor(?:y|ies))?|see\s+also|more\s+on\s+this(?:\s+story)?|recommended|read\s+next|watch|listen|most\s+read|trending|don['’]t\s+miss|you\s+may\s+also\s+like)\s*[:|–—>»]/i;
/** A double quotation mark. */
const DOUBLE_QUOTE = /[“”"]/;
/** Newsletter, share and follow prompts, "Continue reading", "Tags:", "Published:" lines. */
const SITE_PROMPT = /^(?:sign\s+up|subscribe|get\s+(?:our|the)\b.{0,60}\b(?:newsletter|briefing|alerts?)|join\s+our|follow\s+us|like\s+us|download\s+(?:our|the)\s+app|support\s+(?:our|independent|local)\s+journalism|share\s+(?:this|on|via)\b|share\s*$|advertisement\s*$|continue\s+reading|tags?\s*:|filed\s+under|comments?\s*$|leave\s+a\s+comment|published\s*:|updated\s*:|last\s+updated|posted\s*(?:on)?\s*:)/i;

/** Which rule put a line in a segment kind; kept on the segment as `reason`. */
export interface RuleHit {
  kind: 'boilerplate' | 'caption' | 'insert' | 'byline' | 'editorial';
  reason: string;
  /** Values the rule read off the line, for provenance. */
  captured?: Record<string, string>;
}

/**
 * Syndication and site furniture recognised from cue phrases alone, wherever the line stands:
 * feed footers, "click for the original" links, copyright lines, newsletter/share/follow
 * prompts, date stamps.
 */
export function matchBoilerplate(line: string, wordCount: number): RuleHit | null {
  if (line.length > MAX_SHAPE_CHARS) return null;
  if (line.length > 400) return null; // furniture lines are short; long lines are story text
  const post = SYNDICATION_FOOTER.exec(line);
  if (post) return { kind: 'boilerplate', reason: 'syndication-footer', captured: { title: post[1]!, outlet: post[2]! } };
  // The rules below that may match anywhere in the line each need one of these words: a line
  // without any (most story lines) is scanned once, not once per rule. (A gate read from the
  // line's tokens, perf39, cost more than this scan in today's V8: perf81.)
  const cue = CUE_WORD.test(line);
  if (cue && CLICK_FOR_ORIGINAL.test(line)
    || (cue && READ_THE_ORIGINAL.test(line))
    || SOURCE_LINK_LABEL.test(line)) {
    return { kind: 'boilerplate', reason: 'original-source-link' };
  }
  if (wordCount <= 40 && cue) {
    const copyright = COPYRIGHT_HOLDER.exec(line);
    if (copyright && (COPYRIGHT_MARK.test(line) || ALL_RIGHTS_RESERVED.test(line))) {
      const holder = copyright[1]?.replace(/\.?\s*all rights reserved.*$/i, '').trim();
      return { kind: 'boilerplate', reason: 'copyright-notice', captured: holder ? { outlet: holder } : undefined };
    }
    if (ALL_RIGHTS_RESERVED_WORDS.test(line)) return { kind: 'boilerplate', reason: 'copyright-notice' };
  }
  if (wordCount <= 30) {
    if (SITE_PROMPT.test(line)) {
      return { kind: 'boilerplate', reason: 'site-prompt' };
    }
    if (cue && NEWSLETTER.test(line) && NEWSLETTER_PROMPT.test(line)) {
      return { kind: 'boilerplate', reason: 'site-prompt' };
    }
  }
  if (wordCount <= 8 && isDateStamp(line)) return { kind: 'boilerplate', reason: 'date-stamp' };
  return null;
}

/**
 * A word that each unanchored rule of `matchBoilerplate` requires ("the original", "the full
 * article", ©, "(c)", "copyright", "all rights reserved", "newsletter"): where none is, none of
 * them matches.
 */
const CUE_WORD = /original|full|©|\(c\)|copyright|reserved|newsletter/i;

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DATE_STAMP = new RegExp(String.raw`^(?:(?:published|updated|posted)\s*(?:on)?\s*:?\s*)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+${MONTH},?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\.?$`, 'i');

/** A line that is only a date (and maybe a time): a feed's date stamp. */
export function isDateStamp(line: string): boolean {
  return DATE_STAMP.test(line);
}

/**
 * Notices that the text was first published elsewhere ("originally published by", "republished
 * with permission"). Body text can mention publishing too, so callers only accept these at the
 * top or in the trailing furniture of an article.
 */
export function matchRepublishNotice(line: string, wordCount: number): RuleHit | null {
  if (line.length > 500 || wordCount > 50) return null;
  // The three patterns with outlet names (Unicode classes, built on first use: see `lazyPattern`)
  // run only on a line with one of the words they require: most articles never build them.
  const named = NAMED_NOTICE_WORD.test(line);
  const origin = named ? ORIGIN().exec(line) : null;
  const permission = named ? PERMISSION().exec(line) : null;
  const site = named ? REPUBLISHER().exec(line) : null;
  if (origin || permission || site || /\b(?:republished|reprinted|reproduced)\b|\bsyndicated\s+(?:from|by|with)\b|\bshared\s+with\s+permission\b/i.test(line)) {
    const outlet = origin?.[1] ?? permission?.[1];
    const from = outlet ? outletName(outlet) : '';
    const by = site ? outletName(site[1]!) : '';
    // (literals, not keys added to `{}`: such keys' hidden classes die between documents, see `anchorShape`)
    const captured: Record<string, string> = outlet && site ? { outlet: from, syndicator: by } : outlet ? { outlet: from } : site ? { syndicator: by } : {};
    return { kind: 'boilerplate', reason: 'republish-notice', captured };
  }
  const source = /^(?:source|via)\s*:\s*(.{2,60})$/i.exec(line);
  if (source) return { kind: 'boilerplate', reason: 'source-credit', captured: { outlet: source[1]!.replace(/\.$/, '') } };
  return null;
}

/** A capitalised name of up to six words ("The Daily Ledger", "Ledger Online"), stopping at a sentence end. */
const OUTLET = String.raw`((?:The\s+)?\p{Lu}[\p{L}\p{N}&'’\-]*(?:\.[\p{L}\p{N}]+)*(?:\s+(?:of\s+|de\s+|&\s+)?\p{Lu}[\p{L}\p{N}&'’\-]*(?:\.[\p{L}\p{N}]+)*){0,5})`;
/** Where the text first ran: "originally published by X", "first appeared on X". */
const ORIGIN = lazyPattern(String.raw`\b(?:[Oo]riginally|[Ff]irst)\s+(?:published|appeared|posted|ran)\s+(?:by|in|on|at)\s+(?:the\s+website\s+of\s+)?` + OUTLET, 'u');
/** Whose permission it is reprinted with: "with permission from X", "courtesy of X". */
const PERMISSION = lazyPattern(String.raw`\b(?:(?:with|under)\s+(?:the\s+)?(?:kind\s+)?permission\s+(?:of|from)|[Cc]ourtesy\s+of|by\s+arrangement\s+with)\s+` + OUTLET, 'u');
/** Who republished or distributes it: "republished by X", "republished here on X", "distributed by X". */
const REPUBLISHER = lazyPattern(String.raw`\b(?:[Rr]epublished|[Rr]eprinted|[Ss]yndicated|[Dd]istributed|[Rr]eproduced)\s+(?:here\s+)?(?:on|by|at|via|through)\s+` + OUTLET, 'u');
/** A word one of ORIGIN, PERMISSION and REPUBLISHER requires (with the same case rules): where none is, none of them matches. */
const NAMED_NOTICE_WORD = /[Oo]riginally|[Ff]irst|permission|[Cc]ourtesy|arrangement|[Rr]epublished|[Rr]eprinted|[Ss]yndicated|[Dd]istributed|[Rr]eproduced/;

/** "Ledger Online." → "Ledger Online" (a trailing full stop is the sentence's, not the name's). */
function outletName(name: string): string {
  return name.replace(/\.$/, '').trim();
}

/**
 * Image captions: a line ending in "| Outlet", or one carrying a photo credit
 * ("Photo: Name/Agency", "(AP Photo/Name)", "Name/Getty Images").
 */
export function matchCaption(line: string, wordCount: number): RuleHit | null {
  if (line.length > 400 || wordCount > 60 || isListItem(line)) return null;
  const pipe = line.includes('|') ? PIPE_CREDIT().exec(line) : null;
  if (pipe && !/[.!?]$/.test(pipe[2]!.trim()) && lineWords(pipe[2]!).length <= 6) {
    return { kind: 'caption', reason: 'pipe-credit', captured: { outlet: pipe[2]!.trim() } };
  }
  // Cheap gates first: every credit form names a photo/image/credit or has "Name/Agency".
  const slash = line.includes('/');
  if (!slash && !CREDIT_WORD.test(line)) return null;
  if (CREDIT_LABEL.test(line)
    || PHOTO_BY_IN_BRACKETS().test(line)
    || PHOTO_BY().test(line)
    || (slash && NAME_SLASH_AGENCY().test(line.slice(-120)))) {
    return { kind: 'caption', reason: 'photo-credit' };
  }
  return null;
}

/**
 * Related-story inserts placed inside a story: "Read more: ...", "RELATED: ...", or the
 * ALL-CAPS headline of another story standing alone on a line.
 */
export function matchInsert(line: string, wordCount: number, isFirstLine: boolean): RuleHit | null {
  if (line.length > MAX_SHAPE_CHARS) return null;
  if (RELATED_PROMPT.test(line)) {
    return { kind: 'insert', reason: 'related-prompt' };
  }
  if (isFirstLine || line.length > 200 || startsWithQuote(line) || isListItem(line)) return null;
  // (the case test first: it settles most lines within a few words, the quote scan reads the whole line)
  if (wordCount >= 3 && isMostlyUpperCase(line) && !DOUBLE_QUOTE.test(line) && lineWords(line).filter((w) => hasLetter(w)).length >= 3) {
    return { kind: 'insert', reason: 'all-caps-headline' };
  }
  return null;
}
