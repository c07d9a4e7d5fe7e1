import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// Mend of "charged <person> with …" (review 37): a task set or a price asked is no accusation brought.
// Every sentence is written for these tests.

describe('"charged <person> with" a task or a price: no relation', () => {
  it('a task, by a gerund of ordinary work or a task noun', () => {
    expect(rows('The mayor charged the committee with drafting a new budget.')).toEqual([]);
    expect(rows('The board charged Vale with overseeing the pier.')).toEqual([]);
    expect(rows('The council charged Ruiz with the task of fixing the pier.')).toEqual([]);
  });

  it('a fee or a fine', () => {
    expect(rows('The county charged residents with a fee for each permit.')).toEqual([]);
    expect(rows('The county charged him with a fine of $200.')).toEqual([]);
  });

  it('still a charge: an offence by a noun, an article and a noun, or a gerund of wrongdoing', () => {
    expect(rows('Prosecutors charged Berg with the murder of a ferry pilot.')).toEqual([['Prosecutors', 'charged', 'Berg with the murder of a ferry pilot']]);
    expect(rows('Tarn police charged Ruiz with forging the permits.')).toEqual([['Tarn police', 'charged', 'Ruiz with forging the permits']]);
  });
});
