import { describe, expect, it } from 'vitest';
import type { SlantDocument } from '../../src/document/readDocument.js';
import { isPossessive, isQuoteMark } from '../../src/attribution/tokens.js';

// The char-code tests that replaced per-token regexes (twelfth speed pass) give what the patterns
// gave, on every UTF-16 code unit alone and next to each mark. Names are invented.

/** A two-token document: a word, then `v` glued to it (only the columns the predicates read). */
const tokens = (v: string) => ({ value: ['Tarnow', v], start: Int32Array.of(0, 6), end: Int32Array.of(6, 6 + v.length) }) as unknown as SlantDocument;

const QUOTE_MARK = /^["“”„«»‘’'‹›`]{1,2}$/;
const APOSTROPHE_S = /^['’]s?$/;
const MARKS = ['"', '“', '”', '„', '«', '»', '‘', '’', "'", '‹', '›', '`', 's', 'S', ''];

describe('quotation marks and possessives by char code', () => {
  it('agree with the patterns on every code unit alone and on pairs with each mark', () => {
    const wrong: string[] = [];
    const doc = tokens('');
    const check = (v: string) => {
      doc.value[1] = v;
      doc.end[1] = 6 + v.length;
      if (isQuoteMark(doc, 1) !== QUOTE_MARK.test(v) || isPossessive(doc, 1) !== APOSTROPHE_S.test(v)) wrong.push(v);
    };
    for (let i = 0; i < 0x10000; i++) {
      const c = String.fromCharCode(i);
      check(c);
      // (pairs up to U+2100: every mark lies below it, and beyond it only single units tell more)
      if (i >= 0x2100) continue;
      for (const m of MARKS) {
        check(c + m);
        check(m + c);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reads no mark in an empty or longer token', () => {
    expect(isQuoteMark(tokens(''), 1)).toBe(false);
    expect(isQuoteMark(tokens('“““'), 1)).toBe(false);
    expect(isPossessive(tokens("'ss"), 1)).toBe(false);
  });
});
