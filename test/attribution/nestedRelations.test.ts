import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Relations whose content ran on over a second relation (issue 10, sixth round): where an inner
// cue with a subject or a speech act of its own starts, the outer content stops and the inner
// relation stands alone. Every sentence is written for these tests; names are invented.

const withCue = (text: string, cue: string) => analyse(text).attributions.filter((x) => x.cue === cue);

describe('coordinated verb phrases with a cue of their own', () => {
  it('the same speech verb again after "and" is a second relation, not part of the first content', () => {
    const said = withCue('Vale said the council went back to its old plan and said the ferry was always a priority.', 'said');
    expect(said.map((x) => x.text)).toEqual(['the council went back to its old plan', 'the ferry was always a priority']);
    expect(said.every((x) => x.speaker === 'Vale')).toBe(true);
  });

  it('a second verb in the form of the reported clause, not of the cue, stays in that clause (tenth round)', () => {
    const text = 'Okafor, the head of the guild, said the guild is not a party and supports candidates on both sides.';
    const a = analyse(text);
    expect(a.attributions.map((x) => x.cue)).toEqual(['said']);
    expect(byCue(a, 'said').text).toBe('the guild is not a party and supports candidates on both sides');
    // a verb in the cue's own form still goes with the cue
    const b = analyse('Okafor said the guild was not a party and accused the council of hiding the costs.');
    expect(byCue(b, 'said').text).toBe('the guild was not a party');
    expect(byCue(b, 'accused')).toMatchObject({ text: 'the council of hiding the costs', speaker: 'Okafor' });
  });

  it('a second verb inside the reported clause stays there', () => {
    const a = analyse('Ruiz said voters were tired and wanted a new vote.');
    expect(a.attributions).toHaveLength(1);
    expect(byCue(a, 'said').text).toBe('voters were tired and wanted a new vote');
  });
});

describe('a participle after ", while" goes with the main speaker', () => {
  it('ends the reported clause and makes a relation of its own', () => {
    const a = analyse('Most aides said they would back Ruiz, while stressing it was not an endorsement.');
    expect(byCue(a, 'said').text).toBe('they would back Ruiz');
    expect(byCue(a, 'stressing').text).toBe('it was not an endorsement');
  });

  it('"while" with no comma stays inside the reported clause', () => {
    const a = analyse('Ruiz said she was reading the report while waiting for the train.');
    expect(a.attributions).toHaveLength(1);
  });
});

describe('subordinate clauses with a cue inside an object content', () => {
  it('"because he favors …" ends the object and carries its own relations', () => {
    const a = analyse('The union distrusts him because he favors tolls and opposes a higher wage.');
    expect(byCue(a, 'distrusts').text).toBe('him');
    expect(byCue(a, 'favors')).toMatchObject({ text: 'tolls' });
    expect(byCue(a, 'opposes')).toMatchObject({ text: 'a higher wage' });
  });

  it('"after X criticized …" ends the object', () => {
    const text = 'Berg praised the ferry crews after the mayor criticized them.';
    const a = analyse(text);
    expect(byCue(a, 'praised').text).toBe('the ferry crews');
    const inner = byCue(a, 'criticized');
    expect(inner.text).toBe('them');
    expect(inner.sourceSpan && text.slice(inner.sourceSpan.start, inner.sourceSpan.end)).toBe('the mayor');
  });

  it('a reported clause keeps its own "because" clause', () => {
    const a = analyse('Ruiz said the plan failed because voters believed it was too costly.');
    expect(a.attributions).toHaveLength(1);
    expect(byCue(a, 'said').text).toBe('the plan failed because voters believed it was too costly');
  });

  it('"as" before a noun phrase is a preposition, not a new clause', () => {
    const a = analyse('Berg praised the levy as his main issue.');
    expect(byCue(a, 'praised').text).toBe('the levy as his main issue');
  });
});

describe('a second main clause after ", while"', () => {
  it('ends an object content', () => {
    const a = analyse('Officers criticized the chief, while the recruits stayed home.');
    expect(byCue(a, 'criticized').text).toBe('the chief');
  });
});

describe('a cue in the relative clause of a speaker named after the cue', () => {
  it('describes the speaker: no relation of its own', () => {
    const a = analyse('“It will not be easy,” said Ann Vale, a former mayor who supports Ruiz.');
    expect(a.attributions.map((x) => x.cue)).toEqual(['said']);
  });

  it('what that speaker said there is still reported', () => {
    const said = withCue('“We will win,” said Tom Berg, a former aide who said he planned to march.', 'said');
    expect(said.map((x) => x.text)).toContain('he planned to march');
  });
});

