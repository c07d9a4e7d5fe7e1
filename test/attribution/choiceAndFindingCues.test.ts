import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Cues the lexicons did not know before (issue 10, ninth round): naming someone as something,
// identifying something as something or oneself with a group, vetoing, and a poll that a clause
// cites at its end. Every sentence is written for these tests; names are invented.

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

  it('not: identifying a thing found ("identified the platforms"), or who someone turned out to be ("later identified as Ann Lee")', () => {
    expect(cues('Officials identified the platforms used in the attack.')).toEqual([]);
    expect(cues('A woman later identified as Ann Lee, a teacher from Dunmore, demanded to know why the pier had closed.')).not.toContain('later identified as');
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
});
