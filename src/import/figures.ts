/**
 * The figures of a Korean sentence as structured values: amounts of money (억/조/만 with 원/엔/달러,
 * and `$18.6 billion`), percentages, counts of people, organisations, companies and things
 * (명/곳/개/가지, with 한/두/세 …), and years, with their qualifiers (최대 → max, 약/여/가량 → approx,
 * 최소/이상 → min, `2032년까지` → until). Each figure gets a label: the words of the sentence that say
 * what it measures. The examples each rule must read are in `test/import/figures.test.ts`.
 */
import type { Figure, FigureUnit } from '../knowledge/schema.ts';

export interface ReadFigure {
  readonly value: number;
  readonly unit: FigureUnit;
  readonly year?: number;
  readonly qualifier: Figure['qualifier'];
  /** What it measures, in the sentence's words (`법인세`, `프리랜서 개발자 전문가`). */
  readonly label: string;
  /** Where it is written in the sentence. */
  readonly start: number;
  readonly end: number;
}

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const NATIVE: Record<string, number> = {
  한: 1,
  두: 2,
  세: 3,
  네: 4,
  다섯: 5,
  여섯: 6,
  일곱: 7,
  여덟: 8,
  아홉: 9,
  열: 10,
};
const QUALIFIER_BEFORE: Record<string, Figure['qualifier']> = {
  최대: 'max',
  최고: 'max',
  약: 'approx',
  대략: 'approx',
  최소: 'min',
  적어도: 'min',
};
/** Words before a figure that say nothing of what it measures. */
const FILLER = new Set([
  '최대',
  '최고',
  '약',
  '대략',
  '최소',
  '적어도',
  '무려',
  '총',
  '모두',
  '연간',
  '불과',
]);
const CURRENCY: Record<string, FigureUnit> = {
  원: 'KRW',
  엔: 'JPY',
  달러: 'USD',
  KRW: 'KRW',
  JPY: 'JPY',
  USD: 'USD',
  $: 'USD',
  '₩': 'KRW',
  '¥': 'JPY',
};
const CURRENCY_NAME: Partial<Record<FigureUnit, string>> = { KRW: '원화', JPY: '엔화', USD: '달러화' };
const SCALE: Record<string, number> = { 조: 1e12, 억: 1e8, 만: 1e4, 천: 1e3, 백: 1e2 };
const ENGLISH_SCALE: Record<string, number> = { trillion: 1e12, billion: 1e9, million: 1e6, thousand: 1e3 };

const number = (text: string) => Number(text.replace(/,/g, ''));

/** `27조2700억`, `3천억`, `41만`, `186억` → the number. */
export function koreanNumber(text: string): number | undefined {
  let total = 0;
  let seen = false;
  for (const part of text.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(천|백)?\s*(조|억|만)?/g)) {
    if (!part[0].trim()) continue;
    seen = true;
    const small = part[2] ? SCALE[part[2]]! : 1;
    const large = part[3] ? SCALE[part[3]]! : 1;
    total += number(part[1]!) * small * large;
  }
  return seen ? Math.round(total * 100) / 100 : undefined;
}

