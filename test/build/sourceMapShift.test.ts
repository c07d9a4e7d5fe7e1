import { describe, expect, it } from 'vitest';
import { asciiEdits } from '../../scripts/asciiSource.js';
import { shiftSourceMap } from '../../scripts/sourceMapShift.js';

// Mappings by hand: "AAAA" = generated column 0 → source 0, line 0, column 0; "OAAU" = 7 columns
// on → 10 columns on in the source; "YAAU" = 12 columns on → 10 on; ";" starts the next line.
const map = (mappings: string) => ({ version: 3, sources: ['a.ts'], names: [], mappings });

describe('shiftSourceMap (the minified build keeps its maps right after the ASCII rewrite)', () => {
  it('moves the mappings after an edit on the same line by the length it added', () => {
    const code = 'x=/\u00e9/;y=2;\nz=3;';
    const edits = asciiEdits(code);
    expect(edits).toHaveLength(1); // é → \u00e9, five characters more
    expect(shiftSourceMap(map('AAAA,OAAU;AACA'), code, edits).mappings).toBe('AAAA,YAAU;AACA');
  });

  it('leaves mappings before an edit, on other lines and without edits as they are', () => {
    const code = 'x=1;y=2;\nz=/\u00e9/;';
    const edits = asciiEdits(code);
    expect(shiftSourceMap(map('AAAA,IAAU;AACA'), code, edits).mappings).toBe('AAAA,IAAU;AACA');
    expect(shiftSourceMap(map('AAAA,OAAU'), 'x=1;', [])).toEqual(map('AAAA,OAAU'));
  });

  it('maps a position inside an edited span to the start of its replacement', () => {
    const code = 'x=/\u00e9\u00e9/;';
    const edits = asciiEdits(code); // one edit: the whole regular expression
    // Column 3 (the first é) is inside the literal at columns 2-6: it moves to column 2.
    expect(shiftSourceMap(map('AAAA,GAAC'), code, edits).mappings).toBe('AAAA,EAAC');
  });
});
