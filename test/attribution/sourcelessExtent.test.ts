import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue, sourceKindOf } from '../helpers.js';

// Where the content of a sourceless cue ends or starts when its clause holds more than the
// attributed part (issue 10): a fronted "Asked whether …," question with a relative clause or an
// inserted phrase of its own, and a raising cue ("is expected to", "seems to") that is the second
// of two predicates sharing one subject. Every sentence is written for these tests.

const byCue = attributionByCue;
const kindOf = sourceKindOf;

describe('a fronted "Asked whether …," question runs to the comma before the main clause', () => {
  it('keeps a relative clause inside the question', () => {
    const text = 'Asked whether the new ferry plan, which critics call costly, would pass the council, the harbour master shrugged.';
    const a = analyse(text);
    const asked = byCue(a, 'Asked');
    expect(asked.text).toBe('whether the new ferry plan, which critics call costly, would pass the council');
    expect(text.slice(asked.start, asked.end)).toBe(asked.text);
    expect(asked.sourceSpan).toBeNull();
    expect(kindOf(a, asked)).toBe('unspecified');
  });

  it('keeps an appositive and a relative clause on a name inside the question', () => {
    const a = analyse('Asked whether she feared that Lena Ortiz, the new port director, who has closed two piers, could shut the market, Mayor Bell smiled.');
    expect(byCue(a, 'Asked').text).toBe('whether she feared that Lena Ortiz, the new port director, who has closed two piers, could shut the market');
  });

  it('keeps an inserted phrase and a "that" clause inside the question', () => {
    const a = analyse('Asked why the agency did not follow the rule, in the same report, that inspectors must visit twice a year, the spokesman said, “We are reviewing it.”');
    expect(byCue(a, 'Asked').text).toBe('why the agency did not follow the rule, in the same report, that inspectors must visit twice a year');
    expect(byCue(a, 'said').sourceSpan?.text).toBe('the spokesman');
  });

  it('keeps a list inside the question', () => {
    const a = analyse('Asked about taxes, jobs, and schools, she said the county was doing well.');
    expect(byCue(a, 'Asked about').text).toBe('taxes, jobs, and schools');
  });

  it('stops at the first comma when the main clause subject carries an appositive', () => {
    const a = analyse('Asked about the ferry plan, Ruiz, the harbour master, said it would pass.');
    expect(byCue(a, 'Asked about').text).toBe('the ferry plan');
    expect(byCue(a, 'said').text).toBe('it would pass');
  });
});

describe('a raising cue that is the second of two predicates sharing a subject', () => {
  it('"… but is not expected to …": only the second predicate is expected', () => {
    const text = 'The minister will open the new bridge but is not expected to meet the protesters.';
    const a = analyse(text);
    const x = byCue(a, 'is not expected');
    expect(x.text).toContain('meet the protesters');
    expect(x.text).not.toContain('open the new bridge');
    expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(x.sourceSpan).toBeNull();
  });

  it('"… and seemed to …": the first predicate is the writer\'s own report', () => {
    const x = byCue(analyse('Ruiz sounded tired on Monday and seemed to take comfort from the polls.'), 'seemed');
    expect(x.text).toContain('take comfort from the polls');
    expect(x.text).not.toContain('sounded tired');
  });

  it('keeps a coordinated subject ("Ortiz and Bell are expected to …")', () => {
    expect(byCue(analyse('Ortiz and Bell are expected to testify next week.'), 'are expected').text).toBe('Ortiz and Bell are expected to testify next week');
  });
});

describe('a reduced "expected to" in an absolute clause opening the sentence', () => {
  it('"With the mayor expected to win, …" has no source, and "With" is not part of a name', () => {
    const text = 'With the mayor widely expected to win, turnout at the harbour precinct was low.';
    const a = analyse(text);
    const x = byCue(a, 'expected');
    expect(x.sourceSpan).toBeNull();
    expect(kindOf(a, x)).toBe('unspecified');
    expect(x.text).toBe('the mayor widely expected to win');
    expect(a.sources.map((s) => s.name)).not.toContain('With the mayor');
  });

  it('an active "expected to" keeps its subject', () => {
    expect(byCue(analyse('Ruiz expected to win the harbour seat.'), 'expected').sourceSpan?.text).toBe('Ruiz');
  });
});

describe('where a raising cue\'s clause ends (round 10)', () => {
  it('at a spaced dash that opens an aside or a new clause: "The ferry appears to be late - so much so that …"', () => {
    const a = analyse('The ferry appears to be running late - so much so that riders in Elm Bay now walk.');
    expect(a.attributions.find((x) => x.cue === 'appears')).toMatchObject({ sourceSpan: null, text: 'The ferry appears to be running late' });
  });

  it('not at a pair of dashes that sets off a parenthesis: "is certain to be pressed - again - on …"', () => {
    const a = analyse('The mayor is certain to be pressed - again - on the harbour toll.');
    expect(a.attributions.find((x) => x.cue === 'is certain')).toMatchObject({ sourceSpan: null, text: 'The mayor is certain to be pressed - again - on the harbour toll' });
  });

  it('at the main clause when the cue stands in an opening subordinate clause: "If the plan seems improbable …, Berg believes …"', () => {
    const a = analyse('If the plan seems improbable given the cost of steel, Berg believes the port can pay.');
    expect(a.attributions.find((x) => x.cue === 'seems')).toMatchObject({ sourceSpan: null, text: 'the plan seems improbable given the cost of steel' });
    expect(a.attributions.find((x) => x.cue === 'believes')).toMatchObject({ sourceSpan: { text: 'Berg' }, text: 'the port can pay' });
  });
});