// Eighth round: a cue whose subject holds an earlier cue, and main clauses after a comma or "and"
// inside an earlier content (sentences written for these tests; names invented).
const sourceOf = (text: string, x: { sourceSpan: { start: number; end: number } | null }) => (x.sourceSpan ? text.slice(x.sourceSpan.start, x.sourceSpan.end) : null);

describe('a cue in the subject of a later speech verb', () => {
  it('a restrictive relative clause ends before the main verb, which keeps its own relation', () => {
    const text = 'A woman who has accused the governor of fraud said on Sunday that the governor had lied to her.';
    const a = analyse(text);
    const said = byCue(a, 'said');
    expect(said.text).toBe('the governor had lied to her');
    expect(sourceOf(text, said)).toContain('A woman');
    expect(byCue(a, 'has accused').text).toBe('the governor of fraud');
  });

  it('works over an auxiliary and an adverb before the main verb', () => {
    const a = analyse('Officials who have long criticized the plan have also said it will fail.');
    expect(byCue(a, 'have also said').text).toBe('it will fail');
    expect(byCue(a, 'have long criticized').text).toBe('the plan');
  });

  it('a parenthetical speaker inside the subject still holds the clause around it', () => {
    const a = analyse('Ms. Vale, two aides said, would be open to a second vote on the levy.');
    expect(byCue(a, 'said').text).toContain('would be open to a second vote on the levy');
  });

  it('a reported clause whose subject is owned by the speaker stays one relation', () => {
    const a = analyse("Another pollster, Ann Vale of Dorset University, said her survey of voters showed the mayor's support holding steady.");
    expect(byCue(a, 'said').text).toBe("her survey of voters showed the mayor's support holding steady");
  });
});

describe('a new main clause with a speaker of its own inside an earlier content', () => {
  it('after an opening phrase and a comma', () => {
    const text = 'In a swipe at the council, Ruiz said the budget was a disgrace.';
    const a = analyse(text);
    const said = byCue(a, 'said');
    expect(said.text).toBe('the budget was a disgrace');
    expect(sourceOf(text, said)).toBe('Ruiz');
  });

  it('after an opening subordinate clause that reports a finding', () => {
    const a = analyse('After the auditors concluded that the mayor broke the rules, her office insisted that she had done nothing wrong.');
    expect(byCue(a, 'concluded').text).toBe('the mayor broke the rules');
    expect(byCue(a, 'insisted').text).toBe('she had done nothing wrong');
  });

  it('after "and" with no comma: two speakers, two relations', () => {
    const text = 'Several ferry captains have said they will boycott the hearing and others have said the tolls do not bother them.';
    const said = withCue(text, 'have said');
    expect(said.map((x) => x.text)).toEqual(['they will boycott the hearing', 'the tolls do not bother them']);
    expect(said.map((x) => sourceOf(text, x))).toEqual(['Several ferry captains', 'others']);
  });

  it('a subject joined to the start of the reported clause is one subject', () => {
    const a = analyse('Vale said she and her aides jokingly referred to themselves as the night shift.');
    expect(byCue(a, 'said').text).toBe('she and her aides jokingly referred to themselves as the night shift');
  });

  it('a comma that closes the opening adjunct of a reported clause does not end it', () => {
    const a = analyse('Vale said that during the visit, the minister promised that the road would be built.');
    expect(byCue(a, 'said').text).toBe('during the visit, the minister promised that the road would be built');
  });

  it('a report inside a reported clause stays nested', () => {
    const a = analyse('Vale said voters told her the bridge was unsafe.');
    expect(a.attributions.map((x) => x.cue)).toEqual(['said']);
  });
});

