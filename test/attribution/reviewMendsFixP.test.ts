import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Leftovers of the last review (review27), mended in the thirtieth round (issue 10). Every sentence is
// written for these tests; names, places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.cueSpan?.text ?? null, x.sourceSpan ? x.sourceSpan.text : null, x.text]);

describe('a contact relative closing a headline with no closing mark ends with its line', () => {
  it('"The levy many growers feared" over a new paragraph reads as it does with a full stop', () => {
    const next = '\n\nOkafor said the tram fare was fair.';
    const said = ['said', 'Okafor', 'the tram fare was fair'];
    expect(rows(analyse(`The levy many growers feared${next}`))).toEqual([['feared', 'many growers', 'The levy'], said]);
    expect(rows(analyse(`The levy many growers feared.${next}`))).toEqual([['feared', 'many growers', 'The levy'], said]);
  });

  it('not: a headline whose verb keeps its object has its own subject', () => {
    expect(rows(analyse('The growers feared the levy\n\nOkafor said the tram fare was fair.'))).toEqual([
      ['feared', 'The growers', 'the levy'],
      ['said', 'Okafor', 'the tram fare was fair'],
    ]);
  });
});

describe('a reporting noun behind a time adjunct: a relative clause with a bare noun subject is no content', () => {
  it('"The warning last week that growers ignored was dire": the clause is about the warning (was «growers ignored was dire»)', () => {
    expect(rows(analyse('The warning last week that growers ignored was dire.'))).toEqual([]);
    expect(rows(analyse('The warning that growers ignored was dire.'))).toEqual([]);
  });

  it('not: a clause with its own object or an intransitive verb is the content, ending before the main verb', () => {
    expect(rows(analyse('The warning last week that prices would rise was dire.'))).toEqual([['The warning', null, 'prices would rise']]);
    expect(rows(analyse('The fear that growers have a plan grew.'))).toEqual([['The fear', null, 'growers have a plan']]);
  });
});

describe('an -s form right after a time word opening the sentence is a plural noun', () => {
  it('"Soon reports of a strike …", "Early reports said …": the noun is the cue or the subject (was source «Soon»/«Early»)', () => {
    expect(rows(analyse('Soon reports of a strike reached the harbour.'))).toEqual([['reports of', null, 'a strike']]);
    expect(rows(analyse('Early reports of a strike reached the harbour.'))).toEqual([['reports of', null, 'a strike']]);
    expect(rows(analyse('Early reports said the strike had ended.'))).toEqual([['said', 'Early reports', 'the strike had ended']]);
  });

  it('not: a verb with its own subject after the time word, or a plain verb after a plural noun', () => {
    expect(rows(analyse('Soon she reports that the strike ended.'))).toEqual([['reports', 'she', 'the strike ended']]);
    expect(rows(analyse('Early voters say the levy is fair.'))).toEqual([['say', 'Early voters', 'the levy is fair']]);
  });
});

describe('a naming participle opening the sentence with an unquoted name: the subject after its comma is the source', () => {
  it('"Titled Harbour Days, the video shows …": source «the video» (was «Titled Harbour Days»), as with a quoted name', () => {
    const shows = (text: string) => rows(analyse(text)).find((r) => r[0] === 'shows');
    expect(shows('Titled Harbour Days, the video shows the pier at dawn.')).toEqual(['shows', 'the video', 'the pier at dawn']);
    expect(shows('Titled “Harbour Days,” the video shows the pier at dawn.')).toEqual(['shows', 'the video', 'the pier at dawn']);
  });

  it('not: a name set off before a description is still the speaker', () => {
    expect(rows(analyse('Dara Vale, the harbour master, says the levy is unfair.'))).toEqual([['says', 'Dara Vale', 'the levy is unfair']]);
  });
});

describe('a judging verb closing a relative clause on a reporting noun: the noun is its object, not its content', () => {
  it('"the pledge (last week) that Ruiz mocked": no relation for the pledge (was content «Ruiz mocked»)', () => {
    const cues = (text: string) => rows(analyse(text)).map((r) => r[0]);
    expect(cues('Vale made the pledge last week that Ruiz mocked.')).not.toContain('made the pledge');
    expect(cues('The pledge that Ruiz mocked was vague.')).not.toContain('pledge');
  });

  it('not: the same verb with an object of its own is the content', () => {
    expect(rows(analyse('The claim that Ruiz condemned the levy was false.'))).toEqual([['The claim', null, 'Ruiz condemned the levy']]);
  });
});
