import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Cues the lexicons did not know before (issue 10, ninth round): naming someone as something,
// identifying or listing something as something, oneself with a group, likening, vetoing,
// speaking to a topic, sharing a view, invoking, unveiling, and a poll that a clause cites at
// its end. Every sentence is written for these tests; names are invented.

const cues = (text: string) => analyse(text).attributions.map((x) => x.cue);
/** The source span's text, the content and the cue class of the attribution with this cue. */
const relation = (text: string, cue: string) => {
  const x = byCue(analyse(text), cue);
  return { source: x.sourceSpan ? text.slice(x.sourceSpan.start, x.sourceSpan.end) : null, text: x.text, cueClass: x.cueClass };
};

describe('naming someone as something: a choice or a judgement of the subject', () => {
  it('"named Ruiz as her deputy", "named him the port\'s new director" attribute who was named and as what', () => {
    expect(relation('The mayor named Ruiz as her deputy.', 'named')).toEqual({ source: 'The mayor', text: 'Ruiz as her deputy', cueClass: 'evaluation' });
    expect(relation("Governor Lane named him the port's new director.", 'named').text).toBe("him the port's new director");
  });

  it('a plain object, a name participle or a passive appointment attribute nothing', () => {
    expect(cues('Lane named the streets after local heroes.')).toEqual([]);
    expect(cues('A fisherman named Brown lost his boat.')).toEqual([]);
    expect(cues('Vale was named the new harbour chief.')).toEqual([]);
  });
});

describe('identifying something as something, and oneself with a group', () => {
  it('"identified the driver as a local man" is the subject\'s judgement', () => {
    expect(relation('The mayor identified the driver as a local man.', 'identified')).toEqual({ source: 'The mayor', text: 'the driver as a local man', cueClass: 'evaluation' });
  });

  it('"who identify as independents": what follows "as" is a label, not a clause that runs on', () => {
    const text = 'Residents who identify as Democrats were split on the plan.';
    expect(relation(text, 'identify as')).toEqual({ source: 'who', text: 'Democrats', cueClass: 'evaluation' });
  });

  it('"identify with the union" attributes the group', () => {
    expect(relation("Many dock workers identify with the union's leaders.", 'identify with')).toEqual({ source: 'Many dock workers', text: "the union's leaders", cueClass: 'evaluation' });
  });

  it('"so closely identified with the unions" is an association, not siding with them', () => {
    expect(cues('The populism so closely identified with the port unions spread.')).toEqual([]);
  });

  it('not: identifying a thing found ("identified the platforms"), or who someone turned out to be ("later identified as Ann Lee")', () => {
    expect(cues('Officials identified the platforms used in the attack.')).toEqual([]);
    expect(cues('A woman later identified as Ann Lee, a teacher from Dunmore, demanded to know why the pier had closed.')).not.toContain('later identified as');
  });
});

describe('listing something as something', () => {
  it('"lists Ruiz as the owner" is what the register says; "listed the boat for sale" says nothing', () => {
    expect(relation('The register lists Ruiz as the owner of the boat.', 'lists')).toEqual({ source: 'The register', text: 'Ruiz as the owner of the boat', cueClass: 'evaluation' });
    expect(cues('The shop listed the boat for sale.')).toEqual([]);
  });
});

describe('speaking to a topic, sharing a view, invoking, unveiling', () => {
  it('"addressed the question of the toll" is speech about it; an audience or a problem dealt with is not', () => {
    expect(relation('The mayor addressed the question of the toll.', 'addressed')).toEqual({ source: 'The mayor', text: 'the question of the toll', cueClass: 'speech' });
    expect(cues('The mayor addressed a rally in Dunmore.')).toEqual([]);
    expect(cues('The new rules will address the problem.')).toEqual([]);
  });

  it('"shares this bleak view", "shared the news": a view held or told; a shared cost is not', () => {
    expect(relation('Ms. Vale shares this bleak view of the harbour.', 'shares')).toEqual({ source: 'Ms. Vale', text: 'this bleak view of the harbour', cueClass: 'belief' });
    expect(relation('Mr. Lee shared the news with reporters.', 'shared').source).toBe('Mr. Lee');
    expect(cues('The two towns share the cost of the ferry.')).toEqual([]);
  });

  it('"invoked the memory of the flood", "unveiled a plan to rebuild the pier" are speech acts of the subject', () => {
    expect(relation('Ms. Dunn invoked the memory of the 1990 flood.', 'invoked')).toEqual({ source: 'Ms. Dunn', text: 'the memory of the 1990 flood', cueClass: 'speech' });
    expect(relation('The council unveiled a plan to rebuild the pier.', 'unveiled')).toEqual({ source: 'The council', text: 'a plan to rebuild the pier', cueClass: 'speech' });
  });
});

