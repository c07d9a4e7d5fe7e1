import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Source leads of round 17 (issue 10, "source right"): the idiom "take turns" before a participle, and a
// message the subject greets rather than puts out. Every sentence is written for these tests;
// names are invented.

describe('"take turns" before a participle', () => {
  it('the subject of "take" speaks', () => {
    expect(byCue(analyse('Berg and Okafor took turns criticizing the new timetable.'), 'took turns criticizing').sourceSpan?.text).toBe('Berg and Okafor');
    expect(byCue(analyse('The two coaches are taking turns praising the referee.'), 'are taking turns praising').sourceSpan?.text).toBe('The two coaches');
  });

  it('a gerund subject with no subject of its own gives no speaker', () => {
    expect(analyse('Taking turns criticizing the referee is banned.').attributions.filter((x) => x.sourceSpan)).toEqual([]);
    const a = analyse('The league says taking turns criticizing the referee is banned.');
    expect(a.attributions.map((x) => x.cue)).toEqual(['says']);
  });
});

describe('a message greeted or touted by the subject keeps its own voice', () => {
  it('"cheered the polls that showed …": the polls show, not the one who cheers', () => {
    const a = analyse('Okafor cheered the new polls that showed her ahead in the harbour wards.');
    expect(a.attributions.find((x) => x.cue === 'showed')?.sourceSpan?.text ?? null).not.toBe('Okafor');
  });

  it('a message the subject put out still speaks for the subject', () => {
    expect(byCue(analyse('Berg released a survey that found most tenants were satisfied.'), 'found').sourceSpan?.text).toBe('Berg');
  });
});
