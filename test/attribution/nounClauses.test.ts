import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, sourceKindOf, sourcelessByCue } from '../helpers.js';

// Reporting nouns with a clause and no "that", a possessed noun before a colon, and the extent of
// an ownerless noun's prepositional content (issue 10, eleventh round). Every sentence is written
// for these tests; names, places and bodies are invented.

const kindOf = sourceKindOf;
const sourcelessCue = sourcelessByCue;
const cues = (text: string) => analyse(text).attributions.map((x) => x.cue);

describe('a reporting noun with a clause and no "that"', () => {
  it('"amid fears the …", "over allegations he …", "on hopes he …": sourceless, the clause is the content', () => {
    expect(sourcelessCue('The toll rose amid fears the deficit will grow by a third.', 'fears').text).toBe('the deficit will grow by a third');
    expect(sourcelessCue("Vale's campaign collapsed over allegations he lied to donors.", 'allegations').text).toBe('he lied to donors');
    expect(sourcelessCue('Ferry shares rose on hopes he will lift the ban in May.', 'hopes').text).toBe('he will lift the ban in May');
    expect(sourcelessCue('After reports he lied, Vale quit the board.', 'reports').text).toBe('he lied');
  });

  it('a possessor is the source: "Ruiz\'s claim he never met Berg"', () => {
    const text = "Ruiz's claim he never met Berg was false.";
    const x = analyse(text).attributions.find((y) => y.cue === 'claim');
    expect(x).toBeDefined();
    expect(text.slice(x!.sourceSpan!.start, x!.sourceSpan!.end)).toBe('Ruiz');
    expect(x!.text).toContain('he never met Berg');
  });

  it('a relative clause about the noun is no content: "the claim he made", "the message they sent voters"', () => {
    expect(cues('The message they sent voters was clear.')).toEqual([]);
    expect(cues('Any hope he has of winning rests on Elm Bay.')).toEqual([]);
    expect(cues('The report the council released Monday was long.')).toEqual([]);
    expect(cues('In remarks she tried to sound calm about the ferry.')).not.toContain('remarks');
    expect(cues('In case there was any doubt, the ferry is late.')).toEqual([]);
  });
});

describe('a possessed reporting noun before a colon', () => {
  it('"Their argument: …", "His goal: …": what follows the colon is the content, the possessor the source', () => {
    const text = 'Their argument: only the senate can stop the tolls.';
    const x = analyse(text).attributions.find((y) => y.cue.startsWith('argument'));
    expect(x).toBeDefined();
    expect(x!.text).toBe('only the senate can stop the tolls');
    expect(text.slice(x!.sourceSpan!.start, x!.sourceSpan!.end)).toBe('Their');
  });

  it('a label that opens the line is no possessed noun: "Question: …"', () => {
    expect(analyse('Question: what do you call a ferry with no crew?').attributions.map((x) => x.cue)).not.toContain('Question:');
  });
});

describe('the prepositional content of an ownerless noun', () => {
  it('an infinitive or "whether" inside the phrase is no main verb', () => {
    expect(sourcelessCue('The disagreement over whether to admit refugees is a hazard for Vale.', 'The disagreement over').text).toBe('whether to admit refugees');
    expect(sourcelessCue('Remarks on efforts to lift the economy raise questions.', 'Remarks on').text).toBe('efforts to lift the economy');
  });

  it('a judgement "about" its topic: "criticism about his spending"', () => {
    const text = 'Ruiz opened himself up to criticism about his spending.';
    const x = analyse(text).attributions.find((y) => y.cue.startsWith('criticism'));
    expect(x).toBeDefined();
    expect(x!.sourceSpan).toBeNull();
    expect(x!.text).toContain('his spending');
    expect(text.slice(x!.start, x!.end)).toBe(x!.text);
  });

  it('a possessed hope takes its own "for": "Okafor\'s hopes for a quick ruling"; a fear "for" someone is no content', () => {
    const text = "Okafor's hopes for a quick ruling faded by noon.";
    const x = analyse(text).attributions.find((y) => y.cue.startsWith('hopes'));
    expect(x).toBeDefined();
    expect(text.slice(x!.sourceSpan!.start, x!.sourceSpan!.end)).toBe('Okafor');
    expect(x!.text).toBe('a quick ruling');
    expect(cues('Their fear for the lost hikers grew overnight.')).toEqual([]);
  });

  it('"short of hopes for" is someone\'s hope; "out of fear of" stays a motive', () => {
    expect(sourcelessCue('The measures fell short of hopes for a bigger cut.', 'hopes for').text).toBe('a bigger cut');
    expect(cues('The clerk stayed home out of fear of losing her post.')).toEqual([]);
  });
});
