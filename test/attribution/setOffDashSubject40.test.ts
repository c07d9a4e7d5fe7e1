import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, sourcelessByCue } from '../helpers.js';

// The subject of a sourceless cue ("was not announced", "is expected to") standing before an aside set off
// by a pair of dashes (issue 10, round 35): the subject starts before the first dash, as it does before an
// aside set off by commas; before, the content began inside the aside ("a sore point -- is expected to rise").
// Every sentence is written for these tests; names and places are invented.

const cuesOf = (text: string) => analyse(text).attributions.map((a) => a.cue);

describe('a subject before an aside set off by dashes', () => {
  it('"The toll on the old bridge — a sore point for Vale — was not announced": the subject and its aside', () => {
    const x = sourcelessByCue('The toll on the old bridge — a sore point for Vale — was not announced.', 'was not announced');
    expect(x.text).toBe('The toll on the old bridge — a sore point for Vale —');
  });

  it('with double hyphens and a raising cue: "The fee for the ferry -- a sore point -- is expected to rise"', () => {
    const x = sourcelessByCue('The fee for the ferry -- a sore point -- is expected to rise.', 'is expected');
    expect(x.text.startsWith('The fee for the ferry -- a sore point --')).toBe(true);
    expect(x.text.endsWith('to rise')).toBe(true);
  });

  it('a renamed thing: "The price of the Harbour Inn -- now known as the Tarn Lodge -- was not disclosed"', () => {
    const x = sourcelessByCue('The price of the Harbour Inn -- now known as the Tarn Lodge -- was not disclosed.', 'was not disclosed');
    expect(x.text).toBe('The price of the Harbour Inn -- now known as the Tarn Lodge --');
  });

  it('a relative clause set off by dashes: "The new levy -- which Ruiz backs -- is expected to pass"', () => {
    const x = sourcelessByCue('The new levy -- which Ruiz backs -- is expected to pass.', 'is expected');
    expect(x.text.startsWith('The new levy -- which Ruiz backs --')).toBe(true);
  });
});

describe('no subject before the dashes', () => {
  it('a dash that opens the aside right before the cue keeps the content after it', () => {
    // ("-- it was not announced": the dash opens a clause with its own subject, which is what is announced)
    const text = 'Vale sold the bridge -- the old one -- and it was not announced.';
    const x = sourcelessByCue(text, 'was not announced');
    expect(x.text).toBe('it');
  });

  it('the subject stops at the reporting verb before it: "Ruiz said the toll -- a sore point -- is expected to rise"', () => {
    const a = analyse('Ruiz said the toll -- a sore point for Berg -- is expected to rise.');
    const said = a.attributions.find((y) => y.cue === 'said');
    expect(said?.text).toBe('the toll -- a sore point for Berg -- is expected to rise');
    expect(a.attributions.some((y) => y.text.startsWith('Ruiz said'))).toBe(false);
  });

  it('an opening clause ended by dashes is no subject: "When the toll rose -- by a third -- it was not announced"', () => {
    const x = sourcelessByCue('When the toll rose -- by a third -- it was not announced.', 'was not announced');
    expect(x.text).toBe('it');
  });

  it('one dash alone sets nothing off: "Berg was blunt - the toll is expected to rise"', () => {
    const x = sourcelessByCue('Berg was blunt - the toll is expected to rise.', 'is expected');
    expect(x.text.startsWith('the toll')).toBe(true);
  });

  it('a closing comma still works as before', () => {
    expect(cuesOf('The toll, a sore point for Vale, was not announced.')).toContain('was not announced');
  });
});
