import { furnitureName } from './furnitureRules.js';
import { wordRuns } from '../document/letterRuns.js';

/** Class or id names that only a standfirst (the summary set under a headline) carries: `dek`, `standfirst`, `subtitle`, ... */
const STANDFIRST_NAME = /(?:^|-)(?:dek|deck|standfirst|sub-?title|sub-?head(?:ing|line)?|sub-?line|strap-?line|heading-des)(?:-|$)/;
/** Names a standfirst may carry but so may the story's opening paragraph (`summary`, `intro`, `lead`). */
const SUMMARY_NAME = /(?:^|-)(?:lede|lead-?(?:paragraph|text)?|intro|summary|excerpt|teaser|description)(?:-|$)/;

const words = (text: string) => wordRuns(text, ''); // `text.match(/[\p{L}\p{N}]+/gu) ?? []`

/**
 * Finds the standfirst: the one- or two-sentence summary a page sets between the headline and
 * the story, as a text block after the headline (`h1`) carrying a standfirst class name (`dek`,
 * `standfirst`, `subtitle`, ...; or `summary`, `intro`, `lead` when it does not stand among the
 * story's paragraphs) and not repeating the headline. Scanning stops at the first real
 * paragraph. (A block
 * that merely repeats the page's description is not enough: many pages' descriptions are their
 * opening paragraph.)
 */
export function findStandfirst(body: Element): Element | null {
  const headline = body.querySelector('h1');
  if (!headline) return null;
  const headlineWords = words((headline.textContent ?? '').toLowerCase());
  let scanned = 0;
  for (let el = nextInOrder(lastDescendant(headline), body); el && scanned < 40; el = nextInOrder(el, body)) {
    const tag = el.tagName.toUpperCase();
    if (!TEXT_BLOCK.has(tag) || hasBlockChild(el)) {
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'FIGURE') el = lastDescendant(el);
      continue;
    }
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const w = words(text);
    if (w.length === 0) continue;
    scanned++;
    const names = namesOf(el);
    const strong = STANDFIRST_NAME.test(names);
    if (furnitureName(el) !== null && !strong) continue;
    if (w.length >= 5 && w.length <= 80 && overlap(w, new Set(headlineWords)) < 0.8 && (strong || (SUMMARY_NAME.test(names) && !inParagraphRun(el)))) return el;
    if (w.length >= 15) return null; // the story has begun
  }
  return null;
}

const TEXT_BLOCK = new Set(['P', 'H2', 'H3', 'DIV', 'SPAN', 'SECTION', 'HEADER']);
const BLOCKS = 'p, div, h2, h3, h4, ul, ol, section, article, figure, table';

function hasBlockChild(el: Element): boolean {
  return el.querySelector(BLOCKS) !== null;
}

function namesOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/_/g, '-')
    .split(/\s+/)
    .map((t) => `-${t}-`)
    .join(' ')
    .replace(/-+/g, '-');
}

/** Share of `tokens` found in `other` (lower case). */
function overlap(tokens: string[], other: Set<string>): number {
  let hit = 0;
  for (const t of tokens) if (other.has(t.toLowerCase())) hit++;
  return hit / tokens.length;
}

/**
 * True when the element sits among sibling paragraphs of story text: it is the story's opening
 * paragraph (some sites mark it `summary` for voice assistants), not a standfirst.
 */
function inParagraphRun(el: Element): boolean {
  let story = 0;
  for (const sibling of Array.from(el.parentElement?.children ?? [])) {
    if (sibling !== el && sibling.tagName.toUpperCase() === 'P' && words(sibling.textContent ?? '').length >= 15) story++;
  }
  return story >= 2;
}

/** The next element in document order after `el` (its subtree included), within `root`. */
function nextInOrder(el: Element, root: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) {
    if (cur.nextElementSibling) return cur.nextElementSibling;
  }
  return null;
}

function lastDescendant(el: Element): Element {
  let cur = el;
  while (cur.lastElementChild) cur = cur.lastElementChild;
  return cur;
}
