import type { Figure } from '../knowledge/schema.ts';
import type { ReplyLanguage } from './payload.ts';

/** Korean large-number style, as the article writes it: 27조2700억, 4428억, 41만. */
export function koreanAmount(value: number): string {
  const units: [number, string][] = [
    [1e12, '조'],
    [1e8, '억'],
    [1e4, '만'],
  ];
  let rest = Math.round(value);
  const parts: string[] = [];
  for (const [size, name] of units) {
    const count = Math.floor(rest / size);
    if (count > 0) {
      parts.push(`${count}${name}`);
      rest -= count * size;
    }
  }
  if (rest > 0 || parts.length === 0) parts.push(String(rest));
  return parts.join(' ');
}

function englishAmount(value: number): string {
  const scales: [number, string][] = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ];
  for (const [size, name] of scales) {
    if (value >= size) return `${Number((value / size).toFixed(2))} ${name}`;
  }
  return value.toLocaleString('en-US');
}

const CURRENCY: Record<string, { ko: string; en: string }> = {
  KRW: { ko: '원', en: 'KRW' },
  JPY: { ko: '엔', en: 'JPY' },
  USD: { ko: '달러', en: 'USD' },
};

/** A figure as a reader of the article would write it: `최대 450억 엔`, `about KRW 442.8 billion`. */
export function formatFigure(figure: Figure, language: ReplyLanguage): string {
  const { value, unit, qualifier } = figure;
  let amount: string;
  const currency = CURRENCY[unit];
  if (currency) {
    amount =
      language === 'ko' ? `${koreanAmount(value)} ${currency.ko}` : `${currency.en} ${englishAmount(value)}`;
  } else if (unit === 'percent') amount = `${value}%`;
  else if (unit === 'year') amount = language === 'ko' ? `${value}년` : String(value);
  else if (language === 'ko') {
    const counter = unit === 'people' ? '명' : unit === 'count' ? '' : '개';
    amount = `${koreanAmount(value)}${qualifier === 'approx' && unit !== 'count' ? '여' : ''}${counter ? ` ${counter}` : ''}`;
  } else {
    const noun = unit === 'count' ? '' : ` ${unit}`;
    amount = `${value.toLocaleString('en-US')}${noun}`;
  }
  const approxAlreadySaid = language === 'ko' && qualifier === 'approx' && !currency && unit !== 'percent';
  switch (qualifier) {
    case 'approx':
      return approxAlreadySaid ? amount : language === 'ko' ? `약 ${amount}` : `about ${amount}`;
    case 'max':
      return language === 'ko' ? `최대 ${amount}` : `up to ${amount}`;
    case 'min':
      return language === 'ko' ? `최소 ${amount}` : `at least ${amount}`;
    case 'until':
      return language === 'ko' ? `${amount}까지` : `until ${amount}`;
    default:
      return amount;
  }
}

/** `최대 30% (법인세 감면율)` or `2318억 원 (2023)`. */
export function describeFigure(figure: Figure, language: ReplyLanguage): string {
  const year = figure.year !== undefined && figure.unit !== 'year' ? `, ${figure.year}` : '';
  return `${formatFigure(figure, language)} (${figure.label[language]}${year})`;
}
