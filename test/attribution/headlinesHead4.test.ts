import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Headlines (issue 10, twenty-third round, head4). Every sentence is written for these tests; names,
// places and bodies are invented.

const BODY = '\n\nThe glasshouse growers of the valley met on Friday to discuss the price of heating oil.';
const rows = (a: ArticleAnalysis, line: string) =>
  a.attributions.filter((x) => x.start < line.length).map((x) => [x.cue, x.sourceSpan ? x.sourceSpan.text : null, x.text]);
const headline = (line: string) => rows(analyse(line + BODY), line);
const inBody = (line: string) => rows(analyse(`The growers met on Friday.\n\n${line}\n\nThe levy stays.`), `The growers met on Friday.\n\n${line}`);

describe('a sentence-case colon headline: the rest of the name in lower case', () => {
  it('"Vale team: …" and "Harbour board report: …" name the source', () => {
    expect(headline('Vale team: Ruiz’s levy threatens the orchards.')).toEqual([[':', 'Vale team', 'Ruiz’s levy threatens the orchards']]);
    expect(headline('Harbour board report: Ferry was late all winter.')).toEqual([[':', 'Harbour board report', 'Ferry was late all winter']]);
  });

  it('not in a later line: "Vale team: …" inside the body is no headline', () => {
    expect(inBody('Vale team: the levy is late again.').filter((r) => r[0] === ':')).toEqual([]);
  });

  it('not a clause: "Vale is back: …" keeps no colon relation', () => {
    expect(headline('Vale is back: growers cheer at the orchard gate.').filter((r) => r[0] === ':')).toEqual([]);
  });
});

describe('a colon headline naming an addressee or a place after the speaker', () => {
  it('"Vale to workers: …", "Former minister Vale at summit: …": the source ends before "to" / "at"', () => {
    expect(headline('Vale to workers: Ruiz will close the harbour.')).toEqual([[':', 'Vale', 'Ruiz will close the harbour']]);
    expect(headline('Former minister Vale at summit: Levy will hurt the orchard trade.')).toEqual([[':', 'Former minister Vale', 'Levy will hurt the orchard trade']]);
  });

  it('not a verb after "to": "Vale to quit: …" is a plan, no speaker', () => {
    expect(headline('Vale to quit: growers lose their champion.').filter((r) => r[0] === ':')).toEqual([]);
  });
});

describe('"Report:", "Poll:" and short acronyms opening the title line', () => {
  it('"Report: …" and "Poll: 3 …" are what a report or poll says', () => {
    expect(headline('Report: Half of Vale’s meetings were with donors.')).toEqual([[':', 'Report', 'Half of Vale’s meetings were with donors']]);
    expect(headline('Poll: 3 harbour races are tight.')).toEqual([[':', 'Poll', '3 harbour races are tight']]);
  });

  it('"AP: …": a short acronym is an agency', () => {
    expect(headline('AP: Vale routed harbour money to lobbyists.')).toEqual([[':', 'AP', 'Vale routed harbour money to lobbyists']]);
  });

  it('not in the body ("Report: …" labels a section), nor a long capital word ("BOOM: …")', () => {
    expect(inBody('Report: Half of Vale’s meetings were with donors.').filter((r) => r[0] === ':')).toEqual([]);
    expect(headline('BOOM: Vale Just Fired A Missile At Ruiz.').filter((r) => r[0] === ':')).toEqual([]);
  });
});
