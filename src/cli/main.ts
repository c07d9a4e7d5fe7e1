#!/usr/bin/env node
import { fstatSync } from 'node:fs';
import { removeTemporaryFiles } from './output.js';
import { runCli } from './program.js';

// A closed reader (`slantwise ... | head`) is the end of the run, not an error: stop at once,
// quietly, with exit 0. Any other failure of the standard streams is reported and exits 2.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    try {
      process.stderr.write(`slantwise: cannot write output: ${e.message}\n`);
    } finally {
      process.exit(2);
    }
  });
}

// Interrupted: the target of --out keeps its old content; the half-written temporary file goes.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.on(signal, () => {
    removeTemporaryFiles();
    process.exit(code);
  });
}

function stdinBytes(): number | null {
  try {
    const st = fstatSync(0);
    return st.isFile() ? st.size : null;
  } catch {
    return null;
  }
}

process.exitCode = await runCli(process.argv.slice(2), {
  // Waits for 'drain' when the pipe is full, so a fast producer never buffers the whole output.
  stdout: (t) => (process.stdout.write(t) ? undefined : new Promise<void>((resolve) => process.stdout.once('drain', resolve))),
  stderr: (t) => process.stderr.write(t),
  stdin: () => process.stdin,
  stdinBytes: stdinBytes(),
  progress: process.stderr,
});
