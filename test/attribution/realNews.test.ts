import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/index.js';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Regression tests for the second round of issue 10 (attribution on real news). Every
// sentence is written for these tests; names, places and outlets are invented.

const byCue = (a: ArticleAnalysis, cue: string) => {
  const found = a.attributions.filter((x) => x.cue === cue);
  if (found.length !== 1) throw new Error(`${found.length} attributions with cue ${JSON.stringify(cue)} in ${JSON.stringify(a.attributions.map((x) => x.cue))}`);
  return found[0]!;
};

describe('one cue, one attribution', () => {
  it('a quotation paragraph after “…,” she said. is more of the same attribution', () => {
    const text = ['“The ferry will be back by May,” harbour chief Lena Vos said on Friday.', '', '“We have ordered the parts and the crews are ready.”', '', 'The island council meets next week.'].join('\n');
    const a = analyse(text);
    const said = byCue(a, 'said');
    expect(said.contentSpans.map((c) => c.text)).toEqual(['The ferry will be back by May,', 'We have ordered the parts and the crews are ready.']);
    expect(said.speaker).toBe('Lena Vos');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Lena Vos', 'Lena Vos']);
  });

  it('a quotation running over two paragraphs is one attribution', () => {
    const text = ['Coach Ari Malm said: “We trained all winter for this.', '', '“Nobody expected us to make the final.”'].join('\n');
    const said = byCue(analyse(text), 'said:');
    expect(said.contentSpans).toHaveLength(2);
    expect(said.text).toContain('Nobody expected us');
  });
});

describe('clause boundaries', () => {
  it('`“…,” adding that` starts a second attribution although the comma stands inside the quotation mark', () => {
    const a = analyse('Councillor Jo Brandt said the budget was “a patchwork of promises,” adding that the vote would be close.');
    expect(byCue(a, 'said').text).toBe('the budget was “a patchwork of promises,”');
    expect(byCue(a, 'adding')).toMatchObject({ speaker: 'Jo Brandt', text: 'the vote would be close' });
  });

  it('"and even questioned": an adverb between "and" and the second verb still sets it apart', () => {
    const a = analyse('Several members attacked the budget and even questioned the audit.');
    expect(byCue(a, 'attacked').text).toBe('the budget');
    expect(byCue(a, 'even questioned')).toMatchObject({ text: 'the audit' });
    expect(byCue(a, 'even questioned').sourceSpan?.text).toBe('Several members'); // carried over from the first verb
  });

  it('`“…,” calling it` likewise', () => {
    const a = analyse('Mayor Uma Reyes said the plan had “no money behind it,” calling it “a wish list.”');
    expect(byCue(a, 'calling')).toMatchObject({ speaker: 'Uma Reyes' });
    expect(byCue(a, 'said').text).not.toContain('calling');
  });
});

describe('opening subordinate clauses', () => {
  it('"Since X proposed …, she has argued …": the main clause is an attribution of its own', () => {
    const a = analyse('Since Ruiz proposed the toll in March, she has argued that the bridge cannot pay for itself.');
    expect(byCue(a, 'proposed').text).toBe('the toll in March');
    expect(byCue(a, 'has argued').text).toBe('the bridge cannot pay for itself');
  });

  it('inside a reported clause a comma and a subject do not split it', () => {
    const a = analyse('Ruiz said that after the storm, residents feared the worst.');
    expect(byCue(a, 'said').text).toBe('after the storm, residents feared the worst');
  });
});

describe('sources and adjuncts around the cue', () => {
  it('a possessive before a verb form keeps the whole source: "familiar with the coach’s thinking said"', () => {
    const a = analyse('A person familiar with the coach’s thinking said, “He wants one more season.”');
    expect(byCue(a, 'said')).toMatchObject({ mode: 'direct', text: 'He wants one more season.' });
    expect(byCue(a, 'said').sourceSpan?.text).toBe('A person familiar with the coach’s thinking');
  });

  it('an inverted source with a relative clause and no comma, and the quotation after it', () => {
    const a = analyse('The harbour plan was "never going to survive the winter," said one engineer who requested anonymity because the study is unpublished. "Everyone on the team knew it."');
    const said = byCue(a, 'said');
    expect(said.sourceSpan?.text).toBe('one engineer');
    expect(said.contentSpans.map((c) => c.text)).toEqual(['The harbour plan was "never going to survive the winter,"', 'Everyone on the team knew it.']);
  });

  it('a place phrase running through a preposition ends the clause: "she said in a radio interview with the Courier."', () => {
    const a = analyse('The union had “run out of patience” with the board, she said in a radio interview with the Courier.');
    expect(byCue(a, 'said')).toMatchObject({ mode: 'mixed', text: 'The union had “run out of patience” with the board' });
  });

  it('"found in 2019 that": a clause-only verb with "that" behind a short adjunct', () => {
    const a = analyse('A panel of inspectors found in 2019 that the bridge cables were “badly corroded.”');
    expect(byCue(a, 'found').text).toBe('the bridge cables were “badly corroded.”');
  });
});

