import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, extractArticle, SlantwiseError } from '../../src/index.js';
import { expectOffsetsMatch } from '../helpers.js';

// Broken and hostile markup: unclosed comments, stray </body> and <html>, scripts, JSON-LD
// fragments, embedded posts, tables, entities.
const PIECES = [
  '<p>', '</p>', '<div class="share">', '</div>', '<ul>', '<li>', '</ul>', '<h1>', '</h1>', '<script>', '</script>', '<a href="x">', '</a>',
  '<blockquote class="twitter-tweet">', '</blockquote>', '<!--', '-->', '<br>', '<table><tr><td>', '</td></tr></table>', '<figure><figcaption>',
  '</figcaption></figure>', 'The council met on Monday and said a lot. ', '“We will,” she said. ', '&amp;', '&#0;', '<', '>', '"', '<html>', '<body>',
  '</body>', '</html>', '<head><title>T</title>', '<meta property="og:title" content="x">', '<script type="application/ld+json">{"@type":"NewsArticle","author":',
  '}</script>', '<svg><text>x</text></svg>', '<template><p>t</p></template>', '<pre>a\nb</pre>', '<ol start="x">', '<h2 class="dek">A standfirst line here</h2>',
];

describe('extractArticle on arbitrary markup', () => {
  it('returns an extraction or throws its own typed error, never anything else; analyses index their extraction', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
        const html = pieces.join('');
        try {
          const page = extractArticle(html);
          expect(typeof page.text).toBe('string');
          expect(page.text).not.toMatch(/\n\n|^\s|\s$/);
          const a = analyzeArticle({ html });
          expectOffsetsMatch(a.extraction!.text, a);
        } catch (e) {
          if (!(e instanceof SlantwiseError)) throw e;
        }
      }),
      { numRuns: 150, seed: 14 },
    );
  });
});
