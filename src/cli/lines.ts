import { StringDecoder } from 'node:string_decoder';

/** A chunk source: a Node readable stream, or any (async) iterable of strings or bytes. */
export type ChunkSource = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/** Stands in place of a line longer than the limit (its text is dropped, not kept in memory). */
export const LINE_TOO_LONG = Symbol('slantwise.lineTooLong');

/**
 * Decodes a chunk source as UTF-8 text (multi-byte characters split across chunks are kept
 * whole) and reports each chunk's size in bytes to `onBytes`, for progress.
 */
export async function* decodeChunks(source: ChunkSource, onBytes?: (n: number) => void): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of source) {
    if (typeof chunk === 'string') {
      onBytes?.(Buffer.byteLength(chunk));
      yield chunk;
    } else {
      onBytes?.(chunk.byteLength);
      const text = decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      if (text) yield text;
    }
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/**
 * Splits text chunks into lines (`\n` or `\r\n`), in constant memory: only the current line is
 * held. A line longer than `maxLineChars` is skipped to its end and yields `LINE_TOO_LONG`, so a
 * file without line breaks cannot exhaust memory. Every line counts, blank ones included.
 */
export async function* splitLines(chunks: AsyncIterable<string>, maxLineChars: number): AsyncGenerator<string | typeof LINE_TOO_LONG> {
  let carry = '';
  let tooLong = false;
  const finish = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line);
  for await (const chunk of chunks) {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf('\n', start);
      if (nl < 0) {
        if (!tooLong) {
          carry += chunk.slice(start);
          if (carry.length > maxLineChars) {
            tooLong = true;
            carry = '';
          }
        }
        break;
      }
      if (tooLong) {
        tooLong = false;
        yield LINE_TOO_LONG;
      } else {
        const line = carry + chunk.slice(start, nl);
        carry = '';
        yield line.length > maxLineChars ? LINE_TOO_LONG : finish(line);
      }
      start = nl + 1;
    }
  }
  if (tooLong) yield LINE_TOO_LONG;
  else if (carry !== '') yield finish(carry);
}