describe('source spans', () => {
  it('party and state in parentheses are not the source: "Sen. Jack Orr (D-Vt.) said"', () => {
    const a = analyse('Sen. Jack Orr (D-Vt.) said the harbour bill was dead.');
    expect(byCue(a, 'said').sourceSpan?.text).toBe('Sen. Jack Orr');
    expect(byCue(a, 'said').speaker).toBe('Jack Orr');
  });

  it('…and a time phrase after them is stepped over: "(D-Maine) on Friday downplayed"', () => {
    const a = analyse('Rep. Nora Quist (D-Maine) on Friday downplayed the dispute over the fishing quotas.');
    expect(byCue(a, 'downplayed').sourceSpan?.text).toBe('Rep. Nora Quist');
  });

  it('a reporting noun after ", renewing an …" takes the subject of the main clause', () => {
    const a = analyse('Mayor Ines Ruiz spoke for an hour, renewing an old claim that the ferry turned a profit.');
    expect(byCue(a, 'renewing an old claim')).toMatchObject({ speaker: 'Ines Ruiz', text: 'the ferry turned a profit' });
  });
});

describe('relative clauses, polls and misprinted marks', () => {
  it('"Wray, who said …, said …": two attributions, the first ending at the comma that closes the relative clause', () => {
    const a = analyse('Coach Tom Wray, who said the trade was approved by the league, said he had no regrets.');
    const said = a.attributions.filter((x) => x.cue === 'said');
    expect(said.map((x) => x.text)).toEqual(['the trade was approved by the league', 'he had no regrets']);
    expect(said.every((x) => x.speaker === 'Tom Wray')).toBe(true);
  });

  it('a share of a poll is a source: "eight in 10 said", "at least 4,500 said"', () => {
    const a = analyse('Three in 10 said the fares were too high, while eight in 10 said they wanted a second pier.');
    expect(a.attributions.map((x) => x.sourceSpan?.text)).toEqual(['Three in 10', 'eight in 10']);
    expect(analyse('When the club asked members to volunteer, at least 4,500 said they would.').attributions.some((x) => x.sourceSpan?.text === 'at least 4,500' && x.text === 'they would')).toBe(true);
  });

  it('a closing quotation mark misprinted as an opening one still closes: `“…,“ said Lena Moss`', () => {
    const a = analyse('“The tide tables were wrong,“ said Lena Moss, a pilot with the Harbour Trust. “We noticed on Monday.”');
    expect(a.quotes.map((q) => q.text)).toEqual(['The tide tables were wrong,', 'We noticed on Monday.']);
    expect(byCue(a, 'said')).toMatchObject({ mode: 'direct', speaker: 'Lena Moss' });
    expect(byCue(a, 'said').contentSpans).toHaveLength(2);
  });
});

describe('title lines', () => {
  it('"Name: …" in the title line attributes what follows to a single name not yet seen', () => {
    const a = analyzeArticle({ text: 'Varga: ‘We Will Finish The Bridge By Spring.’\n\nOn Tuesday the mayor spoke in Dover.' });
    expect(a.attributions[0]).toMatchObject({ cue: ':', text: 'We Will Finish The Bridge By Spring.', mode: 'direct' });
    expect(a.attributions[0]!.sourceSpan?.text).toBe('Varga');
  });

  it('"First Last: “…”" is a speaker also when the first name is a word the tagger reads as a verb', () => {
    for (const name of ['Sue Lund', 'Will Okafor', 'Hope Tarrant']) {
      const a = analyse(`${name}: “The ferry will run all winter”\n\nThe ferry is old.`);
      expect(a.attributions.map((x) => [x.cue, x.sourceSpan?.text, x.speaker])).toEqual([[':', name, name]]);
      expect(a.attributions[0]!.text).toBe('The ferry will run all winter');
    }
  });

  it('not: an imperative label before a quotation, or a verb-like first name with no quotation', () => {
    expect(analyse('Meet Dana Okafor: “The ferry will run all winter”\n\nThe ferry is old.').attributions.filter((x) => x.cue === ':')).toEqual([]);
    expect(analyse('Josh Vantongeren: the harbour pilot who never sleeps\n\nHe works nights.').attributions.filter((x) => x.cue === ':')).toEqual([]);
  });

  it('labels are not speakers: "Timeline: …", "Explainer: …"', () => {
    expect(analyse('Timeline: How the bridge fell in three days\n\nThe bridge fell on Monday.').attributions).toEqual([]);
    expect(analyse('Explainer: Why the river keeps rising\n\nThe river rose again.').attributions).toEqual([]);
  });
});

