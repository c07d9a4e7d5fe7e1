import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// Mend of the quotation-aside drop (review 37): only a cue in the sentence of a piece or of the tag
// is dropped; a report in a sentence of its own between two pieces stays.
// Every sentence is written for these tests.

describe('a report by another party between two pieces of a quotation keeps its relation', () => {
  it('a sentence of its own between the pieces', () => {
    expect(rows('"We must act," Vale said. Ruiz believes the levy is unfair. "Now is the time."')).toContainEqual(['Ruiz', 'believes', 'the levy is unfair']);
    expect(rows('"Berg will win," Tarn said. Most clerks doubt the ferry will run. "Trust me."')).toContainEqual(['Most clerks', 'doubt', 'the ferry will run']);
  });

  it('still drops a cue in the tag\'s sentence', () => {
    expect(rows('"Tarn needs a steady hand," Vale said when endorsing Ruiz on the quay. "She has one."').map((r) => r[1])).toEqual(['said']);
    expect(rows('"The pier is safe," said Tom Berg, who backs the levy. "I saw it."').map((r) => r[1])).toEqual(['said']);
    expect(rows('"The tide turned," Ruiz said, eyeing clerks who had pushed for the levy. "Nobody saw it."').map((r) => r[1])).toEqual(['said']);
  });
});
