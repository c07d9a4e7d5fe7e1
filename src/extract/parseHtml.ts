import { htmlLibraries } from './htmlLibraries.js';
import { flattenDeepElements, flattenDeepMarkup } from './boundNesting.js';

/**
 * Parses an HTML page or fragment into a DOM document (linkedom: a small, dependency-light DOM
 * that runs unchanged in Node, Deno, Bun and browsers, so extraction gives the same result
 * everywhere). linkedom does not repair a missing `<body>` the way browsers do, so one is added
 * here: a fragment ("<p>...</p>") is wrapped in a document, and a page without a `<body>` tag gets
 * one after its `<head>`. Nesting is bounded (see `boundNesting`) so that no page makes the
 * later steps slow.
 */
export function parseHtml(html: string): Document {
  const { parseHTML } = htmlLibraries();
  const flat = flattenDeepMarkup(html);
  let doc = parseHTML(withBody(flat)).document as unknown as Document;
  // A stray "<html>" inside an unclosed comment or script can leave no document element: parse
  // again inside a wrapper that cannot be swallowed.
  if (doc.documentElement?.tagName.toUpperCase() !== 'HTML' || !safeBody(doc)) doc = parseHTML(`<!DOCTYPE html><html><head></head><body>${flat}</body></html>`).document as unknown as Document;
  gatherIntoBody(doc);
  flattenDeepElements(doc.body);
  return doc;
}

function safeBody(doc: Document): HTMLElement | null {
  try {
    return doc.body;
  } catch {
    return null;
  }
}

/**
 * Moves content that the parser left beside `<body>` (after a premature `</body>` or
 * `</html>`) into it, in order, as browsers do: later steps assume everything readable is in
 * the body.
 */
function gatherIntoBody(doc: Document): void {
  const root = doc.documentElement;
  const body = doc.body;
  let before = true;
  const first = body.firstChild;
  for (const node of Array.from(root.childNodes)) {
    if (node === body) {
      before = false;
      continue;
    }
    if (node.nodeType === 1 && (node as Element).tagName.toUpperCase() === 'HEAD') continue;
    if (before) body.insertBefore(node, first);
    else body.appendChild(node);
  }
}

function withBody(html: string): string {
  let page = html;
  if (!/<html[\s>]/i.test(page)) {
    const doctype = /^\s*<!doctype[^>]*>/i.exec(page);
    const at = doctype ? doctype[0].length : 0;
    page = `${page.slice(0, at)}<html>${page.slice(at)}</html>`;
  }
  if (/<body[\s>]/i.test(page)) return page;
  const headEnd = page.search(/<\/head\s*>/i);
  if (headEnd >= 0) {
    const after = page.indexOf('>', headEnd) + 1;
    return `${page.slice(0, after)}<body>${page.slice(after)}</body>`;
  }
  const htmlOpen = /<html[^>]*>/i.exec(page)!;
  const after = htmlOpen.index + htmlOpen[0].length;
  return `${page.slice(0, after)}<head></head><body>${page.slice(after)}</body>`;
}
