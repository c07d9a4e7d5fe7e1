import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue, sourcelessByCue } from '../helpers.js';

// Cues with no holder (issue 10, seventeenth round). Every sentence is written for these tests;
// names and places are invented.

describe('an adjective opening a reporting noun\'s phrase is no source', () => {
  it('a participle or adjective the tagger misreads: the noun stays sourceless', () => {
    expect(sourcelessByCue('Renewed calls for a recount followed the vote in Tarnow.', 'calls for').text).toContain('a recount');
    expect(sourcelessByCue('Fresh doubts about the bridge surfaced on Monday.', 'Fresh doubts about').text).toContain('the bridge');
    expect(sourcelessByCue('The unmet promises of better roads angered voters in Tarnow.', 'promises of').text).toContain('better roads');
  });

  it('its content ends before the main verb', () => {
    expect(sourcelessByCue('Repeated calls for a recount went unanswered.', 'calls for').text).not.toContain('unanswered');
    expect(sourcelessByCue('Fresh doubts about the bridge surfaced on Monday.', 'Fresh doubts about').text).not.toContain('surfaced');
  });

  it('still: a named subject of the verb is its source', () => {
    expect(byCue(analyse('Vale calls for a recount.'), 'calls for').sourceSpan?.text).toBe('Vale');
    expect(byCue(analyse('Fresh Harbour voters doubt the bridge will hold.'), 'doubt').sourceSpan?.text).toContain('voters');
  });
});

describe('a possessed reporting noun that is its sentence\'s subject', () => {
  it('its content ends before the main verb', () => {
    expect(byCue(analyse('His refusal to endorse Berg angered the mayor.'), 'refusal').text).toBe('to endorse Berg');
    expect(byCue(analyse('Vale\'s criticism of the plan drew fire from Ruiz.'), 'criticism of').text).toBe('the plan');
  });

  it('an agentless passive over the whole clause is then found, with no source', () => {
    const x = sourcelessByCue('His decision to leave the party was seen as a betrayal of the crew.', 'was seen');
    expect(x.text).toBe('His decision to leave the party was seen as a betrayal of the crew');
  });

  it('still: the copula\'s complement and what follows a colon are the content', () => {
    expect(byCue(analyse('Her explanation is that the pier was unsafe.'), 'explanation is').text).toBe('the pier was unsafe');
    expect(byCue(analyse('Their goal: ending the strike by May.'), 'goal:').text).toBe('ending the strike by May');
  });
});
