/**
 * Synthetic knowledge for benchmarks and scale tests: made-up articles about made-up companies,
 * people, regions and organisations, in Korean and English, valid against the knowledge schema.
 *
 * `generateKnowledge` is pure and deterministic: the same options give the same files, byte for
 * byte once serialised. Names never collide with the real article's names (see `namesCollide`).
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type {
  Entity,
  EntityType,
  Fact,
  FactKind,
  Figure,
  FigureUnit,
  KnowledgeFile,
  LocalizedText,
  Passage,
} from '../src/knowledge/schema.ts';
import { compactKey, editDistance, jamo } from '../src/search/normalize.ts';

export interface SynthOptions {
  /** How many facts in all. */
  readonly facts: number;
  /** PRNG seed; the same seed gives the same output. */
  readonly seed?: number;
  /** Facts per knowledge file (one made-up article each); default 500. */
  readonly factsPerArticle?: number;
  /** Names no generated name may equal or resemble; default: the real article's names. */
  readonly reservedNames?: readonly string[];
}

/** Names and aliases of the real article's entities (and a few other real names nearby). */
export const REAL_ARTICLE_NAMES: readonly string[] = (
  '리벨리온|Rebellions|올거나이즈|Allganize|이랜서|Elancer|업스테이지|Upstage|뤼튼테크놀로지스|뤼튼|Wrtn|' +
  'Wrtn Technologies|파인더스AI|Finders AI|피처링|Featuring|채널톡|Channel Talk|Channel.io|구글|Google|' +
  '마이크로소프트|Microsoft|MS|아마존웹서비스|Amazon Web Services|AWS|아마존|Amazon|노무라증권|Nomura Securities|' +
  '노무라|Nomura|미쓰이스미토모은행|스미토모미쓰이은행|Sumitomo Mitsui Banking Corporation|SMBC|오픈AI|OpenAI|오픈에이아이|' +
  '국회 예산정책처|예산정책처|National Assembly Budget Office|NABO|박성현|Park Sung-hyun|이창수|Lee Chang-soo|' +
  '박우진|Park Woo-jin|Sung-hyun Park|Chang-soo Lee|Woo-jin Park|일본|Japan|한국|South Korea|대한민국|우리나라|Korea|Republic of Korea|미국|' +
  'United States|USA|US|America|미합중국|유럽연합|European Union|EU|유럽|Europe|중국|China|도쿄|Tokyo'
).split('|');

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seeded draws for generators: floats, integers, picks, weighted picks. */
export class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** Shuffles `items` in place (Fisher–Yates) and returns it. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
  /** A weighted pick: `weights[i]` is the relative weight of `items[i]`. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i] ?? 0;
      if (r < 0) return items[i]!;
    }
    return items[items.length - 1]!;
  }
}

// ---------------------------------------------------------------------------------------------
// Word lists

type Pair = readonly [ko: string, en: string];

/** `'한=han|빛=bit'` → `[['한', 'han'], ['빛', 'bit']]`; either side may be empty. */
function pairs(list: string): Pair[] {
  return list.split('|').map((item) => {
    const [ko = '', en = ''] = item.split('=');
    return [ko, en] as const;
  });
}

/** Syllables for made-up names, with their romanisation. */
const NAME_SYLLABLES: readonly Pair[] = pairs(
  '한=han|빛=bit|누=nu|리=ri|별=byeol|솔=sol|미=mi|래=rae|새=sae|봄=bom|윤=yun|슬=seul|달=dal|해=hae|숲=sup|도=do|' +
    '담=dam|은=eun|율=yul|찬=chan|영=yeong|혜=hye|정=jeong|희=hui|세=se|예=ye|채=chae|단=dan|가=ga|온=on|결=gyeol|보=bo|' +
    '람=ram|나=na|하=ha|늘=neul|바=ba|다=da|모=mo|아=a|라=ra|로=ro|소=so|우=u|주=ju|휘=hwi|린=rin|진=jin|' +
    '현=hyeon|태=tae|강=gang|산=san|샘=saem|겸=gyeom|초=cho|록=rok|마=ma|루=ru|비=bi|엘=el|유=yu|시=si|푸=pu|름=reum',
);

const COMPANY_SUFFIXES: readonly Pair[] = pairs(
  '로보틱스=Robotics|랩스=Labs|테크=Tech|소프트=Soft|바이오=Bio|모빌리티=Mobility|' +
    '헬스=Health|시스템즈=Systems|네트웍스=Networks|에너지=Energy|페이=Pay|클라우드=Cloud|' +
    '데이터=Data|비전=Vision|게임즈=Games|웍스=Works|다이나믹스=Dynamics|인사이트=Insight|' +
    '에이아이=AI|=',
);

const REGION_SUFFIXES: readonly Pair[] = pairs(
  '니아=nia|리아=ria|란드=land|스탄=stan|노바=nova|시아=sia|토리아=toria|벨=vel',
);

const ORG_SUFFIXES: readonly Pair[] = pairs(
  '투자=Investment|은행=Bank|증권=Securities|연구원=Institute|진흥원=Promotion Agency|' +
    '벤처스=Ventures|재단=Foundation|대학교=University|캐피탈=Capital|협회=Association',
);

const SURNAMES: readonly Pair[] = pairs(
  '김=Kim|이=Lee|박=Park|최=Choi|정=Jung|강=Kang|조=Cho|윤=Yoon|장=Jang|임=Lim|' +
    '한=Han|오=Oh|서=Seo|신=Shin|권=Kwon|황=Hwang|안=Ahn|송=Song|류=Ryu|홍=Hong',
);

const GIVEN_SYLLABLES: readonly Pair[] = pairs(
  '민=min|서=seo|준=jun|지=ji|우=woo|현=hyun|도=do|윤=yun|하=ha|은=eun|수=su|연=yeon|예=ye|진=jin|태=tae|' +
    '영=young|재=jae|희=hee|성=sung|호=ho|경=kyung|혜=hye|원=won|승=seung|동=dong|나=na|유=yu|다=da|채=chae|주=ju',
);

