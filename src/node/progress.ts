/**
 * The progress line of long runs (Node only): records done, rate, failures, and a bar when the
 * total input size is known. Drawn on a terminal only; shared by `streamNdjson` and the CLI.
 */
import { fstatSync, statSync } from 'node:fs';

/** A one-line progress display, redrawn at most ten times a second, on a terminal only. */
export class Progress {
  private readonly started = Date.now();
  private last = 0;
  private shown = false;
  bytes = 0;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    readonly total: number | null,
  ) {}

  tick(ok: number, failed: number): void {
    const now = Date.now();
    // Quick runs stay silent: the line appears once the run has lasted a second.
    if (now - this.last < 100 || now - this.started < 1000) return;
    this.last = now;
    this.draw(ok, failed, now);
  }

  done(ok: number, failed: number, complete: boolean): void {
    if (!this.shown) return;
    if (complete && this.total !== null) this.bytes = this.total;
    this.draw(ok, failed, Date.now());
    this.stream.write('\n');
  }

  private draw(ok: number, failed: number, now: number): void {
    const n = ok + failed;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
    let text = `${fmt(n)} records  ${fmt(n / seconds)}/s${failed > 0 ? `  ${fmt(failed)} failed` : ''}`;
    if (this.total !== null && this.total > 0) {
      const fraction = Math.min(this.bytes / this.total, 1);
      const width = 24;
      const full = Math.round(fraction * width);
      text = `[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${String(Math.floor(fraction * 100)).padStart(3)}%  ${text}`;
    }
    const columns = this.stream.columns && this.stream.columns > 10 ? this.stream.columns - 1 : 79;
    this.stream.write(`\r\x1b[2K${text.slice(0, columns)}`);
    this.shown = true;
  }
}

/** Size in bytes of the input when it is a regular file (a redirect or a file stream), else null. */
export function inputSize(input: NodeJS.ReadableStream): number | null {
  try {
    const { fd, path } = input as { fd?: unknown; path?: unknown };
    if (typeof fd === 'number') {
      const st = fstatSync(fd);
      return st.isFile() ? st.size : null;
    }
    if (typeof path === 'string') {
      const st = statSync(path);
      return st.isFile() ? st.size : null;
    }
  } catch {
    // not a file: no total
  }
  return null;
}
