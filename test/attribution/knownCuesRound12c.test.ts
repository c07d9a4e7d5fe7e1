import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Reporting verbs the library knows that a construction check rejected (issue 10, round 12c).
// Every sentence is written for these tests; names, places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.sourceSpan ? x.sourceSpan.text : null, x.text]);

describe('"\'s" before a participle is the perfect "has" when an active complement follows', () => {
  it('a clause, a "that" clause, an addressee or a plain object after the participle', () => {
    expect(rows(analyse("She's said she will fight the levy to the end."))).toEqual([['She', 'she will fight the levy to the end']]);
    expect(rows(analyse('She’s warned that the Lorn dam could fail.'))).toEqual([['She', 'the Lorn dam could fail']]);
    expect(rows(analyse("He's told reporters that the pier will close."))).toEqual([['He', 'the pier will close']]);
    expect(rows(analyse("And she's predicted big gains for the harbour party."))).toEqual([['she', 'big gains for the harbour party']]);
  });

  it('not: the passive "is" ("it\'s said that", "he\'s said to be", "he\'s told that")', () => {
    const a = analyse("It's said that the Lorn dam is weak.");
    expect(a.attributions).toHaveLength(1);
    expect(a.attributions[0]!.sourceSpan ?? null).toBeNull();
    const b = analyse("Berg is ill. He's said to be resting at home.");
    expect(b.attributions.every((x) => !x.sourceSpan)).toBe(true);
    const c = analyse("He's told that he lost the seat.");
    expect(c.attributions.every((x) => !x.sourceSpan)).toBe(true);
  });
});

describe('"reported to" an addressee and then "that"', () => {
  it('a report made to a body, with its own clause', () => {
    expect(rows(analyse('The clinic reported to the Lorn health board that its waiting list was shrinking.'))).toEqual([['The clinic', 'its waiting list was shrinking']]);
  });

  it('not: "reports to" the one a person answers to', () => {
    expect(analyse('Berg reports to the harbour manager that runs the depot.').attributions).toEqual([]);
    expect(analyse('Berg reports to the mayor of Lorn.').attributions).toEqual([]);
  });
});

describe('a condition set off by commas right after the cue', () => {
  it('"said, if …, she would …": the condition is part of what was said', () => {
    expect(rows(analyse('Ruiz said, if she wins, she would close the Lorn plant.'))).toEqual([['Ruiz', 'if she wins, she would close the Lorn plant']]);
    expect(rows(analyse('Vale warned, unless the council acts, the dam will fail.'))).toEqual([['Vale', 'unless the council acts, the dam will fail']]);
  });

  it('a narrator\'s aside with "while" stays out of the content', () => {
    expect(rows(analyse('Berg said, while touring Lorn, that the pier would close.'))).toEqual([['Berg', 'the pier would close']]);
  });
});

describe('passive "was told" with "that" behind a short adjunct', () => {
  it('"was told on Monday that", "had been told before the vote that": a report with no one named', () => {
    for (const text of ['Ruiz was told on Monday that she would lose the Lorn seat.', 'Ruiz had been told before the vote that she would lose.']) {
      const a = analyse(text);
      expect(a.attributions).toHaveLength(1);
      expect(a.attributions[0]!.cue).toMatch(/told$/);
      expect(a.attributions[0]!.sourceSpan ?? null).toBeNull();
    }
  });

  it('not: "told about" a thing and a relative clause', () => {
    expect(analyse('Ruiz was told about the plan that the council drafted.').attributions.filter((x) => /told/.test(x.cue))).toEqual([]);
  });
});

describe('a participle read as an adjective after a comma, with a bare noun object', () => {
  it('", promising growth in return": the subject of the clause before is the speaker', () => {
    expect(rows(analyse('Ruiz cut the harbour levy, promising growth in return.'))).toEqual([['Ruiz', 'growth in return']]);
  });

  it('not: an adjective inside a list of nouns', () => {
    expect(analyse('The town of Lorn has cheap rents, promising schools and parks.').attributions).toEqual([]);
  });
});
