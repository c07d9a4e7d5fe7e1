import { blockLines } from './blockText.js';
import { isFurniture, paragraphChars } from './pruneFurniture.js';
import { furnitureLine, isRelatedLabel } from './furnitureRules.js';
import { lazyPattern } from '../document/segments/lazyPattern.js';

// (built on first use: V8 parses a `\p{...}` class of a literal when it compiles the module, used or not)
const DOTTED_WORD = lazyPattern(String.raw`[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*`, 'gu');
const NOT_WORD = lazyPattern(String.raw`[^\p{L}\p{N}]+`, 'gu');

/**
 * Cleans the story element Readability chose and returns its text, one paragraph per line:
 * drops furniture Readability keeps (captions, related-story lists and labels, share and
 * newsletter prompts, credits, date lines), the headline and byline repeated at the top, and an
 * author's bio after the story.
 */
export function cleanArticleContent(content: Element, hints: { title?: string; authors: string[] }): string[] {
  const total = paragraphChars(content);
  for (const el of Array.from(content.querySelectorAll('*'))) {
    if (content.contains(el) && isFurniture(el) && paragraphChars(el) < total * 0.3 + 1) el.remove();
  }
  removeLinkLists(content);
  const lines = blockLines(content).filter((line) => furnitureLine(line, wordCount(line)) === null);
  return trimEnds(lines, hints);
}

/**
 * Lists of links to other stories: a list (or a run of link-only lines) whose items are all
 * links, introduced by a related-story label ("More:", "Related", "You may also like") or
 * standing after the last paragraph of the story.
 */
function removeLinkLists(content: Element): void {
  for (const list of Array.from(content.querySelectorAll('ul, ol'))) {
    if (!content.contains(list)) continue;
    const items = Array.from(list.children).filter((c) => c.tagName.toUpperCase() === 'LI');
    if (items.length === 0) continue;
    const label = previousElement(list);
    const labelled = label !== null && isRelatedLabel(label.textContent ?? '');
    // Under a related-story label, every item holding a link will do; elsewhere, only a list of
    // nothing but links standing after the story.
    const remove = labelled ? items.every((li) => linkText(li) > 0) : items.every(isLinkOnly) && isAfterStory(list, content);
    if (!remove) continue;
    if (labelled) label!.remove();
    list.remove();
  }
  for (const el of Array.from(content.querySelectorAll('p, div, h2, h3, h4, h5, h6'))) {
    if (!content.contains(el)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    // "Related: <a>Headline</a>" on one line.
    const m = /^(?:related(?:\s+\w+){0,2}|read\s+more|read\s+also|also\s+read|see\s+also|more\s+on\s+this|more|recommended|read\s+next|watch|listen)\s*[:|–—>»]\s*(.+)$/i.exec(text);
    if (m && linkText(el) >= 0.6 * m[1]!.length) {
      el.remove();
      continue;
    }
    // A label standing alone, then paragraphs that are only links: "You may also like...".
    if (el.children.length <= 2 && isRelatedLabel(text)) {
      const links: Element[] = [];
      for (let next = el.nextElementSibling; next && isLinkOnly(next) && (next.textContent ?? '').trim() !== ''; next = next.nextElementSibling) links.push(next);
      if (links.length > 0) {
        for (const l of links) l.remove();
        el.remove();
      }
    }
  }
}

function isLinkOnly(el: Element): boolean {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text === '') return true;
  return linkText(el) >= 0.8 * text.length;
}

function linkText(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return n;
}

function previousElement(el: Element): Element | null {
  let prev = el.previousElementSibling;
  while (prev && (prev.textContent ?? '').trim() === '') prev = prev.previousElementSibling;
  return prev;
}

/** True when no paragraph of story text follows the element inside the content. */
function isAfterStory(el: Element, content: Element): boolean {
  const paragraphs = Array.from(content.querySelectorAll('p'));
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i]!;
    if (el.contains(p)) continue;
    if (wordCount(p.textContent ?? '') >= 12 && !isLinkOnly(p)) {
      return (el.compareDocumentPosition(p) & 2) !== 0; // the last real paragraph precedes the list
    }
  }
  return true;
}

export function wordCount(text: string): number {
  return text.match(DOTTED_WORD())?.length ?? 0;
}

const normal = (s: string) => s.toLowerCase().replace(NOT_WORD(), ' ').trim();

/**
 * Drops, before the first paragraph, the headline and the byline or date line repeated from the
 * page header; and after the last paragraph, a short bio or name line of the author.
 */
function trimEnds(lines: string[], hints: { title?: string; authors: string[] }): string[] {
  const title = hints.title ? normal(hints.title) : '';
  const names = hints.authors.map(normal).filter((n) => n.length >= 3);
  const namesAuthor = (line: string) => {
    const l = normal(line);
    return names.some((n) => l.includes(n));
  };
  let start = 0;
  while (start < lines.length) {
    const line = lines[start]!;
    const words = wordCount(line);
    if (words >= 20) break;
    const l = normal(line);
    const isTitle = title !== '' && (l === title || (l.length > 20 && title.startsWith(l)));
    const isByline = words <= 14 && (/^(?:by|written\s+by|words\s+by|author:?)\s+\S/i.test(line) || namesAuthor(line));
    if (!isTitle && !isByline) break;
    start++;
  }
  let end = lines.length;
  while (end > start) {
    const line = lines[end - 1]!;
    const words = wordCount(line);
    const l = normal(line);
    const bioOfAuthor = names.some((n) => l === n || (l.startsWith(`${n} `) && words <= 90 && /\b(?:is|was|has|lives|writes|covers|joined)\b/.test(l.slice(n.length, n.length + 40))));
    if (!bioOfAuthor) break;
    end--;
  }
  return lines.slice(start, end);
}