describe('according to', () => {
  it('data, returns and polls set off by a comma are sources', () => {
    const a = analyse('Ferry traffic fell 8 percent in the spring, according to figures released Monday by the port authority.');
    expect(byCue(a, 'according to')).toMatchObject({ text: 'Ferry traffic fell 8 percent in the spring' });
    expect(byCue(a, 'according to').sourceSpan?.text).toBe('figures released Monday by the port authority');
    expect(byCue(analyse('The measure passed narrowly, according to early returns.'), 'according to').text).toBe('The measure passed narrowly');
  });

  it('conformity is no attribution: "according to plan", "graded according to size"', () => {
    expect(analyse('The trains ran according to plan.').attributions).toEqual([]);
    expect(analyse('Apples are graded according to size and colour.').attributions).toEqual([]);
  });

  it('"X, according to Y, Z": the content stands on both sides', () => {
    const a = analyse('By next summer, according to the harbour board, the new cranes will be running.');
    expect(byCue(a, 'according to').contentSpans.map((c) => c.text)).toEqual(['By next summer', 'the new cranes will be running']);
  });
});

describe('documents and findings', () => {
  it('a document subject a few words back lets show/find take a bare object', () => {
    expect(byCue(analyse('A video from the hearing shows the chairman walking out.'), 'shows')).toMatchObject({ cueClass: 'document', text: 'the chairman walking out' });
    const found = byCue(analyse('A survey by the Harbour Gazette found the ferry the most popular service.'), 'found');
    expect(found.text).toBe('the ferry the most popular service');
    expect(found.sourceSpan?.text).toBe('A survey by the Harbour Gazette');
  });

  it('"show" read as a noun is a verb before a that-clause or closing a clause after records', () => {
    expect(byCue(analyse('Logs from the contractor show that two users downloaded the plans.'), 'show').text).toBe('two users downloaded the plans');
    expect(byCue(analyse('The festival lost money for a third year, tax records show.'), 'show').text).toBe('The festival lost money for a third year');
    expect(analyse('We watched a TV show that aired last night.').attributions).toEqual([]);
  });
});

describe('"In a poll, …"', () => {
  it('a sentence opening with a poll or survey attributes what follows to it', () => {
    const a = analyse('In the latest county survey, conducted in early May, 35 percent of residents would pay the toll.');
    expect(byCue(a, 'In')).toMatchObject({ cueClass: 'document', text: '35 percent of residents would pay the toll' });
    expect(byCue(a, 'In').sourceSpan?.text).toBe('the latest county survey');
  });

  it('not a place, and not when the clause has a cue and subject of its own', () => {
    expect(analyse('In Dover, the mayor opened a bridge.').attributions).toEqual([]);
    const a = analyse('In a report on the flood, the council blamed the dam.');
    expect(a.attributions.map((x) => x.cue)).toEqual(['blamed']);
  });
});

describe('more speech constructions', () => {
  it('a hyphenated compound after the verb opens the clause: "said first-time offenders …"', () => {
    expect(byCue(analyse('Doctors said first-time patients are rarely kept overnight.'), 'said').text).toBe('first-time patients are rarely kept overnight');
    expect(byCue(analyse('Doctors said well-known patients are rarely kept overnight.'), 'said').text).toBe('well-known patients are rarely kept overnight');
  });

  it('"“…,” added her chief of staff Ola Brenn": a clause-only verb after a quotation, and "her" as a determiner', () => {
    const a = analyse('"The fares will come down by June," added her chief of staff Ola Brenn, speaking to reporters after the vote.');
    expect(byCue(a, 'added')).toMatchObject({ mode: 'direct', speaker: 'Ola Brenn', text: 'The fares will come down by June,' });
    expect(byCue(analyse('“Nobody in this town wants the toll,” read one banner.'), 'read')).toMatchObject({ mode: 'direct' });
  });

  it('", as Ruiz said on Monday": the clause before is the content', () => {
    expect(byCue(analyse('The plan is dead, as Ruiz said on Monday.'), 'said').text).toBe('The plan is dead');
    // but a clause of its own after the verb is its content
    expect(byCue(analyse('He left early, as Ruiz said goodbye to the guests.'), 'said').text).toBe('goodbye to the guests');
  });
});

