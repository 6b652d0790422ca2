/**
 * The figures a sentence gives, as the importer reads them: each line a phrasing and the values it
 * must give (value, unit, qualifier, year, and the words of the label). A new phrasing is one line.
 */
import { describe, expect, test } from 'vitest';
import { koreanNumber, readFigures } from '../../src/import/figures.ts';

type Expected = { value: number; unit: string; qualifier?: string; year?: number; label?: string };

const corpus: [string, Expected[]][] = [
  [
    '데이터센터 건설 시 최대 450억 엔(약 4428억 원)의 보조금을 지원한다.',
    [
      { value: 45_000_000_000, unit: 'JPY', qualifier: 'max', label: '보조금' },
      { value: 442_800_000_000, unit: 'KRW', qualifier: 'approx', label: '원화 환산' },
    ],
  ],
  [
    '일본 투자액은 무려 186억달러(약 27조2700억원)에 달한다.',
    [
      { value: 18_600_000_000, unit: 'USD', qualifier: 'exact', label: '일본 투자액' },
      { value: 27_270_000_000_000, unit: 'KRW', qualifier: 'approx' },
    ],
  ],
  [
    'AI 소프트웨어 개발 기업에 2032년까지 최대 30%의 법인세를 감면해주고',
    [
      { value: 2032, unit: 'year', qualifier: 'until', label: '법인세 감면' },
      { value: 30, unit: 'percent', qualifier: 'max', label: '법인세 감면' },
    ],
  ],
  [
    '41만 명의 프리랜서 개발자 전문가를 보유한 회사',
    [{ value: 410_000, unit: 'people', qualifier: 'exact', label: '프리랜서 개발자 전문가' }],
  ],
  [
    '일본 내 50여개 기업 및 기관과 협력해',
    [{ value: 50, unit: 'organizations', qualifier: 'approx', label: '기업 및 기관' }],
  ],
  ['현지 물류 기업 12곳과 시범 사업을 준비', [{ value: 12, unit: 'organizations', qualifier: 'exact' }]],
  [
    '전체 매출의 약 70%를 일본 법인에서 거두고',
    [{ value: 70, unit: 'percent', qualifier: 'approx', label: '전체 매출 비중' }],
  ],
  [
    '2023년 기준 국내 벤처 투자액은 2318억원에 그쳤다.',
    [{ value: 231_800_000_000, unit: 'KRW', year: 2023, label: '국내 벤처 투자액' }],
  ],
  [
    '이는 2021년(9895억원), 2022년(6097억원)에 비해 줄었다.',
    [
      { value: 989_500_000_000, unit: 'KRW', year: 2021 },
      { value: 609_700_000_000, unit: 'KRW', year: 2022 },
    ],
  ],
  ['한국 AI 기업들이 일본으로 향하는 세 가지 이유', [{ value: 3, unit: 'count', label: '이유' }]],
  ['시리즈A에서 150억 원을 투자받았다', [{ value: 15_000_000_000, unit: 'KRW' }]],
  ['1,200만 원의 지원금', [{ value: 12_000_000, unit: 'KRW', label: '지원금' }]],
  ['3천억 원 규모', [{ value: 300_000_000_000, unit: 'KRW' }]],
  ['The company raised $18.6 billion last year.', [{ value: 18_600_000_000, unit: 'USD' }]],
  [
    '직원 수 45명 8명',
    [
      { value: 45, unit: 'people' },
      { value: 8, unit: 'people' },
    ],
  ],
  ['세계 최초로 제정했어요.', []],
  ['네, 그렇습니다.', []],
];

describe('readFigures', () => {
  test.each(corpus)('%s', (sentence, expected) => {
    const figures = readFigures(sentence);
    expect(figures).toHaveLength(expected.length);
    expected.forEach((want, i) => {
      const got = figures[i]!;
      expect({ value: got.value, unit: got.unit }).toEqual({ value: want.value, unit: want.unit });
      if (want.qualifier) expect(got.qualifier).toBe(want.qualifier);
      if (want.year) expect(got.year).toBe(want.year);
      if (want.label) expect(got.label).toContain(want.label);
    });
  });
});

describe('koreanNumber', () => {
  test.each([
    ['27조2700억', 27_270_000_000_000],
    ['186억', 18_600_000_000],
    ['41만', 410_000],
    ['3천억', 300_000_000_000],
    ['1,200만', 12_000_000],
    ['2.5조', 2_500_000_000_000],
  ])('%s', (text, value) => {
    expect(koreanNumber(text)).toBe(value);
  });
});
