import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Title-case headlines (issue 10, twenty-seventh round, head27). Every sentence is written for these tests;
// names, places and bodies are invented.

const BODY = '\n\nThe glasshouse growers of the valley met on Friday to discuss the price of heating oil.';
const rows = (a: ArticleAnalysis, line: string) =>
  a.attributions.filter((x) => x.start < line.length).map((x) => [x.cue, x.sourceSpan ? x.sourceSpan.text : null, x.text]);
const headline = (line: string) => rows(analyse(line + BODY), line);

describe('a capitalised -s noun heading a prepositional phrase after the headline verb', () => {
  it('"… Boosts Spending In Swing States To …": "States" is the object of "In", no cue', () => {
    expect(headline('Harbour Party Boosts Spending In Swing States To Avoid Mistakes Of The Last Race.')).toEqual([]);
    expect(headline('Vale Boosts Funding For Harbour Plans To Widen The Road.')).toEqual([]);
  });

  it('still a verb with no verb before the phrase: "Mayor From Harbour Town Slams Levy"', () => {
    expect(headline('Mayor From Harbour Town Slams Tram Levy.')).toEqual([['Slams', 'Mayor From Harbour Town', 'Tram Levy']]);
  });

  it('still a verb after a preposition that may open a clause: "Ruiz Quits As Harbour Board Worries About Tolls"', () => {
    expect(headline('Ruiz Quits As Harbour Board Worries About Tolls.')).toEqual([['Worries About', 'Harbour Board', 'Tolls']]);
  });
});

describe('the second verb of a headline series behind an object with a prepositional phrase', () => {
  it('"Vale Aims Jab At Ruiz, Slams Harbour Levy": "Slams" shares the subject "Vale"', () => {
    expect(headline('Vale Aims Jab At Ruiz, Slams Harbour Levy.')).toEqual([['Slams', 'Vale', 'Harbour Levy']]);
    expect(headline('Berg Meets Growers In Orchard Town, Praises Crews.')).toEqual([['Praises', 'Berg', 'Crews']]);
  });

  it('not a list of nouns with no subject before its first -s word: "Claims Of Graft In Harbour, Praises For Crews"', () => {
    expect(headline('Claims Of Graft In Harbour, Praises For Crews.').filter((r) => r[0] === 'Praises')).toEqual([]);
  });
});

describe('"Name on why …": a heading that gives what the named one says on an indirect question', () => {
  it('"Okafor on why …", "Dara Okafor On How …": the name is the source, "on" the cue, the question the content', () => {
    const a = analyse('Okafor on why growers should back the harbour levy.\n\nDara Okafor met the growers on Friday.');
    expect(rows(a, 'Okafor on why growers should back the harbour levy.')).toEqual([['on', 'Okafor', 'why growers should back the harbour levy']]);
    const title = 'Dara Okafor On How Tram Fares Make Growers Feel Unseen.';
    expect(rows(analyse(`${title}\n\nThe growers met Dara Okafor on Friday.`), title)).toEqual([['On', 'Dara Okafor', 'How Tram Fares Make Growers Feel Unseen']]);
  });

  it('also a numbered heading inside the text: "3 Ruiz Berg On Why …"', () => {
    const text = 'The growers met.\n\n3 Ruiz Berg On Why Harbour Towns Need Ferries.\n\nThe growers met Berg on Friday.';
    const a = analyse(text);
    expect(a.attributions.map((x) => [x.cue, x.sourceSpan?.text ?? null, x.text])).toEqual([['On', 'Ruiz Berg', 'Why Harbour Towns Need Ferries']]);
  });

  it('not after a verb ("Vale spoke on why …" is the verb\'s), nor "on" before a noun ("Vale on Monday …")', () => {
    expect(headline('Vale spoke on why the levy failed.').filter((r) => r[0] === 'on')).toEqual([]);
    expect(headline('Vale on Monday opened the harbour school.').filter((r) => r[0] === 'on')).toEqual([]);
  });

  it('not a paragraph that opens "Name on why …": its later sentences keep their own cues (review25 #1)', () => {
    const line = 'Dara Vale on why the harbour needs a levy. Ruiz said the fare would rise. Berg argued that the pier was unsafe.';
    expect(rows(analyse(`${line}\n\nDara Vale met the growers.`), line)).toEqual([
      ['said', 'Ruiz', 'the fare would rise'],
      ['argued', 'Berg', 'the pier was unsafe'],
    ]);
  });

  it('not capitalised common nouns before "On How": "New Rules On How Tram Fares Are Set" (review25 #6)', () => {
    expect(headline('New Rules On How Tram Fares Are Set.').filter((r) => r[0] === 'On')).toEqual([]);
    expect(headline('Harbour Plans On Why Growers Leave The Valley.').filter((r) => r[0] === 'On')).toEqual([]);
  });

  it('not a thing before "on": "Pressure on how the levy is spent grows"', () => {
    expect(headline('Pressure on how the harbour levy is spent grows.').filter((r) => r[0] === 'on')).toEqual([]);
    const line = 'Pressure on how the harbour levy is spent grows.';
    expect(rows(analyse(`${line}\n\nPressure mounted on the board.`), line)).toEqual([]);
  });
});

describe('"camp" names a body of people: "Vale camp: …"', () => {
  it('a colon headline with "camp" names the source', () => {
    expect(headline('Vale camp: Ruiz will reverse the levy.')).toEqual([[':', 'Vale camp', 'Ruiz will reverse the levy']]);
  });

  it('not the place "camp" in a sentence: "Growers slept at the Vale camp, the harbour board said."', () => {
    expect(headline('Growers slept at the Vale camp, the harbour board said.')).toEqual([['said', 'the harbour board', 'Growers slept at the Vale camp']]);
  });
});
