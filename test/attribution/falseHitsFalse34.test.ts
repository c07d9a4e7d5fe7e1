import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// false34 (issue 10, precision): constructions the gold (almost) never marks. Every sentence is written
// for these tests; names and places are invented.

const cues = (text: string) => analyse(text).attributions.map((r) => r.cue);
const relations = (text: string) => analyse(text).attributions.map((r) => `${r.cue}: ${text.slice(r.start, r.end)}`);

describe('a content left with only when or where it was said', () => {
  it('a time adjunct left after a clause boundary cut the content back: no relation', () => {
    expect(cues('Ruiz stepped up his attacks on Friday, saying the harbour levy was a scam.')).toEqual(['saying']);
    expect(cues('Dara apologized the next day, saying she regretted the remark.')).toEqual(['saying']);
  });

  it('only the medium, after "on" in the cue or the content: no relation', () => {
    expect(cues('Ruiz responded on Twitter, but Okafor said nothing.')).toEqual([]);
    expect(cues('Berg made his case on television.')).toEqual([]);
  });

  it('still: a content after the time or the medium, a thing criticized, a medium as the object or the topic', () => {
    expect(relations('Ruiz stepped up his attacks on the levy on Friday, saying it was a scam.')).toEqual(['stepped up his attacks on: the levy on Friday', 'saying: it was a scam']);
    expect(relations('Ruiz responded on Twitter that the levy was unfair.')).toEqual(['responded: the levy was unfair']);
    expect(relations('Vale taunted Twitter by opening a new account.')).toEqual(['taunted: Twitter by opening a new account']);
    expect(relations('Okafor reported on the tram fare.')).toEqual(['reported on: the tram fare']);
    expect(relations('Okafor criticized them on social media.')).toEqual(['criticized: them on social media']);
  });

  it('(fixT, review29 #2) still: a network after a topic verb\'s own "on" is the topic; after a verb of speaking it is the medium', () => {
    expect(relations('The inquiry focused on TikTok.')).toEqual(['focused on: TikTok']);
    expect(relations('The hearing touched on YouTube.')).toEqual(['touched on: YouTube']);
    expect(cues('Vale commented on Facebook.')).toEqual([]);
  });
});

describe('"focus on" a place', () => {
  it('a known place or one ending in a place noun, "the state": no relation', () => {
    expect(cues('Ruiz stayed off the air to focus on Norway.')).toEqual([]);
    expect(cues('Both men are focusing chiefly on Tarn County.')).toEqual([]);
    expect(cues('Dara will focus on Lisbon, where the harbour vote is close.')).toEqual([]);
    expect(cues('The Okafor team could not focus on the state before the harbour vote.')).toEqual([]);
  });

  it('still: a person, a topic, a place as a modifier or a part', () => {
    expect(relations('Vale focused on Ruiz.')).toEqual(['focused on: Ruiz']);
    expect(relations('The ad focuses on the levy.')).toEqual(['focuses on: the levy']);
    expect(relations('Vale focused on Lisbon voters.')).toEqual(['focused on: Lisbon voters']);
    expect(relations("The report focuses on Tarn County's budget.")).toEqual(["focuses on: Tarn County's budget"]);
    expect(relations('The board focused on the state of the harbour.')).toEqual(['focused on: the state of the harbour']);
    expect(relations('The board focused on the state budget.')).toEqual(['focused on: the state budget']);
  });

  it('(fixT, review29 #1) still: a thing focuses on its topic, a document or an event, over a relative clause too', () => {
    expect(relations('The lawsuit focuses on Tarn County.')).toEqual(['focuses on: Tarn County']);
    expect(relations('The hearing will focus on Ostland.')).toEqual(['will focus on: Ostland']);
    expect(relations('The lawsuit, which the growers filed on Friday, focuses on Tarn County.')).toEqual(['focuses on: Tarn County']);
  });

  it('(fixT, review29 #1) people, a campaign, a relative clause on a person, an infinitive after an object: no relation', () => {
    expect(cues('The campaign will focus on Tarn County.')).toEqual([]);
    expect(cues('Vale, who will be in Lisbon on Friday, focuses on Tarn County.')).toEqual([]);
    expect(cues('Ruiz pulled the ads to focus on Norway.')).toEqual([]);
  });
});

describe('running for an office: "seek" or "vie for" an office', () => {
  it('the presidency, reelection, a nomination, the White House: no intention', () => {
    expect(cues('Two of the candidates seeking the presidency have filed their reports.')).toEqual([]);
    expect(cues("Vale and Ruiz, vying for the party's nomination, met in Tarn.")).toEqual([]);
    expect(cues('Okafor seeks the White House.')).toEqual([]);
    expect(cues('Berg is not seeking a third term.')).toEqual([]);
  });

  it('still: a plan, a request, an office of someone else, a seat at the table, office space', () => {
    expect(relations('Ruiz sought to delay the levy.')).toEqual(['sought: to delay the levy']);
    expect(relations('The council is seeking help from the state.')).toEqual(['is seeking: help from the state']);
    expect(relations('Vale is seeking the nomination of Berg to the harbour board.')).toEqual(['is seeking: the nomination of Berg to the harbour board']);
    expect(relations('Dara sought a seat at the table for growers.')).toEqual(['sought: a seat at the table for growers']);
    expect(relations('Vale sought office space near the harbour.')).toEqual(['sought: office space near the harbour']);
  });
});