const KOREAN_AMOUNT = String.raw`(?:(?:${NUMBER})\s*(?:천|백)?\s*조\s*)?(?:(?:${NUMBER})\s*(?:천|백)?\s*억\s*)?(?:(?:${NUMBER})\s*(?:천|백)?\s*만\s*)?(?:(?:${NUMBER})\s*(?:천|백)?)?`;
const MONEY = new RegExp(
  String.raw`(${KOREAN_AMOUNT})(여|가량|정도)?\s*(원|엔|달러|KRW|JPY|USD)(?![가-힣]*화)`,
  'gu',
);
const SYMBOL_MONEY = new RegExp(
  String.raw`([$₩¥])\s?(${NUMBER})\s*(trillion|billion|million|thousand)?`,
  'giu',
);
const ENGLISH_MONEY = new RegExp(
  String.raw`(${NUMBER})\s*(trillion|billion|million|thousand)?\s*(dollars|won|yen|USD|KRW|JPY)`,
  'giu',
);
const PERCENT = new RegExp(String.raw`(${NUMBER})\s*(%|％|퍼센트|percent)`, 'giu');
const NATIVE_WORDS = Object.keys(NATIVE).join('|');
const COUNT = new RegExp(
  String.raw`(?<![\d가-힣])(${KOREAN_AMOUNT}|${NATIVE_WORDS})\s*(여)?\s*(명|개사|개국|개|곳|군데|가지|건)(?![가-힣]*[을를]?\s*(?:원|엔|달러))`,
  'gu',
);
const YEAR = /((?:19|20)\d{2})\s*년(도)?(\s*까지)?/gu;

const ORGANIZATION_NOUNS = /^(기관|단체|협회|대학)/;
const COMPANY_NOUNS = /^(기업|회사|업체|스타트업|사)/;

function countUnit(counter: string, next: string): FigureUnit {
  if (counter === '명') return 'people';
  if (counter === '곳' || counter === '개사' || counter === '군데')
    return COMPANY_NOUNS.test(next) ? 'companies' : 'organizations';
  if (counter === '개' && COMPANY_NOUNS.test(next))
    return /및|와|과|,/.test(next) ? 'organizations' : 'companies';
  if (counter === '개' && ORGANIZATION_NOUNS.test(next)) return 'organizations';
  return 'count';
}

const PARTICLE =
  /(으로부터|에서부터|으로서|으로써|에게서|에서는|에서도|으로는|까지는|에서|에게|으로|까지|부터|보다|처럼|이나|이며|이고|과의|와의|에는|에도|은|는|이|가|을|를|의|에|로|와|과|도|만)$/;
/** A noun done as a verb: `감면해주고` → 감면, `지원하고` → 지원. */
const DOING = /^([가-힣]{2,})(?:해주고|해주는|해준다|해주며|하고|하는|한다|했다|하며|해)[,.]?$/;
const VERB_ENDING = /(해주고|해주는|해준다|하고|하는|한다|했다|해서|해|된|되는|되고|됐다|시켜|시키고)$/;

