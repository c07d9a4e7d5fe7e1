import { describe, expect, it } from 'vitest';
import { CUE_CLASSES } from '../../src/attribution/cueClasses.js';
import { analyseChecked as analyse, sourceKindOf } from '../helpers.js';

// Sourceless and agentless attributions (issue 10): labels with no one who names, appearance
// with no perceiver, agentless passives of reporting and judging verbs, reputations, and
// reporting nouns with no possessor. Every sentence is written for these tests; names, places
// and bodies are invented.

const kindOf = sourceKindOf;
/** The one attribution of a sentence, checked to be sourceless. */
const sourceless = (text: string) => {
  const a = analyse(text);
  if (a.attributions.length !== 1) throw new Error(`${a.attributions.length} attributions in ${JSON.stringify(text)}: ${JSON.stringify(a.attributions.map((x) => x.cue))}`);
  const x = a.attributions[0]!;
  expect(x.sourceSpan).toBeNull();
  expect(x.speaker).toBeNull();
  expect(kindOf(a, x)).toBe('unspecified');
  return x;
};
const cues = (text: string) => analyse(text).attributions.map((x) => x.cue);

describe('cue classes', () => {
  it('lists appearance and naming, and counts them in metrics', () => {
    expect(CUE_CLASSES).toContain('appearance');
    expect(CUE_CLASSES).toContain('naming');
    const a = analyse('The ferry line, derisively known as “the Slug”, seems slower this year.');
    expect(a.metrics.cueClassCounts).toMatchObject({ naming: 1, appearance: 1, speech: 0 });
  });
});

describe('naming with no one who names', () => {
  it('a coined label ("is nicknamed") is an attribution with no source: the thing named and its label', () => {
    expect(sourceless('The old toll bridge is nicknamed “the Rattler” in town.')).toMatchObject({ cueClass: 'naming', text: 'The old toll bridge is nicknamed “the Rattler”' });
  });

  it('a plain name is no attribution, and its participle is not read as a speech verb', () => {
    expect(cues('An anti-toll group called Open Harbour is collecting signatures.')).toEqual([]);
    expect(cues('The ferry line, also known as the Blue Route, runs twice a day.')).toEqual([]);
    // (a work's title after "titled" is a naming since round 28: sourcelessLess28.test.ts)
    expect(cues('The drillers rely on a method known as fracking.')).toEqual([]);
    expect(cues('The attacks were linked to a splinter crew known as “Low Tide.”')).toEqual([]);
    expect(cues('The tour, billed as a return to harbour folk, sold out in an hour.')).toEqual([]);
  });

  it('a derisive label distances', () => {
    expect(sourceless('Fishermen moor at the old docks, derisively known as “the Graveyard”.')).toMatchObject({ cueClass: 'naming', stance: 'distancing' });
  });

  it('not: "called" as phoning or as a verb with a subject, "was named director", "named after", "so-called"', () => {
    expect(cues('She called him on Monday.')).toEqual([]);
    expect(cues('Ruiz called Varga twice last week.')).toEqual([]);
    expect(analyse('The senator called Ruiz a liar.').attributions[0]).toMatchObject({ cue: 'called', speaker: null, cueClass: 'speech' });
    expect(analyse('The senator called Ruiz a liar.').attributions[0]!.sourceSpan).not.toBeNull();
    expect(cues('Varga was named director of the port in May.')).toEqual([]);
    expect(cues('The school was named after a ferry captain.')).toEqual([]);
    expect(cues('The so-called harbour tax was repealed.')).toEqual([]);
    expect(cues('The race was called for Varga late on Tuesday.')).toEqual([]);
  });
});

describe('appearance with no perceiver', () => {
  it('"seems", "appears" with a complement; "looks like", "seems like"', () => {
    expect(sourceless('The toll plan seems a gamble.')).toMatchObject({ cue: 'seems', cueClass: 'appearance', text: 'The toll plan seems a gamble' });
    expect(sourceless('The council looks like a house divided.')).toMatchObject({ cue: 'looks', cueClass: 'appearance' });
    expect(sourceless('The tram fare seems like a levy on the poor.')).toMatchObject({ cue: 'seems', cueClass: 'appearance' });
    expect(sourceless('The race appears closer in the north.')).toMatchObject({ cue: 'appears', cueClass: 'appearance' });
    expect(sourceless('The ferry plan seemingly collapsed overnight.')).toMatchObject({ cue: 'seemingly', cueClass: 'appearance' });
  });

  it('not: "sounds like", "sounded as if" (the writer\'s turn of phrase, never marked as an impression)', () => {
    expect(cues('That sounds like a threat to the port.')).toEqual([]);
    expect(cues('Despite sounding like a harbour pilot, Berg never sailed.')).toEqual([]);
    expect(cues('The orchard levy sounded as if it would never pass.')).toEqual([]);
    // (the reporting phrases of "sound" stay: "sounded a cautious note about", "sounded the alarm")
    expect(cues('Vale sounded a cautious note about the tram fare.')).toEqual(['sounded a cautious note about']);
    expect(cues('It doesn\'t sound like Ruiz knows what the levy will cost.')).toEqual(['knows']);
  });

  it('not: appearing on stage or in court, looking at or forward to, sounding an alarm', () => {
    expect(cues('Ruiz appeared on stage with the mayor.')).toEqual([]);
    expect(cues('Varga appeared in court on Friday.')).toEqual([]);
    // (no sourceless appearance "look": "look forward to" is the feeling of its subject since round 21)
    const forward = analyse('We look forward to the vote.').attributions;
    expect(forward.map((a) => [a.sourceSpan?.text ?? null, a.text])).toEqual([['We', 'the vote']]);
    expect(cues('The inspectors will look at the bridge on Monday.')).toEqual([]);
    expect(cues('The harbour siren sounded at noon.')).toEqual([]);
  });

  it('not: the writer describing how something looks or sounds ("looked healthier", "sounds confident")', () => {
    expect(cues('That said, the ferry accounts have rarely looked healthier.')).toEqual([]);
    expect(cues('The council looks divided on the toll.')).toEqual([]);
    expect(cues('Her voice sounded calm on the radio.')).toEqual([]);
  });
});

