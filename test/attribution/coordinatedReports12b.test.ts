import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Second report verbs coordinated after a first verb's object (issue 10, round 12b). Every sentence
// is written for these tests; names, places and bodies are invented.

describe('a quoted phrase inside an object does not hide a second verb phrase', () => {
  it('"attacked the “Grand Tariff” and closed …": the object ends before "and"', () => {
    const r = byCue(analyse('Ruiz attacked the “Grand Tariff” and closed the Dunmore bridge.'), 'attacked');
    expect(r.sourceSpan?.text).toBe('Ruiz');
    expect(r.text).toBe('the “Grand Tariff”');
  });

  it('"and" inside the quotation is no joint', () => {
    const r = byCue(analyse('Vale praised the “calm and patient” crews of the Tarn ferry.'), 'praised');
    expect(r.text).toBe('the “calm and patient” crews of the Tarn ferry');
  });
});
