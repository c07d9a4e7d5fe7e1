import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// False hits, round 40: a reporting noun with no source whose content is only "of" and one word names a topic, not
// anything said. Every sentence is written for these tests.

const cues = (text: string) => analyse(text).attributions.map((a) => a.cue);

describe('a sourceless reporting noun with only «of» + one word is no attribution', () => {
  it('drops «the criticism of Vale», «the rejection of Ruiz», «reports of delays», «talk of Berg»', () => {
    expect(cues('The criticism of Vale grew louder in May.')).toEqual([]);
    expect(cues('The rejection of Ruiz surprised nobody.')).toEqual([]);
    expect(cues('Reports of delays reached the harbour.')).toEqual([]);
    expect(cues('Talk of Berg filled the cafes.')).toEqual([]);
  });

  it('keeps the other relations of the sentence', () => {
    const rels = analyse('Vale said the criticism of Ruiz was unfair.');
    expect(rels.attributions.map((a) => a.cue)).toEqual(['said']);
    const said = byCue(rels, 'said');
    expect(said.sourceSpan?.text).toBe('Vale');
    expect(said.text).toBe('the criticism of Ruiz was unfair');
  });

  it('keeps a noun with a holder', () => {
    const text = "Ruiz's criticism of Vale was sharp.";
    const criticism = analyse(text).attributions[0]!;
    expect(criticism.sourceSpan?.text).toBe('Ruiz');
    expect(criticism.text).toBe('Vale');
    expect(text.slice(criticism.start, criticism.end)).toBe('Vale');
  });

  it('keeps a longer «of» phrase, which may hold an event or a view', () => {
    const text = 'The announcement of the ferry closure came late.';
    const announcement = byCue(analyse(text), 'The announcement of');
    expect(announcement.sourceSpan).toBeNull();
    expect(announcement.text).toBe('the ferry closure');
    expect(text.slice(announcement.start, announcement.end)).toBe('the ferry closure');
    const rejection = byCue(analyse('The rejection of that idea was swift.'), 'The rejection of');
    expect(rejection.sourceSpan).toBeNull();
    expect(rejection.text).toBe('that idea');
    const reports = byCue(analyse('Reports of delays at the Tarn County pier reached the harbour.'), 'Reports of');
    expect(reports.sourceSpan).toBeNull();
    expect(reports.text).toBe('delays at the Tarn County pier');
  });
});
