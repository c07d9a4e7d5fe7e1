import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue, sourceKindOf } from '../helpers.js';

// Verb cues with no holder (issue 10, eleventh round): a passive participle that shares its "be"
// with an earlier one, and a raising cue inside a relative clause set off by commas. Every
// sentence is written for these tests.

const byCue = attributionByCue;
const kindOf = sourceKindOf;

describe('a participle joined to an earlier passive is a passive too', () => {
  it('"who is widely known and seen as …": no one is the source, the relative pronoun least of all', () => {
    const text = 'Berg, who is widely known and seen as the favourite, spoke first.';
    const a = analyse(text);
    const x = byCue(a, 'seen');
    expect(x.sourceSpan).toBeNull();
    expect(kindOf(a, x)).toBe('unspecified');
    expect(x.text).toBe('seen as the favourite');
    expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(text.slice(x.cueSpan.start, x.cueSpan.end)).toBe('seen');
  });

  it('"is liked and regarded as …" and "was arrested and accused of …" have no source', () => {
    const a = analyse('Okafor is liked and regarded as a moderate.');
    const x = byCue(a, 'regarded');
    expect(x.sourceSpan).toBeNull();
    expect(x.text).toContain('as a moderate');
    const b = analyse('Ruiz was arrested and accused of fraud.');
    const y = byCue(b, 'accused');
    expect(y.sourceSpan).toBeNull();
    expect(y.text).toContain('of fraud');
  });

  it('an active verb after a passive keeps its subject: "was elected and vowed to …", "was sworn in and said that …"', () => {
    const a = analyse('Vale was elected and vowed to fight the levy.');
    expect(byCue(a, 'vowed').sourceSpan?.text).toBe('Vale');
    const b = analyse('Vale was sworn in and said that she would fight the levy.');
    const said = byCue(b, 'said');
    expect(said.sourceSpan?.text).toBe('Vale');
    expect(said.text).toBe('she would fight the levy');
  });
});

describe('a raising cue in a relative clause set off by commas', () => {
  it('ends at the comma before the main verb', () => {
    const text = 'The fair, which is expected to draw 5,000 visitors, opens in May.';
    const a = analyse(text);
    const x = byCue(a, 'is expected');
    expect(x.sourceSpan).toBeNull();
    expect(x.text).toBe('which is expected to draw 5,000 visitors');
    expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('goes on over a comma inside a list of adjectives', () => {
    const a = analyse('Ruiz, who is expected to deliver a long, angry speech on Tuesday, arrived late.');
    const x = byCue(a, 'is expected');
    expect(x.text).toBe('who is expected to deliver a long, angry speech on Tuesday');
  });

  it('a restrictive clause with no commas is not cut', () => {
    const a = analyse('Voters who are expected to turn out in May will decide the levy.');
    const x = byCue(a, 'are expected');
    expect(x.sourceSpan).toBeNull();
    expect(x.text).toContain('turn out in May');
  });
});

describe('more agentless verb cues', () => {
  it('"was shown to", "was found to": a finding with no one named, only before an infinitive', () => {
    const text = 'The harbour toll was shown to be unfair.';
    const a = analyse(text);
    const x = byCue(a, 'was shown');
    expect(x.sourceSpan).toBeNull();
    expect(x.text).toBe('The harbour toll was shown to be unfair');
    expect(text.slice(x.cueSpan.start, x.cueSpan.end)).toBe('was shown');
    expect(byCue(analyse('The tunnel was found to leak.'), 'was found').sourceSpan).toBeNull();
    expect(analyse('The film was shown to students.').attributions).toHaveLength(0);
    expect(analyse('The wallet was found in a drawer.').attributions).toHaveLength(0);
  });

  it('"is not expected anytime soon": an expectation with nothing after it but a word of nearness', () => {
    const a = analyse('The ruling is not expected anytime soon.');
    const x = byCue(a, 'is not expected');
    expect(x.sourceSpan).toBeNull();
    expect(x.text).toBe('The ruling is not expected anytime soon');
  });

  it('", it is said,": a passive with "it" set off by commas qualifies its clause', () => {
    const text = 'Ruiz, it is widely believed, never lost a vote.';
    const a = analyse(text);
    const x = byCue(a, 'it is widely believed');
    expect(x.sourceSpan).toBeNull();
    expect(x.text).toBe('Ruiz, it is widely believed, never lost a vote');
    expect(text.slice(x.start, x.end)).toBe(x.text);
    // an opening adjunct is not part of what is said
    expect(byCue(analyse('After the storm, it is said, the pier closed.'), 'it is said').text).toBe('the pier closed');
    expect(byCue(analyse('The road ran through a valley where, it is said, smugglers once hid.'), 'it is said').text).toBe('where, it is said, smugglers once hid');
    // a subject whose words the tagger read as verbs ("most qualified", "an earlier draft") is still verbless
    expect(byCue(analyse('The most qualified glaziers, it is said, will quit the guild.'), 'it is said').text).toBe('The most qualified glaziers, it is said, will quit the guild');
    expect(byCue(analyse('An earlier draft, it is rumoured, was lost in a fire.'), 'it is rumoured').text).toBe('An earlier draft, it is rumoured, was lost in a fire');
  });

  it('"is justified by arguing that …": the one who argues is the passive\'s missing agent', () => {
    const a = analyse('The toll is often justified by arguing that the bridge needs repairs.');
    const x = byCue(a, 'arguing');
    expect(x.sourceSpan).toBeNull();
    expect(x.text).toBe('the bridge needs repairs');
    // an active clause keeps its subject
    expect(byCue(analyse('Berg angered voters by claiming that the levy was fair.'), 'claiming').sourceSpan?.text).toBe('Berg');
  });

  it('"When told …,": the one who told is not named, the clause runs to the main clause', () => {
    const text = 'When told the pier was closed, Berg laughed.';
    const a = analyse(text);
    const x = byCue(a, 'told');
    expect(x.sourceSpan).toBeNull();
    expect(kindOf(a, x)).toBe('unspecified');
    expect(x.text).toBe('the pier was closed');
    expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(byCue(analyse('Berg, when told that the vote was lost, left the hall.'), 'told').text).toBe('the vote was lost');
  });
});
