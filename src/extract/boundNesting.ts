/**
 * Bounds how deeply a page nests, so that hostile or broken markup cannot make extraction slow:
 * the HTML parser's cost grows with nesting depth on every closing tag, and Readability's with
 * the depth of every element it scores. Real pages nest a few dozen levels; past the bounds,
 * the extra levels' tags are dropped and their text kept.
 */

/** Depth of tags kept by `flattenDeepMarkup` (counted naively, so set well above real pages). */
export const MAX_MARKUP_DEPTH = 400;
/** Depth of elements kept by `flattenDeepElements`. */
export const MAX_ELEMENT_DEPTH = 64;

/** Tags without content or closed implicitly by the parser: they do not deepen the count. */
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'tbody', 'thead', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rp',
]);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;

/**
 * One linear pass over the markup: opening tags past `maxDepth` (and as many closing tags of
 * the same name) are removed, their text stays. Leaves ordinary pages untouched.
 *
 * @example
 * ```ts
 * flattenDeepMarkup('<div><div><p>x</p></div></div>', 1) // '<div><p>x</p></div>'
 * ```
 */
export function flattenDeepMarkup(html: string, maxDepth = MAX_MARKUP_DEPTH): string {
  let depth = 0;
  let dropped: Map<string, number> | null = null;
  let out: string[] | null = null;
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]!.toLowerCase();
    if (NOT_NESTING.has(name) || m[3] === '/') continue;
    if (name === 'script' || name === 'style' || name === 'textarea') {
      // Raw text: skip to its end tag, whose content may hold "<div>" in strings.
      if (m[1] === '') {
        const endTag = new RegExp(`</${name}`, 'gi');
        endTag.lastIndex = TAG.lastIndex;
        const end = endTag.exec(html);
        TAG.lastIndex = end ? end.index : html.length;
      }
      continue;
    }
    let drop = false;
    if (m[1] === '') {
      depth++;
      if (depth > maxDepth) {
        dropped ??= new Map();
        dropped.set(name, (dropped.get(name) ?? 0) + 1);
        drop = true;
      }
    } else {
      const pending = dropped?.get(name) ?? 0;
      if (pending > 0) {
        dropped!.set(name, pending - 1);
        drop = true;
      }
      depth = Math.max(0, depth - 1);
    }
    if (drop) {
      out ??= [];
      out.push(html.slice(last, m.index));
      last = m.index + m[0].length;
    }
  }
  if (!out) return html;
  out.push(html.slice(last));
  return out.join('');
}

/**
 * Unwraps elements deeper than `maxDepth` below `root` (each is replaced by its children), in
 * one pass without recursion.
 */
export function flattenDeepElements(root: Element, maxDepth = MAX_ELEMENT_DEPTH): void {
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth >= maxDepth) {
      // Every element below this one is unwrapped, keeping the text in order.
      const deep = Array.from(el.querySelectorAll('*'));
      for (let i = deep.length - 1; i >= 0; i--) {
        const d = deep[i]!;
        const parent = d.parentNode;
        if (!parent) continue;
        while (d.firstChild) parent.insertBefore(d.firstChild, d);
        d.remove();
      }
      continue;
    }
    for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
}
