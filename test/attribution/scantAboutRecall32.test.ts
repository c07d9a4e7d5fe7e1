import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// recall32: "say" with an amount ("little", "nothing", "much", "more", "less") and "about" reports the topic of
// what was said: the cue runs through "about". Every sentence is written for these tests; names and places are
// invented.

const cuesOf = (text: string) => analyse(text).attributions.map((a) => text.slice(a.cueSpan.start, a.cueSpan.end));

describe('"said little about X": the topic of what was barely said', () => {
  it('"has said little about the levy": cue through "about", the topic as content', () => {
    const r = byCue(analyse('The harbour opened in May. Vale has said little about the levy.'), 'has said little about');
    expect(r.text).toBe('the levy');
    expect(r.sourceSpan?.text).toBe('Vale');
  });

  it('"says nothing about", "said very little about", and beside a promise it does not join', () => {
    expect(byCue(analyse('The harbour opened in May. The leaflet says nothing about the ferry timetable.'), 'says nothing about').text).toBe('the ferry timetable');
    expect(byCue(analyse('The harbour opened in May. Ruiz said very little about the tram fare.'), 'said very little about').text).toBe('the tram fare');
    const text = 'The harbour opened in May. Ruiz promised to trim the levy but said little about when.';
    expect(byCue(analyse(text), 'promised').text).toBe('to trim the levy');
    expect(byCue(analyse(text), 'said little about').text).toBe('when');
  });

  it('no topic: an amount alone, an amount with no "about", an "about" of quantity', () => {
    expect(cuesOf('The harbour opened in May. Vale said nothing.')).toEqual([]);
    expect(cuesOf('The harbour opened in May. Vale said little more.')).toEqual([]);
    expect(byCue(analyse('The harbour opened in May. Vale said much of the talk was about the levy.'), 'said').text).toBe('much of the talk was about the levy');
    expect(byCue(analyse('The harbour opened in May. Vale said the levy would rise by about 3 percent.'), 'said').text).toBe('the levy would rise by about 3 percent');
  });

  it('the topic ends where a new clause or the comparison an amount opens begins (review28 #9)', () => {
    expect(byCue(analyse('The harbour opened in May. Vale said much about the ferry, and Ruiz agreed.'), 'said much about').text).toBe('the ferry');
    expect(byCue(analyse('The harbour opened in May. Vale said so much about the levy that Ruiz left.'), 'said so much about').text).toBe('the levy');
    expect(byCue(analyse('The harbour opened in May. Vale said so much about the tram fare that Berg left the hall.'), 'said so much about').text).toBe('the tram fare');
    expect(byCue(analyse('The harbour opened in May. Vale said so little about the orchard that growers were angry.'), 'said so little about').text).toBe('the orchard');
    expect(byCue(analyse('The harbour opened in May. Vale says more about the harbour than anyone.'), 'says more about').text).toBe('the harbour');
    expect(byCue(analyse('The harbour opened in May. Ruiz said rather little about the orchard.'), 'said rather little about').text).toBe('the orchard');
    expect(byCue(analyse('The harbour opened in May. Okafor talked about the tram fare, and Berg agreed.'), 'talked about').text).toBe('the tram fare');
  });

  it('what still belongs to the topic: a relative clause after "little", a question clause, a clause after a plain "said"', () => {
    expect(byCue(analyse('The harbour opened in May. Vale said little about the levy that Ruiz passed.'), 'said little about').text).toBe('the levy that Ruiz passed');
    // (fixU, review30 #3: the "that" after "so"/"too" may be a relative's: its verb has no object)
    expect(byCue(analyse('The harbour opened in May. Vale said so little about the tram fare that riders paid in June.'), 'said so little about').text).toBe('the tram fare that riders paid in June');
    expect(byCue(analyse('The harbour opened in May. Vale said too much about the levy that Ruiz drafted.'), 'said too much about').text).toBe('the levy that Ruiz drafted');
    expect(byCue(analyse('The harbour opened in May. Okafor talked about how the ferry was late and Berg lost his stall.'), 'talked about').text).toBe('how the ferry was late and Berg lost his stall');
    // (only the start is checked: `topicOnly` leaves a plain "said" + clause alone; where it ends is not this rule's
    // concern, and «, and Ruiz agreed» is Ruiz's own clause, not what Vale said — review30 #8)
    expect(byCue(analyse('The harbour opened in May. Vale said the ferry was late, and Ruiz agreed.'), 'said').text.startsWith('the ferry was late')).toBe(true);
  });
});
