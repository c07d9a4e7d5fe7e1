import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// A cue in the sentence's opening adjuncts (a preposition, subordinator or participle opens them,
// nothing before them has a verb) holds no part of the main clause after their comma when that
// clause has a subject and a finite cue of its own: the adjunct's content ends at the comma, and the
// main clause is its own relation. Every sentence is written for these tests.

const cues = (text: string) => analyse(text).attributions.map((x) => x.cue);

describe('a cue in an opening adjunct before a main clause with its own cue', () => {
  it('"In addition to stating that …, Ruiz has vowed …": the adjunct ends at its comma', () => {
    const a = analyse('In addition to stating that the levy was illegal, Ruiz has vowed to repeal it.');
    expect(byCue(a, 'stating').text).toBe('the levy was illegal');
    expect(byCue(a, 'has vowed').text).toBe('to repeal it');
  });

  it('"Using a blunt phrase to describe …, Berg said …": a participle opens the adjunct', () => {
    const a = analyse('Using a blunt phrase to describe the growers as greedy, Berg said they wanted more.');
    expect(byCue(a, 'to describe').text).toBe('the growers as greedy');
    expect(byCue(a, 'said').text).toBe('they wanted more');
  });

  it('"From his first weeks in office, when he insisted on …, Dara has argued …": a second adjunct after the first', () => {
    const a = analyse('From his first weeks in office, when he insisted on paying the tram fare himself, Dara has argued that the tram is for all.');
    expect(byCue(a, 'insisted on').text).toBe('paying the tram fare himself');
    expect(byCue(a, 'has argued').text).toBe('the tram is for all');
  });

  it('"Later in the day, after the hearing ended, Vale stated …": an adjunct with nothing before its comma has no relation', () => {
    const text = 'Later in the day, after the hearing concluded, Vale stated that the levy was unfair.';
    expect(cues(text)).toEqual(['stated']);
  });

  it('"Not long after Ruiz tweeted …, Okafor asked …": the opener\'s own words before it', () => {
    const a = analyse('Not long after Ruiz tweeted the harbour photo, Okafor asked the mayor about the levy.');
    expect(byCue(a, 'tweeted').text).toBe('the harbour photo');
    expect(byCue(a, 'asked').text).toBe('about the levy');
  });

  it('"Each spring, when Vale argues …, Berg says …": "when", an opener the tagger calls an adverb, still opens the adjunct', () => {
    const a = analyse('Each spring, when Vale argues that the levy is too high, Berg says the fare is worse.');
    expect(byCue(a, 'argues').text).toBe('the levy is too high');
    expect(byCue(a, 'says').text).toBe('the fare is worse');
  });

  it('not a subject with "not" before it ("Not all growers argued …, Berg said")', () => {
    expect(byCue(analyse('Not all growers argued the levy was unfair, Berg said.'), 'said').text).toBe('Not all growers argued the levy was unfair');
  });

  it('"Across several Facebook posts on Friday, Okafor, a former aide, wrote …": a subject with its appositive starts the main clause', () => {
    const a = analyse('Across several Facebook posts on Friday, Okafor, a former aide to the mayor, wrote that the levy was unfair.');
    expect(cues('Across several Facebook posts on Friday, Okafor, a former aide to the mayor, wrote that the levy was unfair.')).toEqual(['wrote']);
    expect(byCue(a, 'wrote').text).toBe('the levy was unfair');
  });

  it('not a date\'s year read as a subject with an appositive ("The May 3, 2019, harbour vote convinced …")', () => {
    const a = analyse('The May 3, 2019, harbour vote convinced Vale that the levy was doomed.');
    expect(byCue(a, 'convinced').sourceSpan?.text).toBe('harbour vote');
  });

  it('not "As Ruiz said, …", which attributes the main clause', () => {
    expect(byCue(analyse('As Ruiz said, the levy is unfair.'), 'said').text).toBe('the levy is unfair');
  });

  it('not a clause before the adjunct ("Vale said that, after the vote, Berg argued …" stays one report)', () => {
    const a = analyse('Vale said that, after the vote on the levy, Berg argued the fare was too high.');
    expect(byCue(a, 'said').text).toBe('after the vote on the levy, Berg argued the fare was too high');
  });

  it('"Of the growers who demand a lower levy, the oldest ones praised Vale": a relative clause in an opening phrase ends at its comma', () => {
    const a = analyse('Of the growers who demand a lower levy, the oldest ones praised Vale.');
    expect(byCue(a, 'demand').text).toBe('a lower levy');
    expect(byCue(a, 'praised').text).toBe('Vale');
  });

  it('not "According to Vale, …", whose content is the main clause', () => {
    expect(byCue(analyse('According to Vale, Berg said the fare was too high.'), 'According to').text).toBe('Berg said the fare was too high');
  });

  it('not a tag after a clause that opens with its subject ("Vale argued …, Berg said")', () => {
    expect(byCue(analyse('Vale argued the levy was unfair, Berg said.'), 'said').text).toBe('Vale argued the levy was unfair');
  });

  it('"With the toll ruled out, Cross said …": a surname the tagger reads as a verb is the main clause\'s own subject', () => {
    const a = analyse('With the toll ruled out, Cross said the orchard would close.');
    expect(cues('With the toll ruled out, Cross said the orchard would close.')).toEqual(['said']);
    expect(byCue(a, 'said').sourceSpan?.text).toBe('Cross');
    expect(byCue(a, 'said').text).toBe('the orchard would close');
  });

  it('"…, Cutting the fare was right, Vale said": a capitalised verb opening a subject clause is no name', () => {
    const a = analyse('Having weighed the levy, Cutting the fare was right, Vale said.');
    expect(cues('Having weighed the levy, Cutting the fare was right, Vale said.')).toEqual(['said']);
    expect(byCue(a, 'said').sourceSpan?.text).toBe('Vale');
  });
});