describe('a relative clause that reports a clause, inside an earlier content', () => {
  it('is a relation of its own; the earlier content keeps the noun phrase with it', () => {
    const text = "The minister's letter cited security experts who say the photos were doctored.";
    const a = analyse(text);
    expect(byCue(a, 'cited').text).toBe('security experts who say the photos were doctored');
    const say = byCue(a, 'say');
    expect(say.text).toBe('the photos were doctored');
    expect(sourceOf(text, say)).toBe('who');
  });

  it('also in a comparison of poll answers', () => {
    const a = analyse('Sixty percent said the ferry was late, compared with 20 percent of riders who say the same of the bus.');
    expect(byCue(a, 'say').text).toBe('the same of the bus');
    expect(byCue(a, 'said').text).toContain('the ferry was late');
  });

  it('a verb of echoing adds no content of its own: what it echoes is the report in the relative clause (twenty-sixth round)', () => {
    const text = 'Vale is echoing harbour engineers who say the pier is unsafe.';
    const a = analyse(text);
    expect(a.attributions.map((x) => x.cue)).toEqual(['say']);
    expect(byCue(a, 'say').text).toBe('the pier is unsafe');
    expect(sourceOf(text, byCue(a, 'say'))).toBe('who');
    // an echoed report named by a noun of its own, or an echoed person, is the echo's content
    expect(byCue(analyse("Vale echoed the engineers' warning that the pier is unsafe."), 'echoed').text).toBe("the engineers' warning that the pier is unsafe");
    // (the sentence an earlier test had with «echoed»: its object is a bare group of speakers, so the echo goes too)
    expect(analyse("The minister's letter echoed security experts who say the photos were doctored.").attributions.map((x) => x.cue)).toEqual(['say']);
    // a message noun or a prepositional phrase before the relative word names what is echoed: the echo keeps it
    const warning = analyse('Vale echoed the warning of engineers who say the pier is unsafe.');
    expect(byCue(warning, 'echoed').text).toBe('the warning of engineers who say the pier is unsafe');
    expect(byCue(warning, 'say').text).toBe('the pier is unsafe');
    expect(byCue(analyse('Vale echoed criticism from growers who say the levy is unfair.'), 'echoed').text).toBe('criticism from growers who say the levy is unfair');
    // another verb keeps the speakers with their relative clause
    expect(byCue(analyse('Vale praised harbour engineers who say the pier is unsafe.'), 'praised').text).toBe('harbour engineers who say the pier is unsafe');
  });

  it('a relative clause of wanting or reading stays inside the content', () => {
    expect(analyse('Ruiz praised residents who want a new bridge.').attributions.map((x) => x.cue)).toEqual(['praised']);
    expect(analyse('Ruiz said voters who have read the report will reject it.').attributions.map((x) => x.cue)).toEqual(['said']);
  });
});

describe('"according to" after a report whose content comes first (issue 10, tenth round)', () => {
  it('a quotation with its speaker and cue is what the later source attributes, as a paraphrase is', () => {
    const text = '“The bridge is safe,” Ruiz said on Monday, according to a transcript of the hearing.';
    const a = analyse(text);
    const acc = byCue(a, 'according to');
    expect(acc.text).toBe('“The bridge is safe,” Ruiz said on Monday');
    expect(acc.sourceSpan?.text).toBe('a transcript of the hearing');
    expect(text.slice(acc.start, acc.end)).toBe(acc.text);
    // the quotation keeps its speaker
    expect(a.quotes.map((q) => [q.text, q.speaker])).toEqual([['The bridge is safe,', 'Ruiz']]);
    // the same shape with a paraphrase was already one attribution of the later source
    const b = analyse('The bridge is safe, Okafor said, according to the Valley Courier.');
    expect(byCue(b, 'according to').text).toBe('The bridge is safe, Okafor said');
  });

  it('not when another clause stands between the report and "according to"', () => {
    const a = analyse('“The bridge is safe,” Ruiz said, and the council voted to reopen it, according to a transcript.');
    expect(a.attributions.map((x) => x.cue)).toContain('said');
    expect(a.attributions.find((x) => x.cue === 'according to')?.text ?? '').not.toContain('Ruiz said');
  });
});

describe('a time clause between the cue and "that" (tenth round)', () => {
  it('the reported clause starts after "that", behind the time clause with its own subject', () => {
    const text = 'Okafor told the Courier before he spoke to the council that the toll was unfair.';
    const a = analyse(text);
    expect(byCue(a, 'told')).toMatchObject({ text: 'the toll was unfair', speaker: 'Okafor' });
    expect(byCue(analyse('Okafor said after she met the mayor that the toll was unfair.'), 'said').text).toBe('the toll was unfair');
  });

  it('not when "that" follows the time clause\'s own verb, which reports it', () => {
    const a = analyse('Okafor said after she learned that the toll was unfair.');
    expect(byCue(a, 'said').text).not.toBe('the toll was unfair');
  });
});
