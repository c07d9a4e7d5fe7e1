import { describe, expect, it } from 'vitest';
import { phraseSet } from '../../src/attribution/phraseSet.js';
import { describeSource } from '../../src/attribution/describeSource.js';

// The expressions describeSource read gender words with before cold37; the word sets must find the same.
const FEMALE_BEFORE = /\b(?:mrs\.?|ms\.?|miss|madam|dame|lady|queen|princess|spokeswoman|chairwoman|congresswoman|councilwoman|businesswoman|policewoman|sister|mother|daughter|widow|actress|woman)\b/i;
const MALE_BEFORE = /\b(?:mr\.?|sir|lord|king|prince|spokesman|chairman|congressman|councilman|businessman|policeman|brother|father|son|man)\b/i;
const FEMALE = phraseSet(['mrs', 'ms', 'miss', 'madam', 'dame', 'lady', 'queen', 'princess', 'spokeswoman', 'chairwoman', 'congresswoman', 'councilwoman', 'businesswoman', 'policewoman', 'sister', 'mother', 'daughter', 'widow', 'actress', 'woman']);
const MALE = phraseSet(['mr', 'sir', 'lord', 'king', 'prince', 'spokesman', 'chairman', 'congressman', 'councilman', 'businessman', 'policeman', 'brother', 'father', 'son', 'man']);

const texts = ['Mrs. Vale', 'Mrs.Vale', 'MRS Vale', 'mrs..', 'mrs._', 'xmrs', 'mrs_vale', 'Ms. Ruiz', 'Adams', 'Ms', 'the spokeswoman', 'Spokeswomen',
  'Mr. Berg', 'Mr.', 'Mrmr', 'Mansfield', 'the man', 'Tarn County man', 'son-in-law', 'Sons', 'King\u212A', 'Kin\u212A', 'Lord', 'sir,', 'the woman’s lawyer',
  'a mother of two', 'Vale', '', '.mr', 'dr. Vale', 'Madame Ruiz', 'ms\u00a0Vale', 'the congresswoman from Tarn County', 'his brother Berg'];

describe('gender words found as whole words (same as the expressions they replace)', () => {
  it('agrees with the old expressions, periods, underscores and the Kelvin sign included', () => {
    for (const t of texts) {
      expect(FEMALE.test(t), t).toBe(FEMALE_BEFORE.test(t));
      expect(MALE.test(t), t).toBe(MALE_BEFORE.test(t));
    }
  });

  it('describeSource gives the gender of a titled name or a gendered role noun, none otherwise', () => {
    expect(describeSource('Mrs. Vale')?.gender).toBe('f');
    expect(describeSource('Mr. Berg')?.gender).toBe('m');
    expect(describeSource('the spokeswoman')?.gender).toBe('f');
    expect(describeSource('Mansfield')?.gender).toBeUndefined();
    expect(describeSource('Adams')?.gender).toBeUndefined();
  });
});
