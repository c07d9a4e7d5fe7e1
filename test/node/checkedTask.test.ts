import { describe, expect, it } from 'vitest';
import { validateInput } from '../../src/document/validateInput.js';
import { runTask, type AnalyzeTask } from '../../src/node/analyzeWorker.js';
import type { AnalyzeOptions } from '../../src/schema/articleInput.js';

const TEXT = 'Vale said the tram fare would rise in spring. "It is a levy on the harbour," Okafor told the council.';
// (CR line ends, a no-break space, curly quotes and a soft hyphen: normalizeText has work from the first line on)
const RAW = 'Vale said the tram\u00a0fare would rise.\r\n\u201cIt is a lev\u00ady on the harbour,\u201d Okafor told the council.\r\n';
const HTML = `<html><head><title>Tram fare</title></head><body><article><h1>Tram fare</h1><p>${TEXT}</p><p>Berg said nothing about the orchard.</p></article></body></html>`;

/** The task as the worker pool sends it: the record validated on the main thread, with its text's scan. */
function checkedTask(record: unknown, options: AnalyzeOptions | undefined): AnalyzeTask {
  const { article, textScan } = validateInput(record, options);
  return { line: 3, record: article, json: true, checked: { textScan } };
}

describe('a task validated on the main thread (the worker pool)', () => {
  const cases: [string, unknown, AnalyzeOptions | undefined][] = [
    ['plain text', TEXT, undefined],
    ['a record with an id and an outlet', { id: 'tram-1', outlet: 'Harbour Post', text: TEXT }, undefined],
    ['html, which has no text scan', { html: HTML }, undefined],
    ['options', { text: TEXT }, { frames: 'policy', negatedWeight: 0.5 }],
    ['a text that needs normalising', { text: RAW }, undefined],
  ];
  for (const [what, record, options] of cases) {
    it(`gives the same result as the full validation: ${what}`, () => {
      expect(runTask(checkedTask(record, options), options)).toEqual(runTask({ line: 3, record, json: true }, options));
    });
  }

  it('reads the scan it was given instead of scanning the text again', () => {
    const task = checkedTask(TEXT, undefined);
    const own = runTask({ ...task, json: false }, undefined) as { id: string };
    const scan = task.checked!.textScan!;
    const other = runTask({ ...task, json: false, checked: { textScan: { ...scan, h1: scan.h1 ^ 1 } } }, undefined) as { id: string };
    expect(other.id).not.toBe(own.id); // the id is made from the scan's hashes
  });

  it('normalises a text from the scan as analyzeArticle does: same id, same offsets', () => {
    const task = checkedTask(RAW, undefined);
    expect(task.checked!.textScan!.firstReplaced).toBeGreaterThanOrEqual(0);
    expect(runTask({ ...task, json: false }, undefined)).toEqual(runTask({ line: 3, record: RAW, json: false }, undefined));
  });

  it('does not trust a scan of another text: the article is validated and scanned again (review28 #10)', () => {
    const task = checkedTask(RAW, undefined);
    const scan = task.checked!.textScan!;
    const plain = runTask({ line: 3, record: RAW, json: false }, undefined);
    // a stale scan, of a text one character longer with other hashes and no replacement
    const stale = { ...scan, length: scan.length + 1, h1: scan.h1 ^ 1, firstReplaced: -1 };
    expect(runTask({ ...task, json: false, checked: { textScan: stale } }, undefined)).toEqual(plain);
    // and a record past maxChars with a stale scan is still refused
    const long = checkedTask({ id: 'tram-3', text: TEXT }, undefined);
    const refused = runTask({ ...long, record: { id: 'tram-3', text: TEXT.repeat(3) }, json: false }, { maxChars: TEXT.length * 2 });
    expect(refused).toMatchObject({ id: 'tram-3', code: 'INPUT_TOO_LARGE' });
  });

  it('does not trust a scan of another text of the same length (a fingerprint, not the length alone)', () => {
    // RAW with other names of the same length: same length, other characters, no replacement to make
    const twin = RAW.replace('Vale', 'Ruiz').replace('Okafor', 'Tarnby').replace(/[\u00a0\u00ad\u201c\u201d\r]/g, 'x');
    expect(twin.length).toBe(RAW.length);
    const stale = checkedTask(twin, undefined).checked!.textScan!;
    expect(stale.length).toBe(RAW.length);
    const task = checkedTask(RAW, undefined);
    const plain = runTask({ line: 3, record: RAW, json: false }, undefined);
    // taken as is, the twin's scan would give the twin's id and skip RAW's normalisation
    expect(runTask({ ...task, json: false, checked: { textScan: stale } }, undefined)).toEqual(plain);
    // a scan of the text itself is still used as is (its hash makes the id)
    const own = task.checked!.textScan!;
    const marked = runTask({ ...task, json: false, checked: { textScan: { ...own, h1: own.h1 ^ 1 } } }, undefined) as { id: string };
    expect(marked.id).not.toBe((plain as { id: string }).id);
  });

  it('still refuses bad options in the worker, with the same error record', () => {
    const task = checkedTask({ id: 'tram-2', text: TEXT }, undefined);
    const bad = { negatedWeight: 7 } as AnalyzeOptions;
    const checked = runTask({ ...task, json: false }, bad);
    expect(checked).toMatchObject({ id: 'tram-2', line: 3, code: 'INPUT_INVALID' });
    expect(checked).toEqual(runTask({ line: 3, record: { id: 'tram-2', text: TEXT } }, bad));
  });
});