const COMPANY_ROLES: readonly Pair[] = pairs(
  '대표=CEO|최고기술책임자=CTO|공동창업자=co-founder|연구소장=head of research|' +
    '최고운영책임자=COO|사업개발 이사=business development director|해외사업 본부장=head of global business',
);

const ORG_ROLES: readonly Pair[] = pairs(
  '투자 심사역=investment manager|수석 연구위원=senior research fellow|원장=president|애널리스트=analyst',
);

interface Sector {
  readonly ko: string;
  readonly en: string;
}

const SECTORS: readonly Sector[] = [
  { ko: 'AI 반도체', en: 'AI chips' },
  { ko: '로봇', en: 'robotics' },
  { ko: '물류', en: 'logistics' },
  { ko: '핀테크', en: 'fintech' },
  { ko: '디지털 헬스케어', en: 'digital healthcare' },
  { ko: '배터리', en: 'batteries' },
  { ko: '클라우드', en: 'cloud computing' },
  { ko: '사이버 보안', en: 'cybersecurity' },
  { ko: '게임', en: 'gaming' },
  { ko: '에듀테크', en: 'edtech' },
  { ko: '스마트팜', en: 'smart farming' },
  { ko: '우주항공', en: 'aerospace' },
  { ko: '자율주행', en: 'autonomous driving' },
  { ko: '신약 개발', en: 'drug discovery' },
  { ko: '음성 인식', en: 'speech recognition' },
  { ko: '컴퓨터 비전', en: 'computer vision' },
  { ko: '전자상거래', en: 'e-commerce' },
  { ko: '푸드테크', en: 'food tech' },
  { ko: '프롭테크', en: 'proptech' },
  { ko: '기후테크', en: 'climate tech' },
  { ko: '양자 컴퓨팅', en: 'quantum computing' },
  { ko: '드론', en: 'drones' },
  { ko: '기계 번역', en: 'machine translation' },
  { ko: '법률 AI', en: 'legal AI' },
  { ko: '광고 기술', en: 'ad tech' },
];

const METRICS: readonly Pair[] = pairs(
  '매출=revenue|수출=exports|이용자 수=user numbers|고객사 수=customer count|영업이익=operating profit',
);

const QUOTES: readonly Pair[] = [
  ['해외 시장이 우리의 다음 성장 동력입니다', 'Overseas markets are our next growth engine'],
  ['규제가 풀리면 더 빨리 성장할 수 있습니다', 'We could grow faster if regulations were eased'],
  ['인재 확보가 가장 큰 과제입니다', 'Securing talent is our biggest challenge'],
  ['내년에는 흑자 전환을 자신합니다', 'We are confident of turning a profit next year'],
  ['현지 파트너와 함께 시장을 넓히겠습니다', 'We will grow the market together with local partners'],
  ['기술력만큼은 세계 최고 수준입니다', 'Our technology is world-class'],
  ['고객의 데이터를 가장 안전하게 지키겠습니다', 'We will keep our customers’ data safer than anyone'],
  ['작은 팀이 큰 문제를 풀 수 있다고 믿습니다', 'We believe a small team can solve big problems'],
];

interface Reason {
  readonly ko: string;
  readonly en: string;
  readonly keywords: readonly string[];
}

const REASONS: readonly Reason[] = [
  { ko: '규제가 적기', en: 'lighter regulation', keywords: ['규제', 'regulation'] },
  { ko: '시장 규모가 크기', en: 'the size of the market', keywords: ['시장 규모', 'market size'] },
  {
    ko: '정부 지원이 풍부하기',
    en: 'generous government support',
    keywords: ['정부 지원', 'government support'],
  },
  { ko: '인재를 구하기 쉽기', en: 'easy access to talent', keywords: ['인재', 'talent'] },
  { ko: '투자 유치가 쉽기', en: 'easier fundraising', keywords: ['투자', 'fundraising'] },
  { ko: '세금 부담이 낮기', en: 'a lower tax burden', keywords: ['세금', 'tax'] },
  { ko: '잠재 고객사가 많기', en: 'many potential customers', keywords: ['고객사', 'customers'] },
];

const REACTIONS: readonly Pair[] = [
  ['긍정적으로 평가했다', 'welcomed'],
  ['우려를 나타냈다', 'voiced concern about'],
  ['신중하게 지켜보겠다고 밝혔다', 'said it would closely watch'],
  ['환영한다는 입장을 냈다', 'issued a statement welcoming'],
];

// ---------------------------------------------------------------------------------------------
// Korean helpers

/** Whether the last syllable of a word has a final consonant (받침); Latin letters and digits count by sound. */
function hasFinal(word: string): boolean {
  const last = word.trim().at(-1) ?? '';
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 !== 0;
  if (/[0-9]/.test(last)) return '013678'.includes(last);
  return /[lmnr]/i.test(last);
}

/** Whether the final consonant is ㄹ (for 으로/로). */
function finalIsRieul(word: string): boolean {
  const code = (word.trim().at(-1) ?? '').charCodeAt(0);
  return code >= 0xac00 && code <= 0xd7a3 && (code - 0xac00) % 28 === 8;
}

type Particle = '은' | '이' | '을' | '과' | '으로' | '이다';

/** The word followed by the right form of a particle: `josa('한빛', '은')` → `한빛은`. */
export function josa(word: string, particle: Particle): string {
  const final = hasFinal(word);
  switch (particle) {
    case '은':
      return word + (final ? '은' : '는');
    case '이':
      return word + (final ? '이' : '가');
    case '을':
      return word + (final ? '을' : '를');
    case '과':
      return word + (final ? '과' : '와');
    case '으로':
      return word + (final && !finalIsRieul(word) ? '으로' : '로');
    case '이다':
      return word + (final ? '이다' : '다');
  }
}

