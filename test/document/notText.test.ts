import { describe, expect, it } from 'vitest';
import { analyzeArticle, SlantwiseInputError } from '../../src/index.js';

function refusal(fn: () => unknown): SlantwiseInputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(SlantwiseInputError);
    return e as SlantwiseInputError;
  }
  throw new Error('expected a SlantwiseInputError');
}

/** Bytes from a fixed linear congruential sequence, decoded the way a careless reader would. */
function randomBytesAsText(n: number): string {
  const bytes = new Uint8Array(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return new TextDecoder('utf-8').decode(bytes);
}

describe('input that is not text', () => {
  it('refuses binary data (random bytes decoded as UTF-8) with INPUT_NOT_TEXT, naming the field', () => {
    const e = refusal(() => analyzeArticle({ id: 'blob', text: randomBytesAsText(4000) }));
    expect(e.code).toBe('INPUT_NOT_TEXT');
    expect(e.issues[0]).toMatchObject({ path: 'text', message: expect.stringMatching(/binary data/) });
  });

  it('refuses text with a NUL character and says where', () => {
    const e = refusal(() => analyzeArticle('The council met.\u0000\u0001\u0002 PK'));
    expect(e.code).toBe('INPUT_NOT_TEXT');
    expect(e.message).toMatch(/NUL character at offset 16/);
  });

  it('refuses text that is mostly symbols and digits', () => {
    const e = refusal(() => analyzeArticle('#### 1234 5678 !!!! ==== %%%% 90210 '.repeat(20)));
    expect(e.code).toBe('INPUT_NOT_TEXT');
    expect(e.message).toMatch(/mostly not text/);
  });

  it('refuses binary data given as html', () => {
    expect(refusal(() => analyzeArticle({ html: randomBytesAsText(2000) })).issues[0]!.path).toBe('html');
  });

  it('accepts ordinary text with a stray control character, numbers and another script', () => {
    expect(() => analyzeArticle('Turnout was 61.2% in 2031, up from 58.9%.\u0007 The count ended at 02:14.')).not.toThrow();
    expect(() => analyzeArticle('市议会周四投票决定关闭旧港口大桥。工程师说修复需要两年。')).not.toThrow();
  });
});
