import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Known failures of the direct/mixed work (issue 10, round 12c).
// Every sentence is written for these tests; names, places and bodies are invented.

describe('a participle phrase on the addressee of "told"', () => {
  it('"told delegates gathered in Lorn that …": the content starts after "that"', () => {
    const a = analyse('Vale told delegates gathered in Lorn that the budget was gone.');
    const r = byCue(a, 'told');
    expect(r.text).toBe('the budget was gone');
    expect(r.sourceSpan?.text).toBe('Vale');
    const b = analyse('Ruiz told workers standing outside the mill that the plant would stay open.');
    expect(byCue(b, 'told').text).toBe('the plant would stay open');
  });

  it('a relative "that" after the participle phrase is no content start', () => {
    const a = analyse('Vale told delegates gathered in the hall that voted twice to go home.');
    const r = a.attributions.find((x: { cue: string }) => x.cue.startsWith('told'));
    expect(r?.text).not.toBe('voted twice to go home');
  });
});

describe('an inverted tag whose source carries a relative clause with its own "that"', () => {
  it('"…, said Berg, an analyst, who notes that …": «said» keeps the content before it', () => {
    const a = analyse('But that is not good enough, said Berg, an analyst, who notes that the plan failed twice.');
    const r = byCue(a, 'said');
    expect(r.text).toBe('that is not good enough');
    expect(r.sourceSpan?.text).toBe('Berg');
    expect(byCue(a, 'notes').text).toBe('the plan failed twice');
  });
});

describe('a quotation announced by a sentence after another speaker’s tag', () => {
  it('`“A,” Ruiz added. She then had a question for the audience. “B?”`: the second quotation is the announcement’s, not «added»’s', () => {
    const a = analyse('“The bridge will open,” Ruiz added. She then had a question for the audience. “Who will cross it first?”');
    const added = byCue(a, 'added');
    expect(added.contentSpans.map((p: { text: string }) => p.text)).toEqual(['The bridge will open,']);
    const asked = byCue(a, 'had a question');
    expect(asked).toMatchObject({ mode: 'direct', text: 'Who will cross it first?', sourceSpan: { text: 'She' } });
  });

  it('a second speaker who agrees takes the next quotation', () => {
    const a = analyse('“We will win,” Ruiz said. Vale agreed. “Nobody can stop us.”');
    expect(byCue(a, 'said').text).toBe('We will win,');
    expect(byCue(a, 'agreed')).toMatchObject({ text: 'Nobody can stop us.', sourceSpan: { text: 'Vale' } });
  });

  it('over plain narration the first speaker goes on', () => {
    const a = analyse('“We will win,” Ruiz said. The hall went quiet. “Nobody can stop us.”');
    expect(byCue(a, 'said').contentSpans.map((p: { text: string }) => p.text)).toEqual(['We will win,', 'Nobody can stop us.']);
  });
});

describe('an -ing cue read as a noun, with an adverb before its clause', () => {
  it('"rallied supporters by warning darkly that …": «warning» reports the clause', () => {
    const a = analyse('Ruiz rallied dockworkers by warning darkly that the shipyard would close.');
    const r = byCue(a, 'warning');
    expect(r).toMatchObject({ text: 'the shipyard would close', sourceSpan: { text: 'Ruiz' } });
    const b = analyse('Vale closed the meeting, warning again that the dam would fail.');
    expect(byCue(b, 'warning').text).toBe('the dam would fail');
  });

  it('no clause after the adverb: no report', () => {
    const a = analyse('The mill closed without warning again.');
    expect(a.attributions.length).toBe(0);
  });
});