/** Folds a name the way the loader compares aliases. */
function aliasKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, '');
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
/** `an AI chips`, `a fintech`. */
const withArticle = (phrase: string) => `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
const HANGUL = /[\uAC00-\uD7A3\u3131-\u318E]/;

// ---------------------------------------------------------------------------------------------
// Names that do not collide

interface NameForm {
  readonly key: string;
  readonly jamo: string;
  readonly hangul: boolean;
}

function nameForm(name: string): NameForm {
  const key = compactKey(name);
  return { key, jamo: jamo(key), hangul: HANGUL.test(key) };
}

function formsCollide(a: NameForm, b: NameForm): boolean {
  if (!a.key || !b.key) return false;
  if (a.key === b.key) return true;
  // One name inside the other (`한국` in `한국로보틱스`), unless the inner one is a short Latin code.
  const [short, long] = a.key.length <= b.key.length ? [a, b] : [b, a];
  const substantial = short.hangul ? short.key.length >= 2 : short.key.length >= 4;
  if (substantial && long.key.includes(short.key)) return true;
  // A typo or two away, compared in jamo (one wrong vowel is one edit).
  const length = Math.min(a.jamo.length, b.jamo.length);
  const edits = length >= 6 ? 2 : length >= 3 ? 1 : 0;
  return edits > 0 && editDistance(a.jamo, b.jamo, edits) <= edits;
}

/**
 * Whether two names could be taken for one another: the same once folded (`compactKey`), one
 * containing the other, or within one or two typos in jamo form.
 */
export function namesCollide(a: string, b: string): boolean {
  return formsCollide(nameForm(a), nameForm(b));
}

class NameRegistry {
  private readonly taken = new Set<string>();
  private readonly reserved: NameForm[];
  private readonly ids = new Set<string>();

  constructor(reservedNames: readonly string[]) {
    this.reserved = reservedNames.map(nameForm).filter((f) => f.key);
    for (const name of reservedNames) this.taken.add(aliasKey(name));
  }

  /** Whether a name is free: not used by another entity and not like any reserved name. */
  isFree(name: string): boolean {
    const key = aliasKey(name);
    if (!key || this.taken.has(key)) return false;
    const form = nameForm(name);
    return !this.reserved.some((r) => formsCollide(form, r));
  }

  /** Claims every name at once, or none if any is taken. */
  claim(names: readonly string[]): boolean {
    const keys = names.map(aliasKey);
    if (new Set(keys).size !== keys.length || !names.every((n) => this.isFree(n))) return false;
    for (const key of keys) this.taken.add(key);
    return true;
  }

  /** An id from a name, made unique with a counter. */
  id(base: string): string {
    const slug =
      base
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'entity';
    let id = slug;
    for (let n = 2; this.ids.has(id); n++) id = `${slug}-${n}`;
    this.ids.add(id);
    return id;
  }
}

// ---------------------------------------------------------------------------------------------
// Entities

interface GeneratedEntity {
  readonly entity: Entity;
  /** The sector a company or region is about, to keep its facts consistent. */
  readonly sector: Sector;
  /** For people: the company or organisation they work for. */
  readonly employer?: Entity;
  /** For companies: the year it was founded. */
  readonly founded?: number;
}

function stem(random: Random, syllables: number): { ko: string; en: string } {
  let ko = '';
  let en = '';
  for (let i = 0; i < syllables; i++) {
    const [k, e] = random.pick(NAME_SYLLABLES);
    ko += k;
    en += e;
  }
  return { ko, en: capitalize(en) };
}

const MAX_NAME_TRIES = 200;

function makeCompany(random: Random, names: NameRegistry, sector: Sector, founded: number): Entity {
  for (let attempt = 0; attempt < MAX_NAME_TRIES; attempt++) {
    const base = stem(random, attempt < 100 ? random.int(2, 3) : 3);
    const [suffixKo, suffixEn] = random.pick(COMPANY_SUFFIXES);
    const ko = base.ko + suffixKo;
    const en = suffixEn ? `${base.en} ${suffixEn}` : base.en;
    if (!names.claim([ko, en])) continue;
    // Some companies go by their short name too (`한빛` for `한빛로보틱스`), when nobody else does.
    const aliases: string[] = [];
    if (suffixKo && random.chance(0.3) && names.claim([base.ko])) aliases.push(base.ko);
    return {
      id: names.id(en),
      type: 'company',
      name: { ko, en },
      aliases,
      summary: {
        ko: `${founded}년에 설립된 ${sector.ko} 스타트업이다.`,
        en: `${capitalize(withArticle(sector.en))} start-up founded in ${founded}.`,
      },
      pinned: random.chance(0.1),
    };
  }
  throw new Error('could not find a free company name');
}

function makePerson(random: Random, names: NameRegistry, employer: Entity, role: Pair): Entity {
  for (let attempt = 0; attempt < MAX_NAME_TRIES; attempt++) {
    const [surKo, surEn] = random.pick(SURNAMES);
    const [g1Ko, g1En] = random.pick(GIVEN_SYLLABLES);
    const [g2Ko, g2En] = random.pick(GIVEN_SYLLABLES);
    if (g1Ko === g2Ko) continue;
    const ko = surKo + g1Ko + g2Ko;
    const given = `${capitalize(g1En)}-${g2En}`;
    const en = `${surEn} ${given}`;
    const reversed = `${given} ${surEn}`;
    if (!names.claim([ko, en, reversed])) continue;
    return {
      id: names.id(en),
      type: 'person',
      name: { ko, en },
      aliases: [reversed],
      summary: {
        ko: `${employer.name.ko}의 ${role[0]}.`,
        en: `${capitalize(role[1])} of ${employer.name.en}.`,
      },
      role: { ko: role[0], en: role[1] },
      affiliation: employer.id,
      pinned: false,
    };
  }
  throw new Error('could not find a free person name');
}

function makeRegion(random: Random, names: NameRegistry, sector: Sector): Entity {
  for (let attempt = 0; attempt < MAX_NAME_TRIES; attempt++) {
    const base = stem(random, attempt < 100 ? 2 : 3);
    const [suffixKo, suffixEn] = random.pick(REGION_SUFFIXES);
    const ko = base.ko + suffixKo;
    const en = base.en + suffixEn;
    if (!names.claim([ko, en])) continue;
    return {
      id: names.id(en),
      type: 'region',
      name: { ko, en },
      aliases: [],
      summary: {
        ko: `${sector.ko} 산업을 육성하는 가상의 국가다.`,
        en: `A made-up country fostering its ${sector.en} industry.`,
      },
      pinned: random.chance(0.3),
    };
  }
  throw new Error('could not find a free region name');
}

function makeOrganization(random: Random, names: NameRegistry, sector: Sector): Entity {
  for (let attempt = 0; attempt < MAX_NAME_TRIES; attempt++) {
    const base = stem(random, attempt < 100 ? random.int(2, 3) : 3);
    const [suffixKo, suffixEn] = random.pick(ORG_SUFFIXES);
    const ko = base.ko + suffixKo;
    const en = `${base.en} ${suffixEn}`;
    if (!names.claim([ko, en])) continue;
    return {
      id: names.id(en),
      type: 'organization',
      name: { ko, en },
      aliases: [],
      summary: {
        ko: `${sector.ko} 분야에 관심이 많은 ${suffixKo}.`,
        en: `${capitalize(withArticle(suffixEn.toLowerCase()))} with a strong interest in ${sector.en}.`,
      },
      pinned: false,
    };
  }
  throw new Error('could not find a free organisation name');
}

// ---------------------------------------------------------------------------------------------
// Facts

interface FactDraft {
  readonly kind: FactKind;
  readonly text: LocalizedText;
  readonly entities: readonly string[];
  readonly figures: readonly Figure[];
  readonly keywords: readonly string[];
  readonly speaker?: string;
}

interface ArticleCast {
  readonly companies: readonly GeneratedEntity[];
  readonly people: readonly GeneratedEntity[];
  readonly regions: readonly GeneratedEntity[];
  readonly organizations: readonly GeneratedEntity[];
}

function figure(
  value: number,
  unit: FigureUnit,
  label: Pair,
  extra: { year?: number; qualifier?: Figure['qualifier'] } = {},
): Figure {
  return {
    value,
    unit,
    ...(extra.year !== undefined ? { year: extra.year } : {}),
    qualifier: extra.qualifier ?? 'exact',
    label: { ko: label[0], en: label[1] },
  };
}

const n = (entity: Entity) => entity.name.ko;
const e = (entity: Entity) => entity.name.en;
const sectorWords = (sector: Sector) => [sector.ko, sector.en];

/** A billion-won amount in English: 35 (억 원) → `KRW 3.5 billion`. */
function krwEokEn(eok: number): string {
  return eok >= 10 ? `KRW ${eok / 10} billion` : `KRW ${eok * 100} million`;
}

/** USD from 만 달러: 1200 → `USD 12 million`. */
function usdManEn(man: number): string {
  return man >= 100 ? `USD ${man / 100} million` : `USD ${man * 10},000`;
}

type Template = (random: Random, cast: ArticleCast, subject: GeneratedEntity) => FactDraft | undefined;

const profileTemplates: Record<EntityType, Template> = {
  company: (random, _cast, { entity, sector, founded }) => {
    const year = founded ?? random.int(2012, 2023);
    return {
      kind: 'profile',
      text: {
        ko: `${josa(n(entity), '은')} ${sector.ko} 분야의 스타트업으로, ${year}년에 설립됐다.`,
        en: `${e(entity)} is ${withArticle(sector.en)} start-up founded in ${year}.`,
      },
      entities: [entity.id],
      figures: [figure(year, 'year', ['설립 연도', 'year founded'])],
      keywords: [...sectorWords(sector), '설립', 'founded', '스타트업', 'start-up'],
    };
  },
  person: (_random, _cast, { entity, employer }) => {
    const role = entity.role ?? { ko: '관계자', en: 'representative' };
    const at = employer ? `${n(employer)}의 ` : '';
    const atEn = employer ? ` of ${e(employer)}` : '';
    return {
      kind: 'profile',
      text: {
        ko: `${josa(n(entity), '은')} ${at}${josa(role.ko, '이다')}.`,
        en: `${e(entity)} is the ${role.en}${atEn}.`,
      },
      entities: employer ? [entity.id, employer.id] : [entity.id],
      figures: [],
      keywords: [role.ko, role.en, '인물', 'who'],
    };
  },
  region: (_random, _cast, { entity, sector }) => ({
    kind: 'profile',
    text: {
      ko: `${josa(n(entity), '은')} ${josa(sector.ko, '을')} 국가 전략 산업으로 육성하고 있다.`,
      en: `${e(entity)} is fostering ${sector.en} as a national strategic industry.`,
    },
    entities: [entity.id],
    figures: [],
    keywords: [...sectorWords(sector), '전략 산업', 'strategic industry', '육성', 'fostering'],
  }),
  organization: (_random, _cast, { entity, sector }) => ({
    kind: 'profile',
    text: {
      ko: `${josa(n(entity), '은')} ${sector.ko} 스타트업에 주로 투자하는 기관이다.`,
      en: `${e(entity)} is an institution that mainly invests in ${sector.en} start-ups.`,
    },
    entities: [entity.id],
    figures: [],
    keywords: [...sectorWords(sector), '투자 기관', 'investor', '투자', 'investment'],
  }),
};

const companyTemplates: readonly (readonly [FactKind, number, Template])[] = [
  [
    'japan-move',
    3,
    (random, cast, { entity }) => {
      const region = random.pick(cast.regions).entity;
      const year = random.int(2018, 2025);
      const variant = random.int(0, 2);
      if (variant === 0)
        return {
          kind: 'japan-move',
          text: {
            ko: `${josa(n(entity), '은')} ${year}년 ${n(region)}에 첫 해외 법인을 설립했다.`,
            en: `In ${year}, ${e(entity)} set up its first overseas subsidiary in ${e(region)}.`,
          },
          entities: [entity.id, region.id],
          figures: [figure(year, 'year', ['법인 설립 연도', 'year the subsidiary was set up'])],
          keywords: ['해외 법인', '법인 설립', '해외 진출', 'subsidiary', 'overseas expansion', 'expansion'],
        };
      if (variant === 1)
        return {
          kind: 'japan-move',
          text: {
            ko: `${josa(n(entity), '은')} 본사를 ${josa(n(region), '으로')} 옮기고 현지 증시 상장을 준비하고 있다.`,
            en: `${e(entity)} moved its headquarters to ${e(region)} and is preparing to list on the local stock market.`,
          },
          entities: [entity.id, region.id],
          figures: [],
          keywords: ['본사 이전', '본사', '상장', 'IPO', 'headquarters', 'relocation', 'listing'],
        };
      const staff = random.int(10, 300);
      return {
        kind: 'japan-move',
        text: {
          ko: `${josa(n(entity), '은')} ${n(region)}에 ${staff}명 규모의 연구개발 센터를 열었다.`,
          en: `${e(entity)} opened an R&D centre with ${staff} staff in ${e(region)}.`,
        },
        entities: [entity.id, region.id],
        figures: [figure(staff, 'people', ['연구개발 인력', 'R&D staff'])],
        keywords: ['연구개발', '연구소', 'R&D', 'research centre', 'lab'],
      };
    },
  ],
  [
    'statistic',
    4,
    (random, cast, { entity }) => {
      const year = random.int(2019, 2025);
      const variant = random.int(0, 3);
      if (variant === 0) {
        const eok = random.int(5, 900);
        return {
          kind: 'statistic',
          text: {
            ko: `${n(entity)}의 ${year}년 매출은 약 ${eok}억 원이다.`,
            en: `${e(entity)}'s revenue in ${year} was about ${krwEokEn(eok)}.`,
          },
          entities: [entity.id],
          figures: [figure(eok * 1e8, 'KRW', ['매출', 'revenue'], { year, qualifier: 'approx' })],
          keywords: ['매출', 'revenue', 'sales', '실적', 'earnings'],
        };
      }
      if (variant === 1 && cast.organizations.length > 0) {
        const investor = random.pick(cast.organizations).entity;
        const man = random.int(50, 5000);
        return {
          kind: 'statistic',
          text: {
            ko: `${josa(n(entity), '은')} ${year}년 ${n(investor)}${hasFinal(n(investor)) ? '으로' : '로'}부터 ${man}만 달러 규모의 투자를 유치했다.`,
            en: `In ${year}, ${e(entity)} raised ${usdManEn(man)} from ${e(investor)}.`,
          },
          entities: [entity.id, investor.id],
          figures: [figure(man * 1e4, 'USD', ['투자 유치액', 'investment raised'], { year })],
          keywords: ['투자', '투자 유치', '펀딩', 'investment', 'funding', 'raised'],
        };
      }
      if (variant === 2) {
        const staff = random.int(8, 1200);
        return {
          kind: 'statistic',
          text: {
            ko: `${n(entity)}의 임직원 수는 ${year}년 기준 ${staff}명이다.`,
            en: `${e(entity)} had ${staff} employees in ${year}.`,
          },
          entities: [entity.id],
          figures: [figure(staff, 'people', ['임직원 수', 'employees'], { year })],
          keywords: ['임직원', '직원', '인력', 'employees', 'staff', 'headcount'],
        };
      }
      const metric = random.pick(METRICS);
      const p = random.int(3, 240);
      return {
        kind: 'statistic',
        text: {
          ko: `${n(entity)}의 ${year}년 ${josa(metric[0], '은')} 전년 대비 ${p}% 증가했다.`,
          en: `${e(entity)}'s ${metric[1]} grew ${p}% year on year in ${year}.`,
        },
        entities: [entity.id],
        figures: [figure(p, 'percent', [`${metric[0]} 증가율`, `${metric[1]} growth`], { year })],
        keywords: [metric[0], metric[1], '증가', '성장', 'growth'],
      };
    },
  ],
  [
    'reason',
    2,
    (random, cast, { entity }) => {
      const region = random.pick(cast.regions).entity;
      const reason = random.pick(REASONS);
      return {
        kind: 'reason',
        text: {
          ko: `${josa(n(entity), '이')} ${josa(n(region), '을')} 택한 이유는 ${reason.ko} 때문이다.`,
          en: `${e(entity)} chose ${e(region)} because of ${reason.en}.`,
        },
        entities: [entity.id, region.id],
        figures: [],
        keywords: ['이유', 'reason', 'why', ...reason.keywords],
      };
    },
  ],
  [
    'comparison',
    1,
    (random, cast, { entity }) => {
      const other = random.pick(cast.companies).entity;
      if (other.id === entity.id) return undefined;
      const metric = random.pick(METRICS);
      const p = random.int(5, 180);
      return {
        kind: 'comparison',
        text: {
          ko: `${n(entity)}의 ${josa(metric[0], '은')} ${n(other)}보다 약 ${p}% 많다.`,
          en: `${e(entity)}'s ${metric[1]} is about ${p}% higher than ${e(other)}'s.`,
        },
        entities: [entity.id, other.id],
        figures: [figure(p, 'percent', [`${metric[0]} 차이`, `${metric[1]} gap`], { qualifier: 'approx' })],
        keywords: ['비교', 'comparison', 'compared', metric[0], metric[1]],
      };
    },
  ],
  [
    'reaction',
    1,
    (random, cast, { entity }) => {
      if (cast.organizations.length === 0) return undefined;
      const org = random.pick(cast.organizations).entity;
      const region = random.pick(cast.regions).entity;
      const reaction = random.pick(REACTIONS);
      return {
        kind: 'reaction',
        text: {
          ko: `${josa(n(org), '은')} ${n(entity)}의 ${n(region)} 진출을 ${reaction[0]}.`,
          en: `${e(org)} ${reaction[1]} ${e(entity)}'s expansion into ${e(region)}.`,
        },
        entities: [org.id, entity.id, region.id],
        figures: [],
        keywords: ['반응', '평가', 'reaction', 'response', '진출', 'expansion'],
      };
    },
  ],
];

