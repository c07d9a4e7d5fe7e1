import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// A writing or issuing verb inside a relative clause on a document (issue 10, src39): "The memo that Ruiz wrote
// claimed the pier was safe." gave «Ruiz | wrote | claimed the pier was safe» and no «claimed» relation: the
// relative's verb took the main clause's verb as its content (only a present -s main verb after a past cue was
// read as the main clause's). A verb that takes a document or a message as its object ("write", "issue", "cite")
// has its object in the relative's gap whatever the tenses, so the finite verb after it is the main clause's cue,
// and the document is its source. The same with "which" and with no pronoun ("The report Ruiz wrote claimed …").
// Every sentence is written for these tests; names and places are invented.

const relations = (text: string) => analyse(text).attributions;

const check = (text: string, cue: string, content: string, source: string) => {
  const all = relations(text);
  const r = all.find((a) => a.cueSpan?.text === cue);
  expect(r, `no «${cue}» relation in ${JSON.stringify(all.map((a) => a.cue))}`).toBeDefined();
  expect(r!.text).toBe(content);
  expect(text.slice(r!.start, r!.end)).toBe(content);
  expect(r!.sourceSpan?.text).toBe(source);
  expect(text.slice(r!.sourceSpan!.start, r!.sourceSpan!.end)).toBe(source);
  return all;
};

describe('a document a relative clause writes is the source of the main verb', () => {
  it('"The memo that Ruiz wrote claimed …": «wrote» does not take the main verb as its content', () => {
    const all = check('The memo that Ruiz wrote claimed the pier was safe.', 'claimed', 'the pier was safe', 'The memo');
    // (the relative word alone is no content: false39 drops such a relation, so «wrote» gives none)
    expect(all.filter((a) => a.cueSpan?.text === 'wrote')).toEqual([]);
  });

  it('the same tenses: "The memo that Berg writes says …"', () => {
    check('The memo that Berg writes says the harbour will close.', 'says', 'the harbour will close', 'The memo');
  });

  it('"which" with no comma: "The memo which Ruiz drafted warned that …" (was «Ruiz drafted»)', () => {
    check('The memo which Ruiz drafted warned that the pier would fall.', 'warned', 'the pier would fall', 'The memo');
  });

  it('a plural subject in the relative: "The letter that the clerks wrote said …"', () => {
    const all = check('The letter that the clerks wrote said the ferry would run late.', 'said', 'the ferry would run late', 'The letter');
    expect(all.filter((a) => a.sourceSpan?.text === 'the clerks')).toEqual([]);
    expect(all.some((a) => a.text.includes('said'))).toBe(false);
  });

  it('a short phrase after the relative\'s verb: "The memo that Ruiz wrote in May claimed …"', () => {
    check('The memo that Ruiz wrote in May claimed the pier was safe.', 'claimed', 'the pier was safe', 'The memo');
  });

  it('"The notice which Berg wrote to the harbour board argued that …"', () => {
    check('The notice which Berg wrote to the harbour board argued that the fees were too high.', 'argued', 'the fees were too high', 'The notice');
  });

  it('no pronoun: "The report Ruiz wrote claimed …" (was «The report Ruiz | wrote»)', () => {
    const all = check('The report Ruiz wrote claimed the pier was safe.', 'claimed', 'the pier was safe', 'The report Ruiz wrote');
    expect(all.some((a) => a.text.includes('claimed'))).toBe(false);
  });

  it('no pronoun, a phrase after the verb: "The memo Ruiz wrote in May said …"', () => {
    check('The memo Ruiz wrote in May said the pier was safe.', 'said', 'the pier was safe', 'The memo Ruiz wrote');
  });

  it('no pronoun, a pronoun subject: "The letter she wrote said …"', () => {
    check('The letter she wrote said the tolls would rise.', 'said', 'the tolls would rise', 'The letter she wrote');
  });

  it('a person in the relative still says with a non-writing verb: "The aide that Vale praised in May insisted …"', () => {
    const all = check('The aide that Vale praised in May insisted the pier was safe.', 'insisted', 'the pier was safe', 'The aide');
    expect(all.some((a) => a.text.includes('insisted'))).toBe(false);
  });
});

describe('not a relative clause on a document', () => {
  it('a writer writes a clause: "Ruiz wrote that the pier was safe."', () => {
    check('Ruiz wrote that the pier was safe.', 'wrote', 'the pier was safe', 'Ruiz');
  });

  it('a title before a name: "The editor Ruiz wrote that …" keeps its writer', () => {
    check('The editor Ruiz wrote that the pier was safe.', 'wrote', 'the pier was safe', 'The editor Ruiz');
  });

  it('a title before a name: "The Harbour Times reporter Ruiz wrote that …" keeps its writer', () => {
    check('The Harbour Times reporter Ruiz wrote that the pier was safe.', 'wrote', 'the pier was safe', 'The Harbour Times reporter Ruiz');
  });

  it('a verb of saying bridges to a clause missing its subject: "The clerk that Vale said stole the levy resigned."', () => {
    const r = relations('The clerk that Vale said stole the levy resigned.').find((a) => a.cueSpan?.text === 'said');
    expect(r?.sourceSpan?.text).toBe('Vale');
    expect(r?.text.startsWith('stole the levy')).toBe(true);
  });

  it('a content clause on a reporting noun: "The claim that Ruiz wrote the memo upset Berg." keeps «Ruiz wrote the memo»', () => {
    const all = relations('The claim that Ruiz wrote the memo upset Berg.');
    expect(all.some((a) => a.sourceSpan?.text === 'The claim')).toBe(false);
    const claim = all.find((a) => a.cueSpan.text === 'The claim');
    expect(claim?.text).toBe('Ruiz wrote the memo');
    expect(claim?.sourceSpan).toBeNull();
  });
});

// A participle's phrase set off between a subject and its verb, after a subject that holds a relative clause
// ("The report she cited, written by two clerks, claimed …" gave a sourceless «claimed»; "Growers who met Vale,
// angered by the levy, said …" too): the subject ends before the first comma.
describe('a set-off participle phrase after a subject with a relative clause', () => {
  it('"The report she cited, written by two clerks, claimed …"', () => {
    check('The report she cited, written by two clerks, claimed the pier was safe.', 'claimed', 'the pier was safe', 'The report she cited');
  });

  it('"The memo Vale cited, drafted in May, warned that …" (gave no relation at all)', () => {
    check('The memo Vale cited, drafted in May, warned that the pier would fall.', 'warned', 'the pier would fall', 'The memo Vale cited');
  });

  it('"Growers who met Vale, angered by the levy, said …"', () => {
    check('Growers who met Vale, angered by the levy, said the pier was unsafe.', 'said', 'the pier was unsafe', 'Growers who met Vale');
  });

  it('an object relative with "that": "The growers that Vale met, angered by the levy, said …"', () => {
    check('The growers that Vale met, angered by the levy, said the pier was unsafe.', 'said', 'the pier was unsafe', 'The growers');
  });

  it('a plain subject stays as it was: "The growers, angered by the levy, said …"', () => {
    check('The growers, angered by the levy, said the pier was unsafe.', 'said', 'the pier was unsafe', 'The growers');
  });

  it('not an aside: a name after the comma is the subject, "Of the growers angered by the levy, Berg said …"', () => {
    check('Of the growers angered by the levy, Berg said the pier was unsafe.', 'said', 'the pier was unsafe', 'Berg');
  });
});
