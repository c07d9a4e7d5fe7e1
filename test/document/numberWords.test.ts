import { describe, expect, it } from 'vitest';
import { numberWordBit, numberWordValue } from '../../src/document/numberWords.js';

describe('numberWordBit', () => {
  it('is 1 exactly when numberWordValue reads a number', () => {
    for (const w of ['26', '1,200', '3.5', 'twenty-six', 'Dozen', 'seven', 'zero']) {
      expect(numberWordValue(w)).not.toBeNull();
      expect(numberWordBit(w)).toBe(1);
    }
    for (const w of ['said', 'the', 'seventh', 'twenty-', '1,20', 'Okafor', '', '-']) {
      expect(numberWordValue(w)).toBeNull();
      expect(numberWordBit(w)).toBe(0);
    }
  });
});
