import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// A title-case label before a colon ("Morning Email: …") is a noun phrase, not a report.
// Sentences written for this test; names are invented.

describe('a capitalised base form before a colon after one singular word is a label head', () => {
  it('not: "Morning Email: …", "Weekly Update: …"', () => {
    for (const text of ['Morning Email: Vale Leads In Polls\n\nThe race narrowed this week.', 'Weekly Update: Harbour Board Passes Budget\n\nThe race narrowed this week.']) {
      expect(analyse(text).attributions).toEqual([]);
    }
  });

  it('still: an -s form, a plural subject or a coordinated subject reports', () => {
    for (const text of ['Vale Says: Tax Plan Will Pass\n\nText.', 'Voters Warn: Tax Plan Will Fail\n\nText.', 'Vale, Ruiz Warn: Tax Plan Will Fail\n\nText.']) {
      expect(analyse(text).attributions.length).toBeGreaterThan(0);
    }
  });
});
