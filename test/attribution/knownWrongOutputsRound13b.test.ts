import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Known wrong outputs of the attribution stage (issue 10, thirteenth round, second pass), each
// fixed where the construction is read. Every sentence is written for these tests; names, places
// and bodies are invented.

describe('a participle right after a preposition modifies the reporting noun after it', () => {
  it('"After renewed demands for an audit, Ruiz resigned": no source for the demands', () => {
    const text = 'After renewed demands for an audit, Ruiz resigned.';
    const r = byCue(analyse(text), 'demands');
    expect(r.sourceSpan).toBeNull();
    expect(r.speaker).toBeNull();
    expect(r.text).toBe('for an audit');
    expect(text.slice(r.start, r.end)).toBe(r.text);
  });

  it('also later in the sentence and after other prepositions', () => {
    expect(byCue(analyse('Okafor quit the Tessel board after renewed demands for an audit.'), 'demands').sourceSpan).toBeNull();
    expect(byCue(analyse('Despite renewed calls for a recount, the Vardin council met.'), 'calls for').sourceSpan).toBeNull();
  });

  it('the verb with its subject still gives the subject as the source', () => {
    const r = byCue(analyse('Ruiz renewed demands for an audit of the Tessel port.'), 'demands');
    expect(r.sourceSpan?.text).toBe('Ruiz');
  });
});
