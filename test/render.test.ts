import { fileURLToPath } from 'node:url';
import type { APIEmbed } from 'discord.js';
import { describe, expect, test } from 'vitest';
import { parseInput } from '../src/console/parse.ts';
import { type Answer, answer, answerFound, buildEngine, type Question } from '../src/engine/engine.ts';
import { loadKnowledgeBase } from '../src/knowledge/loader.ts';
import type { Figure } from '../src/knowledge/schema.ts';
import { formatFigure, koreanAmount } from '../src/render/format.ts';
import { fitReply, truncate } from '../src/render/limits.ts';
import { entityName, shortNameOf } from '../src/render/parts.ts';
import { type ReplyLanguage, type ReplyPayload, replyLanguage } from '../src/render/payload.ts';
import { renderAnswer } from '../src/render/render.ts';
import { replyToText } from '../src/render/text.ts';
import { loadQuestionCases } from './questions/cases.ts';
import { embedTexts, LONE_SURROGATE, limitViolations } from './support/discord-limits.ts';

const KNOWLEDGE_DIR = fileURLToPath(new URL('../knowledge', import.meta.url));
const loaded = await loadKnowledgeBase(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error(`the real knowledge base does not load: ${JSON.stringify(loaded.errors)}`);
const engine = buildEngine(loaded.kb);
const kb = loaded.kb;

const LANGUAGES: readonly ReplyLanguage[] = ['ko', 'en'];
/** The article's publication date (the seed article: `editor6141 2025. 4. 4.`). */
const ARTICLE_DATE = '2025-04-04';

function expectDiscordSafe(payload: ReplyPayload): void {
  expect(limitViolations(payload)).toEqual([]);
  expect(payload.allowedMentions).toEqual({ parse: [] });
}

const embedText = (embed: APIEmbed | undefined): string => (embed ? embedTexts(embed).join('\n') : '');
const render = (question: Question, language: ReplyLanguage): { answer: Answer; reply: ReplyPayload } => {
  const result = answer(engine, question);
  return { answer: result, reply: renderAnswer(engine, result, language) };
};

// The checker itself must catch what it claims to catch.
describe('the independent limit checker', () => {
  const ok = (): ReplyPayload => ({
    embeds: [{ title: 't' }],
    components: [],
    allowedMentions: { parse: [] },
  });
  test.each<[string, (p: ReplyPayload) => void]>([
    ['long title', (p) => Object.assign(p.embeds[0]!, { title: 'x'.repeat(257) })],
    ['long description', (p) => Object.assign(p.embeds[0]!, { description: 'x'.repeat(4097) })],
    ['empty field value', (p) => Object.assign(p.embeds[0]!, { fields: [{ name: 'n', value: ' ' }] })],
    ['26 fields', (p) => Object.assign(p.embeds[0]!, { fields: Array(26).fill({ name: 'n', value: 'v' }) })],
    ['long footer', (p) => Object.assign(p.embeds[0]!, { footer: { text: 'x'.repeat(2049) } })],
    ['11 embeds', (p) => p.embeds.push(...Array(10).fill({ title: 't' }))],
    [
      '6001 characters',
      (p) => p.embeds.push({ description: 'x'.repeat(4000) }, { description: 'x'.repeat(2000) }),
    ],
    ['long content', (p) => Object.assign(p, { content: 'x'.repeat(2001) })],
    ['lone surrogate', (p) => Object.assign(p.embeds[0]!, { title: 'a\uD83D' })],
    [
      'long custom_id',
      (p) =>
        p.components.push({
          type: 1,
          components: [{ type: 2, style: 2, label: 'l', custom_id: 'x'.repeat(101) }],
        }),
    ],
  ])('flags %s', (_, breakIt) => {
    const payload = ok();
    expect(limitViolations(payload)).toEqual([]);
    breakIt(payload);
    expect(limitViolations(payload)).not.toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Every reply of the real knowledge base fits Discord.
// ---------------------------------------------------------------------------------------------
const entityCases = [...kb.entities.values()].flatMap((entity) =>
  LANGUAGES.map((language) => ({ id: entity.id, type: entity.type, language })),
);
const companyCases = kb
  .entitiesOfType('company')
  .flatMap((company) =>
    LANGUAGES.flatMap((language) =>
      [company.name.ko, company.name.en].map((query) => ({ query, id: company.id, language })),
    ),
  );
const regionCases = kb
  .entitiesOfType('region')
  .flatMap((region) =>
    LANGUAGES.flatMap((language) =>
      [region.name.ko, region.name.en].map((query) => ({ query, id: region.id, language })),
    ),
  );

describe('every entity, company and region of the knowledge base renders within Discord limits', () => {
  test('the knowledge base holds the article’s companies and regions', () => {
    expect(kb.entitiesOfType('company').length).toBeGreaterThanOrEqual(11);
    expect(kb.entitiesOfType('region').length).toBeGreaterThanOrEqual(5);
  });

  test.each(entityCases)('entity $id ($type) in $language', ({ id, language }) => {
    const { answer: result, reply } = render({ kind: 'entity', id }, language);
    expect(result.kind).toBe('entity');
    expectDiscordSafe(reply);
    expect(reply.embeds).toHaveLength(1);
    expect(reply.embeds[0]?.footer?.text).toContain(ARTICLE_DATE);
  });

  test.each(companyCases)('/company $query in $language', ({ query, id, language }) => {
    const { answer: result, reply } = render({ kind: 'company', query }, language);
    expect(result.kind === 'entity' ? result.entity.id : result.kind).toBe(id);
    expectDiscordSafe(reply);
  });

  test.each(regionCases)('/policy $query in $language', ({ query, id, language }) => {
    const { answer: result, reply } = render({ kind: 'policy', query }, language);
    expect(result.kind === 'entity' ? result.entity.id : result.kind).toBe(id);
    expectDiscordSafe(reply);
  });

  test.each(LANGUAGES)('/compare in %s', (language) => {
    const { answer: result, reply } = render({ kind: 'compare' }, language);
    expect(result.kind).toBe('comparison');
    expectDiscordSafe(reply);
    expect(reply.embeds[0]?.footer?.text).toContain(ARTICLE_DATE);
  });

  test.each(LANGUAGES)('/about in %s', (language) => {
    const { reply } = render({ kind: 'about' }, language);
    expectDiscordSafe(reply);
    expect(embedText(reply.embeds[0])).toContain(ARTICLE_DATE);
  });
});

const notFoundQuestions: [string, Question][] = [
  ['a company the article does not name', { kind: 'company', query: '삼성전자' }],
  ['an English company name the article does not name', { kind: 'company', query: 'Samsung Electronics' }],
  ['a too short company name (suggests)', { kind: 'company', query: '리' }],
  ['an empty company name', { kind: 'company', query: '' }],
  ['a country the article does not cover', { kind: 'policy', query: 'france' }],
  ['a Korean country name the article does not cover', { kind: 'policy', query: '프랑스' }],
  ['an unknown entity id', { kind: 'entity', id: 'no-such-entity' }],
  ['an uncovered question', { kind: 'ask', text: '오늘 날씨 어때?' }],
  ['an uncovered English question', { kind: 'ask', text: 'What is the capital of France?' }],
  ['an empty question', { kind: 'ask', text: '' }],
];
const notFoundCases = notFoundQuestions.flatMap(([name, question]) =>
  LANGUAGES.map((language) => ({ name, question, language })),
);

describe('not-found answers', () => {
  test.each(notFoundCases)('$name ($language): within limits, ephemeral, dated', ({ question, language }) => {
    const { answer: result, reply } = render(question, language);
    expect(result.kind).toBe('not-found');
    expectDiscordSafe(reply);
    expect(reply.flags).toBe(64);
    expect(reply.embeds[0]?.footer?.text).toContain(ARTICLE_DATE);
  });

  test.each<[string, Question, string]>([
    ['/company 리', { kind: 'company', query: '리' }, 'rebellions'],
    ['/company re', { kind: 'company', query: 're' }, 'rebellions'],
    ['리벨리온 주가는?', { kind: 'ask', text: '리벨리온 주가는?' }, 'rebellions'],
    ['채널톡 대표가 누구야?', { kind: 'ask', text: '채널톡 대표가 누구야?' }, 'channel-talk'],
  ])('%s offers a button naming the suggested entity', (_, question, entityId) => {
    for (const language of LANGUAGES) {
      const { answer: result, reply } = render(question, language);
      // A question about a named entity that the article does not answer says so and shows what it does say.
      expect(result.kind).toBe(question.kind === 'ask' ? 'partial' : 'not-found');
      expect(reply.flags).toBe(64);
      const buttons = reply.components.flatMap((row) => row.components);
      expect(buttons.length).toBeGreaterThanOrEqual(1);
      expect(buttons.length).toBeLessThanOrEqual(3);
      const ids = buttons.map((b) => ('custom_id' in b ? b.custom_id : ''));
      expect(ids.some((id) => id.includes(entityId))).toBe(true);
      const entity = kb.entities.get(entityId)!;
      const labels = buttons.map((b) => ('label' in b ? (b.label ?? '') : ''));
      expect(labels.some((label) => label.includes(entity.name[language]))).toBe(true);
    }
  });

  test('a miss with nothing close offers no buttons', () => {
    for (const language of LANGUAGES)
      expect(render({ kind: 'company', query: '삼성전자' }, language).reply.components).toEqual([]);
  });
});

// Free text: questions written from the article, and every input of the project's question set.
const freeText = [
  '리벨리온은 어디에 해외법인을 세웠어?',
  '일본 법인세 감면은 언제까지야?',
  '일본 데이터센터 보조금 얼마야?',
  '이랜서 프리랜서는 몇 명이야?',
  '빅테크들이 일본에 투자한 금액은 얼마야?',
  '2023년 글로벌 VC의 국내 벤처 투자액 얼마야?',
  '한국 AI 기업들이 일본으로 가는 이유가 뭐야?',
  'EU AI Act가 뭐야?',
  'Who runs Rebellions?',
  'Until when does Japan cut corporate tax for AI companies?',
];
const questionSetInputs = [...new Set(loadQuestionCases().map((c) => c.input))].flatMap((input) => {
  const parsed = parseInput(input);
  return parsed.kind === 'question' ? [{ input, question: parsed.question }] : [];
});

describe('free-text answers', () => {
  test.each(freeText.flatMap((text) => LANGUAGES.map((language) => ({ text, language }))))(
    '$text ($language) is answered from the article within limits',
    ({ text, language }) => {
      const { answer: result, reply } = render({ kind: 'ask', text }, language);
      expect(result.kind).toBe('facts');
      expectDiscordSafe(reply);
      expect(reply.embeds[0]?.footer?.text).toContain(ARTICLE_DATE);
    },
  );

  test('the question set has inputs to render', () => {
    expect(questionSetInputs.length).toBeGreaterThan(100);
  });

  test.each(questionSetInputs)('question set input $input fits Discord in both languages', ({ question }) => {
    for (const language of LANGUAGES) expectDiscordSafe(render(question, language).reply);
  });
});

// ---------------------------------------------------------------------------------------------
// Long and hostile input.
// ---------------------------------------------------------------------------------------------
const MENTIONS = '@everyone @here <@123456789012345678> <@!123456789012345678> <@&123456789012345678>';
const hostile: [string, string][] = [
  ['a 6,000-character question', '일본 법인세 감면은 언제까지야? '.repeat(400).slice(0, 6000)],
  ['6,000 characters of one word', 'x'.repeat(6000)],
  ['a question full of @everyone', '@everyone '.repeat(600)],
  ['mentions of users and roles', `${MENTIONS} 리벨리온은 어디에 해외법인을 세웠어? ${MENTIONS}`.repeat(20)],
  [
    'Markdown',
    '**리벨리온** __대표__ ~~누구~~ ||야|| `code` ```block``` > quote # heading [link](https://x.y)',
  ],
  ['emoji (even offset)', '😀'.repeat(3000)],
  ['emoji (odd offset)', `a${'😀'.repeat(3000)}`],
  ['flags, skin tones and ZWJ sequences', '🇰🇷🇯🇵👍🏽👩‍💻'.repeat(400)],
  ['a found question padded with emoji (even)', `리벨리온은 어디에 해외법인을 세웠어? ${'😀'.repeat(300)}`],
  ['a found question padded with emoji (odd)', `리벨리온은 어디에 해외법인을 세웠어? a${'😀'.repeat(300)}`],
  ['a found question with mentions', `<@123456789012345678> 일본 법인세 감면은 언제까지야? @everyone`],
  ['lone surrogates typed', `리벨리온 \uD83D 대표 \uDE00 누구야? ${'\uD83D'.repeat(300)}`],
];
const hostileCases = hostile.flatMap(([name, text]) =>
  (['ask', 'company', 'policy'] as const).flatMap((kind) =>
    LANGUAGES.map((language) => ({
      name,
      kind,
      language,
      question: (kind === 'ask' ? { kind, text } : { kind, query: text }) as Question,
    })),
  ),
);

describe('long and hostile input through answer + renderAnswer', () => {
  test.each(hostileCases)('$name as /$kind ($language)', ({ question, language }) => {
    const { reply } = render(question, language);
    expectDiscordSafe(reply);
    // Nothing is sent as message content, where a mention could be parsed.
    expect(reply.content ?? '').not.toMatch(/@everyone|@here|<@/);
  });

  test('a long found question is answered, its title cut to fit', () => {
    const text = `리벨리온은 어디에 해외법인을 세웠어? a${'😀'.repeat(300)}`;
    const { answer: result, reply } = render({ kind: 'ask', text }, 'ko');
    expect(result.kind).toBe('facts');
    expect(embedText(reply.embeds[0])).toContain('도쿄');
    expect(reply.embeds[0]?.title?.length).toBeLessThanOrEqual(256);
  });
});

describe('fitReply on its own', () => {
  const emoji = (n: number) => '😀'.repeat(n);
  const hugePayload = (): ReplyPayload => ({
    content: `@everyone a${emoji(1500)}`,
    embeds: [
      {
        title: `a${emoji(300)}`,
        description: `a${emoji(3000)}`,
        footer: { text: `a${emoji(1500)}` },
        author: { name: `a${emoji(200)}` },
        fields: Array.from({ length: 40 }, (_, i) => ({
          name: `field ${i} ${'n'.repeat(300)}`,
          value: 'v'.repeat(2000),
        })),
      },
      ...Array.from({ length: 11 }, (_, i) => ({ title: `embed ${i}`, description: `b${emoji(2500)}` })),
    ],
    components: Array.from({ length: 8 }, (_, r) => ({
      type: 1 as const,
      components: Array.from({ length: 8 }, (_, b) => ({
        type: 2 as const,
        style: 2 as const,
        label: `a${emoji(100)}`,
        custom_id: `row${r}-button${b}-${'x'.repeat(150)}`,
      })),
    })),
    allowedMentions: { parse: [] },
  });

  test('an embed with 40 fields of 2,000 characters each', () => {
    const fields = Array.from({ length: 40 }, (_, i) => ({ name: `field ${i}`, value: 'v'.repeat(2000) }));
    const reply = fitReply({
      embeds: [{ title: 'forty fields', fields }],
      components: [],
      allowedMentions: { parse: [] },
    });
    expectDiscordSafe(reply);
    expect(reply.embeds).toHaveLength(1);
    expect(reply.embeds[0]?.title).toBe('forty fields');
    // The fields that are kept are the first ones, in order.
    const names = reply.embeds[0]?.fields?.map((f) => f.name) ?? [];
    expect(names.length).toBeGreaterThan(0);
    expect(names).toEqual(fields.slice(0, names.length).map((f) => f.name));
  });

  test('every limit at once, with surrogate pairs on every cut', () => {
    expectDiscordSafe(fitReply(hugePayload()));
  });

  test('lone surrogates in any text do not reach Discord', () => {
    const lone = 'a\uD83Db\uDE00c';
    const reply = fitReply({
      content: lone,
      embeds: [
        {
          title: lone,
          description: lone,
          footer: { text: lone },
          author: { name: lone },
          fields: [{ name: lone, value: lone }],
        },
      ],
      components: [{ type: 1, components: [{ type: 2, style: 2, label: lone, custom_id: 'suggest:x' }] }],
      allowedMentions: { parse: [] },
    });
    expectDiscordSafe(reply);
    // The letters around them are kept.
    expect(reply.embeds[0]?.title).toMatch(/^a.*b.*c$/u);
  });

  test('does not change its input', () => {
    const input = hugePayload();
    const copy = structuredClone(input);
    fitReply(input);
    expect(input).toEqual(copy);
  });

  test('a reply that already fits passes through unchanged', () => {
    const payload: ReplyPayload = {
      content: 'hello',
      embeds: [
        {
          title: 't',
          description: 'd',
          fields: [{ name: 'n', value: 'v', inline: true }],
          footer: { text: 'f' },
        },
      ],
      components: [{ type: 1, components: [{ type: 2, style: 2, label: 'l', custom_id: 'suggest:x' }] }],
      allowedMentions: { parse: [] },
      flags: 64,
    };
    expect(fitReply(payload)).toEqual(payload);
  });

  test.each(['@everyone', '<@123456789012345678>', '<@&123456789012345678>'])(
    'content with %s keeps mentions off',
    (mention) => {
      const reply = fitReply({
        content: mention,
        embeds: [],
        components: [],
        allowedMentions: { parse: [] },
      });
      expect(reply.allowedMentions).toEqual({ parse: [] });
    },
  );

  test.each([
    ['even', '😀'.repeat(50)],
    ['odd', `a${'😀'.repeat(50)}`],
    ['mixed', '가😀나👍🏽다🇰🇷'.repeat(10)],
  ])('truncate never leaves a lone surrogate (%s offset), at any length', (_, text) => {
    for (let max = 0; max <= text.length + 1; max++) {
      const cut = truncate(text, max);
      expect(cut.length, `max ${max}`).toBeLessThanOrEqual(max);
      expect(LONE_SURROGATE.test(cut), `max ${max}: ${JSON.stringify(cut)}`).toBe(false);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Content, checked against the article.
// ---------------------------------------------------------------------------------------------
describe('content from the article', () => {
  test('the company embed for 리벨리온 names its CEO 박성현 and its Tokyo subsidiary', () => {
    const { reply } = render({ kind: 'company', query: '리벨리온' }, 'ko');
    const text = embedText(reply.embeds[0]);
    expect(reply.embeds[0]?.title).toContain('리벨리온');
    expect(text).toContain('박성현');
    expect(text).toContain('도쿄');
  });

  test('the Japan policy embed gives the 30% tax cut until 2032 and the ¥45bn subsidy', () => {
    const { reply } = render({ kind: 'policy', query: '일본' }, 'ko');
    const text = embedText(reply.embeds[0]);
    for (const figure of ['30%', '2032', '450억']) expect(text).toContain(figure);
  });

  // The article's table: 구분 / 한국 / 일본.
  const TABLE = [
    ['정부 지원', '제한적 세제 혜택', '법인세 최대 30% 감면'],
    ['인프라', '전력 부족으로 데이터센터 한계', '재생에너지 기반 전력망 확충'],
    ['투자 유치', 'VC 투자 급감', '글로벌 빅테크 대규모 투자 유입'],
    ['시장 성장', '내수 시장 중심', '고령화 사회의 AI 수요 급증'],
  ] as const;

  test('/compare lays out the article’s table: 4 aspects, columns 한국 and 일본, inline', () => {
    const { reply } = render({ kind: 'compare' }, 'ko');
    const fields = reply.embeds[0]?.fields ?? [];
    expect(fields.length).toBeGreaterThanOrEqual(TABLE.length * 3);
    expect(fields.every((f) => f.inline === true)).toBe(true);
    const names = fields.map((f) => f.name);
    expect(names).toContain('한국');
    expect(names).toContain('일본');
    const plain = fields.map((f) => f.value.replace(/[*_]/g, '').trim());
    for (const [aspect, korea, japan] of TABLE) {
      const at = plain.indexOf(aspect);
      expect(at, `aspect ${aspect}`).toBeGreaterThanOrEqual(0);
      // The two cells follow their aspect, in the order of the columns.
      const columnOf = (name: string) => names.slice(0, 3).indexOf(name);
      const cells = [plain[at + 1], plain[at + 2]];
      expect(cells[columnOf('한국') - 1]).toBe(korea);
      expect(cells[columnOf('일본') - 1]).toBe(japan);
    }
  });

  test('/compare in English still has four rows of aspect + two columns', () => {
    const { reply } = render({ kind: 'compare' }, 'en');
    const fields = reply.embeds[0]?.fields ?? [];
    expect(fields).toHaveLength(TABLE.length * 3);
    expect(fields.every((f) => f.inline === true)).toBe(true);
    expect(fields.map((f) => f.name).join(' ')).toContain('Japan');
    expect(fields.map((f) => f.name).join(' ')).toContain('Korea');
  });

  test.each([
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['EN-us', 'en'],
    ['ko', 'ko'],
    ['ja', 'ko'],
    [undefined, 'ko'],
    [null, 'ko'],
  ] as const)('replyLanguage(%s) is %s', (locale, language) => {
    expect(replyLanguage(locale)).toBe(language);
  });

  test('English locale gives English names: Rebellions, Japan', () => {
    const language = replyLanguage('en-US');
    const company = render({ kind: 'company', query: '리벨리온' }, language).reply;
    expect(company.embeds[0]?.title).toContain('Rebellions');
    expect(embedText(company.embeds[0])).toContain('Tokyo');
    const policy = render({ kind: 'policy', query: '일본' }, language).reply;
    expect(policy.embeds[0]?.title).toContain('Japan');
  });

  test('the footer names the article’s date', () => {
    for (const language of LANGUAGES) {
      const { reply } = render({ kind: 'company', query: '리벨리온' }, language);
      expect(reply.embeds[0]?.footer?.text).toContain(ARTICLE_DATE);
    }
  });
});

describe('figures written as the article writes them', () => {
  const figure = (value: number, unit: Figure['unit'], qualifier: Figure['qualifier'] = 'exact'): Figure => ({
    value,
    unit,
    qualifier,
    label: { ko: '수치', en: 'figure' },
  });

  test.each([
    [442_800_000_000, '4428억'],
    [27_270_000_000_000, '27조 2700억'],
    [410_000, '41만'],
    [231_800_000_000, '2318억'],
    [989_500_000_000, '9895억'],
    [45_000_000_000, '450억'],
    [18_600_000_000, '186억'],
    [50, '50'],
    [0, '0'],
  ])('koreanAmount(%d) is %s', (value, expected) => {
    expect(koreanAmount(value)).toBe(expected);
  });

  test.each<[Figure, ReplyLanguage, string]>([
    [figure(442_800_000_000, 'KRW', 'approx'), 'ko', '4428억'],
    [figure(27_270_000_000_000, 'KRW', 'approx'), 'ko', '27조 2700억'],
    [figure(45_000_000_000, 'JPY', 'max'), 'ko', '최대 450억 엔'],
    [figure(410_000, 'people'), 'ko', '41만'],
    [figure(30, 'percent', 'max'), 'ko', '최대 30%'],
    [figure(2032, 'year', 'until'), 'ko', '2032년까지'],
    [figure(18_600_000_000, 'USD'), 'ko', '186억 달러'],
    [figure(45_000_000_000, 'JPY', 'max'), 'en', '45 billion'],
    [figure(442_800_000_000, 'KRW', 'approx'), 'en', '442.8 billion'],
    [figure(2032, 'year', 'until'), 'en', '2032'],
  ])('formatFigure(%o, %s) contains %s', (f, language, expected) => {
    expect(formatFigure(f, language)).toContain(expected);
  });
});

describe('answers that are not answers: the article knows the subject, not what is asked', () => {
  test.each(LANGUAGES)(
    '리벨리온 주가는? (%s): says what is missing and what the article does say',
    (language) => {
      const { answer: result, reply } = render({ kind: 'ask', text: '리벨리온 주가는?' }, language);
      expect(result.kind).toBe('partial');
      expect(answerFound(result)).toBe(false);
      expectDiscordSafe(reply);
      expect(reply.flags).toBe(64);
      const [embed] = reply.embeds;
      expect(embed?.description).toContain('주가');
      // What the article does say about Rebellions: its Tokyo subsidiary (p4).
      expect(embed?.fields?.map((f) => f.value).join('\n')).toContain(language === 'ko' ? '도쿄' : 'Tokyo');
    },
  );

  test.each(LANGUAGES)('이 글 언제 올라왔어? (%s): the article’s own date and author', (language) => {
    const { answer: result, reply } = render({ kind: 'ask', text: '이 글 언제 올라왔어?' }, language);
    expect(result.kind).toBe('article');
    expectDiscordSafe(reply);
    // The date first, as the reply's first line, as the article prints it; the article's card after it.
    expect(reply.embeds[0]?.title).toContain('2025. 4. 4. 00:08');
    expect(replyToText(reply)).toContain('2025-04-04');
    expect(replyToText(reply)).toContain('editor6141');
  });
});

describe('a list in English', () => {
  test('each name is followed by the name as the article writes it, to find it there', () => {
    const { reply } = render(
      {
        kind: 'ask',
        text: 'Which Korean startups are still in the process of setting up a Japanese entity?',
      },
      'en',
    );
    const text = embedText(reply.embeds?.[0]);
    // 파인더스AI, 피처링 and 채널톡 are pushing to set up Japanese subsidiaries
    expect(text).toContain('**Channel Talk** (채널톡)');
    expect(text).toContain('**Featuring** (피처링)');
    expectDiscordSafe(reply);
  });
});

describe('a summary in English', () => {
  test('the article’s own sentences follow the lines, for a reader who checks them in Korean', () => {
    const { reply } = render({ kind: 'ask', text: 'tl;dr of the article' }, 'en');
    const text = embedText(reply.embeds?.[0]);
    // The summary's lines translate the article's; the Korean sentences they come from follow them.
    expect(text).toContain('Korean original');
    expect(text).toContain('450억 엔');
    expect(text.indexOf('**1.**')).toBeLessThan(text.indexOf('Korean original'));
    expectDiscordSafe(reply);
  });
});

describe('a summary of the whole article', () => {
  test('is titled as one, without the article’s own title, which the footer gives: the lines come first', () => {
    for (const [text, language, title, named] of [
      ['tl;dr of the article', 'en', 'Summary of the article', 'Rush to Japan'],
      ['이 기사 3줄 요약', 'ko', '기사 요약', '일본행 러시'],
    ] as const) {
      const embed = render({ kind: 'ask', text }, language).reply.embeds?.[0];
      expect(embed?.title).toBe(title);
      // (the footer names the article: `한국 AI 유망주들의 일본행 러시 …`)
      expect(embed?.footer?.text).toContain(named);
    }
  });
});

describe('several questions at a glance', () => {
  test('each part’s answer in a line above the parts, a statement in its sentence', () => {
    const { reply } = render(
      { kind: 'ask', text: '리벨리온 대표 누구야? 그리고 글쓴이는 마지막에 뭘 다시 체감했대?' },
      'ko',
    );
    // 박성현 runs Rebellions; the author feels again that failing to adapt means falling behind (도태)
    expect(reply.content).toMatch(/^\*\*1\.\*\* 박성현.* · \*\*2\.\*\* .*도태/);
    expectDiscordSafe(reply);
  });
  test('a summary of one thing by its first line', () => {
    const { reply } = render(
      { kind: 'ask', text: '올거나이즈 관련해서 본사, 상장, 고객사, 매출비중 한 번에 정리해줘' },
      'ko',
    );
    // Allganize moved its headquarters to Japan, prepares a listing there, counts 노무라증권 among its clients
    expect(reply.content).toMatch(/^\*\*1\.\*\* .*본사.* · \*\*2\.\*\* .*상장.* · \*\*3\.\*\* .*노무라증권/);
    expectDiscordSafe(reply);
  });
  test('a part the article’s own passage answers, by its sentence', () => {
    const { reply } = render(
      {
        kind: 'ask',
        text: '이랜서 대표 누구고 일본내 몇개 기업이랑 협력? 그리고 법인 이미 세웠어 아니면 세울 예정이야?',
      },
      'ko',
    );
    // Elancer: CEO 박우진, some 50 companies and institutions, a Japanese subsidiary already set up
    expect(reply.content).toMatch(
      /^\*\*1\.\*\* 박우진.* · \*\*2\.\*\* 50여 개.* · \*\*3\.\*\* .*이미 일본 법인을 설립/,
    );
    expectDiscordSafe(reply);
  });
});

describe('the short name the article gives a name in brackets', () => {
  test('`마이크로소프트(MS)` and `아마존웹서비스(AWS)` are shown with their short names; a name the article never shortens is not', () => {
    const kb = engine.kb;
    const aws = kb.entities.get('aws')!;
    expect(shortNameOf(kb, aws)).toBe('AWS');
    expect(entityName(aws, 'ko', kb)).toBe('아마존웹서비스 (AWS, Amazon Web Services)');
    expect(entityName(aws, 'en', kb)).toBe('Amazon Web Services (AWS, 아마존웹서비스)');
    // (`NABO` is an alias the article never writes after the name)
    expect(shortNameOf(kb, kb.entities.get('nabo')!)).toBeUndefined();
  });
});
