import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// "According to X, Name, <appositive>, verb …": a name after the source's comma that has an appositive of its own
// and then a verb is the subject of the content, not a second name for the source (source44). Sentences invented.

describe('a name with its own appositive after the source of "according to"', () => {
  it('a description between commas: the name opens the content', () => {
    const r = byCue(analyse('According to a council summary, Ana Vale, a top aide, sent the clerk an email.'), 'According to');
    expect(r.sourceSpan?.text).toBe('a council summary');
    expect(r.text).toBe('Ana Vale, a top aide, sent the clerk an email');
  });

  it('a paper as the source, a one-word name', () => {
    const r = byCue(analyse('According to the Harbour Times, Vale, a former clerk, sent the email.'), 'According to');
    expect(r.sourceSpan?.text).toBe('the Harbour Times');
    expect(r.text).toBe('Vale, a former clerk, sent the email');
  });

  it('an age between commas, before an auxiliary', () => {
    const r = byCue(analyse('According to two aides, Vale, 54, will run again.'), 'According to');
    expect(r.sourceSpan?.text).toBe('two aides');
    expect(r.text).toBe('Vale, 54, will run again');
  });

  it('a relative clause between commas', () => {
    const r = byCue(analyse('According to Ruiz, Vale, who chairs the board, lied about the pier.'), 'According to');
    expect(r.sourceSpan?.text).toBe('Ruiz');
    expect(r.text).toBe('Vale, who chairs the board, lied about the pier');
  });

  it('offsets slice to their text', () => {
    const text = 'According to a council summary, Ana Vale, a top aide, sent the clerk an email.';
    const r = byCue(analyse(text), 'According to');
    expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(text.slice(r.sourceSpan!.start, r.sourceSpan!.end)).toBe(r.sourceSpan!.text);
  });

  it('not a name that names the source, before the content clause', () => {
    const r = byCue(analyse('According to a spokesman, Ana Vale, the pier will close.'), 'According to');
    expect(r.sourceSpan?.text).toBe('Ana Vale');
    expect(r.text).toBe('the pier will close');
  });

  it('not the operator named after its description', () => {
    const r = byCue(analyse("According to the port's operator, Tarn Ferries, the pier will close in May."), 'According to');
    expect(r.sourceSpan?.text).toBe('Tarn Ferries');
    expect(r.text).toBe('the pier will close in May');
  });

  it('not a participle after the appositive: the name stays the source', () => {
    const r = byCue(analyse('According to the clerk, Vale, a former mayor, saying nothing, left the hall.'), 'According to');
    expect(r.sourceSpan?.text).toBe('Vale');
  });
});

describe('the named source’s own appositive after "according to X, Name,"', () => {
  it('a description of the name: the content starts after it', () => {
    const r = byCue(analyse("According to the port's operator, Tarn Ferries, a unit of Vale Group, the pier will close."), 'According to');
    expect(r.sourceSpan?.text).toBe('Tarn Ferries');
    expect(r.text).toBe('the pier will close');
  });

  it('a relative clause on the name', () => {
    const r = byCue(analyse("According to the port's operator, Tarn Ferries, which runs the pier, fares will rise."), 'According to');
    expect(r.sourceSpan?.text).toBe('Tarn Ferries');
    expect(r.text).toBe('fares will rise');
  });

  it('not the content’s subject with a relative clause of its own', () => {
    const r = byCue(analyse("According to the port's operator, Tarn Ferries, the pier, which is old, will close."), 'According to');
    expect(r.text).toBe('the pier, which is old, will close');
  });
});
