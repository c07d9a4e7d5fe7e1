import { describe, expect, it } from 'vitest';
import { analyseChecked, attributionByCue } from '../helpers.js';

/** The attribution with cue `cue` in `text`, with its source, cue and content text. */
function read(text: string, cue: string) {
  const a = analyseChecked(text);
  const x = attributionByCue(a, cue);
  return { source: x.sourceSpan?.text ?? null, cue: x.cueSpan.text, content: x.text, speaker: x.speaker };
}

describe('sources, twelfth round', () => {
  it('an opening "as" over a name with a description takes the name, and what follows is the content', () => {
    const x = read('As Ruiz, the harbour chief, said, the port will close in May.', 'said');
    expect(x.source).toBe('Ruiz');
    expect(x.content).toBe('the port will close in May');
    const y = read('As Vale, who runs the ferry board, said, the fares will rise.', 'said');
    expect(y.source).toMatch(/^Vale/);
    expect(y.content).toBe('the fares will rise');
    // (a role after "as" is no subject: the name after its comma is)
    expect(read('As mayor, Okafor said the port will close.', 'said').source).toBe('Okafor');
  });

  it('an -ing noun before a prepositional phrase stays in the subject', () => {
    const x = read('The latest polling in Marlow shows Vale ahead by four points.', 'shows');
    expect(x.source).toBe('The latest polling in Marlow');
    expect(read('Recent polling of likely voters suggests Ruiz is ahead.', 'suggests').source).toBe('Recent polling of likely voters');
  });

  it('the subject of an infinitive after "for" inside a noun phrase', () => {
    expect(read('The crash created an opening for Ruiz to criticize the board.', 'to criticize').source).toBe('Ruiz');
    expect(read('There is another reason for Vale to back the plan.', 'to back').source).toBe('Vale');
    // (not after a noun that names people: the lawyers are asked to respond)
    expect(read('The ruling forced lawyers for Okafor to defend the plan.', 'to defend').source).toBe('lawyers for Okafor');
  });

  it('the one given a chance to act, and the one relied on to act', () => {
    expect(read('The ruling gave Vale an opportunity to attack the council.', 'to attack').source).toBe('Vale');
    expect(read('The ruling gave him a chance to attack the council.', 'to attack').source).toBe('him');
    expect(read('The ruling gave the mayor a chance to attack the council.', 'to attack').source).toBe('the mayor');
    expect(read('The council relies on residents to report broken lights.', 'to report').source).toBe('residents');
    // (a verb of giving with no chance noun leaves the infinitive to its subject)
    expect(read('Okafor gave a speech to defend the budget.', 'to defend').source).toBe('Okafor');
  });

  it('a prepositional phrase between "who"/"which" and the verb is no source', () => {
    const x = read('Berg, who in two earlier rulings had made clear that he opposed the levy, left.', 'had made clear');
    expect(x.source).toBe('who');
    expect(x.speaker).toBe('Berg');
    expect(x.content).toBe('he opposed the levy');
    const y = read('The union, which through most of the last century supported the port, is split.', 'supported');
    expect(y.source).toBe('which');
    expect(y.content).toBe('the port');
    expect(read('Berg, who through his lawyer declined to comment, grew up in Marlow.', 'declined').speaker).toBe('Berg');
  });

  it('a relative clause joined to an earlier one by "and" stands for the same antecedent', () => {
    const x = read('The panel includes Ruiz, whom the mayor appointed, and who is now supporting Vale.', 'is now supporting');
    expect(x.source).toBe('who');
    expect(x.speaker).toBe('Ruiz');
    expect(x.content).toBe('Vale');
    // ("18% who say": a share is the antecedent)
    const y = read('Most voters, 56%, dislike him, including 18% who say they would leave.', 'say');
    expect(y.source).toBe('who');
    expect(y.content).toBe('they would leave');
  });

  it('a capitalised participle opening the sentence is no part of the subject after it', () => {
    expect(read('Hoping voters agree, Ruiz spoke first.', 'agree').source).toBe('voters');
    // (an adjective in -ing stays: "Leading" is no verb that takes a clause)
    expect(read('Leading farmers say the levy is too high.', 'say').source).toBe('Leading farmers');
  });

  it('a double hyphen ends the clause before a subject like a dash does (a dateline, an aside)', () => {
    expect(read('MARLOW -- Mayor Elena Ruiz on Tuesday nominated Tom Vale to run the harbour board.', 'nominated').source).toBe('Mayor Elena Ruiz');
    expect(read('MARLOW — Mayor Elena Ruiz on Tuesday nominated Tom Vale to run the harbour board.', 'nominated').source).toBe('Mayor Elena Ruiz');
  });
});
