import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// A charge brought against someone (issue 10, thirty-seventh round): "prosecutors charged Vale with fraud"
// attributes the accusation to whoever brings it. Every sentence is written for these tests.

describe('"charged <person> with <offence>"', () => {
  it('the one who charges is the source, the person and the offence the content', () => {
    expect(rows('On Monday, Tarn County prosecutors charged Ana Vale with fraud.')).toEqual([['Tarn County prosecutors', 'charged', 'Ana Vale with fraud']]);
    expect(rows('Police charged the harbour clerk with assault after a video surfaced.')).toEqual([['Police', 'charged', 'the harbour clerk with assault after a video surfaced']]);
    expect(rows('The county attorney charged him with perjury.')).toEqual([['The county attorney', 'charged', 'him with perjury']]);
  });

  it('a charge brought in a relative clause is kept, with the relative word as its source', () => {
    expect(rows('Berg is the county attorney who charged Ruiz with perjury in the ferry case.')).toEqual([['who', 'charged', 'Ruiz with perjury in the ferry case']]);
  });

  it('the content is the object and its "with" phrase: a new subject and verb after it end it', () => {
    expect(rows('Prosecutors charged the officer with murder and Vale fired the police chief.')).toEqual([['Prosecutors', 'charged', 'the officer with murder']]);
    expect(rows('Police charged Berg with fraud, and Ruiz resigned.')).toEqual([['Police', 'charged', 'Berg with fraud']]);
  });

  it('an offence told by a gerund phrase', () => {
    expect(rows('Harbour police have charged two officers with falsifying the logs.')).toEqual([['Harbour police', 'have charged', 'two officers with falsifying the logs']]);
  });
});

describe('no charge brought', () => {
  it('an infinitive: a charge threatened or planned, not brought', () => {
    expect(rows('Police are preparing to charge him with fraud.')).toEqual([]);
    expect(rows('Officers went back to the pier to charge the captain with negligence.')).toEqual([]);
  });

  it('a price or a fee', () => {
    expect(rows('The firm charged the county $2 million for the repairs.')).toEqual([]);
    expect(rows('The council charged a fee with each permit.')).toEqual([]);
  });

  it('the passive keeps its own relation, with no source', () => {
    expect(rows('The clerk was charged with fraud.')).toEqual([[null, 'was charged with', 'The clerk was charged with fraud']]);
  });

  it('"charged that …" still reports a clause', () => {
    expect(rows('Ruiz charged that the audit was rigged.')).toEqual([['Ruiz', 'charged', 'the audit was rigged']]);
  });
});
