import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Which word reports (issue 10, eleventh round): relations found by their content but shown with
// the cue of another word. Every sentence is written for these tests; names are invented.

describe('a cue in the relative clause of a later speaker ends there', () => {
  it('an agentless cue in a "whose" clause leaves the main verb its own relation', () => {
    const text = 'Ruiz, whose first speech was widely seen as a failure, said that he was the only candidate able to win.';
    const a = analyse(text);
    const said = byCue(a, 'said');
    expect(said).toMatchObject({ text: 'he was the only candidate able to win', speaker: 'Ruiz' });
    expect(said.sourceSpan?.text.startsWith('Ruiz')).toBe(true);
    expect(text.slice(said.cueSpan.start, said.cueSpan.end)).toBe('said');
    // the view inside the clause keeps its own words only
    for (const x of a.attributions.filter((r) => r !== said)) expect(x.end).toBeLessThanOrEqual(text.indexOf(', said'));
  });

  it('also a passive cue joined to another verb in a "who" clause', () => {
    const a = analyse('Vale, who has met the mayor and been mentioned as a likely minister, said the plan would fail.');
    expect(byCue(a, 'said')).toMatchObject({ text: 'the plan would fail', speaker: 'Vale' });
  });

  it('and a noun cue in the clause', () => {
    const a = analyse('Okafor, who in the past often voiced the desire to chair the harbour board, told the Ledger she might still try.');
    expect(byCue(a, 'told the Ledger')).toMatchObject({ text: 'she might still try', speaker: 'Okafor' });
    // ("in the past" is stepped over: the verb of the clause reports, with the relative pronoun as its subject)
    expect(byCue(a, 'often voiced').text).toBe('the desire to chair the harbour board');
  });

  it('a "who" clause set off by spaced hyphens is the subject\'s, like one set off by dashes', () => {
    const text = 'Mayor Ruiz - who previously said he would cut the budget - said at a rally that the council should raise taxes.';
    const a = analyse(text);
    expect(byCue(a, 'previously said').text).toBe('he would cut the budget');
    const main = a.attributions.find((x) => x.cue === 'said');
    expect(main).toMatchObject({ text: 'the council should raise taxes', speaker: 'Ruiz' });
  });

  it('a hyphen inside a word is no dash', () => {
    const a = analyse('The long-time mayor said the ferry would run again.');
    expect(byCue(a, 'said')).toMatchObject({ text: 'the ferry would run again' });
    expect(byCue(a, 'said').sourceSpan?.text).toBe('The long-time mayor');
  });
});

describe('a first name that is also a reporting word', () => {
  it('"Hope" before a surname is part of the speaker\'s name', () => {
    const text = 'Campaign spokeswoman Hope Okafor said all staff sign contracts.';
    const a = analyse(text);
    expect(a.attributions.map((x) => x.cue)).toEqual(['said']);
    expect(byCue(a, 'said').sourceSpan?.text).toBe('Campaign spokeswoman Hope Okafor');
  });

  it('a headline in title case keeps its reporting words', () => {
    const a = analyse('Berg Hopes Ruiz Will Sign The Deal');
    expect(a.attributions.map((x) => x.cue)).toContain('Hopes');
  });

  it('the verb "hope" after its subject is still a cue', () => {
    const a = analyse('Officials hope Ruiz will sign the deal.');
    expect(byCue(a, 'hope')).toMatchObject({ text: 'Ruiz will sign the deal' });
  });
});

describe('a participle that describes the subject ends before the main verb', () => {
  it('"members supporting the levy have said": the main verb reports, the participle keeps its object', () => {
    const text = 'Council members supporting the levy have said they will vote for it.';
    const a = analyse(text);
    const said = byCue(a, 'have said');
    expect(said.text).toBe('they will vote for it');
    expect(said.sourceSpan?.text).toBe('Council members supporting the levy');
    expect(byCue(a, 'supporting').text).toBe('the levy');
  });

  it('a finite verb with a participle after its object stays one relation', () => {
    const a = analyse('Ruiz criticized Vale for supporting the levy.');
    expect(a.attributions.map((x) => x.cue)).toEqual(['criticized']);
    expect(byCue(a, 'criticized').text).toBe('Vale for supporting the levy');
  });
});

describe('a verb and the reporting noun it governs with one content', () => {
  it('the verb that reports is the cue: "reiterated his belief that"', () => {
    const text = 'Berg reiterated his belief that the ferry service will never make a profit again.';
    const a = analyse(text);
    expect(a.attributions).toHaveLength(1);
    const r = a.attributions[0]!;
    expect(r.cue).toBe('reiterated');
    expect(text.slice(r.cueSpan.start, r.cueSpan.end)).toBe('reiterated');
    expect(r.speaker).toBe('Berg');
    expect(r.text).toContain('the ferry service will never make a profit again');
  });

  it('also with an object noun of concern', () => {
    const a = analyse('Okafor laid out her concerns that the harbour plan would drive small traders out of the old town for good.');
    expect(a.attributions.map((x) => x.cue)).toEqual(['laid out']);
    expect(byCue(a, 'laid out').speaker).toBe('Okafor');
  });
});

describe('a noun in the phrase that says where something was said', () => {
  it('"said in her closing remarks that": the verb reports, the remarks are where', () => {
    const text = 'Vale said in her closing remarks that the toll scheme was doomed.';
    const a = analyse(text);
    expect(a.attributions).toHaveLength(1);
    const r = a.attributions[0]!;
    expect(r).toMatchObject({ cue: 'said', text: 'the toll scheme was doomed', speaker: 'Vale' });
    expect(text.slice(r.cueSpan.start, r.cueSpan.end)).toBe('said');
    expect(r.sourceSpan?.text).toBe('Vale');
  });
});

describe('a quotation and its speaker set off by dashes inside another report', () => {
  it('holds only the quotation; the report around it keeps its own cue', () => {
    const text = 'Ruiz suggested that the ferry budget was padded - "Show us the invoices," she said - and charged that Vale had hidden the fuel bills.';
    const a = analyse(text);
    expect(byCue(a, 'suggested')).toMatchObject({ text: 'the ferry budget was padded', speaker: 'Ruiz' });
    const said = byCue(a, 'said');
    expect(said.text).toBe('"Show us the invoices,"');
    expect(text.slice(said.cueSpan.start, said.cueSpan.end)).toBe('said');
  });

  it('also after an evaluation', () => {
    const a = analyse('Neither man was impressed by Vale - "Born rich," Okafor said - but they voted for her anyway.');
    expect(byCue(a, 'said')).toMatchObject({ text: '"Born rich,"', speaker: 'Okafor' });
  });

  it('without a closing dash the report before the cue is what was said', () => {
    const a = analyse('The plan is unserious - "we need the details," Ruiz said.');
    const said = byCue(a, 'said');
    expect(said.speaker).toBe('Ruiz');
    expect(said.text.startsWith('The plan is unserious')).toBe(true);
  });
});