describe('agentless passives of reporting and judging verbs', () => {
  it('"was declared the winner", "were deemed ineligible", "was not disclosed", "is accused of"', () => {
    expect(sourceless('Ruiz was declared the winner on Tuesday.')).toMatchObject({ cue: 'was declared', text: 'Ruiz was declared the winner on Tuesday' });
    expect(sourceless('Dozens of ballots were deemed invalid.').cue).toBe('were deemed');
    expect(sourceless('The price of the ferry was not disclosed.')).toMatchObject({ cue: 'was not disclosed', text: 'The price of the ferry', negated: true });
    expect(sourceless('Varga is accused of taking bribes from the contractor.')).toMatchObject({ cueClass: 'evaluation', stance: 'distancing', text: 'Varga is accused of taking bribes from the contractor' });
    expect(sourceless('The clerk was criticized for the delay.').cue).toBe('was criticized');
  });

  it('judgements passed by no one named: "was widely mocked", "was booed at", "was questioned about", "is not expected before"', () => {
    expect(sourceless('The toll plan was widely mocked on the local radio.')).toMatchObject({ cue: 'was widely mocked', cueClass: 'evaluation', text: 'The toll plan was widely mocked on the local radio' });
    expect(sourceless('The harbour master was booed at the ribbon cutting.').cue).toBe('was booed');
    expect(sourceless('Varga was questioned about the ferry contract.')).toMatchObject({ cue: 'was questioned', text: 'Varga was questioned about the ferry contract' });
    expect(sourceless('The new toll was challenged over its cost to fishermen.').cue).toBe('was challenged');
    expect(sourceless('The clerk has been criticized for losing the ballots.').cue).toBe('has been criticized');
    expect(sourceless('A final vote on the bridge is not expected before June.')).toMatchObject({ cue: 'is not expected', negated: true });
    expect(sourceless('The leak had been reported in May.').cue).toBe('had been reported');
  });

  it('a purpose held by no one named: "was meant to", "are intended to", "a levy intended to", "a tool designed to"', () => {
    expect(sourceless('The toll was meant to cut traffic on the old bridge.')).toMatchObject({ cue: 'was meant', cueClass: 'intention', text: 'The toll was meant to cut traffic on the old bridge' });
    expect(sourceless('The new rules are intended to protect tenants.')).toMatchObject({ cue: 'are intended', cueClass: 'intention' });
    expect(sourceless('The port bought a radar tool designed to track ferries.')).toMatchObject({ cue: 'designed', cueClass: 'intention', text: 'a radar tool designed to track ferries' });
    expect(sourceless('The council passed a levy intended to fund the ferry.')).toMatchObject({ cue: 'intended', text: 'a levy intended to fund the ferry' });
    expect(sourceless('The levy, partly intended to fund the ferry, was repealed.')).toMatchObject({ cue: 'intended', text: 'The levy, partly intended to fund the ferry' });
  });

  it('not: a purpose someone holds ("Ruiz meant to call", "She intended to run"), a passive with no judgement', () => {
    expect(cues('Ruiz meant to call the mayor.')).not.toContain('meant');
    const intended = analyse('She intended to run again.').attributions;
    expect(intended.map((x) => x.cue)).toEqual(['intended']);
    expect(intended[0]!.sourceSpan).not.toBeNull();
    expect(cues('The harbour festival is celebrated in May.')).toEqual([]);
    expect(cues('The clerk was dismissed after the audit.')).toEqual([]);
    expect(cues('The bridge was designed by a local firm.')).toEqual([]);
    // "is designed to": a thing's built-in purpose, which news marks far less often than "is meant to"
    expect(cues('The new rules are designed to protect tenants.')).toEqual([]);
    expect(cues('The tram pass, which is designed to be cheap, sold out.')).toEqual([]);
    // a time clause after the passive is no adjunct of the judgement: the quotation stays the participle's
    expect(cues('Ruiz was booed upon saying, “The toll stays.”')).toEqual(['saying']);
  });

  it('reduced passives after a noun: "a clerk accused of fraud", ", a judge considered a moderate,"', () => {
    expect(sourceless('Police arrested a clerk accused of fraud.')).toMatchObject({ cue: 'accused', text: 'a clerk accused of fraud' });
    const a = analyse('Ines Ruiz, a judge considered a moderate, will hear the case.');
    expect(a.attributions.map((x) => [x.cue, x.text, x.sourceSpan])).toEqual([['considered', 'a judge considered a moderate', null]]);
  });

  it('a reduced "expected" after a noun: "a ruling expected next week", "a storm expected to reach …"; not "Ruiz expected to win"', () => {
    expect(sourceless('The court meets ahead of a ruling expected next week.')).toMatchObject({ cue: 'expected', cueClass: 'belief', text: 'a ruling expected next week' });
    expect(sourceless('Crews braced for a storm expected to reach the coast.')).toMatchObject({ text: 'a storm expected to reach the coast' });
    expect(analyse('Ruiz expected to win the race.').attributions[0]!.sourceSpan?.text).toBe('Ruiz');
  });

  it('with "by" the agent is the source', () => {
    const a = analyse('Ruiz was criticized by the harbour union.');
    expect(a.attributions[0]!.sourceSpan).not.toBeNull();
    expect(kindOf(a, a.attributions[0]!)).not.toBe('unspecified');
  });

  it('not: a deliberation, an appointment, a board that considers, a price charged', () => {
    expect(cues('The bill will be considered next week.')).toEqual([]);
    expect(cues('The board considered a new bill.')).toEqual(['considered']);
    expect(analyse('The board considered a new bill.').attributions[0]!.sourceSpan).not.toBeNull();
    expect(cues('The plan was announced as part of a wider deal.')).toEqual(['was announced']);
    expect(cues('The ferry charged more than the bus.')).toEqual([]);
  });
});

