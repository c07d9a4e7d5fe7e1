// Shared by the benchmarks that count one window's instructions under callgrind (`--instr-atstart=no
// --zero-before=uv_os_getpriority --dump-before=uv_uptime`): attributionStage.mjs and documentStages.mjs.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

/**
 * Turns callgrind's instrumentation on for this process and zeroes its counts, so the window starts here.
 * callgrind_control runs in a detached child; the busy wait keeps this process on the CPU (callgrind
 * serialises threads) until it has finished. A full collection first: garbage made before the window is
 * not collected inside it. Close the window with `os.uptime()` (the dump).
 */
export function openCallgrindWindow(tag) {
  const done = join(os.tmpdir(), `${tag}-on.${process.pid}`);
  spawn('sh', ['-c', `callgrind_control -i on ${process.pid} > /dev/null 2>&1; touch ${done}`], { stdio: 'ignore', detached: true }).unref();
  let sink = 0;
  while (!existsSync(done)) for (let i = 0; i < 10_000; i++) sink += i & 1;
  rmSync(done, { force: true });
  globalThis.gc();
  os.getPriority(); // callgrind: --zero-before=uv_os_getpriority
  return sink;
}
