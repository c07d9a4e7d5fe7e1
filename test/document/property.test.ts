import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, ArticleAnalysisSchema, SlantwiseError } from '../../src/index.js';
import { expectOffsetsMatch } from '../helpers.js';

/** Pieces real and hostile text is made of: quote marks of every kind, controls, lone surrogates. */
const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.constantFrom('“', '”', '"', '‘', '’', "'", "''", "'''", '‘‘', '’’', '«', '»', '\n', '\r\n', '\r', '\uFEFF', '\u00A0', '\u200B', '\u2028', '\ud800', '\udc00', '\u0000', '\t'),
  fc.constantFrom(
    'Officials said on Tuesday.', 'The post A Title appeared first on Some Outlet.', 'By Ana Ruiz and Tom Lee', 'Editor’s note: I think',
    'M.K.:', '- a list item', 'CAPS HEADLINE OF ANOTHER STORY', 'A Subheading Here', 'Photo: Jo Ng/Gazette', 'Caption | Outlet',
    'Jane Roe is a reporter for the Gazette.', '© 2026 Gazette. All rights reserved.', 'Analysis: ', 'Read more: x',
    '“We will win,” she said.', ' said Ana Ruiz, the mayor, ', 'according to ', ' told Reuters that ', 'It is believed that ',
    'The ministry said. It said ', ' who spoke on condition of anonymity said ', 'Tomás “El Tejón” Ruiz', ' calling it “', ' reportedly ',
  ),
);
const article = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('analyzeArticle on arbitrary text', () => {
  it('returns a valid analysis or throws its own typed error; every non-blank line is in exactly one segment; offsets match; runs are identical', () => {
    fc.assert(
      fc.property(article, (text) => {
        let a;
        try {
          a = analyzeArticle(text);
        } catch (e) {
          expect(e).toBeInstanceOf(SlantwiseError);
          return;
        }
        ArticleAnalysisSchema.parse(a);
        expectOffsetsMatch(text, a);
        // Every non-blank line (split as the library does: LF, CRLF, lone CR, U+2028/9) is covered once.
        const lines = text.split(/\r\n|\n|\r|\u2028|\u2029/);
        let offset = 0;
        const nonBlank: [number, number][] = [];
        const re = /\r\n|\n|\r|\u2028|\u2029/g;
        let m: RegExpExecArray | null;
        let i = 0;
        while ((m = re.exec(text)) !== null) {
          if (/[^\s\uFEFF\u200B-\u200F\u2060\u00AD\u0000-\u001F\u007F-\u009F\ud800-\udfff]/.test(lines[i]!)) nonBlank.push([offset, m.index]);
          offset = m.index + m[0].length;
          i++;
        }
        if (/[^\s\uFEFF\u200B-\u200F\u2060\u00AD\u0000-\u001F\u007F-\u009F\ud800-\udfff]/.test(lines[i]!)) nonBlank.push([offset, text.length]);
        for (const [ls, le] of nonBlank) {
          const inside: unknown[] = a!.segments.filter((s) => s.start >= ls && s.end <= le);
          if (inside.length !== 1) expect.fail(`line ${JSON.stringify(text.slice(ls, le))} is in ${inside.length} segments`);
        }
        expect(JSON.stringify(analyzeArticle(text))).toBe(JSON.stringify(a));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });
});
