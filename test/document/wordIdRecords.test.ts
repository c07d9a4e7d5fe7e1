import { describe, expect, it } from 'vitest';
import { FLAGS_LOW, LINE_CUE, RECORD_STRIDE, WordIdRecords, ownRecords, setRecordString, wordIdRecords } from '../../src/document/wordIdRecords.js';
import { readDocument } from '../../src/document/readDocument.js';
import { DEFAULT_ATTRIBUTION_LEXICONS } from '../../src/attribution/attributionLexicons.js';
import { tokenFlags, VERB_GATE } from '../../src/attribution/tokenFlags.js';

describe('word id records', () => {
  it('grows to hold an id, keeping every slot of the records it held', () => {
    const r = new WordIdRecords();
    r.growTo(40_000);
    expect(r.data.length).toBeGreaterThan(40_000 * RECORD_STRIDE + LINE_CUE);
    r.data[40_000 * RECORD_STRIDE + LINE_CUE] = 2;
    r.data[3 * RECORD_STRIDE + FLAGS_LOW] = 5;
    r.growTo(90_000);
    expect(r.data[40_000 * RECORD_STRIDE + LINE_CUE]).toBe(2);
    expect(r.data[3 * RECORD_STRIDE + FLAGS_LOW]).toBe(5);
    expect(r.data[90_000 * RECORD_STRIDE + FLAGS_LOW]).toBe(0);
  });

  it('keeps a string per slot by reference, undefined for a slot never set', () => {
    const data = new Int32Array(4 * RECORD_STRIDE);
    const values: (string | null | undefined)[] = [undefined];
    setRecordString(data, 2 * RECORD_STRIDE, values, 'tarnow');
    setRecordString(data, 3 * RECORD_STRIDE, values, null);
    expect(values[data[2 * RECORD_STRIDE]!]).toBe('tarnow');
    expect(values[data[3 * RECORD_STRIDE]!]).toBeNull();
    expect(values[data[RECORD_STRIDE]!]).toBeUndefined();
    setRecordString(data, 2 * RECORD_STRIDE, values, 'okafor');
    expect(values[data[2 * RECORD_STRIDE]!]).toBe('okafor');
    expect(values.length).toBe(3); // the slot kept its place in the list
  });

  it('lets the first owner of a part use the shared records, and gives another owner its own', () => {
    const vocabulary = {};
    const own = new WeakMap<object, WordIdRecords>();
    const first = {};
    const second = {};
    const shared = ownRecords(vocabulary, 'flags', first, own);
    expect(shared).toBe(wordIdRecords(vocabulary));
    expect(ownRecords(vocabulary, 'flags', first, own)).toBe(shared);
    const mine = ownRecords(vocabulary, 'flags', second, own);
    expect(mine).not.toBe(shared);
    expect(ownRecords(vocabulary, 'flags', second, own)).toBe(mine);
    // another part of the same records is free for the second owner
    expect(ownRecords(vocabulary, 'keys', second, own)).toBe(shared);
  });

  it('gives the same token flags when a second lexicon set reads the same words after the first', () => {
    const text = 'Vale said the harbour levy would rise. Ruiz warned that the tram fare was unfair.';
    const doc = readDocument(text);
    const byDefault = tokenFlags(doc, DEFAULT_ATTRIBUTION_LEXICONS);
    const other = { ...DEFAULT_ATTRIBUTION_LEXICONS };
    const again = tokenFlags(readDocument(text), other);
    expect([...again]).toEqual([...byDefault]);
    expect(byDefault[doc.lower.indexOf('said')]! & VERB_GATE).not.toBe(0);
  });
});
