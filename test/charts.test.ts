/**
 * Charts: the series derived from the knowledge base's figures, the chart data (values, labels,
 * language), and the PNG (it decodes, at the stated size, within 200 KB). Pixels are not compared.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadImage } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachChart } from '../src/charts/attach.ts';
import { ChartBook, chartBook } from '../src/charts/book.ts';
import { chartData, seriesChoiceName } from '../src/charts/chart-data.ts';
import { CHART_HEIGHT, CHART_WIDTH } from '../src/charts/render.ts';
import { chartReply } from '../src/charts/reply.ts';
import { commonMeasure, deriveSeries } from '../src/charts/series.ts';
import { answer, buildEngine } from '../src/engine/engine.ts';
import { loadKnowledgeBase } from '../src/knowledge/loader.ts';
import type { KnowledgeBase } from '../src/knowledge/types.ts';
import { renderAnswer } from '../src/render/render.ts';
import { miniKnowledgeFile, tempDir, writeJson } from './fixtures/mini-knowledge.ts';

const REAL_DIR = fileURLToPath(new URL('../knowledge/', import.meta.url));
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MAX_PNG_BYTES = 200 * 1024;

let real: KnowledgeBase;
let mini: KnowledgeBase;
let cleanup: () => Promise<void>;

async function load(dir: string): Promise<KnowledgeBase> {
  const result = await loadKnowledgeBase(dir);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.kb;
}

/** A small article whose figures form: a revenue series, a comparison, a contradiction, a deadline. */
function figuresFile() {
  const base = miniKnowledgeFile();
  const fact = (id: string, figures: unknown[], entities = ['ganada']) => ({
    id,
    kind: 'statistic',
    text: { ko: `사실 ${id}`, en: `Fact ${id}` },
    entities,
    figures,
    source: 'p2',
  });
  const revenue = (value: number, year: number) => ({
    value,
    unit: 'KRW',
    year,
    label: { ko: '매출', en: 'revenue' },
  });
  const staff = (value: number, year: number) => ({
    value,
    unit: 'people',
    year,
    label: { ko: '임직원 수', en: 'employees' },
  });
  const entities: unknown[] = [
    ...base.entities,
    {
      id: 'kisa',
      type: 'organization',
      name: { ko: '한국인터넷진흥원', en: 'KISA' },
      aliases: [],
      summary: { ko: '기관', en: 'An agency' },
    },
  ];
  const facts: unknown[] = [
    ...base.facts,
    // Revenue over three years, in two facts (one of them repeating 2022 with the same value).
    fact('ganada-revenue-2021-2022', [revenue(12e8, 2021), revenue(30e8, 2022)], ['ganada', 'kisa']),
    fact('ganada-revenue-2023', [revenue(30e8, 2022), revenue(45.5e8, 2023)], ['ganada', 'kisa']),
    // Two tax rates side by side: comparable amounts of one unit.
    fact(
      'tax-rates',
      [
        { value: 22, unit: 'percent', label: { ko: '가나다 법인세율', en: 'Ganada corporate tax rate' } },
        {
          value: 30,
          unit: 'percent',
          qualifier: 'max',
          label: { ko: '일본 법인세율', en: 'Japan corporate tax rate' },
        },
      ],
      ['ganada', 'japan'],
    ),
    // Two different headcounts for one year: the knowledge base contradicts itself, so no chart.
    fact('staff-a', [staff(10, 2021), staff(20, 2022)]),
    fact('staff-b', [staff(11, 2021)]),
    // A deadline and a bare count are not amounts.
    fact('deadline', [
      { value: 2030, unit: 'year', qualifier: 'until', label: { ko: '기한', en: 'deadline' } },
      { value: 3, unit: 'count', label: { ko: '단계', en: 'steps' } },
    ]),
  ];
  return { ...base, entities, facts };
}

beforeAll(async () => {
  real = await load(REAL_DIR);
  const temp = await tempDir('charts-');
  cleanup = temp.cleanup;
  await writeJson(path.join(temp.dir, 'mini.json'), figuresFile());
  mini = await load(temp.dir);
});

afterAll(async () => cleanup?.());

