import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Content bounds of verb cues (issue 10, fifteenth round): the cue is found, the content was
// bounded wrongly. Every sentence is written for these tests; names, places and bodies are invented.

describe('an addressee behind "to" stands between the verb and the reported clause', () => {
  it('"reported to police that …": the content starts after "that"', () => {
    const text = 'Berg reported to police that the car was stolen.';
    const r = byCue(analyse(text), 'reported');
    expect(r.sourceSpan?.text).toBe('Berg');
    expect(r.text).toBe('the car was stolen');
    expect(text.slice(r.start, r.end)).toBe(r.text);
  });

  it('also before a question word and with a longer addressee', () => {
    expect(byCue(analyse('Berg explained to the jury why the car was stolen.'), 'explained').text).toBe('why the car was stolen');
    expect(byCue(analyse('Okafor admitted to her closest friends that she had lied.'), 'admitted').text).toBe('she had lied');
    expect(byCue(analyse('Vale wrote to the Tessel council that the road was closed.'), 'wrote').text).toBe('the road was closed');
  });

  it('a "to" infinitive is no addressee', () => {
    expect(byCue(analyse('Vale agreed to concede that the vote was lost.'), 'agreed').text).toBe('to concede that the vote was lost');
  });
});

describe('a place name after the verb ends before the reported clause', () => {
  it('"said Tuesday in Tarnow the talks will resume": the content is the clause', () => {
    const text = 'Ruiz said Tuesday in Tarnow the talks will resume.';
    const r = byCue(analyse(text), 'said');
    expect(r.text).toBe('the talks will resume');
    expect(text.slice(r.start, r.end)).toBe(r.text);
  });

  it('also with no day and with a two-word place', () => {
    expect(byCue(analyse('Ruiz said in Tarnow the talks will resume.'), 'said').text).toBe('the talks will resume');
    expect(byCue(analyse('Ruiz said in New Lisk they will resume the talks.'), 'said').text).toBe('they will resume the talks');
  });

  it('a place phrase that ends the sentence still leaves the content before the tag', () => {
    expect(byCue(analyse('The talks will resume, Ruiz said in Tarnow.'), 'said').text).toBe('The talks will resume');
  });
});

describe('a clause before the tag is the content when only a setting phrase follows the verb', () => {
  it('"…, Vale said in announcing the plan": the clause before the comma, not the phrase after the verb', () => {
    const text = 'The bridge will close in May, Vale said in announcing the plan.';
    const r = byCue(analyse(text), 'said');
    expect(r.text).toBe('The bridge will close in May');
    expect(text.slice(r.start, r.end)).toBe(r.text);
  });

  it('also after an addressee, a medium, a memoir and an infinitive in the phrase', () => {
    expect(byCue(analyse('The bridge will close in May, she told the council in her report.'), 'told the council').text).toBe('The bridge will close in May');
    expect(byCue(analyse('The bridge will close in May, the agency posted on Facebook.'), 'posted').text).toBe('The bridge will close in May');
    expect(byCue(analyse('The bridge will close in May, Okafor wrote in her memoir.'), 'wrote').text).toBe('The bridge will close in May');
    expect(byCue(analyse('The bridge will close in May, Vale said during his speech to be a delegate.'), 'said').text).toBe('The bridge will close in May');
  });

  it('a phrase of what was said stays the content ("boasted of", "spoke about"; cue44: the "of" is shown with the cue)', () => {
    expect(byCue(analyse('The vote was close, Vale boasted of his own tally.'), 'boasted of').text).toBe('his own tally');
    expect(byCue(analyse('The vote was close, Vale spoke about the tally.'), 'spoke about').text).toBe('the tally');
  });

  it('an opening subordinate clause or adverbial is no content of the tag', () => {
    expect(byCue(analyse('Friday morning, as the parade passed, Berg reported at least six planes overhead.'), 'reported').text).toBe('at least six planes overhead');
  });
});

describe('a relative clause that moved the object before its source keeps it as the content over an adjunct', () => {
  it('"which Berg conceded when the polls closed": the relative pronoun, not the adjunct', () => {
    const text = 'Vale won the vote, which Berg conceded when the polls closed.';
    const r = byCue(analyse(text), 'conceded');
    expect(r.sourceSpan?.text).toBe('Berg');
    expect(r.text).toBe('which');
    expect(text.slice(r.start, r.end)).toBe(r.text);
  });

  it('also behind a prepositional phrase and with "who" as the object after a name', () => {
    expect(byCue(analyse('The rate fell to ten percent, which Okafor proposed under a flat tax.'), 'proposed').text).toBe('which');
    expect(byCue(analyse('Berg lost to Okafor, who many in the rowing club had long backed in the hope of a new coach.'), 'had long backed').text).toBe('who');
  });

  it('a clause inside the phrase after the verb is what was reported, not an adjunct', () => {
    const r = byCue(analyse('Vale kept the levy, which the mayor has made clear in interviews he would scrap.'), 'has made clear');
    expect(r.text).not.toBe('which');
  });
});