describe('sentence adverbs', () => {
  it('"Reportedly, …" set off by a comma qualifies the clause after it', () => {
    expect(sourceless('Reportedly, the clerk kept the ballots in his car.')).toMatchObject({ cue: 'Reportedly', text: 'the clerk kept the ballots in his car' });
    expect(sourceless('But allegedly, the clerk took bribes.')).toMatchObject({ cue: 'allegedly', stance: 'distancing', text: 'the clerk took bribes' });
    expect(sourceless('The ferry, reportedly, will close in May.')).toMatchObject({ text: 'The ferry, reportedly, will close in May' });
  });
});

describe('reputation with no holder', () => {
  it('"is best known for", "a senator known for …"', () => {
    expect(sourceless('Ruiz is best known for the harbour bridge.')).toMatchObject({ cueClass: 'belief', text: 'Ruiz is best known for the harbour bridge' });
    expect(sourceless('Voters chose a senator known for his temper.')).toMatchObject({ text: 'a senator known for his temper' });
    // a reputation denied is still one, negated (like "did not rule out")
    expect(sourceless('The bridge is not known for its beauty.')).toMatchObject({ negated: true });
  });
});

describe('reporting nouns with no possessor', () => {
  it('"the debate over", "the controversy over", "the question is whether"', () => {
    expect(sourceless('The vote renewed the debate over the toll.')).toMatchObject({ cue: 'the debate over', text: 'the toll' });
    expect(sourceless('The mayor is tired of the controversy over the ferry contract.').cue).toBe('the controversy over');
    expect(sourceless('The question is whether the bridge will hold.')).toMatchObject({ cue: 'The question is', cueClass: 'question', text: 'whether the bridge will hold' });
  });

  it('"there are fears (that) …", "there were complaints that …", "there are plans to …"', () => {
    expect(sourceless('As crowds gather, there are fears the dam will fail.')).toMatchObject({ cueClass: 'belief', text: 'the dam will fail' });
    expect(sourceless('There were numerous complaints that the ferry was late.')).toMatchObject({ cueClass: 'speech', text: 'the ferry was late' });
    expect(sourceless('There are plans to build a second bridge.')).toMatchObject({ cueClass: 'intention', text: 'to build a second bridge' });
    expect(cues('There is no reason to worry.')).toEqual([]);
  });

  it('a judgement the subject undergoes: "drew sharp criticism", "has come under scrutiny", "faced a backlash over"', () => {
    expect(sourceless('The toll plan drew sharp criticism.')).toMatchObject({ cue: 'drew sharp criticism', cueClass: 'evaluation', text: 'The toll plan' });
    // the cue takes the auxiliaries of its verb; the content never holds the cue
    expect(sourceless('The port authority’s contracts have come under scrutiny.')).toMatchObject({ cue: 'have come under scrutiny', text: 'The port authority’s contracts' });
    const backlash = sourceless('The mayor faced a backlash over the ferry fares.');
    expect(backlash.contentSpans.map((s) => s.text)).toEqual(['The mayor', 'over the ferry fares']);
    // the content stops before a subordinate clause, which may hold a cue of its own
    expect(analyse('The registrar came under sharp criticism when it was revealed that permits had vanished.').attributions.map((x) => x.text)).toEqual(['The registrar', 'permits had vanished']);
  });

  it('a negated undergone judgement is negated and neutral: "has not drawn criticism"', () => {
    expect(sourceless('The new timetable has not drawn any criticism.')).toMatchObject({ cue: 'has not drawn any criticism', negated: true, stance: 'neutral', text: 'The new timetable' });
  });

  it('the content of an agentless cue is the pieces around the cue, not the cue itself: "The deal is said to be close"', () => {
    const x = sourceless('The harbour deal is said to be close.');
    expect(x.contentSpans.map((s) => s.text)).toEqual(['The harbour deal', 'to be close']);
    expect(x.contentSpans.every((s) => s.end <= x.cueSpan.start || s.start >= x.cueSpan.end)).toBe(true);
  });

  it('a time adjunct alone is no content: "faced questions on Monday"', () => {
    expect(analyse('The ferry company faced questions on Monday.').attributions).toEqual([]);
    expect(sourceless('The ferry company faced questions about its fares.')).toMatchObject({ cue: 'questions about', text: 'its fares' });
  });

  it('not: a judgement whose holders are named after it, or one the subject passes', () => {
    expect(analyse('The toll plan drew criticism from fishermen.').attributions.every((x) => x.cue !== 'drew criticism')).toBe(true);
    expect(analyse('Ruiz voiced criticism of the plan.').attributions.every((x) => x.sourceSpan !== null)).toBe(true);
  });

  it('questions or doubts a thing raises are sourceless; a person or body that raises them holds them', () => {
    expect(sourceless('The leaked emails raised new questions about whether the port paid the contractor.')).toMatchObject({ cue: 'new questions about', cueClass: 'question' });
    const a = analyse('Ruiz raised fresh doubts about the toll.');
    expect(a.attributions.map((x) => x.sourceSpan?.text)).toEqual(['Ruiz']);
  });

  it('a possessor is the source', () => {
    const a = analyse('Varga dismissed the union’s complaints about the toll.');
    const complaint = a.attributions.find((x) => x.cue === 'complaints');
    expect(complaint?.sourceSpan).not.toBeNull();
  });
});