describe('series from the real article', () => {
  it('the global VC investment in Korea, 2021–2023, reported by 국회 예산정책처, is one series', () => {
    const series = deriveSeries(real);
    const vc = series.find((s) => s.factIds.includes('global-vc-korea-investment-decline'));
    expect(vc).toBeDefined();
    expect(vc).toMatchObject({ kind: 'years', unit: 'KRW', id: 'global-vc-korea-investment-decline' });
    expect(vc?.points.map((p) => [p.year, p.figure.value])).toEqual([
      [2021, 989_500_000_000],
      [2022, 609_700_000_000],
      [2023, 231_800_000_000],
    ]);
    // Both facts that give these figures (the 2023 one repeats the last value).
    expect([...(vc?.factIds ?? [])].sort()).toEqual([
      'global-vc-korea-investment-2023',
      'global-vc-korea-investment-decline',
    ]);
    expect(vc?.subjects.map((e) => e.id)).toEqual(['korea']);
    expect(vc?.reporters.map((e) => e.name.ko)).toEqual(['국회 예산정책처']);
    expect(vc?.passageIds).toEqual(['p36']);
  });

  it('a tax cut and its deadline, or an amount converted into won, are not series', () => {
    const ids = deriveSeries(real).flatMap((s) => s.factIds);
    for (const fact of [
      'japan-corporate-tax-cut',
      'japan-datacenter-subsidy',
      'us-big-tech-japan-investment-total',
    ])
      expect(ids).not.toContain(fact);
  });
});

describe('series from any knowledge base', () => {
  it('gathers one measure of the same things across facts and years, in year order', () => {
    const revenue = deriveSeries(mini).find((s) => s.title.ko === '매출');
    expect(revenue).toMatchObject({ kind: 'years', unit: 'KRW', id: 'ganada-revenue-2021-2022' });
    expect(revenue?.points.map((p) => [p.year, p.figure.value])).toEqual([
      [2021, 12e8],
      [2022, 30e8],
      [2023, 45.5e8],
    ]);
    expect(revenue?.subjects.map((e) => e.id)).toEqual(['ganada']);
    expect(revenue?.reporters.map((e) => e.id)).toEqual(['kisa']);
  });

  it('sets amounts of one unit that one fact compares side by side, named by what they share', () => {
    const tax = deriveSeries(mini).find((s) => s.id === 'tax-rates');
    expect(tax).toMatchObject({
      kind: 'amounts',
      unit: 'percent',
      title: { ko: '법인세율', en: 'corporate tax rate' },
    });
    expect(tax?.points.map((p) => p.label.ko)).toEqual(['가나다 법인세율', '일본 법인세율']);
  });

  it('charts no contradiction (two values for one year), no deadline and no bare count', () => {
    const ids = deriveSeries(mini).flatMap((s) => s.factIds);
    expect(ids).not.toContain('staff-a');
    expect(ids).not.toContain('deadline');
    expect(deriveSeries(mini).map((s) => s.id)).toEqual(['ganada-revenue-2021-2022', 'tax-rates']);
  });

  it('commonMeasure: the words the labels end with, else all of them', () => {
    expect(
      commonMeasure([
        { ko: '한국 법인세율', en: 'Korea corporate tax rate' },
        { ko: '일본 법인세율', en: 'Japan corporate tax rate' },
      ]),
    ).toEqual({ ko: '법인세율', en: 'corporate tax rate' });
    expect(
      commonMeasure([
        { ko: '매출', en: 'revenue' },
        { ko: '영업이익', en: 'profit' },
      ]),
    ).toEqual({ ko: '매출 · 영업이익', en: 'revenue · profit' });
  });
});

describe('chart data: values, labels and language', () => {
  it.each([
    [
      'ko',
      {
        title: '글로벌 VC의 국내 벤처 투자액',
        labels: ['2021년', '2022년', '2023년'],
        values: [9895, 6097, 2318],
        valueLabels: ['9,895', '6,097', '2,318'],
        unit: '억 원',
        subtitle: '한국 · 단위: 억 원',
      },
      ['출처: 국회 예산정책처', '문단 p36'],
    ],
    [
      'en',
      {
        title: 'Global VC investment in Korean ventures',
        labels: ['2021', '2022', '2023'],
        values: [989.5, 609.7, 231.8],
        valueLabels: ['989.5', '609.7', '231.8'],
        unit: 'KRW billion',
        subtitle: 'South Korea · in KRW billion',
      },
      ['Source: National Assembly Budget Office', 'paragraph p36'],
    ],
  ] as const)('the VC series in %s', (language, expected, source) => {
    const vc = chartBook(real).get('global-vc-korea-investment-decline');
    if (!vc) throw new Error('no VC series');
    const data = chartData(vc, real, language);
    expect(data).toMatchObject(expected);
    for (const part of source) expect(data.source).toContain(part);
    // The alt text says all of it, in the same language.
    expect(data.description).toContain(expected.title);
    for (const label of expected.labels) expect(data.description).toContain(label);
    expect(data.description.length).toBeLessThanOrEqual(1024);
  });

  it('scales money by its size (억 원 / KRW billion) and marks qualified amounts (≤ for 최대)', () => {
    const book = new ChartBook(mini);
    const revenue = chartData(book.get('ganada-revenue-2021-2022')!, mini, 'ko');
    expect(revenue.values).toEqual([12, 30, 45.5]);
    expect(revenue.unit).toBe('억 원');
    const tax = chartData(book.get('tax-rates')!, mini, 'en');
    expect(tax.labels).toEqual(['Ganada corporate tax rate', 'Japan corporate tax rate']);
    expect(tax.valueLabels).toEqual(['22', '≤30']);
    expect(tax.unit).toBe('%');
    expect(seriesChoiceName(book.get('ganada-revenue-2021-2022')!, 'en')).toBe(
      'Revenue — Ganada (2021–2023)',
    );
  });
});

