import { describe, expect, it } from 'vitest';
import { isCountedGroup, isGroupShareWord, startsWithPartOfGroup } from '../../src/attribution/groupPhrases.js';
import { describeSource } from '../../src/attribution/describeSource.js';

// The expressions the word lookups replace (describeSource before cold37): the lookups must answer the same.
const GROUP_SHARES = /^(?:(?:one|two|three|four)-)?(?:percent|per|%|majority|minority|plurality|half|third|thirds|quarter|quarters|fifth|fifths|dozens|hundreds|thousands|millions|handful|share|bulk|rest|none)$/i;
const COUNTED_GROUP = /^(?:the|these|those|all|both)(?: last| other| first)? (?:two|three|four|five|six|seven|eight|nine|ten)(?: of (?:them|us|you))?$|^the (?:latter|former)$/i;
const PARTITIVE_GROUP = /^(?:(?:almost|nearly|virtually|practically|about|roughly|only|just|not) )?(?:most|many|few|some|half|all|none|several|both|each|either|neither|two|three|four|five|six|seven|eight|nine|ten) of /i;

const KELVIN = '\u212A';

const shareWords = ['percent', 'Percent', 'PER', '%', 'majority', 'Two-Thirds', 'one-half', 'four-fifths', 'three-quarters', 'bulk', 'Rest', 'none',
  'five-thirds', 'two-two-thirds', '-percent', 'percents', 'two-', 'thirds-two', 'handful', 'handfuls', 'ban' + KELVIN, 'bul' + KELVIN, 'ranks', 'maj\u00f6rity', ''];
const countedGroups = ['the two', 'The Two', 'all three', 'both ten', 'these four of them', 'the last two', 'those other three of us', 'the first five of you',
  'the latter', 'The Former', 'the latter of them', 'the two towns', 'the  two', 'the two ', ' the two', 'the last', 'the other', 'the one', 'the eleven',
  'the two of us all', 'the two of him', 'some two', 'the last other two', 'the\ttwo', 'the two of', 'the latter two', 'Both Two Of You', 'the ' + KELVIN,
  'thé two', 'the tw\u00f6', ''];
const partitives = ['most of the tenants', 'Most of them', 'both of them', 'two of the clerks', 'nearly all of the mayors', 'Only Two Of the growers',
  'not all of us', 'about half of the town', 'most of ', 'most of', 'most  of the', 'most of\tthe', 'one of the clerks', 'nearly of the', 'nearly one of the',
  'almost most of the', 'several of ' + KELVIN + 'ent', 'some of' + KELVIN, 'ju' + 'st' + ' half of x', 'jus' + KELVIN + ' half of x', 'mos' + 't of the', 'neither of the two',
  'eithe of', 'rather all of them', 'half of', 'half of  ', '', 'of the', 'all of the ' + KELVIN];

describe('group phrases read by word lookups (same answers as the expressions they replace)', () => {
  it('share words', () => {
    for (const w of shareWords) expect(isGroupShareWord(w), w).toBe(GROUP_SHARES.test(w));
    expect(isGroupShareWord('two-thirds')).toBe(true);
    expect(isGroupShareWord('two-thirdsy')).toBe(false);
  });

  it('counted groups', () => {
    for (const t of countedGroups) expect(isCountedGroup(t), t).toBe(COUNTED_GROUP.test(t));
    expect(isCountedGroup('these four of them')).toBe(true);
    expect(isCountedGroup('the two towns')).toBe(false);
  });

  it('parts of a group', () => {
    for (const t of partitives) expect(startsWithPartOfGroup(t), t).toBe(PARTITIVE_GROUP.test(t));
    expect(startsWithPartOfGroup('nearly all of the mayors')).toBe(true);
    expect(startsWithPartOfGroup('one of the clerks')).toBe(false);
  });

  it('the Kelvin sign, which lower-cases to an ASCII «k», is no «k» to the expressions or to the lookups', () => {
    expect(GROUP_SHARES.test('bul' + KELVIN)).toBe(false);
    expect(isGroupShareWord('bul' + KELVIN)).toBe(false);
    expect(startsWithPartOfGroup('jus' + KELVIN + ' half of the growers')).toBe(false);
    // past the words read, it changes nothing
    expect(startsWithPartOfGroup('half of the ' + KELVIN)).toBe(true);
  });

  it('mixed words of every list, in every case, agree with the expressions', () => {
    const words = ['the', 'these', 'all', 'both', 'last', 'other', 'two', 'ten', 'one', 'of', 'them', 'us', 'latter', 'former', 'most', 'nearly', 'not',
      'half', 'thirds', 'two-thirds', 'percent', 'vale', ''];
    let seed = 37;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let k = 0; k < 3000; k++) {
      const parts: string[] = [];
      const n = 1 + next(5);
      for (let i = 0; i < n; i++) {
        const w = words[next(words.length)]!;
        parts.push(next(4) === 0 ? w.toUpperCase() : next(4) === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w);
      }
      const text = parts.join(next(10) === 0 ? '  ' : ' ') + (next(6) === 0 ? ' ' : '');
      expect(isCountedGroup(text), text).toBe(COUNTED_GROUP.test(text));
      expect(startsWithPartOfGroup(text), text).toBe(PARTITIVE_GROUP.test(text));
      expect(isGroupShareWord(parts[0]!), parts[0]).toBe(GROUP_SHARES.test(parts[0]!));
    }
  });
});

describe('describeSource reads group phrases as before', () => {
  it('a share, a part of a group and a counted group are unnamed groups', () => {
    expect(describeSource('two-thirds of the growers')?.kind).toBe('unnamed');
    expect(describeSource('nearly all of the ferry pilots')?.kind).toBe('unnamed');
    expect(describeSource('the last two')).toMatchObject({ kind: 'unnamed', role: 'other' });
    expect(describeSource('the latter')).toMatchObject({ kind: 'unnamed', role: 'other' });
  });

  it('a part of a set of documents is documents; a named person is no group', () => {
    expect(describeSource('two of the reports')?.kind).toBe('document');
    expect(describeSource('Vale')?.kind).not.toBe('unnamed');
  });
});
