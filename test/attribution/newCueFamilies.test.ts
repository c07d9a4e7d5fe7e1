import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Kinds of cue the lexicons did not know before (issue 10): emotions and attitudes stated with
// "be" and an adjective, verbs of feeling, belief and perception, evaluations with an object,
// decisions and rulings. Every sentence is written for these tests; names are invented.

const cues = (text: string) => analyse(text).attributions.map((x) => x.cue);
/** The source span's text, the content and the cue class of the attribution with this cue. */
const relation = (text: string, cue: string) => {
  const x = byCue(analyse(text), cue);
  return { source: x.sourceSpan ? text.slice(x.sourceSpan.start, x.sourceSpan.end) : null, text: x.text, cueClass: x.cueClass };
};

describe('emotions and attitudes stated with "be" and an adjective', () => {
  it('"was shocked that", "are thrilled with", "is anxious about" attribute what follows to the subject', () => {
    expect(relation('The harbour master was shocked that the pier had closed.', 'was shocked')).toEqual({ source: 'The harbour master', text: 'the pier had closed', cueClass: 'evaluation' });
    expect(relation('Parents in Dunmore are thrilled with the new playground.', 'are thrilled with').text).toBe('the new playground');
    expect(relation('Ms. Okafor is anxious about the cost of the bridge.', 'is anxious about')).toMatchObject({ source: 'Ms. Okafor', cueClass: 'belief' });
  });

  it('"were surprised to learn", "is tempted to" take the infinitive as content', () => {
    expect(relation('The growers were surprised to learn that the levy would rise.', 'were surprised').text).toContain('the levy would rise');
    expect(relation('Councillor Brandt is tempted to vote against the budget.', 'is tempted')).toMatchObject({ source: 'Councillor Brandt', cueClass: 'intention' });
  });

  it('a state takes the event that caused it; followed by nothing it attributes nothing', () => {
    expect(relation('The ferry crews were upset after the board cut their pay.', 'were upset').text).toContain('the board cut their pay');
    expect(cues('Either way, the fishermen in Port Ellis are shocked.')).toEqual([]);
    expect(cues('We were more comfortable. After the storm, the roads reopened.')).toEqual([]);
  });

  it('a state of belief may close the clause that it attributes', () => {
    expect(relation('The toll will be scrapped by spring, Ms. Vale is confident.', 'is confident').text).toBe('The toll will be scrapped by spring');
  });
});

describe('verbs of saying, believing and perceiving that were missing', () => {
  it('"opined that", "confided that", "reminisced about" are speech', () => {
    expect(relation('Ms. Dunn opined that the tunnel was a waste of money.', 'opined')).toEqual({ source: 'Ms. Dunn', text: 'the tunnel was a waste of money', cueClass: 'speech' });
    expect(relation('The ferry captain confided that he had never liked the new route.', 'confided').text).toBe('he had never liked the new route');
    expect(relation('Grandma Ilse reminisced about the old harbour.', 'reminisced about')).toMatchObject({ source: 'Grandma Ilse', cueClass: 'speech' });
  });

  it('"is mulling whether", "bet that", "underestimated" are beliefs', () => {
    expect(relation('Councillor Reyes is mulling whether to run for mayor.', 'is mulling')).toEqual({ source: 'Councillor Reyes', text: 'whether to run for mayor', cueClass: 'belief' });
    expect(relation('Local bookmakers bet that the levy would pass.', 'bet').text).toBe('the levy would pass');
    expect(relation('The mayor underestimated the anger of the fishermen.', 'underestimated')).toEqual({ source: 'The mayor', text: 'the anger of the fishermen', cueClass: 'belief' });
  });

  it('the same verbs with a plain object or a wager attribute nothing', () => {
    expect(cues('He bet twenty dollars on the match.')).toEqual([]);
    expect(cues('The crew spotted a whale near the pier.')).toEqual([]);
    expect(cues('Officials witnessed the vote on Monday.')).toEqual([]);
  });
});

describe('feelings towards something and judgements of it, held by the subject', () => {
  it('"bristled at", "marveled at", "frets that", "took offense at" attribute their object or clause', () => {
    expect(relation('The union leader bristled at the suggestion that the strike had failed.', 'bristled at')).toEqual({ source: 'The union leader', text: 'the suggestion that the strike had failed', cueClass: 'evaluation' });
    expect(relation('Visitors marveled at the size of the new bridge.', 'marveled at').text).toBe('the size of the new bridge');
    expect(relation('Ms. Ortiz frets that the school will close.', 'frets')).toEqual({ source: 'Ms. Ortiz', text: 'the school will close', cueClass: 'evaluation' });
    expect(relation('The bishop took offense at the remarks.', 'took offense at').text).toBe('the remarks');
  });

  it('"ripped into", "revile", "romanticize" judge their object', () => {
    expect(relation('Senator Pell ripped into the budget on Tuesday.', 'ripped into')).toMatchObject({ source: 'Senator Pell', cueClass: 'evaluation' });
    expect(relation('Many farmers revile the water tax.', 'revile')).toEqual({ source: 'Many farmers', text: 'the water tax', cueClass: 'evaluation' });
    expect(relation('Older voters romanticize the days of the old mill.', 'romanticize').text).toBe('the days of the old mill');
  });
});

