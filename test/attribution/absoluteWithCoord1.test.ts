import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// Twentieth round (issue 10, coord1): absolute phrases opened by "with" around a reporting
// participle. Every sentence is written for these tests; names and places are invented.

describe('"with" + a share of people + a participle', () => {
  it('"with two in five claiming …": the share is the source of the participle', () => {
    const a = analyse('The orchard co-op lost members, with roughly two in five claiming the dues were unfair.');
    const r = a.attributions.find((x) => x.cueSpan.text === 'claiming');
    expect(r).toMatchObject({ sourceSpan: { text: 'two in five' }, text: 'the dues were unfair' });
  });

  it('still: a number of a number before a noun is no subject of a verb', () => {
    const a = analyse('The ferry runs late, with one in four crossings cancelled in winter.');
    expect(a.attributions).toEqual([]);
  });
});

describe('an absolute phrase opening the sentence', () => {
  it('"With Tarnow insisting …, the board …": the source leaves out "with", the content ends before the main clause', () => {
    for (const [text, cue, source] of [
      ['With Tarnow insisting the bridge was sound, the board reopened it in March.', 'insisting', 'Tarnow'],
      ['With seven in ten claiming the bridge was sound, the board reopened it in March.', 'claiming', 'seven in ten'],
      ['With 35 percent claiming the bridge was sound, the board reopened it in March.', 'claiming', '35 percent'],
    ] as const) {
      const a = analyse(text);
      expect(a.attributions).toHaveLength(1);
      expect(a.attributions[0]).toMatchObject({ cueSpan: { text: cue }, sourceSpan: { text: source }, text: 'the bridge was sound' });
    }
  });

  it('still: "With" opening a plain phrase leaves the main clause its report', () => {
    const a = analyse('With Berg at her side, Okafor claimed the bridge was sound.');
    expect(a.attributions).toHaveLength(1);
    expect(a.attributions[0]).toMatchObject({ sourceSpan: { text: 'Okafor' }, text: 'the bridge was sound' });
  });
});

describe('"…, with X + a speech participle" after another report', () => {
  it('"…, with Berg telling the crew …": a report of its own, which ends the clause before it', () => {
    const a = analyse('The pilots complained about the new rota, with Berg telling the crew that the ferry schedule was absurd.');
    const told = a.attributions.find((x) => x.cueSpan.text.startsWith('telling'));
    expect(told).toMatchObject({ sourceSpan: { text: 'Berg' }, text: 'the ferry schedule was absurd' });
    const complained = a.attributions.find((x) => x.cueSpan.text.startsWith('complained'));
    expect(complained?.text).toBe('the new rota');
  });

  it('still: a share "backing" someone after a finding stays part of the finding', () => {
    const a = analyse('The orchard survey found wide support for the levy, with most growers backing the co-op board.');
    expect(a.attributions).toHaveLength(1);
    expect(a.attributions[0]).toMatchObject({ cueSpan: { text: 'found' } });
    expect(a.attributions[0]!.text.endsWith('backing the co-op board')).toBe(true);
  });
});