describe('a debate as an event is no attribution', () => {
  it('not: "the presidential debate", "Tuesday’s debate that …", "the Harbour Party debate on the radio"', () => {
    expect(cues('Ruiz spoke during the presidential debate about the toll.')).toEqual([]);
    expect(cues('The mayor watched Tuesday’s debate on the local channel.')).toEqual([]);
    expect(cues('The Harbour Party debate on the radio ran long.')).toEqual([]);
  });
});

describe('an infinitive cue after an extraposed "it" or "there is reason"', () => {
  it('"It is important to note" (a that-clause), "it\'s hard to know" (a wh-clause), "there is no reason to believe": no source, the clause after the cue', () => {
    expect(sourceless('It is important to note that the bridge is old.')).toMatchObject({ cue: 'It is important to note', cueClass: 'speech', text: 'the bridge is old' });
    expect(sourceless('It’s hard to know what the harbour board wants.')).toMatchObject({ cueClass: 'belief', text: 'what the harbour board wants' });
    expect(sourceless('There is no reason to believe the toll will rise.')).toMatchObject({ cue: 'There is no reason to believe', text: 'the toll will rise' });
    expect(sourceless('It was easy to see why the ferry vote failed.')).toMatchObject({ cueClass: 'perception', text: 'why the ferry vote failed' });
  });

  it('not: a named holder ("hard for voters to know"), or a subject that is a speaker', () => {
    const a = analyse('Ruiz is eager to say that the bridge is safe.');
    expect(a.attributions.every((x) => x.sourceSpan !== null)).toBe(true);
    expect(analyse('It is hard for voters to know what the board wants.').attributions.every((x) => x.sourceSpan?.text !== 'It')).toBe(true);
  });
});

describe('a state of knowledge after an extraposed "it"', () => {
  it('"It remains unclear whether …", "it became clear that …", "it’s not clear why …", "It is far from certain that …"', () => {
    expect(sourceless('It remains unclear whether the bridge will open.')).toMatchObject({ cue: 'It remains unclear', text: 'whether the bridge will open' });
    expect(sourceless('It became clear that the toll vote would fail.')).toMatchObject({ cue: 'It became clear', text: 'the toll vote would fail' });
    expect(sourceless('It’s not clear why the ferry stopped.')).toMatchObject({ cue: 'It’s not clear', negated: true, text: 'why the ferry stopped' });
    expect(sourceless('It is far from certain that the deal will hold.')).toMatchObject({ cue: 'It is far from certain', text: 'the deal will hold' });
  });

  it('not: no clause after the adjective', () => {
    expect(cues('It remains unclear.')).toEqual([]);
    expect(cues('It was obvious to everyone.')).toEqual([]);
  });
});

describe('a reporting noun whose own verb says it exists or was put forward', () => {
  it('"Questions remain about …", "suspicions persist that …", "concerns were raised that …"', () => {
    expect(sourceless('Questions remain about the harbour loan.')).toMatchObject({ cue: 'Questions remain about', cueClass: 'question', text: 'the harbour loan' });
    expect(sourceless('Suspicions persist that the mayor knew about the leak.')).toMatchObject({ cue: 'Suspicions persist', text: 'the mayor knew about the leak' });
    expect(sourceless('Concerns were raised that the ferry ramp was unsafe.')).toMatchObject({ cue: 'Concerns were raised', text: 'the ferry ramp was unsafe' });
    expect(sourceless('Doubts have also been voiced about whether the toll will pay for the bridge.')).toMatchObject({ cue: 'Doubts have also been voiced about' });
  });

  it('not: a holder ("His doubts remain"), no content ("Questions remain."), or a noun that is no reporting noun', () => {
    expect(analyse('His doubts remain about the harbour loan.').attributions.every((x) => x.cue !== 'doubts remain')).toBe(true);
    expect(cues('Questions remain.')).toEqual([]);
    expect(cues('Prices remain about the same.')).toEqual([]);
  });
});

