import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// A report in a relative clause set off by commas ends at the comma that closes it, also when a conjunction with a
// clause of its own follows that comma (issue 10, leads43): "…, which Ruiz said was a disgrace, and Berg agreed" gave
// «said» the content up to the sentence's end, over a clause with its own subject and verb, and the holder's object
// ran on over the relative clause. A list inside the relative clause has no subject after its conjunction and goes on.
// Every sentence is written for these tests; names and places are invented.

const check = (text: string, cue: string, content: string, source: string | null) => {
  const r = byCue(analyse(text), cue);
  expect(r.text).toBe(content);
  expect(text.slice(r.start, r.end)).toBe(content);
  if (source === null) expect(r.sourceSpan).toBeNull();
  else expect(text.slice(r.sourceSpan!.start, r.sourceSpan!.end)).toBe(source);
};

describe('a relative clause closed by a comma before a joined clause', () => {
  it('"…, which Ruiz said was a disgrace, and Berg agreed."', () => {
    const text = 'Vale backed the levy, which Ruiz said was a disgrace, and Berg agreed.';
    check(text, 'said', 'which Ruiz said was a disgrace', 'Ruiz');
    check(text, 'backed', 'the levy', 'Vale');
  });

  it('"but" and a noun phrase subject: "…, which she said would help growers, but the board disagreed."', () => {
    const text = 'Tarn praised the plan, which she said would help growers, but the board disagreed.';
    check(text, 'said', 'which she said would help growers', 'she');
    check(text, 'praised', 'the plan', 'Tarn');
  });

  it('an object in the relative: "…, which critics say would hurt the growers, and the board passed it."', () => {
    const text = 'Vale backed the toll, which critics say would hurt the growers, and the board passed it.';
    check(text, 'say', 'which critics say would hurt the growers', 'critics');
    check(text, 'backed', 'the toll', 'Vale');
  });

  it('a pronoun subject after the conjunction: "…, which Ruiz believes will fail, and he left."', () => {
    check('Berg backed the ferry plan, which Ruiz believes will fail, and he left.', 'believes', 'which Ruiz believes will fail', 'Ruiz');
  });
});

describe('the relative clause goes on', () => {
  it('a list of adjectives: "…, which Ruiz said was costly, slow, and unfair."', () => {
    const text = 'Vale backed the levy, which Ruiz said was costly, slow, and unfair.';
    check(text, 'said', 'which Ruiz said was costly, slow, and unfair', 'Ruiz');
  });

  it('a list of names, the last read as a verb: "…, which Ruiz said would help Berg, Tarn, and Senator Ted Vale."', () => {
    const text = 'Mills backed the levy, which Ruiz said would help Berg, Tarn, and Senator Ted Vale.';
    check(text, 'said', 'which Ruiz said would help Berg, Tarn, and Senator Ted Vale', 'Ruiz');
  });

  it('a report with no relative clause keeps its joined clause: "Ruiz said the levy was a disgrace, and Berg agreed."', () => {
    check('Ruiz said the levy was a disgrace, and Berg agreed.', 'said', 'the levy was a disgrace, and Berg agreed', 'Ruiz');
  });
});

// A series of verb phrases after a modal inside a relative clause on an object goes on over its commas: "…, which Ruiz
// said would raise fares, cut service, and hurt growers" gave «said» the content «which Ruiz said would raise fares».
describe('a series of verb phrases in the relative clause', () => {
  it('"…, which Ruiz said would raise fares, cut service, and hurt growers."', () => {
    const text = 'Vale backed the levy, which Ruiz said would raise fares, cut service, and hurt growers.';
    check(text, 'said', 'which Ruiz said would raise fares, cut service, and hurt growers', 'Ruiz');
    check(text, 'backed', 'the levy', 'Vale');
  });

  it('no comma before the conjunction: "Berg met Wray, who said the plan would raise fares, cut service and hurt growers."', () => {
    check('Berg met Wray, who said the plan would raise fares, cut service and hurt growers.', 'said', 'the plan would raise fares, cut service and hurt growers', 'who');
  });

  it('a relative on the subject ends before the main verb: "Vale, who aides said was tired, left early and went home."', () => {
    check('Vale, who aides said was tired, left early and went home.', 'said', 'who aides said was tired', 'aides');
  });
});
