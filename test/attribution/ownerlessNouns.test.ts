import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, sourceKindOf, sourcelessByCue } from '../helpers.js';

// Reporting nouns held or told by no one named (issue 10, sixth round): fears, talk, reports and
// calls with a prepositional content, plural nouns the tagger reads as verbs, and agentless
// passives of "describe as" and "tell". Every sentence is written for these tests; names,
// places and bodies are invented.

const kindOf = sourceKindOf;
const sourcelessCue = sourcelessByCue;
const cues = (text: string) => analyse(text).attributions.map((x) => x.cue);

describe('ownerless nouns with a prepositional content', () => {
  it('"amid fears of", "on news of", "talk about": the topic after the preposition is the content', () => {
    expect(sourcelessCue('Dock workers walked out amid fears of a strike at the port.', 'fears of').text).toContain('a strike at the port');
    expect(sourcelessCue('Shares of the ferry line rose on news of the merger.', 'news of').text).toContain('the merger');
    expect(sourcelessCue('There has been a lot of talk about a second bridge lately.', 'talk about').text).toContain('a second bridge');
    expect(sourcelessCue('The treasurer quit because of reports about his work for a shipping firm.', 'reports about').text).toContain('his work for a shipping firm');
  });

  it('a noun that opens its sentence is the subject: its content ends at the main verb', () => {
    expect(sourcelessCue('Fears of a strike grew at the port on Tuesday.', 'Fears of').text).toBe('a strike');
    expect(sourcelessCue('Talk of a merger has lifted the shares of both lines.', 'Talk of').text).toBe('a merger');
    expect(sourcelessCue('Criticism of the new toll has mounted since May.', 'Criticism of').text).toBe('the new toll');
  });

  it('"the fears of residents" names who holds them, and a report on a topic is a document, not a relation', () => {
    expect(cues('The fears of residents grew after the flood.')).toEqual([]);
    expect(cues('The council published a report on the harbour budget.')).toEqual([]);
  });
});

describe('plural nouns read as verbs', () => {
  it('an -s form after a preposition or opening its sentence is a noun with no source ("flooded with calls to")', () => {
    expect(sourcelessCue('The mill owners were flooded with calls to close the plant.', 'calls').text).toContain('close the plant');
    expect(sourcelessCue('Organizers grappled with calls for a boycott of the fair.', 'calls for').text).toContain('a boycott of the fair');
    expect(sourcelessCue('Hopes for a deal faded on Friday.', 'Hopes for').text).toBe('a deal');
  });

  it('a subject before the -s form keeps it a verb with its speaker', () => {
    const a = analyse('The mayor calls for calm after the vote.');
    expect(a.attributions).toHaveLength(1);
    expect(a.attributions[0]!.sourceSpan).not.toBeNull();
  });
});

describe('motives held by the subject', () => {
  it('"for fear of", "in hopes of" are the subject\'s motive, not an ownerless fear or hope', () => {
    expect(cues('The clerk stayed home for fear of losing her post.')).toEqual([]);
    expect(cues('The crew sailed north in hopes of a calmer sea.')).toEqual([]);
  });
});

describe('agentless passives of "describe as" and "tell"', () => {
  it('"was described as" with no agent is a sourceless judgement of the subject', () => {
    const x = sourcelessCue('The new harbour master was described as a stickler for rules.', 'was described');
    expect(x.text).toContain('a stickler for rules');
  });

  it('"was told to", "were told that" with no agent have no source', () => {
    expect(sourcelessCue('The night crew was told to leave the dock.', 'was told').text).toContain('to leave the dock');
    expect(sourcelessCue('Ferry riders were told that the crossing would close.', 'were told').text).toContain('the crossing would close');
  });

  it('an active "told" keeps its speaker', () => {
    const a = analyse('Vale told reporters that the crossing would close.');
    expect(a.attributions).toHaveLength(1);
    expect(a.attributions[0]!.sourceSpan).not.toBeNull();
  });
});

describe('pressure and resentments held by no one named', () => {
  it('"faces pressure to", "there was pressure on … to", "a threat to": a force, not a report (fourteenth round)', () => {
    for (const text of ['The council faces pressure to cut the toll.', 'There was pressure on the council to cut the toll.', 'Vale’s threat to quit shook the council.']) {
      expect(analyse(text).attributions).toEqual([]);
    }
  });

  it('"amid fury at the toll" has no source; "her anger at" keeps its holder', () => {
    expect(sourcelessCue('Amid fury at the new toll, the council met again.', 'fury at').text).toContain('the new toll');
    const text = 'Her anger at the new toll surprised the council.';
    const x = analyse(text).attributions.find((y) => y.cue === 'anger at');
    expect(x && text.slice(x.sourceSpan!.start, x.sourceSpan!.end)).toBe('Her');
  });
});
