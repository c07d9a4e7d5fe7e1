/**
 * V8's representation of the strings a build's document model holds (perf78): joined (cons),
 * flat, sliced, one- or two-byte. The bench corpora append " (copy n)" to each article, which
 * makes every text a joined string; a build that flattens the text where it enters shows flat
 * `text` and `normalized` columns. Read with the `%DebugPrint` native in a child process
 * (`--allow-natives-syntax`, never in library code), whose type line names the representation.
 *
 * Usage: node bench/stringShapes.mjs [dist/index.js]
 * Prints, for a joined one-byte text, a joined two-byte one and one that normalisation rewrites,
 * the type of the input, of `doc.text` and of `doc.normalized`.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = pathToFileURL(resolve(process.argv[2] ?? 'dist/index.js')).href;
const child = `
const { readDocument } = await import(${JSON.stringify(dist)});
const bodies = { 'one-byte': 'Vale said the pier was unsafe. ', 'two-byte': 'Vale said the pier was \\u201cunsafe\\u201d. ', 'rewritten': 'Vale\\u00a0said the pier.\\r\\n' };
for (const [name, body] of Object.entries(bodies)) {
  const text = body.repeat(20) + ' (copy 1)';
  const doc = readDocument(text);
  for (const [what, s] of [['input', text], ['doc.text', doc.text], ['doc.normalized', doc.normalized]]) {
    %DebugPrint('@@ ' + name + ' ' + what); // (a label in the same stream: console.log's would interleave)
    %DebugPrint(s);
  }
}`;
const out = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', child], { encoding: 'utf8' });
if (out.status !== 0) throw new Error(out.stderr);
// each label's own print has a type line too: the string's is the second after the label
let label = '';
let types = 0;
for (const line of out.stdout.split('\n')) {
  const at = /"@@ ([^"]+)"/.exec(line);
  if (at) [label, types] = [at[1], 0];
  const m = / - type: (\w+)/.exec(line);
  if (m && label && ++types === 2) console.log(`${label.padEnd(28)} ${m[1]}`);
}