describe('quantifiers as sources', () => {
  it('"Some say …", "Seven in 10 say …" although the tagger reads "say" as a noun', () => {
    expect(byCue(analyse('Some say the plan will fail.'), 'say')).toMatchObject({ text: 'the plan will fail' });
    expect(byCue(analyse('Seven in 10 say the ferry is too slow.'), 'say').sourceSpan?.text).toBe('Seven in 10');
  });
});

describe('sourceless states', () => {
  it('"It is unclear who …", "It is not clear whether …" attribute with no source', () => {
    const a = analyse('It is unclear which councillors voted for the toll.');
    expect(a.attributions).toHaveLength(1);
    expect(a.attributions[0]).toMatchObject({ sourceSpan: null, text: 'which councillors voted for the toll' });
    expect(analyse('It is not clear whether the bridge will open.').attributions[0]).toMatchObject({ sourceSpan: null, negated: true });
    expect(analyse('It is clear.').attributions).toEqual([]);
  });
});

describe('appearance and questions with no source', () => {
  it('"seemed like", "appeared poised to", "It seems the ferry will …"', () => {
    expect(analyse('The old stadium seemed like a museum.').attributions[0]).toMatchObject({ cue: 'seemed', sourceSpan: null });
    expect(analyse('The talks appeared poised to collapse.').attributions[0]).toMatchObject({ cue: 'appeared', sourceSpan: null });
    expect(analyse('It seems the ferry will run late all week.').attributions[0]).toMatchObject({ sourceSpan: null, text: 'the ferry will run late all week' });
  });

  it('"… said when asked whether …": the question is an attribution of its own, to the end of the clause', () => {
    const a = analyse('Ruiz said no when asked whether she would close the port.');
    expect(byCue(a, 'said').text).toBe('no');
    expect(byCue(a, 'asked')).toMatchObject({ sourceSpan: null, cueClass: 'question', text: 'whether she would close the port' });
    expect(byCue(analyse('“Not this year,” Ruiz said when asked whether she would close the port.'), 'asked').text).toBe('whether she would close the port');
  });
});

describe('participles the tagger reads as nouns', () => {
  it('", chiding the press …" is a cue verb sharing the subject', () => {
    const a = analyse('All season, the coach had praised the defence, chiding the fans for their impatience.');
    expect(byCue(a, 'had praised').text).toBe('the defence');
    expect(byCue(a, 'chiding')).toMatchObject({ text: 'the fans for their impatience' });
    expect(byCue(a, 'chiding').sourceSpan?.text).toBe('the coach');
  });
});

describe('clause-only verbs behind their subject', () => {
  it('"“…,” he continued." takes the quotation before the subject, and the next one', () => {
    const a = analyse('“Nobody reads the minutes,” he continued. “That is the whole problem.”');
    expect(byCue(a, 'continued')).toMatchObject({ mode: 'direct' });
    expect(byCue(a, 'continued').contentSpans).toHaveLength(2);
    expect(analyse('The rain continued for days.').attributions).toEqual([]);
  });
});

describe('parenthetical sources and quoted clause ends', () => {
  it('"The treasurer, aides said, will resign": a bare plural before the verb is the source', () => {
    const a = analyse('The treasurer, aides said, will resign in May.');
    expect(byCue(a, 'said').sourceSpan?.text).toBe('aides');
    expect(byCue(a, 'said').contentSpans.map((c) => c.text)).toEqual(['The treasurer', 'will resign in May']);
  });

  it('`were “far too expensive,” but she …`: the comma inside the closing mark ends the reported clause', () => {
    const a = analyse('Okafor said both bids were "far too expensive," but she liked the design.');
    expect(byCue(a, 'said').text).not.toContain('but she liked');
  });
});

describe('lexicon', () => {
  it('"highlighted" reports what it points to', () => {
    const a = analyse('Mayor Ines Ruiz highlighted the cost of the new pier.');
    expect(byCue(a, 'highlighted')).toMatchObject({ speaker: 'Ines Ruiz', text: 'the cost of the new pier', cueClass: 'speech' });
  });
});
