import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// An -ing word opening a title before a name ("managing editor Dara Okafor", "acting mayor Berg")
// modifies the title; it is no verb that ends the subject. Every sentence is written for these tests.

describe('an -ing word opening a title before a name', () => {
  it('"“…,” managing editor Dara Okafor told reporters": the whole title and name are the source', () => {
    const x = byCue(analyse('"The tram fare cannot rise," managing editor Dara Okafor told reporters.'), 'told');
    expect(x.sourceSpan?.text).toBe('managing editor Dara Okafor');
  });

  it('"…, acting mayor Berg said"', () => {
    const x = byCue(analyse('The harbour levy is unfair, acting mayor Berg said.'), 'said');
    expect(x).toMatchObject({ sourceSpan: { text: 'acting mayor Berg' }, text: 'The harbour levy is unfair' });
  });

  it('not a participle whose object is the title and name ("…, angering editor Dara Okafor")', () => {
    expect(analyse('The tram fare rose, angering editor Dara Okafor.').attributions).toEqual([]);
  });
});
