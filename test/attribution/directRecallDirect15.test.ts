import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Direct/mixed recall, issue 10 (engineer direct15, round 13).
// Every sentence is written for these tests; names, places and bodies are invented.

describe('a manner participle set off between a speech verb and its full quotation', () => {
  it('`Ruiz said, smiling, “…”`: the quotation is the tag’s, direct', () => {
    const a = analyse('Ruiz said, smiling, “We will win this.”');
    const r = byCue(a, 'said');
    expect(r).toMatchObject({ mode: 'direct', text: 'We will win this.', sourceSpan: { text: 'Ruiz' } });
  });

  it('`Ruiz joked, again putting on an accent, “…”` after an earlier clause: only the quotation is the content', () => {
    const a = analyse('When a man in the hall shouted, “Vale,” Ruiz joked, again putting on a thick accent, “Welcome, friend! Sit down and stay!”');
    const r = byCue(a, 'joked');
    expect(r).toMatchObject({ mode: 'direct', text: 'Welcome, friend! Sit down and stay!', sourceSpan: { text: 'Ruiz' } });
  });

  it('a participle that reports on its own keeps the quotation (`said, adding, “…”`)', () => {
    const a = analyse('Ruiz said, adding, “We will win this.”');
    expect(byCue(a, 'adding').text).toBe('We will win this.');
  });
});