describe('the PNG', () => {
  it.each(['ko', 'en'] as const)(
    '(%s) decodes as a PNG of the stated size, under 200 KB',
    async (language) => {
      const vc = chartBook(real).get('global-vc-korea-investment-decline')!;
      const { file } = await chartBook(real).image(vc, language);
      expect(file.contentType).toBe('image/png');
      expect(file.name).toBe('chart-global-vc-korea-investment-decline.png');
      expect(file.data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect(file.data.byteLength).toBeLessThanOrEqual(MAX_PNG_BYTES);
      const image = await loadImage(file.data);
      expect([image.width, image.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
      expect(file.description).toBe(chartData(vc, real, language).description);
    },
  );

  it('is drawn once per snapshot and language: the same promise again; a new snapshot draws anew', async () => {
    const book = chartBook(mini);
    const series = book.get('tax-rates')!;
    const first = book.image(series, 'ko');
    expect(book.image(series, 'ko')).toBe(first);
    expect(book.image(series, 'en')).not.toBe(first);
    expect(chartBook(mini)).toBe(book);
    const reloaded = await load(mini.dir);
    expect(chartBook(reloaded)).not.toBe(book);
    expect((await first).file.data.byteLength).toBeLessThanOrEqual(MAX_PNG_BYTES);
  });
});

describe('charts on answers', () => {
  it('an answer showing one of the series’ facts carries the chart: embed image and file', async () => {
    const engine = buildEngine(real);
    const result = answer(engine, { kind: 'ask', text: '2022년 해외 VC 국내 투자 규모' });
    const payload = await attachChart(real, result, renderAnswer(engine, result, 'ko'), 'ko');
    expect(payload.embeds[0]?.image).toEqual({
      url: 'attachment://chart-global-vc-korea-investment-decline.png',
    });
    expect(payload.files?.map((f) => f.name)).toEqual(['chart-global-vc-korea-investment-decline.png']);
    // As JSON (the console's --json): what the file is and its size, not its bytes.
    expect(JSON.parse(JSON.stringify(payload.files))).toEqual([
      {
        name: 'chart-global-vc-korea-investment-decline.png',
        description: expect.stringContaining('막대 그래프'),
        contentType: 'image/png',
        bytes: payload.files?.[0]?.data.byteLength,
      },
    ]);
  });

  it('an answer without such figures carries none', async () => {
    const engine = buildEngine(real);
    const result = answer(engine, { kind: 'ask', text: '일본 법인세 감면은 언제까지야?' });
    const rendered = renderAnswer(engine, result, 'ko');
    expect(await attachChart(real, result, rendered, 'ko')).toBe(rendered);
  });

  it('/chart with no value lists every series; with a name, that chart; unknown, a clear miss', async () => {
    const list = await chartReply(real, '', 'ko');
    expect(list.found).toBe(true);
    expect(list.reply.embeds[0]?.description).toContain('글로벌 VC의 국내 벤처 투자액 — 한국 (2021–2023)');
    const one = await chartReply(real, 'global vc', 'en');
    expect(one.reply.embeds[0]?.title).toBe(
      'Global VC investment in Korean ventures — South Korea (2021–2023)',
    );
    expect(one.reply.files).toHaveLength(1);
    const none = await chartReply(real, '삼성전자 주가', 'ko');
    expect(none.found).toBe(false);
    expect(none.reply.files).toBeUndefined();
    expect((await chartReply(real, '', 'ko', { charts: false })).found).toBe(false);
  });
});
