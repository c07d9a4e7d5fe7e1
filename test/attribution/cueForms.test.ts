import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Cue forms and clause boundaries for indirect attribution (issue 10). Every sentence is
// written for these tests; names, places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.cue, x.sourceSpan ? x.sourceSpan.text : null, x.text]);

describe('"expressed" and "voiced" attribute their object', () => {
  it('"expressed concern that …", "voiced frustration with …"', () => {
    expect(rows(analyse('Ruiz expressed concern that the bridge was unsafe.'))).toEqual([['expressed concern', 'Ruiz', 'the bridge was unsafe']]);
    expect(rows(analyse('Several residents voiced frustration with the ferry.'))).toEqual([['voiced frustration with', 'Several residents', 'the ferry']]);
  });

  it('not: a noun "voice"', () => {
    expect(analyse('Her voice carried across the harbour.').attributions).toEqual([]);
  });
});

describe('findings of documents with long subjects', () => {
  it('"polls released Sunday showed …", "A poll, conducted in May, shows …"', () => {
    expect(analyse('New harbour polls released Sunday showed Varga taking the lead.').attributions[0]).toMatchObject({ cue: 'showed', cueClass: 'document', text: 'Varga taking the lead' });
    expect(analyse('A harbour poll, conducted in May by the Courier, shows Varga with 47 percent.').attributions[0]).toMatchObject({ cue: 'shows', text: 'Varga with 47 percent' });
  });

  it('not: a person who shows something after reading a poll', () => {
    expect(analyse('After reading the poll, Ruiz showed the mayor the figures.').attributions).toEqual([]);
  });
});

describe('a base form read as a noun after a plural subject', () => {
  it('"three-quarters support a ban"', () => {
    expect(analyse('Nearly two-thirds support a weekend toll on the bridge.').attributions[0]).toMatchObject({ cue: 'support', cueClass: 'evaluation', text: 'a weekend toll on the bridge' });
  });
});

describe('a clause with a speaker of its own ends the earlier content', () => {
  it('", which he said …" closing the sentence is an attribution of its own', () => {
    const a = analyse('Ruiz urged the board to cut the toll, which he said was too high.');
    // the relative word stands for the subject of what he said ("the toll was too high"): it is the
    // content's first piece, the clause after the cue its second (the span between them is not content)
    expect(rows(a)).toEqual([
      ['urged', 'Ruiz', 'the board to cut the toll'],
      ['said', 'he', 'which he said was too high'],
    ]);
    expect(a.attributions[1]!.contentSpans.map((p) => p.text)).toEqual(['which', 'was too high']);
  });

  it('", who said …" and ", after half said so"', () => {
    expect(rows(analyse('Ruiz praised Varga, who said the bridge was safe.'))).toEqual([
      ['praised', 'Ruiz', 'Varga'],
      ['said', 'who', 'the bridge was safe'],
    ]);
    expect(rows(analyse('Most voters said the toll was too high, after half said so in May.')).map((r) => r[2])).toEqual(['the toll was too high', 'so']); // (the pro-form "so" is the whole content: proformSo.ts)
  });

  it('not: a relative clause in the middle of the reported clause', () => {
    const a = analyse('Ruiz said the toll, which she called a disgrace, would go.');
    expect(a.attributions.find((x) => x.cue === 'said')?.text).toBe('the toll, which she called a disgrace, would go');
  });
});

describe('words that only look like cues', () => {
  it('not: "270 pledged delegates", "maintained a lead", "an effort to"', () => {
    expect(analyse('Ruiz leads by 270 pledged delegates.').attributions).toEqual([]);
    expect(analyse('Ruiz maintained a lead in the polls.').attributions).toEqual([]);
    expect(analyse('Ruiz launched an effort to cut the toll.').attributions).toEqual([]);
  });

  it('"maintained that …" and "“…,” Ruiz maintained" still attribute', () => {
    expect(analyse('Ruiz maintained that the toll was fair.').attributions[0]).toMatchObject({ cue: 'maintained', text: 'the toll was fair' });
    expect(analyse('“The toll is fair,” Ruiz maintained.').attributions[0]).toMatchObject({ cue: 'maintained', mode: 'direct' });
  });
});

describe('"believe it" before a clause', () => {
  it('"economists believe it would fail" attributes; "can\'t believe it" does not', () => {
    expect(analyse('Many harbour economists believe it would be easy to avoid the toll.').attributions[0]).toMatchObject({ cue: 'believe', cueClass: 'belief', text: 'it would be easy to avoid the toll' });
    expect(analyse('I can’t believe it.').attributions).toEqual([]);
  });
});

