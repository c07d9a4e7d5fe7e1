import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// Object relatives on a subject and clauses joined by "and" with no comma. Every sentence is written for
// these tests; names are invented.

const rows = (text: string) => analyse(text).attributions.map((x) => [x.cueSpan?.text, x.sourceSpan?.text ?? null, x.text]);

describe('an object relative with "that" on the subject', () => {
  it('the head before "that" is the source', () => {
    expect(rows('The farmers that Vale met on Monday said the levy would rise.')).toEqual([['said', 'The farmers', 'the levy would rise']]);
  });

  it('not a subject relative, nor a clause whose verb has its own object', () => {
    expect(rows('The farmers that met Vale on Monday said the levy would rise.').map((r) => r[1])).toEqual(['The farmers']);
    expect(rows('The fear that Vale lied about the levy worried Ruiz.').map((r) => r[1])).not.toContain('The fear');
  });
});

describe('a clause joined by "and" with no comma, with a subject of its own', () => {
  it('ends the object of the first cue, and its subject is the name or pronoun after "and"', () => {
    expect(rows('Okafor praised the board and Ruiz dismissed its critics.')).toEqual([
      ['praised', 'Okafor', 'the board'],
      ['dismissed', 'Ruiz', 'its critics'],
    ]);
    expect(rows('Okafor criticized the levy and Berg voted against it.').map((r) => r[2])).toEqual(['the levy', 'it']);
    expect(rows('Okafor feuded with the board and Ruiz dismissed its critics.')).toEqual([['dismissed', 'Ruiz', 'its critics']]);
  });

  it('not two joined subjects: after a name or a pronoun, or with no verb before "and"', () => {
    expect(rows('Okafor said Berg backed the plan that Vale and Ruiz criticized.')).toEqual([['said', 'Okafor', 'Berg backed the plan that Vale and Ruiz criticized']]);
    expect(rows('Okafor praised Vale and Ruiz for their work.')).toEqual([['praised', 'Okafor', 'Vale and Ruiz for their work']]);
    expect(rows('The board and Ruiz said the levy rose.')).toEqual([['said', 'The board and Ruiz', 'the levy rose']]);
    expect(rows('A poll run by the Harbour Post and Dara Okafor found the levy unpopular.').map((r) => r[1])).toEqual(['the Harbour Post and Dara Okafor']);
  });
});