const personTemplates: readonly (readonly [FactKind, number, Template])[] = [
  [
    'quote',
    3,
    (random, _cast, { entity, employer }) => {
      const quote = random.pick(QUOTES);
      const role = entity.role ?? { ko: '관계자', en: 'representative' };
      const where = employer ? `${n(employer)} ` : '';
      const whereEn = employer ? ` of ${e(employer)}` : '';
      return {
        kind: 'quote',
        text: {
          ko: `${n(entity)} ${where}${josa(role.ko, '은')} "${quote[0]}"라고 말했다.`,
          en: `${e(entity)}, ${role.en}${whereEn}, said: "${quote[1]}."`,
        },
        entities: employer ? [entity.id, employer.id] : [entity.id],
        figures: [],
        keywords: ['발언', '인터뷰', 'said', 'interview', 'quote'],
        speaker: entity.id,
      };
    },
  ],
  [
    'opinion',
    2,
    (random, _cast, { entity }) => {
      const sector = random.pick(SECTORS);
      const years = random.int(2, 10);
      return {
        kind: 'opinion',
        text: {
          ko: `${josa(n(entity), '은')} ${sector.ko} 산업이 앞으로 ${years}년 안에 크게 성장할 것이라고 내다봤다.`,
          en: `${e(entity)} expects the ${sector.en} industry to grow strongly within ${years} years.`,
        },
        entities: [entity.id],
        figures: [figure(years, 'year', ['전망 기간', 'outlook horizon'], { qualifier: 'max' })],
        keywords: [...sectorWords(sector), '전망', '의견', 'outlook', 'forecast'],
      };
    },
  ],
];

