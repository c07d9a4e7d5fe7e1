import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Direct and mixed quotations the binding missed (issue 10, twelfth round).
// Every sentence is written for these tests; names, places and bodies are invented.

describe('a colon introduction with a long first verb phrase', () => {
  it('the last of two coordinated verbs, close to the colon, is the cue; the first verb’s subject the source', () => {
    const a = analyse('Berg leaned across the long oak table in the council chamber and boomed: “This harbour belongs to the fishermen.”');
    const r = byCue(a, 'boomed:');
    expect(r).toMatchObject({ mode: 'direct', text: 'This harbour belongs to the fishermen.', sourceSpan: { text: 'Berg' } });
  });

  it('not when a subordinate clause or a comma comes between the two verbs', () => {
    const a = analyse('Vale waited until the last of the trawlers had left the bay and boomed: “The season is over.”');
    expect(a.attributions.find((x) => x.cue.includes('boomed'))).toBeUndefined();
  });
});

describe('"as X put it" over an appositive or an adjunct', () => {
  it('an appositive set off by commas stands between "as" and the verb', () => {
    const a = analyse('As Okafor, a professor of maritime law at Marlow College, put it, “Compromise is not surrender.”');
    const r = byCue(a, 'put it');
    expect(r).toMatchObject({ mode: 'direct', text: 'Compromise is not surrender.' });
    expect(r.sourceSpan).not.toBeNull(); // (which words of the appositive name the source is the source pass's)
  });

  it('"put it" with no opening "as" is still no cue', () => {
    const a = analyse('As a result, the council put it to a vote on Friday.');
    expect(a.attributions.find((x) => x.cue.startsWith('put it'))).toBeUndefined();
  });

  it('a prepositional adjunct after the cue ends at its comma; what follows is the content', () => {
    const a = analyse('As Berg put it in a memo to staff on Monday, the plan was “dead on arrival.”');
    const r = byCue(a, 'put it');
    expect(r).toMatchObject({ mode: 'mixed', text: 'the plan was “dead on arrival.”', sourceSpan: { text: 'Berg' } });
    const b = byCue(analyse('But as Vale points out in a column for the Marlow Herald, ferries rarely pay for themselves.'), 'points out');
    expect(b).toMatchObject({ text: 'ferries rarely pay for themselves', sourceSpan: { text: 'Vale' } });
  });

  it('a hyphenated noun in the adjunct does not end it ("in an op-ed", "in a follow-up")', () => {
    const text = 'As the Tarn Courier noted in an op-ed on Thursday, the mayor "has quietly won a few fans" at the port.';
    const r = byCue(analyse(text), 'noted');
    expect(r).toMatchObject({ mode: 'mixed', text: 'the mayor "has quietly won a few fans" at the port', sourceSpan: { text: 'the Tarn Courier' } });
    expect(text.slice(r.start, r.end)).toBe(r.text);
    const b = byCue(analyse('As Vale wrote in a follow-up to the board, ferries rarely pay for themselves.'), 'wrote');
    expect(b).toMatchObject({ text: 'ferries rarely pay for themselves', sourceSpan: { text: 'Vale' } });
  });

  it('a temporal "as" with a hyphenated adjunct still reports nothing', () => {
    expect(analyse('As Vale spoke in a sing-song voice, the crowd left the hall.').attributions).toEqual([]);
    expect(analyse('As the ferry docked in mid-week, the crowd left the hall.').attributions).toEqual([]);
  });

  it('not a temporal "as" with a verb and its infinitive', () => {
    const a = analyse('As the storm threatens to close the port, it is likely that the ferry will stop.');
    expect(a.attributions.find((x) => x.cue === 'threatens' && x.text.includes('likely'))).toBeUndefined();
  });
});

describe('a quotation after one sentence of narration', () => {
  it('goes on with the speaker quoted in the sentence before that one, in the same paragraph', () => {
    const a = analyse('“We waited for years,” Ruiz said. The hall went quiet. “Now the pier is ours.”');
    const r = byCue(a, 'said');
    expect(r.sourceSpan?.text).toBe('Ruiz');
    expect(r.text.endsWith('Now the pier is ours.')).toBe(true);
    expect(a.quotes.find((q) => q.text.includes('Now the pier'))?.speaker).toBe('Ruiz');
  });

  it('not across a paragraph break, nor over a sentence that quotes something of its own', () => {
    const a = analyse('“We waited for years,” Ruiz said.\n\nThe hall went quiet. “Now the pier is ours.”');
    expect(byCue(a, 'said').text).not.toContain('Now the pier');
    const b = analyse('“We waited for years,” Ruiz said. A banner read “Welcome home.” “Now the pier is ours.”');
    expect(byCue(b, 'said').text).not.toContain('Now the pier');
  });
});

describe('a quotation sentence right before a tagged one', () => {
  it('is the same speaker’s when nothing stands between them', () => {
    const a = analyse('The council met on Monday. “That is not who we are.” “At the end of the day, voters want a pier,” Ruiz added.');
    const r = byCue(a, 'added');
    expect(r.mode).toBe('direct');
    expect(r.text.startsWith('That is not who we are.')).toBe(true);
    expect(a.quotes.find((q) => q.text.startsWith('That is not'))?.speaker).toBe('Ruiz');
  });

  it('not one in another paragraph', () => {
    const a = analyse('The council met on Monday. “That is not who we are.”\n\n“At the end of the day, voters want a pier,” Ruiz added.');
    expect(byCue(a, 'added').text).not.toContain('That is not');
  });
});