describe('"As X noted, …", "as X put it", "made it clear that"', () => {
  it('an opening "as" clause attributes what follows its comma', () => {
    expect(rows(analyse('As Varga noted, those voters will come back.'))).toEqual([['noted', 'Varga', 'those voters will come back']]);
    expect(rows(analyse('But as Varga put it, the toll is a tax on the poor.'))).toEqual([['put it', 'Varga', 'the toll is a tax on the poor']]);
    expect(rows(analyse('The toll is a tax on the poor, as Varga put it.'))).toEqual([['put it', 'Varga', 'The toll is a tax on the poor']]);
  });

  it('a conjunction set off by a comma before the "as" clause: "But, as Varga put it, …"', () => {
    expect(rows(analyse('The ferry fares rose again. But, as Varga put it, nobody on the island was surprised.'))).toEqual([['put it', 'Varga', 'nobody on the island was surprised']]);
    expect(rows(analyse('And, as the harbour clerk noted, the night boat kept running.'))).toEqual([['noted', 'the harbour clerk', 'the night boat kept running']]);
  });

  it('an "as" clause that opens a clause joined inside the sentence attributes that clause', () => {
    expect(rows(analyse('The ferry may stop in winter, and as Varga noted, the island would be cut off.'))).toEqual([['noted', 'Varga', 'the island would be cut off']]);
    expect(rows(analyse('The ferry may stop in winter and, as Varga noted, the island would be cut off.'))).toEqual([['noted', 'Varga', 'the island would be cut off']]);
    expect(rows(analyse('The ferry may stop in winter; as the harbour clerk put it, the island would be cut off.'))).toEqual([['put it', 'the harbour clerk', 'the island would be cut off']]);
  });

  it('", as X noted," inside a clause: the content runs on both sides of the cue, in two pieces', () => {
    const a = analyse('The new toll is, as one ferry driver put it, a tax on going home.');
    expect(rows(a)).toEqual([['put it', 'one ferry driver', 'The new toll is, as one ferry driver put it, a tax on going home']]);
    expect(a.attributions[0]!.contentSpans.map((s) => s.text)).toEqual(['The new toll is', 'a tax on going home']);
    expect(rows(analyse('The old bridge, as Varga noted, will not last another decade.'))[0]![2]).toBe('The old bridge, as Varga noted, will not last another decade');
    // not when what follows the comma is a clause of its own
    expect(rows(analyse('The toll is a stopgap, as Varga noted, and the council agreed.'))).toEqual([['noted', 'Varga', 'The toll is a stopgap']]);
  });

  it('an outlet or a medium after the verb is where it was said, not what was said', () => {
    expect(rows(analyse('Dana Dee noted in the Courier that the toll is a stopgap.'))).toEqual([['noted', 'Dana Dee', 'the toll is a stopgap']]);
    expect(rows(analyse('The toll is a stopgap, as Dana Dee wrote in the Courier.'))).toEqual([['wrote', 'Dana Dee', 'The toll is a stopgap']]);
    expect(rows(analyse('The toll is a stopgap, Dana Dee noted in the Courier.'))).toEqual([['noted', 'Dana Dee', 'The toll is a stopgap']]);
    // a preposition the verb takes still opens its content
    expect(rows(analyse('Ruiz wrote about the toll on Sunday.'))[0]![2]).toMatch(/^the toll/);
  });

  it('"made it clear that", "made clear on Tuesday that"', () => {
    expect(rows(analyse('Ruiz made it clear that she would not resign.'))).toEqual([['made it clear', 'Ruiz', 'she would not resign']]);
    expect(rows(analyse('Ruiz made clear on Tuesday that the toll would stay.'))).toEqual([['made clear', 'Ruiz', 'the toll would stay']]);
  });

  it('a quotation before ", as X put it" / ", as X said" is what X said', () => {
    const a = analyse('Traffic crawled over the old span all morning. “We are not going anywhere,” as one driver put it.');
    expect(a.attributions.map((x) => [x.mode, x.cue, x.sourceSpan?.text])).toEqual([['direct', 'put it', 'one driver']]);
    expect(a.attributions[0]!.contentSpans.map((c) => c.text)).toEqual(['We are not going anywhere,']);
    const b = analyse('“We will finish the bridge by June,” as Mayor Ines Varga said in March.');
    expect(b.attributions.map((x) => [x.mode, x.speaker])).toEqual([['direct', 'Ines Varga']]);
  });

  it('a partial quotation before ", as X put it" (comma inside the closing mark) makes a mixed attribution', () => {
    const a = analyse('The ferry plan is “a monument to waste,” as Councillor Ana Ruiz put it on Monday.');
    expect(a.attributions.map((x) => [x.mode, x.cue, x.speaker])).toEqual([['mixed', 'put it', 'Ana Ruiz']]);
    expect(a.attributions[0]!.text).toBe('The ferry plan is “a monument to waste,”');
    // "as X put it" takes the clause before it also when an adjunct follows the cue
    expect(rows(analyse('The vote was close, as Ruiz put it in her speech.'))).toEqual([['put it', 'Ruiz', 'The vote was close']]);
  });

  it('not: a quotation before "as" with no speech cue ("as the crowd cheered"), nor "as X said goodbye"', () => {
    expect(analyse('“We won,” as the crowd cheered.').attributions).toEqual([]);
    const a = analyse('“Goodbye,” she shouted, as Ruiz waved from the pier.');
    expect(a.attributions.map((x) => [x.cue, x.sourceSpan?.text])).toEqual([['shouted', 'she']]);
  });

  it('not: "put it on the table", "As expected, …" (no one named expects: sourceless), "As the ferry left, …"', () => {
    expect(analyse('Ruiz put it on the table.').attributions).toEqual([]);
    expect(analyse('As expected, the toll stayed.').attributions.map((x) => [x.cue, x.sourceSpan])).toEqual([['As expected', null]]);
    expect(rows(analyse('As the ferry left, Ruiz said the toll would stay.'))).toEqual([['said', 'Ruiz', 'the toll would stay']]);
  });
});
