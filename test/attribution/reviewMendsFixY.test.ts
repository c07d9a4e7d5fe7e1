import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Findings of review31 and review32, mended in the thirty-third round (issue 10). Every sentence is written for
// these tests; names, places and bodies are invented.

/** [cue, source or null, content pieces] of each relation. */
const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.cueSpan?.text ?? null, x.sourceSpan ? x.sourceSpan.text : null, (x.contentSpans ?? []).map((c) => c.text)]);

describe('an aside between two dashes in an object, then «and» and a new clause (review31 H3)', () => {
  it('a subject noun phrase and its verb after «and» end the object at the first dash (was content through «agreed»)', () => {
    expect(rows(analyse('Vale praised the levy — a modest one — and many growers quickly agreed.'))).toEqual([['praised', 'Vale', ['the levy']]]);
    expect(rows(analyse('Vale praised the levy — a modest one — and several of the growers agreed.'))).toEqual([['praised', 'Vale', ['the levy']]]);
    expect(rows(analyse('Berg opposed the toll — a steep one — or the island council would have acted.'))[0]).toEqual(['opposed', 'Berg', ['the toll']]);
  });

  it('an appositive set off by commas between the subject and its verb', () => {
    expect(rows(analyse('Vale praised the levy — a modest one — and Ruiz, the mayor, agreed.'))).toEqual([['praised', 'Vale', ['the levy']]]);
    expect(rows(analyse('Vale praised the levy — a modest one — and the new mayor, Ruiz, called it fair.'))[0]).toEqual(['praised', 'Vale', ['the levy']]);
  });

  it('when nothing behind the second dash stays in the object, neither does the aside (was «the levy — a modest one»)', () => {
    const a = analyse("Vale praised the levy — a modest one — and the growers' union backed it.");
    expect(rows(a)[0]).toEqual(['praised', 'Vale', ['the levy']]);
  });

  it('not: a second noun phrase with no verb of its own is still part of the object', () => {
    expect(rows(analyse('Most voters opted for Vale — a harbour pilot who had never held office — and Ruiz.'))).toEqual([
      ['opted for', 'Most voters', ['Vale — a harbour pilot who had never held office — and Ruiz']],
    ]);
    expect(rows(analyse('Vale backed the ferry plan — a costly one — and the new toll.'))).toEqual([['backed', 'Vale', ['the ferry plan — a costly one — and the new toll']]]);
    expect(rows(analyse('The mayor praised the levy — a modest one by any measure — against the wishes of the council.'))).toEqual([
      ['praised', 'The mayor', ['the levy — a modest one by any measure — against the wishes of the council']],
    ]);
  });
});

describe('«a call on» a person with no infinitive is a visit, not a demand', () => {
  it('a social or courtesy call on a named person or a role gives no relation', () => {
    expect(rows(analyse('Berg stirred gossip by dropping in for a quick social call on the mayor.'))).toEqual([]);
    expect(rows(analyse('Berg paid a courtesy call on Ruiz on Friday.'))).toEqual([]);
    expect(rows(analyse('Berg made a brief call on him.'))).toEqual([]);
  });

  it('not: a call on someone to act, or a call on a matter, is still a relation', () => {
    expect(rows(analyse('The union renewed its call on the mayor to resign.'))).toEqual([['renewed its call on', 'The union', ['the mayor to resign']]]);
    expect(rows(analyse('Vale issued a call on Tarn County to act.'))).toEqual([['issued a call on', 'Vale', ['Tarn County to act']]]);
    expect(rows(analyse('Berg made the final call on the levy.'))).toEqual([['made the final call on', 'Berg', ['the levy']]]);
  });
});

describe('a free relative with «what» first in its sentence, the main verb after it (review31 M7)', () => {
  it('«what» and the infinitive the cue keeps; the main verb ends the content (was «to do was fix the pier»)', () => {
    expect(rows(analyse('What Vale promised to do was fix the pier.'))).toEqual([['promised', 'Vale', ['What', 'to do']]]);
    expect(rows(analyse('What officials expect to happen is a strike.'))).toEqual([['expect', 'officials', ['What', 'to happen']]]);
  });

  it('a lone finite verb after the cue is the main verb, and «What» alone is no content (was «true», «matters»; false39)', () => {
    expect(rows(analyse('What Ruiz says is true.'))).toEqual([]);
    expect(rows(analyse('What Ruiz thinks matters.'))).toEqual([]);
    expect(rows(analyse('What Berg said surprised the board.'))).toEqual([]);
  });

  it('not: a second finite verb makes the first the reported clause\'s («What they think | is fair | is …»)', () => {
    expect(rows(analyse('What the growers think is fair is a lower toll.'))).toEqual([['think', 'the growers', ['What', 'is fair']]]);
  });

  it('not: with no main verb found after the complement, nothing is guessed', () => {
    expect(rows(analyse('What Vale wants first and foremost is to close the pier.'))).toEqual([]);
  });

  it('a speech cue\'s addressee after a moved «what» is no content (was «to reporters»), nor «what» alone (false39)', () => {
    expect(rows(analyse('This is what Vale said to reporters.'))).toEqual([]);
    expect(rows(analyse('That is what Ruiz wrote to the harbour board on Monday.'))).toEqual([]);
  });

  it('not: an infinitive after «said to» is the complement', () => {
    expect(rows(analyse('This is what Vale said to do.'))).toEqual([['said', 'Vale', ['what', 'to do']]]);
  });
});

describe('a passive judgement with its agent inside a reporting tag keeps its own relation (review31 M8)', () => {
  it('the judgement in pieces around its cue and the tag\'s report of the whole clause are both kept (was the tag only)', () => {
    const text = 'Vale was criticized by the growers for raising the toll, Ruiz said on Monday.';
    expect(rows(analyse(text))).toEqual([
      ['was criticized', 'the growers', ['Vale', 'for raising the toll']],
      ['said', 'Ruiz', ['Vale was criticized by the growers for raising the toll']],
    ]);
    expect(rows(analyse('Berg was praised by the harbour board for saving the ferry, the clerk wrote.'))[0]).toEqual(['was praised', 'the harbour board', ['Berg', 'for saving the ferry']]);
  });

  it('not: an agentless passive in the tag\'s content stays nested', () => {
    expect(rows(analyse('The storm is expected to weaken, forecasters said.'))).toEqual([['said', 'forecasters', ['The storm is expected to weaken']]]);
  });
});

describe('a closing bracket whose opening one is outside the content is no part of it (review32 L7)', () => {
  it('a bracketed sentence: the content ends before «.)» (was «it.)»)', () => {
    expect(rows(analyse('(That said, Vale still backed it.)'))).toEqual([['still backed', 'Vale', ['it']]]);
    expect(rows(analyse('(Ruiz said the pier was safe.)'))).toEqual([['said', 'Ruiz', ['the pier was safe']]]);
  });

  it('not: a bracket opened inside the content keeps its closing one', () => {
    expect(rows(analyse('Vale backed the levy (a modest one).'))).toEqual([['backed', 'Vale', ['the levy (a modest one)']]]);
    expect(rows(analyse('Vale said the pier (built in 1990) was safe.'))).toEqual([['said', 'Vale', ['the pier (built in 1990) was safe']]]);
  });
});