describe('rulings and intentions', () => {
  it('"ruled that", "ruled on Friday that", "ruled against" report a ruling; ruling a place does not', () => {
    expect(relation('The court ruled that the levy was unlawful.', 'ruled')).toEqual({ source: 'The court', text: 'the levy was unlawful', cueClass: 'speech' });
    expect(relation('Judge Amos ruled on Friday that the sale could go ahead.', 'ruled').text).toBe('the sale could go ahead');
    expect(relation('The panel ruled against the port authority.', 'ruled against').text).toBe('the port authority');
    expect(cues('The family ruled the town for decades.')).toEqual([]);
  });

  it('"yearned to", "chose to", "opted for", "plotted to" are intentions; "chose a car" is none', () => {
    expect(relation('Dent has long yearned to lead the party.', 'has long yearned')).toEqual({ source: 'Dent', text: 'to lead the party', cueClass: 'intention' });
    expect(relation('Two aides plotted to oust the chairman.', 'plotted').text).toBe('to oust the chairman');
    expect(relation('The committee opted for a smaller bridge.', 'opted for').text).toBe('a smaller bridge');
    expect(cues('She chose a red car.')).toEqual([]);
  });
});

describe('nouns for feelings, rulings, confessions and ambitions', () => {
  it('a possessor holds the feeling, the ruling or the ambition', () => {
    expect(relation('Ms. Vale has never hidden her dislike of the new toll.', 'has never hidden her dislike of')).toEqual({ source: 'Ms. Vale', text: 'the new toll', cueClass: 'evaluation' });
    expect(relation('The court’s ruling that the sale was void angered the buyers.', 'ruling')).toMatchObject({ source: 'The court', cueClass: 'speech' });
    expect(relation('Her ambition to lead the party is no secret.', 'ambition').text).toContain('to lead the party');
  });

  it('a tirade in an opening phrase with no possessor does not take the main clause as its content', () => {
    expect(cues('In a long rant against the council, Dent called the budget a fraud.')).toEqual(['called']);
  });
});

describe('"look to" with an infinitive: an intention, like "seek to"', () => {
  it('"is looking to cut", "looked to trim": the subject intends the infinitive', () => {
    expect(relation('Mayor Ruiz is looking to cut the harbour toll.', 'is looking')).toEqual({ source: 'Mayor Ruiz', text: 'to cut the harbour toll', cueClass: 'intention' });
    expect(relation('After the vote, the Vale party looked to trim the levy.', 'looked')).toMatchObject({ source: 'the Vale party', text: 'to trim the levy' });
  });

  it('"look to" before a noun or a person is no intention', () => {
    expect(cues('The council looked to the tribunal for help.')).toEqual([]);
    expect(cues('Farmers in Dunmore look to Berg for leadership.')).toEqual([]);
  });
});

describe('"posted" with an object: a message, or something put on a page or network', () => {
  it('"posted a long reply about", "posted a drawing … on Instagram" are writing', () => {
    expect(relation('Councillor Vale posted a long reply about the toll.', 'posted')).toEqual({ source: 'Councillor Vale', text: 'a long reply about the toll', cueClass: 'writing' });
    expect(relation('Ruiz posted a drawing of the flooded pier on Instagram.', 'posted')).toMatchObject({ source: 'Ruiz', cueClass: 'writing' });
  });

  it('"posted a rise in profit" reports a result, not a message', () => {
    expect(cues('The ferry company posted a 17 percent rise in profit.')).toEqual([]);
  });
});

describe('"show" and a noun of attitude', () => {
  it('"showed no sign of yielding", "has shown scant inclination to": what the attitude is about', () => {
    expect(relation('Mayor Ruiz showed no sign of yielding on the levy.', 'showed no sign of')).toEqual({ source: 'Mayor Ruiz', text: 'yielding on the levy', cueClass: 'intention' });
    expect(relation('The harbour board has shown scant inclination to trim the levy.', 'has shown scant inclination')).toMatchObject({ source: 'The harbour board', text: 'to trim the levy' });
  });

  it('showing objects or signs to someone is no attitude', () => {
    expect(cues('Vale showed the signs to the crowd in Dunmore.')).toEqual([]);
  });
});

describe('"allowed that": a concession', () => {
  it('"allowed that the levy stung the growers" attributes the clause; permission attributes nothing', () => {
    expect(relation('Mayor Ruiz allowed that the levy stung the growers.', 'allowed')).toEqual({ source: 'Mayor Ruiz', text: 'the levy stung the growers', cueClass: 'speech' });
    expect(cues('The council allowed the ferry to dock at Port Ellis.')).toEqual([]);
  });
});