describe('a reporting noun after a preposition, which the verb lexicon also knows', () => {
  it('"because of fears that …", "amid fears that …": no source, not the subject of the clause', () => {
    expect(sourceless('The ferry levy is unpopular because of fears that fares will double.')).toMatchObject({ cue: 'fears', text: 'fares will double' });
    expect(sourceless('The ferry levy stalled amid fears that fares will double.')).toMatchObject({ cue: 'fears', text: 'fares will double' });
  });

  it('a gerund after a preposition stays a verb with its source', () => {
    const a = analyse('Ruiz closed the meeting by claiming that the bridge was safe.');
    expect(a.attributions.some((x) => x.sourceSpan?.text === 'Ruiz')).toBe(true);
  });
});

describe('a character given by no one named ("was dismissed as", "is remembered as")', () => {
  it('only with "as" after the passive', () => {
    expect(sourceless('The toll plan was dismissed as a stunt.')).toMatchObject({ cue: 'was dismissed', text: 'The toll plan was dismissed as a stunt' });
    expect(sourceless('The old mayor is remembered as a reformer.')).toMatchObject({ cue: 'is remembered' });
    expect(sourceless('Ruiz was painted as a radical.')).toMatchObject({ cue: 'was painted' });
    expect(cues('The ferry was painted red.')).toEqual([]);
    expect(cues('The old mayor is remembered every spring.')).toEqual([]);
  });
});

describe('a role or an identity put on record by no one named ("is listed as", "was identified as")', () => {
  it('the subject and what it is listed or identified as, with no source', () => {
    expect(sourceless('Vale is listed as the treasurer of the harbour club.')).toMatchObject({ cue: 'is listed', text: 'Vale is listed as the treasurer of the harbour club' });
    expect(sourceless('Two of the drivers have been identified as Tarn County residents.')).toMatchObject({ cue: 'have been identified as', text: 'Two of the drivers have been identified as Tarn County residents' });
    expect(sourceless('The pilot was later identified as the owner of the ferry.')).toMatchObject({ text: 'The pilot was later identified as the owner of the ferry' });
  });

  it('not: a place in a list, a date after "as", nor an agent who identifies', () => {
    expect(cues('The tolls are listed on page 4.')).toEqual([]);
    expect(cues('The harbour fee is listed as of June.')).toEqual([]);
    const a = analyse('The pilot was identified by the clerk.');
    expect(a.attributions.length).toBeGreaterThan(0);
    expect(a.attributions.every((x) => x.sourceSpan?.text === 'the clerk')).toBe(true);
  });
});

describe('"so far" inside a passive verb group ("have so far been requested")', () => {
  it('the subject before the auxiliary is what the passive is about, not "far"', () => {
    expect(sourceless('At the harbour office, some 600 ferry passes have so far been requested.')).toMatchObject({ cue: 'have so far been requested', text: 'some 600 ferry passes' });
    expect(sourceless('The levy has so far been dismissed as a stunt.')).toMatchObject({ cue: 'has so far been dismissed', text: 'The levy has so far been dismissed as a stunt' });
  });

  it('an active verb after "so far" keeps its subject as the source; "so far as to" is no verb group', () => {
    expect(analyse('Ruiz has so far declined to say whether the levy will pass.').attributions[0]?.sourceSpan?.text).toBe('Ruiz');
    const a = analyse('Vale went so far as to say the bridge was unsafe.');
    expect(a.attributions.map((x) => [x.sourceSpan?.text, x.text])).toEqual([['Vale', 'the bridge was unsafe']]);
  });
});

describe('a reduced passive set off by a comma or after an adverb', () => {
  it('"The levy, now deemed a failure, …", "files now deemed secret", "The board, considered a rubber stamp, …"', () => {
    expect(sourceless('The levy, now deemed a failure, was dropped.')).toMatchObject({ cue: 'deemed', text: 'The levy, now deemed a failure' });
    expect(sourceless('The clerk kept 64 files now deemed secret.')).toMatchObject({ cue: 'deemed', text: '64 files now deemed secret' });
    expect(sourceless('The board, considered a rubber stamp, met twice.')).toMatchObject({ cue: 'considered', text: 'The board, considered a rubber stamp' });
  });

  it('not: the active verb of a subject ("The board considered a bill")', () => {
    expect(analyse('The board considered a bill.').attributions.every((x) => x.sourceSpan?.text === 'The board')).toBe(true);
  });
});

describe('a reporting noun with "has been that …"', () => {
  it('"The hope has been that …" has no source; "His fear had long been that …" keeps its possessor', () => {
    expect(sourceless('The hope has been that ferry fares would fall.')).toMatchObject({ cue: 'The hope has been', text: 'ferry fares would fall' });
    const a = analyse('His fear had long been that the bridge would fail.');
    expect(a.attributions.find((x) => x.cue === 'fear had long been')?.sourceSpan?.text).toBe('His');
  });
});

describe('an impersonal appearance over a parenthetical connective', () => {
  it('"It appears, though, that …", "It seems, however, …": the clause after the connective is the content', () => {
    expect(sourceless('It appears, though, that the toll was never paid.')).toMatchObject({ cue: 'It appears', cueClass: 'appearance', text: 'the toll was never paid' });
    expect(sourceless('It seems, however, the ferry is late.')).toMatchObject({ cue: 'It seems', text: 'the ferry is late' });
  });

  it('not: a place after "appears" ("She appears, however, on stage")', () => {
    expect(cues('She appears, however, on stage.')).toEqual([]);
  });
});