const regionTemplates: readonly (readonly [FactKind, number, Template])[] = [
  [
    'policy',
    4,
    (random, _cast, { entity, sector }) => {
      const variant = random.int(0, 3);
      if (variant === 0) {
        const p = random.int(10, 80);
        return {
          kind: 'policy',
          text: {
            ko: `${n(entity)} 정부는 ${sector.ko} 기업에 법인세를 최대 ${p}% 감면해 준다.`,
            en: `The ${e(entity)} government cuts corporate tax by up to ${p}% for ${sector.en} companies.`,
          },
          entities: [entity.id],
          figures: [figure(p, 'percent', ['법인세 감면율', 'corporate tax cut'], { qualifier: 'max' })],
          keywords: [...sectorWords(sector), '법인세', '세제 혜택', '감면', 'corporate tax', 'tax break'],
        };
      }
      if (variant === 1) {
        const trillion = random.int(1, 40);
        const year = random.int(2026, 2035);
        return {
          kind: 'policy',
          text: {
            ko: `${josa(n(entity), '은')} ${year}년까지 ${sector.ko} 분야에 ${trillion}조 원을 투자하기로 했다.`,
            en: `${e(entity)} will invest KRW ${trillion} trillion in ${sector.en} until ${year}.`,
          },
          entities: [entity.id],
          figures: [
            figure(trillion * 1e12, 'KRW', ['정부 투자 규모', 'government investment']),
            figure(year, 'year', ['투자 기한', 'investment deadline'], { qualifier: 'until' }),
          ],
          keywords: [...sectorWords(sector), '정부 투자', '예산', 'government investment', 'budget'],
        };
      }
      if (variant === 2) {
        const years = random.int(2, 10);
        return {
          kind: 'policy',
          text: {
            ko: `${josa(n(entity), '은')} 외국인 ${sector.ko} 인재에게 ${years}년짜리 특별 비자를 발급한다.`,
            en: `${e(entity)} issues ${years}-year special visas to foreign ${sector.en} talent.`,
          },
          entities: [entity.id],
          figures: [figure(years, 'year', ['비자 기간', 'visa length'])],
          keywords: [...sectorWords(sector), '비자', '특별 비자', 'visa', '인재', 'talent'],
        };
      }
      const eok = random.int(1, 50);
      return {
        kind: 'policy',
        text: {
          ko: `${n(entity)} 정부는 ${sector.ko} 스타트업 1곳당 최대 ${eok}억 원의 보조금을 지원한다.`,
          en: `The ${e(entity)} government gives subsidies of up to ${krwEokEn(eok)} per ${sector.en} start-up.`,
        },
        entities: [entity.id],
        figures: [figure(eok * 1e8, 'KRW', ['보조금', 'subsidy'], { qualifier: 'max' })],
        keywords: [...sectorWords(sector), '보조금', '지원금', 'subsidy', 'grant'],
      };
    },
  ],
  [
    'trend',
    2,
    (random, _cast, { entity, sector }) => {
      const p = random.int(5, 300);
      const year = random.int(2015, 2023);
      return {
        kind: 'trend',
        text: {
          ko: `${n(entity)}에서는 ${sector.ko} 스타트업 창업이 ${year}년 이후 ${p}% 늘었다.`,
          en: `In ${e(entity)}, ${sector.en} start-up founding has risen ${p}% since ${year}.`,
        },
        entities: [entity.id],
        figures: [figure(p, 'percent', ['창업 증가율', 'growth in start-ups'], { year })],
        keywords: [...sectorWords(sector), '창업', '증가', 'start-ups', 'trend', 'growth'],
      };
    },
  ],
  [
    'comparison',
    1,
    (random, cast, { entity }) => {
      const other = random.pick(cast.regions).entity;
      if (other.id === entity.id) return undefined;
      const p = random.int(10, 25);
      const q = p + random.int(1, 12);
      return {
        kind: 'comparison',
        text: {
          ko: `${n(entity)}의 법인세율은 ${p}%로 ${n(other)}(${q}%)보다 낮다.`,
          en: `${e(entity)}'s corporate tax rate is ${p}%, lower than ${e(other)}'s ${q}%.`,
        },
        entities: [entity.id, other.id],
        figures: [
          figure(p, 'percent', [`${n(entity)} 법인세율`, `${e(entity)} corporate tax rate`]),
          figure(q, 'percent', [`${n(other)} 법인세율`, `${e(other)} corporate tax rate`]),
        ],
        keywords: ['법인세율', '법인세', 'corporate tax rate', 'tax rate', '비교', 'comparison'],
      };
    },
  ],
];

