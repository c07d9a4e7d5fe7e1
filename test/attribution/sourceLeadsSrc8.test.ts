import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Source leads of round 17 (issue 10, "source right"): the idiom "take turns" before a participle. Every sentence is written for these tests;
// names are invented.

describe('"take turns" before a participle', () => {
  it('the subject of "take" speaks', () => {
    expect(byCue(analyse('Berg and Okafor took turns criticizing the new timetable.'), 'criticizing').sourceSpan?.text).toBe('Berg and Okafor');
    expect(byCue(analyse('The two coaches are taking turns praising the referee.'), 'praising').sourceSpan?.text).toBe('The two coaches');
  });

  it('a gerund subject with no subject of its own gives no speaker', () => {
    expect(analyse('Taking turns criticizing the referee is banned.').attributions.filter((x) => x.sourceSpan)).toEqual([]);
    const a = analyse('The league says taking turns criticizing the referee is banned.');
    expect(a.attributions.map((x) => x.cue)).toEqual(['says']);
  });
});
