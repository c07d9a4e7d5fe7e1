import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue, slicedByCue as sliced } from '../helpers.js';

// How far a verb cue is shown to the left of its verb (issue 10, thirteenth round): the act that
// carries the report when the reporting word only completes it. Every sentence is written for
// these tests; names, places and bodies are invented.

describe('a participle after a statement, letter or speech its subject put out', () => {
  it('shows the verb that put it out with the participle', () => {
    expect(sliced('The Dunmore harbour board issued a statement calling for a recount of the vote.', 'issued a statement calling for')).toMatchObject({ sourceSpan: { text: 'The Dunmore harbour board' }, text: 'a recount of the vote' });
    expect(sliced('Okafor delivered a long speech outlining her plan for the ferries.', 'delivered a long speech outlining')).toMatchObject({ sourceSpan: { text: 'Okafor' }, text: 'her plan for the ferries' });
  });

  it('over a time adjunct, an addressee or a particle between them', () => {
    expect(sliced('The Velt union released a statement Tuesday saying the strike would go on.', 'released a statement Tuesday saying').text).toBe('the strike would go on');
    expect(sliced('The Berg campaign sent out an email to donors saying the race was tied.', 'sent out an email to donors saying').text).toBe('the race was tied');
    expect(sliced('Ruiz put out a statement denying that the pier was sold.', 'put out a statement denying').text).toBe('the pier was sold');
  });

  it('not when the statement is named by a preposition, or is itself the source', () => {
    const a = analyse('In a statement, Vale said the port would reopen.');
    expect(a.attributions.some((x) => /statement/.test(x.cue))).toBe(false);
    const b = analyse('During a speech praising the dockers, Ruiz said the port would grow.');
    expect(b.attributions.some((x) => /speech/.test(x.cue))).toBe(false);
    // the clerk only received the letter: the letter says it
    const c = analyse('The clerk received a letter saying the contract was void.');
    expect(byCue(c, 'saying').sourceSpan?.text).toBe('a letter');
  });
});

describe('the subject’s predicate that governs an infinitive cue', () => {
  it('shows an adjective after "be" ("was quick to", "are more likely to")', () => {
    expect(sliced('Vale was quick to point out that the toll had never risen.', 'was quick to point out')).toMatchObject({ sourceSpan: { text: 'Vale' }, text: 'the toll had never risen' });
    expect(sliced('Older voters in Harwick are more likely to say the bridge is unsafe.', 'are more likely to say').text).toBe('the bridge is unsafe');
    expect(sliced('The Okafor team was all too happy to praise the new ferry.', 'was all too happy to praise').text).toBe('the new ferry');
  });

  it('shows a verb that governs it ("struggled to explain", "chose not to")', () => {
    expect(sliced('Berg struggled to explain why the ferry was late.', 'struggled to explain').text).toBe('why the ferry was late');
    expect(sliced('Ruiz has chosen not to criticize the harbour board.', 'has chosen not to criticize').text).toBe('the harbour board');
  });

  it('starts after a clitic "’s" that opens the group', () => {
    expect(sliced('The ferry line? It’s often been careful not to mention the toll.', 'often been careful not to mention')).toMatchObject({ sourceSpan: { text: 'It' }, text: 'the toll' });
  });

  it('leaves a verb with an object before "to" outside ("urged Berg to condemn")', () => {
    const x = sliced('Ruiz urged Berg to condemn the new toll.', 'urged');
    expect(x.cue).toBe('urged');
  });
});

describe('an adverb of the verb group that says how or when the act was done', () => {
  it('is shown with the cue ("has vigorously denied", "sharply criticized", "has long said")', () => {
    expect(sliced('Vale has vigorously denied that the pier was sold.', 'has vigorously denied')).toMatchObject({ sourceSpan: { text: 'Vale' }, text: 'the pier was sold' });
    expect(sliced('Berg sharply criticized the new toll on the bridge.', 'sharply criticized').text).toBe('the new toll on the bridge');
    expect(sliced('Ruiz has long said the ferry will keep running.', 'has long said').text).toBe('the ferry will keep running');
  });

  it('not an adverb set off by commas, nor a capitalised name the tagger reads as an adverb', () => {
    expect(sliced('Ruiz, predictably, said the ferry would run.', 'said').text).toBe('the ferry would run');
    expect(sliced('“The ferry will run,” Kelly said.', 'said').text).toBe('The ferry will run,');
  });

  it('not an adverb that links the sentence or spreads over a list ("respectively", "similarly")', () => {
    expect(sliced('Ruiz and Vale respectively said the ferry would run and the pier would close.', 'said').sourceSpan?.text).toBe('Ruiz and Vale');
    expect(sliced('Berg similarly denied that the pier was sold.', 'denied').text).toBe('the pier was sold');
  });
});