const organizationTemplates: readonly (readonly [FactKind, number, Template])[] = [
  [
    'statistic',
    2,
    (random, _cast, { entity, sector }) => {
      const count = random.int(5, 400);
      const year = random.int(2019, 2025);
      return {
        kind: 'statistic',
        text: {
          ko: `${josa(n(entity), '은')} ${year}년까지 ${sector.ko} 스타트업 ${count}곳에 투자했다.`,
          en: `By ${year}, ${e(entity)} had invested in ${count} ${sector.en} start-ups.`,
        },
        entities: [entity.id],
        figures: [figure(count, 'companies', ['투자한 스타트업 수', 'start-ups invested in'], { year })],
        keywords: [...sectorWords(sector), '투자', '포트폴리오', 'investment', 'portfolio'],
      };
    },
  ],
  [
    'opinion',
    1,
    (random, cast, { entity }) => {
      const region = random.pick(cast.regions).entity;
      return {
        kind: 'opinion',
        text: {
          ko: `${josa(n(entity), '은')} ${josa(n(region), '이')} 아시아의 새로운 기술 허브가 될 것으로 본다.`,
          en: `${e(entity)} sees ${e(region)} becoming Asia's new technology hub.`,
        },
        entities: [entity.id, region.id],
        figures: [],
        keywords: ['기술 허브', '허브', 'tech hub', 'hub', '전망', 'outlook'],
      };
    },
  ],
];

