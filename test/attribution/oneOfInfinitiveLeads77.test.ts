import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// Who does an infinitive after "one of" a group (issue 10, forty-second round). Every sentence is written for these
// tests; names are invented.

describe('"one of" a group before an infinitive, with no verb before it', () => {
  it('inside an appositive, the group acts, not the appositive\'s head', () => {
    const found = rows('Ana Vale, a lawyer for one of the unions to file a complaint against the toll, said the ruling was wrong.');
    expect(found).toContainEqual(['one of the unions', 'file a complaint against', 'the toll']);
    expect(found).toContainEqual(['Ana Vale', 'said', 'the ruling was wrong']);
  });

  it('near miss: after a verb the infinitive is its subject\'s purpose', () => {
    expect(rows('Vale met one of the growers to discuss the toll.').map(([source]) => source)).toEqual(['Vale']);
  });

  it('near miss: after "be" the subject named before it acts', () => {
    expect(rows('Berg is one of the growers to file a complaint against the toll.').map(([source]) => source)).toEqual(['Berg']);
  });
});
