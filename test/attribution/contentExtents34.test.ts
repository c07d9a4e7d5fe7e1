import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Content extents, round 34. Every sentence is written for these tests.

describe('an appositive with a relative clause on an object goes on with the object', () => {
  it('"praised Berg, the harbour master who reopened the pier": the description is part of the content', () => {
    const text = 'Ruiz praised Berg, the harbour master who reopened the pier last spring.';
    const x = byCue(analyse(text), 'praised');
    expect(x.sourceSpan?.text).toBe('Ruiz');
    expect(x.text).toBe('Berg, the harbour master who reopened the pier last spring');
    expect(byCue(analyse('Okafor pinned her hopes on Lorn, a county where the levy still has support.'), 'pinned her hopes on').text).toBe('Lorn, a county where the levy still has support');
    expect(byCue(analyse('Vale thanked the crews, the ones who rebuilt the harbour wall.'), 'thanked').text).toBe('the crews, the ones who rebuilt the harbour wall');
  });

  it('a subject with a relative clause before its own verb is a new clause (a tag), and a bare plural opens no appositive', () => {
    const said = byCue(analyse('Vale praised the tram fare, the mayor who runs the harbour board said.'), 'said');
    expect(said.sourceSpan?.text).toBe('the mayor who runs the harbour board');
    expect(said.text).toBe('Vale praised the tram fare');
    expect(byCue(analyse('Ruiz thanked the bakers, growers who had feared the frost stayed home.'), 'thanked').text).toBe('the bakers');
  });
});