describe('likening and lukewarm support', () => {
  it('"compared the toll to highway robbery" is a judgement; "compared with last year" is a measure', () => {
    expect(relation('Ms. Vale compared the toll to highway robbery.', 'compared')).toEqual({ source: 'Ms. Vale', text: 'the toll to highway robbery', cueClass: 'evaluation' });
    expect(cues('Fares rose 8 percent compared with last year.')).toEqual([]);
    expect(cues('Revenue is up, compared to 2019.')).toEqual([]);
  });

  it('"has long been lukewarm about the plan" keeps its distance from the plan', () => {
    const x = byCue(analyse('The harbour board has long been lukewarm about the plan.'), 'been lukewarm about');
    expect(x.stance).toBe('distancing');
    expect(x.text).toContain('the plan');
  });
});

describe('a fan of something', () => {
  it('"is a big fan of the ferry" holds a stance towards it, like "a supporter of"', () => {
    expect(relation('Ms. Dunn is a big fan of the ferry.', 'is a big fan of')).toEqual({ source: 'Ms. Dunn', text: 'the ferry', cueClass: 'evaluation' });
  });
});

describe('vetoing', () => {
  it('"vetoed the toll bill" is a judgement against it', () => {
    expect(relation('The governor vetoed the toll bill on Friday.', 'vetoed')).toMatchObject({ source: 'The governor', cueClass: 'evaluation' });
    expect(byCue(analyse('The governor vetoed the toll bill on Friday.'), 'vetoed').stance).toBe('distancing');
  });
});

describe('a clause that ends by citing a particular poll', () => {
  it('"… in a new county poll released Sunday." reports what the poll found: the poll is the source', () => {
    const text = 'Ruiz leads Vale by ten points in a new county poll released Sunday.';
    const x = byCue(analyse(text), 'in');
    expect(x.text).toBe('Ruiz leads Vale by ten points');
    expect(text.slice(x.sourceSpan!.start, x.sourceSpan!.end)).toBe('a new county poll released Sunday');
    expect(x.cueClass).toBe('document');
  });

  it('also before a comma: "… in the latest Herald survey, up from March."', () => {
    expect(relation('Vale had 38 percent support in the latest Herald survey, up from March.', 'in').text).toBe('Vale had 38 percent support');
  });

  it('not: "in the polls" (standing, not a finding), a poll inside the subject, a poll with more after it', () => {
    expect(cues('Ruiz leads in the polls.')).toEqual([]);
    expect(cues('Voters in a recent county poll said the toll was too high.')).toEqual(['said']);
    expect(cues('Ruiz rose three points in the Herald survey to 29 points.')).toEqual([]);
  });

  it('not when the sentence has a cue of its own: the poll is part of what that cue attributes', () => {
    expect(cues('Ruiz said he leads Vale in a new county poll.')).toEqual(['said']);
  });

  it('plural, quantified, possessed or long-named polls are particular too: the clause before is what they found', () => {
    const cases: [string, string, string][] = [
      ['Okafor has kept a clear lead in the two newest polls, but the gap is narrow.', 'Okafor has kept a clear lead', 'the two newest polls'],
      ['Ruiz is ahead in national polls.', 'Ruiz is ahead', 'national polls'],
      ['Berg remains stuck in fourth in most surveys.', 'Berg remains stuck in fourth', 'most surveys'],
      ["Berg fell back to 41 percent in Tuesday's poll.", 'Berg fell back to 41 percent', "Tuesday's poll"],
      ['Vale stays ahead of Ruiz in latest poll.', 'Vale stays ahead of Ruiz', 'latest poll'],
      ['Okafor led Tarnow 2-1 in a KTV News/Marlow Ledger/Tide Harbour poll released Friday.', 'Okafor led Tarnow 2-1', 'a KTV News/Marlow Ledger/Tide Harbour poll released Friday'],
    ];
    for (const [text, content, source] of cases) expect(relation(text, 'in'), text).toMatchObject({ text: content, source, cueClass: 'document' });
  });

  it('still not: "in polls", "in the poll", or a phrase whose "in" heads something else', () => {
    expect(cues('Ruiz leads in polls.')).toEqual([]);
    expect(cues('Ruiz led in the poll.')).toEqual([]);
    expect(byCue(analyse('Berg remains stuck in fourth in most surveys.'), 'in').sourceSpan).toBeTruthy();
    expect(analyse('Berg remains stuck in fourth in most surveys.').attributions).toHaveLength(1);
  });
});
