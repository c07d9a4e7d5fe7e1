import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// A relative clause set off inside the clause a later tag reports (issue 10, forty-second round): it describes a
// noun of that clause, which goes on after it, so the tag's content runs back over it. Every sentence is written
// for these tests; names are invented.

describe('a set-off object relative before a tag', () => {
  it.each([
    ['The tax (which he once supported) is a mistake, Vale said.', 'The tax (which he once supported) is a mistake'],
    ['The tax — which he once supported — is a mistake, Vale said.', 'The tax — which he once supported — is a mistake'],
    ['The tax, which Berg backed, is a mistake, Vale said.', 'The tax, which Berg backed, is a mistake'],
    ['The pier (whom nobody blamed) was closed, Vale said.', 'The pier (whom nobody blamed) was closed'],
  ])('"%s": the tag keeps its whole clause', (sentence, content) => {
    expect(rows(sentence)).toContainEqual(['Vale', 'said', content]);
  });

  it('near miss: a relative closing the clause is still a report of its own', () => {
    expect(rows('Vale fought the new tax (which he once supported) and lost.')).toEqual([['he', 'once supported', 'which']]);
  });

  it('near miss: a quotation with its own tag still leaves only the rest of the sentence to the next tag', () => {
    const found = rows('“The toll is fair,” Berg said, and the pier is unsafe, Vale said.');
    expect(found.map(([source, cue, content]) => [source, cue, content])).toContainEqual(['Vale', 'said', 'the pier is unsafe']);
  });
});
