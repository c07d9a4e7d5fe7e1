import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue, slicedByCue as sliced } from '../helpers.js';

// How a cue is shown (issue 10, fourteenth round). Every sentence is written for these tests;
// names, places and bodies are invented.

describe('a reporting noun shows the preposition that links it to its content', () => {
  it('"criticism of", "complaints about", "worries about"', () => {
    expect(sliced('Okafor has never hidden her criticism of the new harbour toll.', 'has never hidden her criticism of')).toMatchObject({ sourceSpan: { text: 'Okafor' }, text: 'the new harbour toll' });
    expect(sliced('The board heard Okafor\'s complaints about the night ferries.', 'complaints about')).toMatchObject({ sourceSpan: { text: 'Okafor' }, text: 'the night ferries' });
    expect(sliced('The report fed Ruiz\'s worries about the bridge repairs.', 'worries about').text).toBe('the bridge repairs');
    expect(sliced('There were fears of a strike at the Tessel docks.', 'There were fears of').text).toBe('a strike at the Tessel docks');
  });

  it('not a clause after "that", nor an infinitive', () => {
    expect(sliced('Her claim that the toll was illegal came late.', 'claim').text).toMatch(/^the toll was illegal/);
    expect(sliced('His plan to close the Dunmore pier was dropped.', 'plan').text).toMatch(/^to close the Dunmore pier/);
  });
});

describe('a reporting noun shows the verb whose object it is, when that verb’s subject is its source', () => {
  it('"made an impassioned call for", "filed a complaint against", "has stepped up his attacks on"', () => {
    expect(sliced('Vale made an impassioned call for a second ballot.', 'made an impassioned call for')).toMatchObject({ sourceSpan: { text: 'Vale' }, text: 'a second ballot' });
    expect(sliced('Okafor filed a complaint against the harbour board.', 'filed a complaint against')).toMatchObject({ sourceSpan: { text: 'Okafor' }, text: 'the harbour board' });
    expect(sliced('Lund has stepped up his attacks on the Tessel council.', 'has stepped up his attacks on')).toMatchObject({ sourceSpan: { text: 'Lund' }, text: 'the Tessel council' });
    expect(sliced('The union delivered a sharp critique of the port budget.', 'delivered a sharp critique of').text).toBe('the port budget');
  });

  it('not a possessor’s noun, nor a participle inside the noun phrase', () => {
    expect(sliced('The board heard Okafor\'s complaints about the night ferries.', 'complaints about').sourceSpan?.text).toBe('Okafor');
    // (the participle and its adverb after the possessive are shown with the noun, fixAH)
    expect(sliced('After Ruiz\'s sharply worded criticism of the board, Vale resigned.', 'sharply worded criticism of').sourceSpan?.text).toBe('Ruiz');
    // (the participle after the possessive is shown with the noun, leads63)
    expect(sliced('Vale\'s renewed endorsement of the toll came in May.', 'renewed endorsement of').sourceSpan?.text).toBe('Vale');
  });
});

describe('one test of an -s form the tagger read as a verb (tokens.sFormMaybePlural)', () => {
  it('a participle before such a word modifies it, and the word stays a noun cue', () => {
    const a = analyse('Amid repeated calls for a recount, Vale resigned.');
    expect(a.attributions.some((x) => x.cue.includes('repeated'))).toBe(false);
    expect(sliced('Amid repeated calls for a recount, Vale resigned.', 'calls for').sourceSpan).toBeNull();
    // a noun in -s that is its own lemma is read the same way
    expect(analyse('Amid repeated focus on the ferries, Vale resigned.').attributions.some((x) => x.cue.includes('repeated'))).toBe(false);
  });

  it('a verb that is never a plural noun keeps its subject', () => {
    expect(sliced('Another ranking says the port is the busiest in Tessel.', 'says').text).toBe('the port is the busiest in Tessel');
  });
});
