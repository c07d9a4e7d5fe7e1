import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// A past participle right after the object of a preposition that opens the sentence is a reduced
// relative on that object ("In a video posted online, …"): the opening phrase is no source and the
// main clause after its comma is no content of it. Every sentence is written for these tests.

const cues = (text: string) => analyse(text).attributions.map((x) => x.cue);

describe('a participle on the object of an opening preposition', () => {
  it('"In a clip posted online, the clerk appears to …": no relation of "posted"; the main clause keeps its own', () => {
    const text = 'In a clip posted on the harbour forum, the clerk appears to shove a guard.';
    expect(cues(text).some((c) => c.startsWith('posted'))).toBe(false);
    expect(byCue(analyse(text), 'appears').text).toBe('the clerk appears to shove a guard');
  });

  it('"In an interview with the Harbour Weekly published online Monday, Ruiz was asked …": the question is the relation', () => {
    const text = "In an interview with the Harbour Weekly published online Monday, Ruiz was asked, ''Why did the tram fare rise?''";
    expect(cues(text).some((c) => c.startsWith('published'))).toBe(false);
    expect(byCue(analyse(text), 'was asked').text).toContain('Why did the tram fare rise?');
  });

  it('not a subject missing its comma after a date ("On the morning of May 3 Vale jumped … and posted …")', () => {
    const x = byCue(analyse('On the morning of May 3 Vale jumped onto her forum and posted a note about the levy.'), 'posted');
    expect(x.text).toBe('a note about the levy');
  });

  it('not a clause a subordinator opens ("After Ruiz argued that …")', () => {
    const x = byCue(analyse('After Ruiz argued that the levy was unfair, Vale left the orchard.'), 'argued');
    expect(x.text).toBe('the levy was unfair');
  });

  it('not "with", whose object is the participle\'s subject ("With the levy projected to rise, …")', () => {
    expect(cues('With the levy projected to rise, growers are angry.')).toContain('projected');
  });
});