describe('a reduced passive of regarding with "as"', () => {
  it('"Low fares, seen as a lure, …", "a county seen as vital", "the barge, often referred to as …": no one named regards', () => {
    expect(sourceless('Low ferry fares, seen as a lure for tourists, have hurt the bus line.')).toMatchObject({ cue: 'seen', text: 'Low ferry fares, seen as a lure for tourists' });
    expect(sourceless('They spent heavily in Dorrow, a county seen as vital for the toll vote.')).toMatchObject({ cue: 'seen', text: 'a county seen as vital for the toll vote' });
    expect(sourceless('The old barge, often referred to as the Rust Tub, sank again.')).toMatchObject({ cue: 'referred to', text: 'The old barge, often referred to as the Rust Tub' });
    expect(sourceless('Two names widely mentioned as possible wardens withdrew.')).toMatchObject({ cue: 'mentioned' });
  });

  it('not: a relative clause with a subject of its own ("the plan Ruiz described as reckless") or an active subject', () => {
    expect(analyse('It was a plan Ruiz described as reckless.').attributions.every((x) => x.sourceSpan !== null)).toBe(true);
    expect(analyse('Varga described as reckless the plan to sell the pier.').attributions[0]?.sourceSpan?.text).toBe('Varga');
    expect(cues('A statue seen from the road was moved.')).toEqual([]);
  });
});

describe('appearance after a pronoun "this"', () => {
  it('"This seems like a fair idea": "this" is the subject, not a determiner', () => {
    expect(sourceless('This seems like a fair idea.')).toMatchObject({ cueClass: 'appearance', text: 'This seems like a fair idea' });
    expect(sourceless('This appears to be a forged ticket.')).toMatchObject({ cueClass: 'appearance' });
  });
});

describe('an absolute "with" clause after an appearance', () => {
  it('"…, with the latest tally showing a draw" is the writer\'s evidence, not part of what seems', () => {
    const a = analyse('Mr. Berg and Ms. Ruiz appeared to be locked in a tight contest, with the latest tally showing a draw.');
    expect(a.attributions.find((x) => x.cueClass === 'appearance')).toMatchObject({ sourceSpan: null, text: 'Mr. Berg and Ms. Ruiz appeared to be locked in a tight contest' });
  });
});

describe('an expectation as an aside to a clause', () => {
  it('"As expected, …" and "…, as expected." attribute the clause to an expectation no one named holds', () => {
    expect(sourceless('As expected, the harbour board raised the mooring fee.')).toMatchObject({ cue: 'As expected', cueClass: 'belief', text: 'the harbour board raised the mooring fee' });
    expect(sourceless('The toll vote will go to a second round, as expected.')).toMatchObject({ cue: 'as expected', text: 'The toll vote will go to a second round' });
    expect(sourceless('The ferry tolls went up, as feared.')).toMatchObject({ cue: 'as feared' });
  });

  it('not: "as expected" inside a clause, and an agent after "by" stays the source', () => {
    expect(cues('The ferry fares rose as expected in May.')).toEqual([]);
    expect(analyse('The pier closed, as predicted by the engineers.').attributions[0]?.sourceSpan?.text).toBe('the engineers');
  });
});

describe('passives of naming a character with "as"', () => {
  it('"are widely recognized as", "has been mentioned as", "has been singled out as": no one named recognizes or mentions', () => {
    expect(sourceless('The internments are widely recognized now as a grave wrong.')).toMatchObject({ cue: 'are widely recognized' });
    expect(sourceless('Ruiz has also been mentioned as a possible harbour warden.')).toMatchObject({ text: 'Ruiz has also been mentioned as a possible harbour warden' });
    expect(sourceless('The screening has been singled out as a weak point.')).toMatchObject({ cueClass: 'speech' });
  });

  it('not: "was mentioned in the report", "was recognized for its design"', () => {
    expect(cues('Ruiz was mentioned in the report.')).toEqual([]);
    expect(cues('The pier was recognized for its design.')).toEqual([]);
  });
});

describe('a reporting participle after a noun, with when it was made public', () => {
  it('"A merger announced Monday would …", "The plan, disclosed in May, …", "in a string of ads announced Tuesday": no one named announced', () => {
    expect(sourceless('A ferry merger announced Monday would move the firm to Rotterdam.')).toMatchObject({ cue: 'announced', text: 'A ferry merger announced Monday' });
    expect(sourceless('The plan, disclosed in May, would close the pier.')).toMatchObject({ cue: 'disclosed', text: 'The plan, disclosed in May' });
    const a = analyse('In a string of radio ads announced Tuesday, Vale attacks the toll.');
    expect(a.attributions.find((x) => x.cue === 'announced')).toMatchObject({ sourceSpan: null, text: 'a string of radio ads announced Tuesday' });
  });

  it('not: an active subject ("Ruiz announced Monday that …"), a postposed source ("…, the board announced Monday.", "as the Herald reported on Sunday,")', () => {
    expect(analyse('Ruiz announced Monday that the pier would close.').attributions[0]?.sourceSpan?.text).toBe('Ruiz');
    expect(analyse('The pier will close, the board announced Monday.').attributions[0]?.sourceSpan?.text).toBe('the board');
    expect(analyse('Ruiz met the mayor, as the Herald reported on Sunday, and left.').attributions.find((x) => x.cue.includes('reported'))?.sourceSpan?.text).toBe('the Herald');
  });
});

