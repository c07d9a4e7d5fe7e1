import { describe, expect, it } from 'vitest';
import { sourcelessByCue } from '../helpers.js';

// A name set off after its noun ("the docks, derisively known as the Mud Flats") renames the object of the
// last preposition, not the phrase it hangs on (issue 10, round 35): before, the naming's content began at
// an opening "During" or at the head of "an appearance at the inn".
// Every sentence is written for these tests; names and places are invented.

describe('a set-off name after a prepositional phrase names the preposition\'s object', () => {
  it('"During a visit to the docks, derisively known as the Mud Flats, …": from «the docks»', () => {
    const x = sourcelessByCue('During a visit to the docks, derisively known as the Mud Flats, Vale spoke to the crews.', 'derisively known as');
    expect(x.text).toBe('the docks, derisively known as the Mud Flats');
  });

  it('"an appearance at the inn, now called the Gull Club": from «the inn»', () => {
    const x = sourcelessByCue('Vale made an appearance at the inn, now called the Gull Club, on Monday.', 'now called');
    expect(x.text).toBe('the inn, now called the Gull Club');
  });

  it('"The price of the Harbour Inn -- now known as the Tarn County Lodge --": the inn is renamed, not its price', () => {
    const x = sourcelessByCue('The price of the Harbour Inn -- now known as the Tarn County Lodge -- rose in May.', 'now known as');
    expect(x.text).toBe('the Harbour Inn -- now known as the Tarn County Lodge');
  });
});

describe('no preposition: the whole noun phrase', () => {
  it('"The ferry line, now known as the Blue Line, …" keeps its subject whole', () => {
    expect(sourcelessByCue('The ferry line, now known as the Blue Line, carries 400 riders a day.', 'now known as').text).toBe('The ferry line, now known as the Blue Line');
  });

  it('a possessive is no preposition: "Vale\'s book, titled The Long Walk, …"', () => {
    expect(sourcelessByCue('Vale\'s book, titled The Long Walk, sold well.', 'titled').text).toBe('Vale\'s book, titled The Long Walk');
  });

  it('an object after a verb: "Vale toured the docks, derisively known as the Mud Flats, …"', () => {
    expect(sourcelessByCue('Vale toured the docks, derisively known as the Mud Flats, on Monday.', 'derisively known as').text).toBe('the docks, derisively known as the Mud Flats');
  });
});
