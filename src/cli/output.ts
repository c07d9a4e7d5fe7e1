import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Where a command writes its result: standard output, or a file given with `--out`. Writes wait
 * for the destination to drain, so a streaming run holds only what is in flight.
 */
export interface Output {
  write(text: string): Promise<void>;
  /** The run succeeded: finish writing (for a file: move it into place). */
  commit(): Promise<void>;
  /** The run failed: for a file, remove what was written and leave the target as it was. */
  abort(): Promise<void>;
}

/** Temporary files being written, removed by `removeTemporaryFiles` when the process is interrupted. */
const active = new Set<string>();

/** Removes the temporary files of outputs still being written (on SIGINT/SIGTERM). */
export function removeTemporaryFiles(): void {
  for (const temp of active) rmSync(temp, { force: true });
  active.clear();
}

/** The temporary file written next to `target`, so that the final rename stays on one file system. */
export function temporaryPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
}

/** Output to a write function that may return a promise (to apply backpressure). */
export function writerOutput(write: (text: string) => void | Promise<void>): Output {
  return {
    write: async (text) => {
      await write(text);
    },
    commit: async () => {},
    abort: async () => {},
  };
}

/**
 * Output to the file `target`, written to a temporary file beside it and renamed over the
 * target only on `commit`: a failed or interrupted run never truncates or half-writes the
 * target, and readers never see a partial file.
 */
export function fileOutput(target: string): Output {
  const temp = temporaryPath(target);
  let stream: WriteStream | null = null;
  let failure: unknown = null;
  const open = (): WriteStream => {
    if (!stream) {
      active.add(temp);
      stream = createWriteStream(temp, { flags: 'wx' });
      stream.on('error', (e) => (failure ??= e));
    }
    return stream;
  };
  const check = () => {
    if (failure) throw failure;
  };
  return {
    async write(text) {
      const s = open();
      check();
      if (!s.write(text)) await Promise.race([once(s, 'drain'), once(s, 'close').then(check)]);
      check();
    },
    async commit() {
      const s = open();
      check();
      s.end();
      await once(s, 'close');
      check();
      publish(temp, target);
    },
    async abort() {
      const s = stream as WriteStream | null;
      if (s && !s.closed) {
        s.destroy();
        await once(s, 'close').catch(() => {});
      }
      rmSync(temp, { force: true });
      active.delete(temp);
    },
  };
}

/** Writes a whole file through a temporary file and a rename (for outputs written in one go). */
export function writeFileAtomic(target: string, content: string): void {
  const temp = temporaryPath(target);
  active.add(temp);
  try {
    writeFileSync(temp, content, { flag: 'wx' });
  } catch (e) {
    rmSync(temp, { force: true });
    active.delete(temp);
    throw e;
  }
  publish(temp, target);
}

/** Renames a finished temporary file onto its target; on failure the temporary file is removed. */
function publish(temp: string, target: string): void {
  try {
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  } finally {
    active.delete(temp);
  }
}
