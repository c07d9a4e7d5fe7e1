import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Known wrong outputs of the attribution stage (issue 10, thirteenth round), each fixed where the
// construction is read. Every sentence is written for these tests; names, places and bodies are invented.

describe('a participle used as an adjective before a plural the tagger reads as a verb', () => {
  it('"Amid repeated calls for calm": no cue in the participle', () => {
    const a = analyse('Amid repeated calls for calm, Ruiz spoke to the harbour crowd.');
    expect(a.attributions.map((x) => x.cue)).not.toContain('repeated');
  });

  it('a participle with a clause after it is still a cue', () => {
    const r = byCue(analyse('Ruiz repeated that the ferry tolls would stay.'), 'repeated');
    expect(r.sourceSpan?.text).toBe('Ruiz');
    expect(r.text).toBe('the ferry tolls would stay');
  });
});

describe('a second verb phrase of the same subject ends an object content', () => {
  it('"acknowledged the delay and closed the bridge"', () => {
    const r = byCue(analyse('Ruiz acknowledged the delay and closed the Dunmore bridge.'), 'acknowledged');
    expect(r.sourceSpan?.text).toBe('Ruiz');
    expect(r.text).toBe('the delay');
  });

  it('after ", then" and ", but" too, and with an intransitive second verb', () => {
    expect(byCue(analyse('Vale offered a deal, then left the room.'), 'offered').text).toBe('a deal');
    expect(byCue(analyse('Okafor confirmed the closure, but kept the ferry office open.'), 'confirmed').text).toBe('the closure');
    expect(byCue(analyse('Berg denied the claim and then resigned.'), 'denied').text).toBe('the claim');
  });

  it('a reported clause with a verb of its own is left whole', () => {
    const r = byCue(analyse('Vale said the deal was fair and left the room.'), 'said');
    expect(r.text).toBe('the deal was fair and left the room');
  });

  it('a list that ends in a participle and its noun is no second verb phrase', () => {
    const r = byCue(analyse('Ruiz cited new trails, pools, parks and improved lighting.'), 'cited');
    expect(r.text).toBe('new trails, pools, parks and improved lighting');
  });

  it('a verb in another form is no second verb phrase of the cue', () => {
    const r = byCue(analyse('Berg acknowledged the costs and rises in the levy.'), 'acknowledged');
    expect(r.text).toBe('the costs and rises in the levy');
  });
});

describe('", then" joins a reporting verb to the verb phrase before it', () => {
  it('"offered a deal, then says it is final": two relations of one subject', () => {
    const a = analyse('Vale offered a deal, then says it is final.');
    expect(byCue(a, 'offered').text).toBe('a deal');
    const r = byCue(a, 'then says');
    expect(r.sourceSpan?.text).toBe('Vale');
    expect(r.text).toBe('it is final');
  });

  it('not over a relative clause on the subject', () => {
    const r = byCue(analyse('Ruiz, who was away, then asked whether the pier was open.'), 'then asked');
    expect(r.speaker).toBe('Ruiz');
    expect(r.sourceSpan?.text).not.toBe('who');
    expect(r.text).toBe('whether the pier was open');
  });
});

describe('the subject of a passive verb of telling is the one told', () => {
  it('"was told by aides who said …": no relation of "told" with the addressee as content', () => {
    const a = analyse('Vale was told by aides who said that the plan would fail.');
    expect(a.attributions.map((x) => x.text)).not.toContain('Vale');
    const r = byCue(a, 'said');
    expect(r.text).toBe('the plan would fail');
  });

  it('the clause told after the agent stays the content', () => {
    const r = byCue(analyse('Vale was told by aides that the plan would fail.'), 'was told');
    expect(r.sourceSpan?.text).toBe('aides');
    expect(r.text).toBe('the plan would fail');
  });

  it('a passive whose subject is what was asked for keeps it: "An inquiry was ordered by Ruiz"', () => {
    const r = byCue(analyse('An inquiry was ordered by Ruiz.'), 'was ordered');
    expect(r.sourceSpan?.text).toBe('Ruiz');
    expect(r.text).toBe('An inquiry');
  });
});

describe('a reduced passive with its agent in an aside', () => {
  it('set off by dashes or commas: the agent is the source, the noun before the aside the content', () => {
    for (const text of ['The harbour plan — criticized by Vale last week — will go ahead.', 'The harbour plan, criticized by Vale last week, will go ahead.']) {
      const r = byCue(analyse(text), 'criticized');
      expect(r.sourceSpan?.text).toBe('Vale');
      expect(r.text).toBe('The harbour plan');
    }
  });

  it('a time phrase before or after the agent of a passive is not part of it', () => {
    for (const text of ['The levy was criticized by the mayor last week.', 'The levy was criticized last week by the mayor.', 'The levy was criticized by the mayor yesterday.']) {
      const r = byCue(analyse(text), 'was criticized');
      expect(r.sourceSpan?.text).toBe('the mayor');
      expect(r.text).toBe('The levy');
    }
  });

  it('a document put out is still no content over a time phrase ("was published on Monday by …")', () => {
    expect(analyse('A report on the levy was published on Monday by the harbour board. It runs to 90 pages.').attributions).toHaveLength(0);
  });

  it('not a person addressed or charged in the aside ("accused by aides of …", "pressed by reporters")', () => {
    expect(analyse('Ruiz, accused by aides of lying, resigned on Friday.').attributions.map((x) => x.text)).not.toContain('Ruiz');
    expect(analyse('Berg, pressed by reporters, left the hall.').attributions.map((x) => x.text)).not.toContain('Berg');
  });
});