describe('"beg the question"', () => {
  it('is a question no one named asks, whatever the subject; "begged the council to" stays a plea with its speaker', () => {
    expect(sourceless('The delays begged the question of whether the harbour board was in charge.')).toMatchObject({ cue: 'the question of', cueClass: 'question' });
    expect(sourceless('They begged the question of whether the ferry could run.')).toMatchObject({ cue: 'the question of' });
    expect(analyse('Ruiz begged the council to reopen the pier.').attributions[0]).toMatchObject({ cue: 'begged', sourceSpan: { text: 'Ruiz' } });
  });
});

describe('reputations beyond "is best known for"', () => {
  it('"renowned for", "famed for", "once known for" set off by commas, and a negated "is not known for"', () => {
    expect(sourceless('The firm, renowned for its ferries, went bust.')).toMatchObject({ cue: 'renowned for', cueClass: 'belief', text: 'The firm, renowned for its ferries' });
    expect(sourceless('The pier is famed for its sunsets.')).toMatchObject({ cue: 'is famed for' });
    expect(sourceless('The town, once known for its shipyards, is quiet now.')).toMatchObject({ cue: 'once known for', text: 'The town, once known for its shipyards' });
    expect(sourceless('Vale is not known for patience.')).toMatchObject({ negated: true, stance: 'neutral' });
  });

  it('not: "was not known for years", "the renowned chef"', () => {
    expect(cues('The cause was not known for years.')).toEqual([]);
    expect(cues('The renowned chef opened a cafe.')).toEqual([]);
  });
});

describe('agentless "it" passives with a clause and no "that" (round 10)', () => {
  it('"It is assumed the …", "While it\'s believed the …": the clause after the participle, no source', () => {
    expect(sourceless('It is assumed the ruling will help Vale.')).toMatchObject({ cue: 'It is assumed', text: 'the ruling will help Vale' });
    expect(sourceless('It was widely believed the ferry would close.')).toMatchObject({ cue: 'It was widely believed', text: 'the ferry would close' });
  });

  it('an agent after the participle stays the source', () => {
    expect(analyse('It was reported by the Herald that the pier closed.').attributions[0]?.sourceSpan?.text).toBe('the Herald');
  });
});

describe('"is certain to", "is sure to": a prediction about the subject (round 10)', () => {
  it('the subject holds no belief: the clause around the cue, no source', () => {
    expect(sourceless('Ruiz is sure to object to the toll.')).toMatchObject({ cue: 'is sure', text: 'Ruiz is sure to object to the toll' });
    expect(sourceless('The candidates are almost certain to be pressed on taxes.')).toMatchObject({ cue: 'are almost certain', text: 'The candidates are almost certain to be pressed on taxes' });
  });

  it('not: "is sure that …", "is certain of …": the subject holds the belief', () => {
    expect(analyse('Ruiz is sure that the toll is wrong.').attributions[0]).toMatchObject({ sourceSpan: { text: 'Ruiz' }, text: 'the toll is wrong' });
    expect(analyse('Okafor is certain the pier will reopen.').attributions[0]).toMatchObject({ sourceSpan: { text: 'Okafor' } });
  });
});

describe('existential findings and shared views (round 10)', () => {
  it('"there is evidence that", "there\'s broad agreement that", "there is no consensus on whether", "there are signs that"', () => {
    expect(sourceless('There is some evidence that most voters have turned to Vale.')).toMatchObject({ cue: 'There is some evidence', cueClass: 'perception', text: 'most voters have turned to Vale' });
    expect(sourceless('There\'s broad agreement that the levy should rise.')).toMatchObject({ cue: 'There\'s broad agreement', cueClass: 'belief', text: 'the levy should rise' });
    expect(sourceless('There is no consensus on whether the bridge is safe.')).toMatchObject({ cue: 'There is no consensus on', negated: true, text: 'whether the bridge is safe' });
    expect(sourceless('There are signs that the port is recovering.')).toMatchObject({ cue: 'There are signs', text: 'the port is recovering' });
  });

  it('not: the nouns outside "there is … that" ("evidence of", "a trade agreement", "a sign of")', () => {
    expect(cues('There was no evidence of fraud at the port.')).toEqual([]);
    expect(cues('The trade agreement was signed in Elm Bay.')).toEqual([]);
    expect(cues('The evidence was lost in the flood.')).toEqual([]);
    expect(cues('There is an agreement between the two ports.')).toEqual([]);
  });

  it('"There\'s reason to believe": the noun after existential "there is" is no verb, and "believe" has no source', () => {
    const x = sourceless('There\'s reason to believe the port is safe.');
    expect(x).toMatchObject({ cue: 'There\'s reason to believe', cueClass: 'belief', text: 'the port is safe' });
  });
});

