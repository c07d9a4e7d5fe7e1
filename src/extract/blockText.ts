/**
 * Turns a DOM subtree into plain text with one paragraph per line: block elements (paragraphs,
 * headings, list items, table rows, quotations) each become a line, inline markup is flattened,
 * whitespace is collapsed. List items get a bullet ("• ") or their number ("2. ") so the
 * segmenter sees them as list lines; table cells are separated by a tab.
 */

/** Elements whose text starts and ends a line. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'BODY', 'HTML',
]);

/** Elements whose content is never reader text. */
export const NON_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'SELECT', 'TEXTAREA', 'INPUT', 'BUTTON', 'HEAD', 'TITLE', 'META', 'LINK']);

const SPACES = /[ \n\r\f\v\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;

/**
 * The text of `root`, one paragraph per line (joined with `\n`), without blank lines.
 *
 * @example
 * ```ts
 * const { document } = parseHTML('<div><p>One <b>two</b></p><ul><li>three</li></ul></div>');
 * blockText(document.querySelector('div')) // "One two\n• three"
 * ```
 */
export function blockText(root: Node): string {
  return blockLines(root).join('\n');
}

/** The lines of `root` (see `blockText`). Walks the tree without recursion, so deep nesting cannot overflow the stack. */
export function blockLines(root: Node): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(SPACES, ' ').replace(/ *\t[\t ]*/g, '\t').trim();
    if (line !== '') lines.push(line);
    current = '';
  };
  // A frame is a node to enter, or (`leave`) a block whose end flushes the line.
  type Frame = { node: Node; item: number | null; leave?: boolean };
  const stack: Frame[] = [{ node: root, item: null }];
  while (stack.length > 0) {
    const { node, item, leave } = stack.pop()!;
    if (leave) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const el = node as Element;
    const tag = node.nodeType === 1 ? el.tagName.toUpperCase() : 'BODY';
    if (NON_TEXT.has(tag)) continue;
    if (tag === 'BR') {
      flush();
      continue;
    }
    if ((tag === 'TD' || tag === 'TH') && current.trim() !== '') current += '\t';
    const block = BLOCK.has(tag);
    if (block) flush();
    if (tag === 'LI') current += item === null ? '• ' : `${item}. `;
    if (tag === 'PRE') {
      for (const line of (node.textContent ?? '').split('\n')) {
        current = line;
        flush();
      }
      continue;
    }
    if (block) stack.push({ node, item: null, leave: true });
    const children: Frame[] = [];
    let n = tag === 'OL' ? Number.parseInt(el.getAttribute('start') ?? '1', 10) || 1 : 0;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      const isItem = child.nodeType === 1 && (child as Element).tagName.toUpperCase() === 'LI';
      children.push({ node: child, item: tag === 'OL' && isItem ? n++ : null });
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return lines;
}
