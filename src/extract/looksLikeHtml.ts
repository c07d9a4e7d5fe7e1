/**
 * True when a string is a web page's markup rather than article text: it starts with a
 * doctype or an `<html>`, `<head>` or `<body>` tag, or it starts with a tag and closes at least
 * two block elements (`</p>`, `</div>`, ...) in its first 20,000 characters. Text that merely
 * mentions a tag ("the <p> element") is not markup.
 *
 * @example
 * ```ts
 * looksLikeHtml('<!DOCTYPE html><html>...') // true
 * looksLikeHtml('<p>Rain fell.</p><p>Roads closed.</p>') // true
 * looksLikeHtml('Officials said the <b> tag was bold.') // false
 * ```
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 20_000).replace(/^[\s\ufeff]+/, '');
  if (!head.startsWith('<')) return false;
  if (/^<(?:!doctype\s+html|html|head|body)\b/i.test(head)) return true;
  if (!/^<(?:!--|[a-z][a-z0-9-]*\b[^<>]*>)/i.test(head)) return false;
  const closes = head.match(/<\/(?:p|div|article|section|li|ul|ol|h[1-6]|table|tr|blockquote|figure|span|a)\s*>/gi);
  return (closes?.length ?? 0) >= 2;
}