describe('a wh-clause as the subject of a state of knowledge (round 10)', () => {
  it('"Whether … is unclear", "How many … remains unknown", "Why … is hard to say", "whether … remains to be seen"', () => {
    expect(sourceless('Whether the toll survives is unclear.')).toMatchObject({ cue: 'is unclear', cueClass: 'belief', text: 'Whether the toll survives' });
    expect(sourceless('How many boats sank remains unknown.')).toMatchObject({ cue: 'remains unknown', text: 'How many boats sank' });
    expect(sourceless('Whether Vale’s showing will be enough is hard to say.')).toMatchObject({ cue: 'is hard to say', text: 'Whether Vale’s showing will be enough' });
    expect(sourceless('But whether the pier reopens remains to be seen.')).toMatchObject({ cue: 'remains to be seen', text: 'whether the pier reopens' });
    expect(sourceless('Why the ferry stopped is not clear.')).toMatchObject({ cue: 'is not clear', negated: true, text: 'Why the ferry stopped' });
  });

  it('not: an adverbial clause before a comma, "What is clear is that …", a state that does not close its clause', () => {
    expect(analyse('When the pier closed, it was unclear whether the crew left.').attributions.map((x) => x.text)).toEqual(['whether the crew left']);
    expect(cues('What is clear is that Ruiz lost the vote.')).not.toContain('is clear');
    expect(cues('How the ferry runs is clear enough to most riders in Elm Bay who use it.')).toEqual([]);
  });
});

describe('an agentless cue in an opening subordinate clause ends at the main clause (round 10)', () => {
  it('"While it is assumed …, the port stays shut", "Despite complaints that …, Ruiz has …"', () => {
    expect(sourceless('While it is assumed the ruling will help Vale, the port stays shut.')).toMatchObject({ cue: 'it is assumed', text: 'the ruling will help Vale' });
    const a = analyse('Despite complaints that he is a dreamer, Okafor has found ways to win votes.');
    expect(a.attributions.find((x) => x.cue === 'complaints')).toMatchObject({ sourceSpan: null, text: 'he is a dreamer' });
  });
});

describe('expletive "it" before an infinitive cue (round 10)', () => {
  it('"It would be wrong to call …", "it may be premature to declare …": a modal before "be"', () => {
    expect(sourceless('It would be wrong to call this a failure.')).toMatchObject({ cue: 'It would be wrong to call', text: 'this a failure' });
    expect(sourceless('It may be premature to declare the toll dead.')).toMatchObject({ cue: 'It may be premature to declare' });
  });

  it('"It doesn\'t take an engineer to see …": "it takes" + a noun phrase names no one who sees', () => {
    expect(sourceless('It doesn\'t take an engineer to see why the bridge failed.')).toMatchObject({ cue: 'It doesn\'t take an engineer to see', cueClass: 'perception', text: 'why the bridge failed' });
  });

  it('not: "It took the council a year to agree …" (the council agreed)', () => {
    const a = analyse('It took the council a year to agree that the pier was unsafe.');
    expect(a.attributions.length).toBeGreaterThan(0);
    expect(a.attributions.every((x) => x.sourceSpan !== null)).toBe(true);
  });
});

describe('a reduced passive set off by dashes (round 10)', () => {
  it('"Such plans - considered riskier than … - worry Berg": no one named considers', () => {
    const a = analyse('Such plans - considered riskier than anything tried before - worry Berg.');
    expect(a.attributions.find((x) => x.cue === 'considered')).toMatchObject({ sourceSpan: null });
  });
});

describe('"was known" with nothing after it (round 10)', () => {
  it('knowledge held by no one named: "The list was widely known, but …", "Before the names were known, …"', () => {
    const a = analyse('The list of demands was widely known, but Ruiz never read it.');
    expect(a.attributions.find((x) => x.cue === 'was widely known')).toMatchObject({ sourceSpan: null, cueClass: 'belief', text: 'The list of demands' });
    expect(sourceless('The cause of the fire is not known.')).toMatchObject({ cue: 'is not known', negated: true, text: 'The cause of the fire' });
  });

  it('not: "known as" (a name) or "was not known for years"', () => {
    expect(cues('The ferry line, also known as the Blue Route, runs twice a day.')).toEqual([]);
    expect(cues('The cause was not known for years.')).toEqual([]);
  });
});

describe('an agentless passive with a time phrase before "as" (round 10)', () => {
  it('"was hailed on Tuesday as a hero", "was described in May as unsafe": no one named', () => {
    expect(sourceless('Berg was hailed on Tuesday as a hero.')).toMatchObject({ cue: 'was hailed', cueClass: 'evaluation' });
    expect(sourceless('The pier was described in May as unsafe.')).toMatchObject({ cue: 'was described' });
  });

  it('not: a passive with no reporting sense ("was sold last week as the company shrank")', () => {
    expect(cues('The ferry was sold last week as the company shrank.')).toEqual([]);
  });
});

describe('an agentless passive after a subject with its own relative clause (round 27)', () => {
  it('"The grower who posted it was widely condemned": the noun phrase with its relative clause is what is condemned', () => {
    expect(sourceless('The grower who posted it was widely condemned.')).toMatchObject({ cue: 'was widely condemned', text: 'The grower who posted it' });
    expect(sourceless('The clerk that Vale hired is said to be wary of the levy.')).toMatchObject({ cue: 'is said', text: 'The clerk that Vale hired is said to be wary of the levy' });
  });

  it('not: a content clause ("Ruiz said that Dara was seen as weak") or a relative clause set off by commas', () => {
    expect(analyse('Okafor knew that Dara was widely mocked.').attributions.map((x) => [x.cue, x.text])).toEqual([['knew', 'Dara was widely mocked']]);
    expect(sourceless('Berg, who posted it, was widely condemned.').text).toBe('Berg, who posted it,');
  });
});