const TEMPLATES: Record<EntityType, readonly (readonly [FactKind, number, Template])[]> = {
  company: companyTemplates,
  person: personTemplates,
  region: regionTemplates,
  organization: organizationTemplates,
};

// ---------------------------------------------------------------------------------------------
// Articles

const ENTITY_SHARE: Record<EntityType, number> = {
  company: 0.55,
  person: 0.25,
  region: 0.08,
  organization: 0.12,
};

/** How often each kind of entity is the subject of a fact beyond its profile. */
const SUBJECT_WEIGHT: Record<EntityType, number> = {
  company: 0.55,
  person: 0.2,
  region: 0.15,
  organization: 0.1,
};

const FACTS_PER_ENTITY = 20;

function castArticle(random: Random, names: NameRegistry, facts: number): ArticleCast {
  const total = Math.max(4, Math.round(facts / FACTS_PER_ENTITY));
  const regionCount = Math.max(1, Math.round(total * ENTITY_SHARE.region));
  const orgCount = Math.max(1, Math.round(total * ENTITY_SHARE.organization));
  const personCount = Math.max(0, Math.round(total * ENTITY_SHARE.person));
  const companyCount = Math.max(1, total - regionCount - orgCount - personCount);
  const companies = Array.from({ length: companyCount }, () => {
    const sector = random.pick(SECTORS);
    const founded = random.int(2012, 2023);
    return { entity: makeCompany(random, names, sector, founded), sector, founded };
  });
  const organizations = Array.from({ length: orgCount }, () => {
    const sector = random.pick(SECTORS);
    return { entity: makeOrganization(random, names, sector), sector };
  });
  const regions = Array.from({ length: regionCount }, () => {
    const sector = random.pick(SECTORS);
    return { entity: makeRegion(random, names, sector), sector };
  });
  const people = Array.from({ length: personCount }, () => {
    const atCompany = random.chance(0.8);
    const employer = atCompany ? random.pick(companies) : random.pick(organizations);
    const role = random.pick(atCompany ? COMPANY_ROLES : ORG_ROLES);
    return {
      entity: makePerson(random, names, employer.entity, role),
      sector: employer.sector,
      employer: employer.entity,
    };
  });
  return { companies, people, regions, organizations };
}

function draftFacts(random: Random, cast: ArticleCast, count: number): FactDraft[] {
  const everyone = [...cast.companies, ...cast.people, ...cast.regions, ...cast.organizations];
  const drafts: FactDraft[] = [];
  // Every entity first gets a profile, so that each one has at least one fact.
  for (const subject of everyone) {
    if (drafts.length >= count) break;
    const draft = profileTemplates[subject.entity.type](random, cast, subject);
    if (draft) drafts.push(draft);
  }
  const pools: Record<EntityType, readonly GeneratedEntity[]> = {
    company: cast.companies,
    person: cast.people,
    region: cast.regions,
    organization: cast.organizations,
  };
  const types = (Object.keys(SUBJECT_WEIGHT) as EntityType[]).filter((t) => pools[t].length > 0);
  const typeWeights = types.map((t) => SUBJECT_WEIGHT[t]);
  while (drafts.length < count) {
    const type = random.weighted(types, typeWeights);
    const subject = random.pick(pools[type]);
    const templates = TEMPLATES[type];
    const [, , template] = random.weighted(
      templates,
      templates.map(([, weight]) => weight),
    );
    const draft = template(random, cast, subject);
    if (draft) drafts.push(draft);
  }
  return drafts;
}

const SECTION_TITLES: readonly Pair[] = [
  ['해외로 향하는 스타트업들', 'Start-ups heading abroad'],
  ['각국의 유치 경쟁', 'Countries competing to attract them'],
  ['숫자로 본 성과', 'The results in numbers'],
  ['현장의 목소리', 'Voices from the field'],
  ['남은 과제', 'The challenges that remain'],
];

const PARAGRAPH_ENDINGS = ['', ' 업계의 관심이 쏠리고 있어요.', ' 눈여겨볼 만한 대목이에요.', ''];

