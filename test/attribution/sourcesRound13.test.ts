import { describe, expect, it } from 'vitest';
import { analyseChecked, attributionByCue } from '../helpers.js';

/** The attribution with cue `cue` in `text`, with its source, cue and content text. */
function read(text: string, cue: string) {
  const a = analyseChecked(text);
  const x = attributionByCue(a, cue);
  return { source: x.sourceSpan?.text ?? null, cue: x.cueSpan.text, content: x.text, speaker: x.speaker };
}

describe('sources, thirteenth round', () => {
  it('an opening "as" read as a preposition is no part of the name after it', () => {
    const x = read('As Okafor, author of “The Long Tide,” put it, the harbour is dying.', 'put it');
    expect(x.source).toBe('Okafor');
    expect(x.content).toBe('the harbour is dying');
    const y = read('As Vale, a reporter for the Tarn Ledger, wrote, the ferry never returned.', 'wrote');
    expect(y.source).toBe('Vale');
  });

  it('a noun phrase after an opening subordinate clause is the subject of "deemed", not a reduced passive', () => {
    const x = read('While he refused to comment, Ruiz deemed the trade fair a success.', 'deemed');
    expect(x.source).toBe('Ruiz');
    expect(x.content).toBe('the trade fair a success');
    // (a description set off by commas keeps its reduced passive: no one named deems)
    const y = read('The levy, a measure widely considered a failure, ends in May.', 'considered');
    expect(y.source).toBeNull();
  });

  it('a reporting noun in a "with" phrase after an object is the subject\'s means', () => {
    const x = read('Vale stirred the dockers with criticism of the plan.', 'criticism of');
    expect(x.source).toBe('Vale');
    expect(x.content).toBe('the plan');
    // (a verb whose "with" phrase names what another holds keeps the noun sourceless)
    expect(read('Ruiz credited Vale with the idea to close the port.', 'credited').source).toBe('Ruiz');
  });

  it('plans dropped or shelved are held by the subject of the verb', () => {
    const x = read('Berg scrapped plans to attend the summit.', 'scrapped plans');
    expect(x.source).toBe('Berg');
    expect(x.content).toBe('to attend the summit');
    expect(read('The council shelved plans to close the port.', 'shelved plans').source).toBe('The council');
    expect(read('Okafor withdrew the complaint that the vote was rigged.', 'withdrew the complaint').source).toBe('Okafor');
  });

  it('a participle used as an adjective stays inside the source phrase after the verb', () => {
    const x = read('“We will close,” said the long-serving harbour chief.', 'said');
    expect(x.source).toBe('the long-serving harbour chief');
    expect(x.content).toMatch(/^We will close/);
    expect(read('“The fares will rise,” said the newly elected ferry chief.', 'said').source).toBe('the newly elected ferry chief');
    expect(read('“We lost,” said a retired senior judge.', 'said').source).toBe('a retired senior judge');
    // (a quantifier before a verb is a subject: the verb is no adjective)
    expect(read('Many carried placards calling for calm.', 'calling for').source).toBe('Many');
  });
});
