/**
 * Korean typed in Latin letters, read back into Hangul: the Revised Romanization and the variants people
 * type (`junggug` for 중국, a final `t` for 몇). The article's words decide between readings.
 */
import { describe, expect, test } from 'vitest';
import { hangulReadings, romanizedAsHangul } from '../src/language/romanized.ts';

describe('readings of one romanized word', () => {
  test.each([
    ['ilbon', '일본'],
    ['jeongbu', '정부'],
    ['gieop', '기업'],
    ['beopinse', '법인세'],
    ['myeot', '몇'],
    ['junggug', '중국'],
    ['eotteon', '어떤'],
    ['haesseo', '했어'],
    ['yeoreosseo', '열었어'],
  ])('`%s` can read as %s', (word, hangul) => {
    expect(hangulReadings(word)).toContain(hangul);
  });

  test('letters no syllable is made of read as nothing', () => {
    expect(hangulReadings('pls')).toEqual([]);
    expect(hangulReadings('AWS')).toEqual([]);
  });
});

describe('a message in romanized Korean', () => {
  const known = new Set(['중국', '은', '에서', '기술', '세계', '최고', '수준', '정부', '가']);
  const endings = new Set(['은', '에서', '가', '에']);
  const read = (text: string) =>
    romanizedAsHangul(
      text.split(' '),
      (h) => known.has(h),
      (w) => !['go', 'office', 'the'].includes(w),
      (h) => endings.has(h),
    ).join(' ');

  test('known words are read back, a particle joined onto the word before', () => {
    expect(read('junggug eun gisul eseo segye choego sujun')).toBe('중국은 기술에서 세계 최고 수준');
  });

  test('English words stay as typed; a message with no known Korean word is left alone', () => {
    expect(read('jeongbu ga office')).toBe('정부가 office');
    expect(read('the office go')).toBe('the office go');
  });
});
