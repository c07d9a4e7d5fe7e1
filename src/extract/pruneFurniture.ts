import { FURNITURE_TAGS, furnitureName } from './furnitureRules.js';

/** Embedded social posts (tweets, Instagram, TikTok, ...): quoted material that belongs to the story. */
const EMBEDDED_POST = /twitter-tweet|twitter-video|instagram-media|tiktok-embed|reddit-card|fb-post|bluesky-embed|mastodon-embed|threads-post/i;

/**
 * Removes page furniture before Readability looks for the story: elements whose tag (nav, form,
 * figcaption, ...) or class/id (related, share, newsletter, comments, byline, caption, ad, ...)
 * say what they are. An element that holds a large part of the page's paragraph text is never
 * removed, whatever its name, so a misnamed wrapper cannot take the story with it.
 *
 * Embedded social posts are protected first: their wrappers often carry names such as
 * `social-embed`, which would otherwise drop quoted posts from the story.
 */
export function pruneFurniture(root: Element): EmbeddedPost[] {
  const posts = protectEmbeddedPosts(root);
  const total = paragraphChars(root);
  const stack: Element[] = [...elementChildren(root)].reverse();
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (isFurniture(el) && paragraphChars(el) < total * 0.3 + 1) {
      el.remove();
      continue;
    }
    const children = elementChildren(el);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return posts;
}

/** An embedded post and the story element it followed, to put it back if Readability drops it. */
export interface EmbeddedPost {
  post: Element;
  after: Element | null;
}

/**
 * Puts back embedded posts that Readability dropped from the story (it often judges a quoted
 * tweet's wrapper to be a social widget), right after the paragraph they followed.
 */
export function restoreEmbeddedPosts(content: Element, posts: EmbeddedPost[]): void {
  for (const { post, after } of posts) {
    if (content.contains(post) || !after || !content.contains(after)) continue;
    after.after(post);
  }
}

/** True when the element's tag or class/id marks it as furniture (embedded posts excepted). */
export function isFurniture(el: Element): boolean {
  if (el.hasAttribute('data-slantwise-keep')) return false;
  return FURNITURE_TAGS.has(el.tagName.toUpperCase()) || furnitureName(el) !== null;
}

function protectEmbeddedPosts(root: Element): EmbeddedPost[] {
  const posts: EmbeddedPost[] = [];
  for (const post of Array.from(root.querySelectorAll('blockquote'))) {
    if (!EMBEDDED_POST.test(post.getAttribute('class') ?? '')) continue;
    // Clear the names of the post and its wrappers up to the block that holds story paragraphs.
    let top: Element = post;
    for (let el: Element | null = post; el && el !== root; el = el.parentElement) {
      if (el !== post && [...elementChildren(el)].filter((c) => c.tagName.toUpperCase() === 'P').length >= 2) break;
      el.removeAttribute('class');
      el.removeAttribute('id');
      el.setAttribute('data-slantwise-keep', '');
      top = el;
    }
    let after = top.previousElementSibling;
    while (after && (after.textContent ?? '').trim() === '') after = after.previousElementSibling;
    posts.push({ post, after });
  }
  return posts;
}

function elementChildren(el: Element): Element[] {
  return Array.from(el.children);
}

/** Characters of paragraph text in the element (a cheap measure of how much story it holds). */
export function paragraphChars(el: Element): number {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) n += (p.textContent ?? '').length;
  if (el.tagName.toUpperCase() === 'P') n += (el.textContent ?? '').length;
  return n;
}