function buildArticle(random: Random, names: NameRegistry, index: number, factCount: number): KnowledgeFile {
  const cast = castArticle(random, names, factCount);
  const drafts = draftFacts(random, cast, factCount);
  const articleId = `synthetic-article-${String(index + 1).padStart(4, '0')}`;
  const region = random.pick(cast.regions).entity;
  const sector = random.pick(SECTORS);
  const title: LocalizedText = {
    ko: `${sector.ko} 스타트업들의 ${n(region)} 진출 러시와 그 과제 (${index + 1})`,
    en: `${capitalize(sector.en)} start-ups rush into ${e(region)}, and what it takes (${index + 1})`,
  };
  const passages: Passage[] = [{ id: 'p1', kind: 'title', text: title.ko, en: title.en }];
  const facts: Fact[] = [];
  const perSection = Math.max(1, Math.ceil(drafts.length / SECTION_TITLES.length));
  let section: LocalizedText = title;
  let sectionIndex = -1;
  let i = 0;
  while (i < drafts.length) {
    if (Math.floor(i / perSection) !== sectionIndex) {
      sectionIndex = Math.floor(i / perSection);
      const [ko, en] = SECTION_TITLES[sectionIndex % SECTION_TITLES.length]!;
      section = { ko, en };
      passages.push({ id: `p${passages.length + 1}`, section, kind: 'heading', text: ko, en });
    }
    // A paragraph holds one to three facts, never across a section boundary.
    const sectionEnd = (sectionIndex + 1) * perSection;
    const size = Math.min(random.int(1, 3), drafts.length - i, sectionEnd - i);
    const group = drafts.slice(i, i + size);
    const passageId = `p${passages.length + 1}`;
    passages.push({
      id: passageId,
      section,
      kind: 'paragraph',
      text: group.map((d) => d.text.ko).join(' ') + random.pick(PARAGRAPH_ENDINGS),
      en: group.map((d) => d.text.en).join(' '),
    });
    for (const draft of group) {
      facts.push({
        id: `s${index + 1}-f${facts.length + 1}`,
        kind: draft.kind,
        text: draft.text,
        entities: [...new Set(draft.entities)],
        figures: [...draft.figures],
        keywords: [...new Set(draft.keywords)],
        ...(draft.speaker ? { speaker: draft.speaker } : {}),
        source: passageId,
      });
    }
    i += size;
  }

  const comparisons: KnowledgeFile['comparisons'] = [];
  const [first, second] = cast.regions;
  if (first && second) {
    const sourceId = `p${passages.length + 1}`;
    passages.push({
      id: sourceId,
      section,
      kind: 'table-row',
      text: `${n(first.entity)}: ${first.sector.ko} 육성 / ${n(second.entity)}: ${second.sector.ko} 육성`,
      en: `${e(first.entity)}: fostering ${first.sector.en} / ${e(second.entity)}: fostering ${second.sector.en}`,
    });
    comparisons.push({
      id: `${articleId}-regions`,
      title: {
        ko: `${n(first.entity)}와 ${n(second.entity)} 비교`,
        en: `${e(first.entity)} and ${e(second.entity)} compared`,
      },
      entities: [first.entity.id, second.entity.id],
      rows: [
        {
          id: 'strategic-industry',
          aspect: { ko: '전략 산업', en: 'Strategic industry' },
          values: [
            { entity: first.entity.id, text: { ko: first.sector.ko, en: first.sector.en } },
            { entity: second.entity.id, text: { ko: second.sector.ko, en: second.sector.en } },
          ],
          source: sourceId,
        },
      ],
    });
  }

  const year = 2020 + (index % 6);
  const month = String(1 + (index % 12)).padStart(2, '0');
  const day = String(1 + (index % 28)).padStart(2, '0');
  return {
    article: {
      id: articleId,
      title,
      author: 'synthetic',
      date: `${year}-${month}-${day}`,
      category: { ko: '사회&경제&생활 정보', en: 'Society, Economy & Lifestyle Information' },
    },
    passages,
    entities: [...cast.companies, ...cast.people, ...cast.regions, ...cast.organizations].map(
      (g) => g.entity,
    ),
    facts,
    comparisons,
    sections: [],
    lexicon: [],
  };
}

/**
 * Knowledge files holding `facts` facts in all, one made-up article per `factsPerArticle` facts,
 * with roughly one entity per 20 facts. Pure: same options, same files.
 */
export function generateKnowledge(options: SynthOptions): KnowledgeFile[] {
  const { facts, seed = 1, factsPerArticle = 500, reservedNames = REAL_ARTICLE_NAMES } = options;
  if (!Number.isInteger(facts) || facts < 1)
    throw new Error(`facts must be a positive integer, not ${facts}`);
  if (!Number.isInteger(factsPerArticle) || factsPerArticle < 1)
    throw new Error(`factsPerArticle must be a positive integer, not ${factsPerArticle}`);
  const random = new Random(seed);
  const names = new NameRegistry(reservedNames);
  const articles = Math.ceil(facts / factsPerArticle);
  const files: KnowledgeFile[] = [];
  for (let i = 0; i < articles; i++) {
    // Spread the facts evenly, so that the counts add up exactly.
    const count = Math.floor((facts * (i + 1)) / articles) - Math.floor((facts * i) / articles);
    files.push(buildArticle(random, names, i, count));
  }
  return files;
}

/** File name of the i-th generated article. */
export const synthFileName = (index: number) => `synth-${String(index + 1).padStart(4, '0')}.json`;

/**
 * Writes generated files into `dir` (created if needed), replacing earlier `synth-*.json` files
 * there. Returns the paths written.
 */
export async function writeKnowledgeFiles(files: readonly KnowledgeFile[], dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(dir)) {
    if (/^synth-\d+\.json$/.test(name)) await rm(path.join(dir, name));
  }
  const written: string[] = [];
  for (const [i, file] of files.entries()) {
    const target = path.join(dir, synthFileName(i));
    await writeFile(target, `${JSON.stringify(file, null, 1)}\n`, 'utf8');
    written.push(target);
  }
  return written;
}
