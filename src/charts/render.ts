import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  type ChartItem,
  LinearScale,
  type Plugin,
  SubTitle,
  Title,
} from 'chart.js';
import { catalogue } from '../i18n/catalogue.ts';
import type { ChartData } from './chart-data.ts';

/** The PNG's size: 16:9, large type, since Discord shows embed images at about half this width. */
export const CHART_WIDTH = 800;
export const CHART_HEIGHT = 450;
const FONT_FAMILY = 'Noto Sans KR';

/**
 * Colours for a white card: legible whether Discord around it is dark or light, since nothing of
 * the chart is transparent.
 */
const PALETTE = {
  background: '#ffffff',
  text: '#1e1f22',
  muted: '#4e5058',
  grid: '#e3e5e8',
  bar: '#5865f2',
  barLabel: '#1e1f22',
} as const;

let ready = false;

/**
 * Noto Sans KR from the npm package `@embedpdf/fonts-kr` (never a system font, which a server may not
 * have), and the Chart.js parts a bar chart needs. Once per process.
 */
export function prepareRenderer(): void {
  if (ready) return;
  const require = createRequire(import.meta.url);
  const fonts = path.join(path.dirname(require.resolve('@embedpdf/fonts-kr')), '..', 'fonts');
  for (const file of ['NotoSansKR-Regular.otf', 'NotoSansKR-Bold.otf']) {
    const font = path.join(fonts, file);
    if (!existsSync(font)) throw new Error(`chart font missing: ${font} (is @embedpdf/fonts-kr installed?)`);
    GlobalFonts.registerFromPath(font, FONT_FAMILY);
  }
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, Title, SubTitle);
  ready = true;
}

/** A white card behind everything. */
const background: Plugin<'bar'> = {
  id: 'card',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = PALETTE.background;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

const SOURCE_FONT = `14px "${FONT_FAMILY}"`;
const SOURCE_LINE_HEIGHT = 19;

/** The value on top of each bar, and the source (one or two lines) under the chart. */
function annotations(data: ChartData, source: readonly string[]): Plugin<'bar'> {
  return {
    id: 'annotations',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const bars = chart.getDatasetMeta(0).data;
      const size = bars.length > 8 ? 13 : 18;
      ctx.save();
      ctx.font = `bold ${size}px "${FONT_FAMILY}"`;
      ctx.fillStyle = PALETTE.barLabel;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      bars.forEach((bar, i) => {
        const label = data.valueLabels[i];
        if (label) ctx.fillText(label, bar.x, bar.y - 6);
      });
      ctx.restore();
    },
    afterDraw(chart) {
      const { ctx, height } = chart;
      ctx.save();
      ctx.font = SOURCE_FONT;
      ctx.fillStyle = PALETTE.muted;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'bottom';
      source.forEach((line, i) => {
        ctx.fillText(line, 20, height - 10 - (source.length - 1 - i) * SOURCE_LINE_HEIGHT);
      });
      ctx.restore();
    },
  };
}

interface Measure {
  measureText(text: string): { width: number };
}

/** Text broken at spaces into lines of at most `max` pixels; past `lines` lines, cut with `…`. */
function breakLines(ctx: Measure, text: string, max: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > max) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  let last = out.slice(lines - 1).join(' ');
  while (last.length > 1 && ctx.measureText(`${last}…`).width > max) last = last.slice(0, -1);
  return [...out.slice(0, lines - 1), `${last.trimEnd()}…`];
}

/** A long bar label on up to three lines, broken at spaces. */
function wrap(label: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length > 3
    ? [
        ...lines.slice(0, 2),
        `${lines
          .slice(2)
          .join(' ')
          .slice(0, width - 1)}…`,
      ]
    : lines;
}

/** Draws the chart with Chart.js on a Skia canvas and encodes it as PNG (off the event loop). */
export async function renderChartPng(data: ChartData): Promise<Buffer> {
  prepareRenderer();
  const canvas = createCanvas(CHART_WIDTH, CHART_HEIGHT);
  const measure = canvas.getContext('2d');
  measure.font = SOURCE_FONT;
  const source = breakLines(measure, data.source, CHART_WIDTH - 40, 2);
  const style = catalogue(data.language).chartStyle;
  const font = (size: number, weight: 'normal' | 'bold' = 'normal') => ({
    family: FONT_FAMILY,
    size,
    weight,
  });
  const config: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: {
      labels: data.labels.map((l) => wrap(l, style.labelWidth)),
      datasets: [
        { data: [...data.values], backgroundColor: PALETTE.bar, borderRadius: 4, maxBarThickness: 120 },
      ],
    },
    options: {
      responsive: false,
      animation: false,
      devicePixelRatio: 1,
      events: [],
      layout: { padding: { top: 8, right: 24, bottom: 18 + source.length * SOURCE_LINE_HEIGHT, left: 16 } },
      plugins: {
        title: { display: true, text: data.title, color: PALETTE.text, font: font(24, 'bold') },
        subtitle: {
          display: true,
          text: data.subtitle,
          color: PALETTE.muted,
          font: font(16),
          padding: { bottom: 12 },
        },
        legend: { display: false },
        tooltip: { enabled: false },
      },
      scales: {
        x: {
          ticks: { color: PALETTE.text, font: font(data.labels.length > 8 ? 13 : 17) },
          grid: { display: false },
          border: { color: PALETTE.muted },
        },
        y: {
          beginAtZero: true,
          // Room above the tallest bar for its value.
          grace: '12%',
          ticks: {
            color: PALETTE.muted,
            font: font(14),
            callback: (value) => style.number(Number(value)),
          },
          grid: { color: PALETTE.grid },
          border: { display: false },
        },
      },
    },
    plugins: [background, annotations(data, source)],
  };
  // Chart.js draws on any 2D context with the canvas API; Skia's is one, though not the DOM type.
  const chart = new Chart(canvas.getContext('2d') as unknown as ChartItem, config);
  try {
    return await canvas.encode('png');
  } finally {
    chart.destroy();
  }
}