/** A word with its particle off (`법인세를` → `법인세`), kept whole when that would leave one letter. */
function bare(word: string): string {
  const stripped = word.replace(/[,.!?'"”’)]+$/, '').replace(PARTICLE, '');
  return stripped.length >= 2 || !/[가-힣]/.test(word) ? stripped : word;
}

/** The words after a figure: `의 법인세를` → 법인세; a counter's noun: `개 기업 및 기관과` → 기업 및 기관. */
function labelAfter(rest: string): string | undefined {
  const afterOf = /^\s*(?:\([^)]*\))?\s*의\s+(.*)$/u.exec(rest);
  const text = afterOf ? afterOf[1]! : /^\s+(\S.*)$/u.exec(rest)?.[1];
  if (!text) return undefined;
  const words: string[] = [];
  const all = text.split(/\s+/);
  for (const [i, word] of all.slice(0, 4).entries()) {
    if (/\d/.test(word) || VERB_ENDING.test(word)) break;
    const stem = bare(word);
    words.push(stem);
    // The noun phrase ends at the first word that carries a particle; what is done to it follows
    // (`법인세를 감면해주고` → 법인세 감면).
    if (stem !== word.replace(/[,.!?]+$/, '') || /[,.]$/.test(word)) {
      const doing = afterOf && /(을|를)$/.test(word) ? DOING.exec(all[i + 1] ?? '')?.[1] : undefined;
      if (doing && doing.length >= 2) words.push(doing);
      break;
    }
  }
  if (!afterOf && words.length > 0 && !/[가-힣A-Za-z]/.test(words[0]!)) return undefined;
  return words.length > 0 ? words.join(' ') : undefined;
}

/** The words before a figure, back to the clause's start: `일본 투자액은 무려` → 일본 투자액. */
function labelBefore(head: string): string | undefined {
  const clause = head.split(/[,;:]\s/).at(-1) ?? head;
  const words = clause
    .split(/\s+/)
    .filter(Boolean)
    .filter((w) => !FILLER.has(w));
  while (words.length > 0 && (/\d/.test(words.at(-1)!) || /^\(/.test(words.at(-1)!))) words.pop();
  // `전체 매출의 약 70%`: what the figure is a share of.
  const owner = words.at(-1);
  if (owner?.endsWith('의') && owner.length >= 2) {
    const phrase = [owner.slice(0, -1)];
    for (const word of words.slice(0, -1).reverse()) {
      if (
        phrase.length >= 3 ||
        bare(word) !== word ||
        VERB_ENDING.test(word) ||
        /(면서|며|고|서)$/.test(word)
      )
        break;
      phrase.unshift(word);
    }
    return phrase.join(' ');
  }
  const kept = words.slice(-4).map((w, i, all) => (i === all.length - 1 ? bare(w) : w));
  return kept.length > 0 ? kept.join(' ') : undefined;
}

function qualifierBefore(head: string): Figure['qualifier'] | undefined {
  const words = head.replace(/[(（]/g, ' ').trim().split(/\s+/);
  const [word, previous] = [words.at(-1), words.at(-2)];
  return (word && QUALIFIER_BEFORE[word]) || (previous && QUALIFIER_BEFORE[previous]) || undefined;
}

interface Found {
  value: number;
  unit: FigureUnit;
  qualifier: Figure['qualifier'];
  start: number;
  end: number;
  /** A counter's noun (`개 기업`) is what it counts; else `…의 X` after it, or the words before it. */
  labelFrom: 'after' | 'either';
}

function moneyFigures(sentence: string, found: Found[]): void {
  for (const m of sentence.matchAll(MONEY)) {
    const value = koreanNumber(m[1]!);
    if (value === undefined || !/\d/.test(m[1]!)) continue;
    const start = m.index! + (m[0].length - m[0].trimStart().length);
    const approx = m[2] !== undefined;
    found.push({
      value,
      unit: CURRENCY[m[3]!]!,
      qualifier: approx ? 'approx' : 'exact',
      start,
      end: m.index! + m[0].length,
      labelFrom: 'either',
    });
  }
  for (const m of [...sentence.matchAll(SYMBOL_MONEY), ...sentence.matchAll(ENGLISH_MONEY)]) {
    const symbol = m[0].match(/[$₩¥]/)?.[0];
    const amount = symbol ? m[2]! : m[1]!;
    const scale = (symbol ? m[3] : m[2])?.toLowerCase();
    const currency = symbol ?? m[3]!;
    const unit =
      CURRENCY[currency.toUpperCase()] ??
      CURRENCY[currency] ??
      ({ dollars: 'USD', won: 'KRW', yen: 'JPY' } as const)[currency.toLowerCase() as 'dollars'];
    if (!unit) continue;
    const value = number(amount) * (scale ? ENGLISH_SCALE[scale]! : 1);
    found.push({
      value,
      unit,
      qualifier: 'exact',
      start: m.index!,
      end: m.index! + m[0].length,
      labelFrom: 'either',
    });
  }
}

function otherFigures(sentence: string, found: Found[]): void {
  const taken = (start: number, end: number) => found.some((f) => start < f.end && end > f.start);
  for (const m of sentence.matchAll(PERCENT)) {
    if (taken(m.index!, m.index! + m[0].length)) continue;
    found.push({
      value: number(m[1]!),
      unit: 'percent',
      qualifier: 'exact',
      start: m.index!,
      end: m.index! + m[0].length,
      labelFrom: 'either',
    });
  }
  for (const m of sentence.matchAll(COUNT)) {
    const start = m.index! + (m[0].length - m[0].trimStart().length);
    const end = m.index! + m[0].length;
    if (taken(start, end)) continue;
    const native = NATIVE[m[1]!.trim()];
    const value = native ?? koreanNumber(m[1]!);
    if (value === undefined) continue;
    const next = sentence.slice(end).trimStart();
    found.push({
      value,
      unit: countUnit(m[3]!, next),
      qualifier: m[2] ? 'approx' : 'exact',
      start,
      end,
      labelFrom: 'after',
    });
  }
}

/** Reads every figure of one sentence, in the order it writes them. */
export function readFigures(sentence: string): ReadFigure[] {
  const found: Found[] = [];
  moneyFigures(sentence, found);
  otherFigures(sentence, found);
  found.sort((a, b) => a.start - b.start);
  const years = [...sentence.matchAll(YEAR)].map((m) => ({
    year: Number(m[1]),
    until: m[3] !== undefined,
    start: m.index!,
    end: m.index! + m[0].length,
  }));
  const figures: ReadFigure[] = [];
  let previous: ReadFigure | undefined;
  for (const f of found) {
    const head = sentence.slice(0, f.start);
    const rest = sentence.slice(f.end);
    // A conversion in brackets (`450억 엔(약 4428억 원)`) measures what the figure before it does.
    const converted =
      previous && /\(\s*(약|최대)?\s*$/.test(head) && previous.end >= f.start - 6 ? previous : undefined;
    let label =
      (f.labelFrom === 'after' ? labelAfter(rest) : labelAfterOf(rest)) ??
      labelBefore(head.replace(/\S*\($/, '')) ??
      '';
    // …of what it converts, in its own currency: `보조금 원화 환산`.
    if (converted) {
      const currency = CURRENCY_NAME[f.unit];
      label = currency && converted.unit !== f.unit ? `${converted.label} ${currency} 환산` : converted.label;
    }
    // `전체 매출의 약 70%`: a percentage of something is its share.
    if (
      f.unit === 'percent' &&
      /의\s*(약|최대|최소)?\s*$/.test(head) &&
      label &&
      !/(비중|비율|점유율)/.test(label)
    )
      label = `${label} 비중`;
    const year = years.filter((y) => !y.until && y.end <= f.start).at(-1)?.year;
    const qualifier = f.qualifier !== 'exact' ? f.qualifier : (qualifierBefore(head) ?? 'exact');
    const figure: ReadFigure = {
      value: f.value,
      unit: f.unit,
      ...(year === undefined ? {} : { year }),
      qualifier,
      label,
      start: f.start,
      end: f.end,
    };
    figures.push(figure);
    previous = figure;
  }
  for (const y of years.filter((y) => y.until)) {
    const after = labelAfter(sentence.slice(y.end).replace(/^\s*(최대|약|최소)?\s*[\d,.]+\s*\S*/, ''));
    const next = figures.find((f) => f.start > y.start);
    const label = deadlineLabel(next?.label, sentence.slice(y.end)) ?? after ?? '';
    figures.push({ value: y.year, unit: 'year', qualifier: 'until', label, start: y.start, end: y.end });
  }
  return figures.sort((a, b) => a.start - b.start);
}

/** `의 X` after the figure, or the counter's noun; a bare number's next word is no label. */
function labelAfterOf(rest: string): string | undefined {
  if (/^\s*(?:\([^)]*\))?\s*의\s/.test(rest)) return labelAfter(rest);
  return undefined;
}

/** What a deadline is for: the measure it limits and the doing (`법인세를 감면해주고` → 법인세 감면). */
function deadlineLabel(measure: string | undefined, rest: string): string | undefined {
  const doing = /\s(\S+?)(해주고|해주는|해준다|하고|하는|한다|했다|해)[\s,.]/u.exec(rest)?.[1];
  if (measure && doing && !measure.endsWith(bare(doing))) return `${measure} ${bare(doing)}`;
  return measure;
}
