/**
 * The questions people ask about any article, each answered by its own part of the pipeline: several
 * questions in one message, summaries, lists, comparisons, yes-or-no claims with the article's own
 * figures, and follow-ups that lean on the answer before. Expected names and figures are the article's
 * (../shared/seeds): 리벨리온 set up in Tokyo, 올거나이즈 earns about 70% in Japan, 이랜서 has 410,000
 * freelancers and 50-odd partners, Japan's data center subsidy is up to 450억 엔 (about 4428억 원),
 * global VC investment in Korea was 9895억 (2021), 6097억 (2022) and 2318억 원 (2023).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { askOnce } from '../src/console/ask.ts';
import { readQuestion } from '../src/engine/ask.ts';
import { contextLine, contextReadings, inContext } from '../src/engine/context.ts';
import {
  type Answer,
  answerFound,
  answerMessage,
  buildEngine,
  type Engine,
  shownFacts,
} from '../src/engine/engine.ts';
import { messageParts, splitMessage } from '../src/engine/split.ts';
import { loadKnowledgeBase } from '../src/knowledge/loader.ts';
import { readVerb } from '../src/language/korean.ts';
import { renderAnswer } from '../src/render/render.ts';
import { replyToText } from '../src/render/text.ts';
import { createKnowledgeService } from '../src/service.ts';

let engine: Engine;

beforeAll(async () => {
  const result = await loadKnowledgeBase('knowledge');
  if (!result.ok) throw new Error('the knowledge base does not load');
  engine = buildEngine(result.kb);
});

const ask = (text: string, previous?: string): Answer => answerMessage(engine, text, previous).answer;

/** A conversation: each message asked as a reply to the answer before it; the last one's answer. */
function conversation(...messages: readonly string[]): ReturnType<typeof answerMessage> {
  let previous: string | undefined;
  let last: ReturnType<typeof answerMessage> | undefined;
  for (const message of messages) {
    last = answerMessage(engine, message, previous);
    previous = last.asked.at(-1);
  }
  return last!;
}

/** The first line a reply shows, in a language. */
function firstLine(answer: Answer, language: 'ko' | 'en'): string {
  return replyToText(renderAnswer(engine, answer, language)).split('\n')[0]!;
}

/** The question is answered, and the first line of its reply, in a language, says what is expected. */
function expectLead(question: string, language: 'ko' | 'en', expected: string): void {
  const answer = ask(question);
  expect(answerFound(answer)).toBe(true);
  expect(firstLine(answer, language)).toContain(expected);
}

/** The question is answered, and what its answer says holds each of the expected strings. */
function expectSays(question: string, ...expected: readonly string[]): void {
  const answer = ask(question);
  expect(answerFound(answer)).toBe(true);
  for (const e of expected) expect(said(answer)).toContain(e);
}

/** The last message of a conversation is answered, and what its answer says holds each of the expected strings. */
function expectFollowUpSays(messages: readonly string[], ...expected: readonly string[]): void {
  const { answer } = conversation(...messages);
  expect(answerFound(answer)).toBe(true);
  for (const e of expected) expect(said(answer)).toContain(e);
}

/** The message is answered in parts, one per expected string, each part's answer saying its own. */
function expectPartsSay(question: string, ...expected: readonly string[]): void {
  const answer = ask(question);
  expect(answer.kind).toBe('multi');
  if (answer.kind !== 'multi') return;
  expect(answer.parts).toHaveLength(expected.length);
  for (const [i, e] of expected.entries()) expect(said(answer.parts[i]!.answer)).toContain(e);
}

/** Everything an answer says, in Korean and English, as one string to look in. */
function said(answer: Answer): string {
  return JSON.stringify(answer);
}

describe('one message, several questions', () => {
  test.each([
    ['1) 리벨리온 대표 누구야 2) 올거나이즈 본사 어디야', 2],
    ['a) 한국 인프라 문제 b) 일본 인프라 강점 c) 데이터센터 보조금 액수', 3],
    ['이랜서 프리랜서 수 / 협력 기업 수 / 프로젝트 시작 시점', 3],
    ['이랜서 대표 누구야. 일본 법인 위치는?', 2],
    ['Two things: Japan’s tax break %, and who is Allganize’s CEO', 2],
    ['Who leads Rebellions and where’s their Japan office? Also what’s their revenue?', 3],
    ['2023 VC 투자액이랑 2024 전망 알려줘', 2],
    ['EU는 뭐 만들었고 미국은 뭐 했어, 그리고 중국은 뭐가 강해?', 3],
  ])('%s → %i parts', (text, parts) => {
    expect(splitMessage(engine, text)).toHaveLength(parts);
  });

  test('nouns listed with commas are each asked with the verb the message ends on', () => {
    expect(splitMessage(engine, '이랜서 대표, 일본 협력 기업 수, 프로젝트 시작 시점 한 번에 알려줘')).toEqual(
      ['이랜서 대표 알려줘', '일본 협력 기업 수 알려줘', '프로젝트 시작 시점 한 번에 알려줘'],
    );
    const answer = ask('이랜서 대표, 일본 협력 기업 수, 프로젝트 시작 시점 한 번에 알려줘');
    expect(answer.kind).toBe('multi');
    // 박우진 heads Elancer, which works with 50-odd Japanese companies and starts next month
    for (const expected of ['박우진', '50', '다음 달']) expect(said(answer)).toContain(expected);
  });

  test('three nouns between commas with no verb are items, unless they are names side by side', () => {
    expect(splitMessage(engine, '법인세 감면율, 기한, 데이터센터 보조금 한도 한 번에')).toHaveLength(3);
    // Japan's tax cut of up to 30% until 2032; the data center subsidy of up to 450억 엔
    const answer = ask('법인세 감면율, 기한, 데이터센터 보조금 한도 한 번에');
    for (const expected of ['30%', '2032', '450억']) expect(said(answer)).toContain(expected);
    expect(splitMessage(engine, '구글, MS, AWS 투자액')).toHaveLength(1);
  });

  test('names side by side asked of each (각각) are asked one by one', () => {
    expect(splitMessage(engine, 'EU랑 중국 AI 정책 각각 한 줄씩 설명해줘')).toEqual([
      'EU AI 정책 한 줄씩 설명해줘',
      '중국 AI 정책 한 줄씩 설명해줘',
    ]);
    // the EU enacted the AI Act; China grows through state-led investment and data
    const answer = ask('EU랑 중국 AI 정책 각각 한 줄씩 설명해줘');
    expect(said(answer)).toContain('AI Act');
    expect(said(answer)).toContain('국가 주도');
  });

  test.each([
    // names side by side are one question, and so is a comma before a verb that does not ask to be told
    '구글, MS, AWS 투자액 알려줘',
    '일본 외에 다른 나라, 예를 들어 미국이나 싱가포르로 본사를 옮긴 한국 AI 스타트업도 기사에 소개되어 있나요?',
    'Will Allganize’s IPO succeed, and what market cap will it get?',
  ])('%s → not split at its commas into nouns', (text) => {
    expect(splitMessage(engine, text).some((part) => /알려줘$|get\?$/.test(part) && part !== text)).toBe(
      false,
    );
  });

  test.each([
    // a comparison is one question, and so is a noun that asks of both (`규모는`)
    '한국이랑 일본 비교해줘',
    'AI 반도체랑 GPU 차이가 뭐야?',
    '그 회사들이랑 계약 규모는?',
    '한국 인프라 문제랑 투자 유치 상황은 비교표에 어떻게 나와?',
    // a guess offered after the question belongs to it
    '리벨리온 일본 법인 어디야? 오사카?',
  ])('%s → one question', (text) => {
    expect(splitMessage(engine, text)).toHaveLength(1);
  });

  test('what leads in to a colon is not asked; each part is answered in its place', () => {
    const parts = splitMessage(
      engine,
      'As someone tracking regulation I only care about one thing: which jurisdiction enacted an AI law first, and what’s the law called?',
    );
    expect(parts[0]).toMatch(/^which jurisdiction/);
    const answer = ask('이랜서 프리랜서 수 / 협력 기업 수');
    expect(answer.kind).toBe('multi');
    const texts = answer.kind === 'multi' ? answer.parts.map((p) => said(p.answer)) : [];
    expect(texts[0]).toContain('410000');
    expect(texts[1]).toContain('50');
  });

  test('the footer a reply leans on is under the last part only; part headings are the questions alone', () => {
    const text = '요즘 일본 얘기 많던데 궁금해서요. 리벨리온 대표 누구야? 올거나이즈 본사는 어디야?';
    const { answer, asked } = answerMessage(engine, text);
    const { embeds } = renderAnswer(engine, answer, 'ko', { asked });
    expect(embeds.length).toBeGreaterThanOrEqual(2);
    expect(embeds.slice(0, -1).every((e) => e.footer === undefined)).toBe(true);
    expect(embeds.at(-1)?.footer?.text).toContain('↪');
    for (const e of embeds) expect(e.author?.name.length ?? 0).toBeLessThanOrEqual(85);
  });
});

describe('lists', () => {
  const labels = (a: Answer) => (a.kind === 'list' ? a.items.map((i) => i.label.ko) : []);

  test('the Korean companies the article names, and not the US big tech or the clients', () => {
    const items = labels(ask('기사에 나온 한국 AI 회사 전부 나열해줘'));
    expect(items).toEqual(
      expect.arrayContaining([
        '리벨리온',
        '올거나이즈',
        '이랜서',
        '업스테이지',
        '파인더스AI',
        '피처링',
        '채널톡',
      ]),
    );
    expect(items).not.toContain('구글');
    expect(items).not.toContain('노무라증권');
  });

  test('every CEO named in the article, though it names the article', () => {
    expect(labels(ask('Every CEO named in the article?'))).toEqual(['박성현', '이창수', '박우진']);
  });

  test('a list of what the article never says of anything is refused, naming the word', () => {
    const answer = ask('일본 진출했다가 철수한 한국 기업 목록');
    expect(answerFound(answer)).toBe(false);
    expect(answer.kind === 'not-found' ? answer.unknown : []).toEqual(['철수한']);
  });

  test('listing on a stock market is no list; why is asked as why', () => {
    expect(ask('Why do Korean startups say listing and raising money is easier in Japan?').kind).not.toBe(
      'list',
    );
    expect(ask('why are korean ai startups all moving to japan lately?').kind).not.toBe('list');
  });
});

describe('summaries', () => {
  test('of a topic, from the facts that say all of it (the VC figures), not a section that says part', () => {
    const answer = ask('VC 투자 얘기 나온 거 정리 좀');
    expect(answer.kind).toBe('summary');
    expect(said(answer)).toContain('2318억');
  });

  test('of a company, what the question asks of it; the article silent on it says so', () => {
    const answer = ask('업스테이지 사업 모델 요약해줘');
    expect(answer.kind).toBe('partial');
    expect(answer.kind === 'partial' ? answer.entity.id : '').toBe('upstage');
    const allganize = ask('올거나이즈 일본 사업 정리해줘');
    expect(allganize.kind).toBe('summary');
    expect(allganize.kind === 'summary' ? allganize.title.ko : '').toBe('올거나이즈');
  });
});

describe('figures the article gives, said roughly or for several together', () => {
  const lead = (a: Answer) => (a.kind === 'facts' ? a.verdict?.kind : undefined);

  test.each([['2021년 VC 투자 1조 가까이 됐었어?', 'yes']])('%s → %s', (text, verdict) => {
    expect(lead(ask(text))).toBe(verdict);
  });

  test('10개 중 7개 is the 70% of its sales Allganize makes in Japan', () => {
    const answer = ask('올거나이즈 매출 10개 중 7개가 일본에서 나오는 거?');
    expect(answerFound(answer)).toBe(true);
    expect(said(answer)).toContain('70%');
  });

  test('a wrong amount is corrected with the year asked only', () => {
    const answer = ask('2021년 VC 투자 2조였어?');
    expect(answer.kind === 'facts' ? answer.verdict : undefined).toMatchObject({ kind: 'no' });
    const correction =
      answer.kind === 'facts' && answer.verdict?.kind === 'no' ? answer.verdict.correction : undefined;
    expect(correction?.kind === 'figures' ? correction.figures.map((f) => f.value) : []).toEqual([
      989500000000,
    ]);
  });

  test('roughly 4400억 in won is the subsidy of up to 450억 엔', () => {
    const answer = ask('How much is the subsidy in won, roughly 4400억?');
    expect(answer.kind).toBe('facts');
    expect(said(answer)).toContain('442800000000');
  });

  test('one company’s share of a total the article gives for three together is not given', () => {
    for (const text of ['AWS 일본 투자액 얼마야?', '구글이랑 MS 일본 투자액 각각 비교해줘']) {
      const answer = ask(text);
      expect(answer.kind).toBe('partial');
      const together = answer.kind === 'partial' ? (answer.together ?? []).map((e) => e.id) : [];
      expect(together).toEqual(expect.arrayContaining(['google', 'microsoft', 'aws']));
    }
    // all three together is the figure itself
    expect(answerFound(ask('구글, MS, AWS 일본 투자액 합치면 얼마야?'))).toBe(true);
  });
});

describe('under way or done, and claims set right', () => {
  // 파인더스AI, 피처링 and 채널톡 are pushing to set up Japanese subsidiaries; 이랜서 already has one.
  const leadNames = (a: Answer) =>
    a.kind === 'facts' && a.lead.kind === 'entities' ? a.lead.entities.map((e) => e.name.ko) : [];

  test('the companies still setting up in Japan are those whose fact says so', () => {
    expect(leadNames(ask('일본 법인 세우는 중인 회사 어디야?')).sort()).toEqual([
      '채널톡',
      '파인더스AI',
      '피처링',
    ]);
  });

  test('a list asked by its size is a list', () => {
    const answer = ask('일본 법인 설립 추진 중인 회사 세 군데 알려줘');
    expect(answer.kind).toBe('list');
    expect(answer.kind === 'list' ? answer.items.length : 0).toBe(3);
  });

  test.each([
    ['채널톡은 일본 법인 이미 세웠지?', 'no'],
    ['이랜서는 일본 법인 이미 세웠어?', 'yes'],
  ])('%s → %s', (text, verdict) => {
    const answer = ask(text);
    expect(answer.kind === 'facts' && answer.verdict?.kind).toBe(verdict);
  });

  test('a claim made in passing before a remark on it is the claim asked', () => {
    // Upstage opened an office in Tokyo; the tax cut runs until 2032; Elancer has 41만 freelancers
    const moved = ask('업스테이지도 본사를 일본으로 옮겼다던데 다 떠나네');
    expect(moved.kind === 'facts' && moved.verdict?.kind).toBe('no');
    expect(said(ask('법인세 감면 2030년까지라던데 금방 끝나는거 아님?'))).toContain('2032');
    expect(said(ask('이랜서 프리랜서 14만명밖에 안되는데 뭔 일본진출ㅋ'))).toContain('41만');
    // what follows that asks something of its own is asked: the article names no CEO of Upstage
    expect(answerFound(ask('업스테이지 도쿄 오피스 냈다는데 거기 대표 누구임'))).toBe(false);
  });

  test('a wrong pairing of a person and a company is set right on both sides', () => {
    // 이창수 heads 올거나이즈; 리벨리온's CEO is 박성현
    const answer = ask('이창수 대표가 리벨리온 대표 맞죠?');
    expect(answer.kind === 'facts' && answer.verdict?.kind).toBe('no');
    expect(leadNames(answer)).toEqual(expect.arrayContaining(['올거나이즈', '박성현']));
  });

  test('one the article does not name, put where it names others, is answered no with whom it names', () => {
    // Google, MS and AWS announced the 186억 달러; Allganize's clients are Nomura Securities and SMBC
    const answer = ask('186억달러 투자 발표한 게 구글, MS, 애플 맞나');
    expect(answer.kind === 'facts' && answer.verdict?.kind).toBe('no');
    expect(leadNames(answer)).toEqual(['구글', '마이크로소프트', '아마존웹서비스']);
    expect(leadNames(ask('올거나이즈 고객사에 미쓰비시UFJ 있다며?'))).toEqual([
      '노무라증권',
      '미쓰이스미토모은행',
    ]);
    // that one is among others the article is silent on
    expect(answerFound(ask('올거나이즈 고객 중에 도요타도 있나요?'))).toBe(false);
  });

  test.each([
    // Japan expands a renewable-energy-based grid; Allganize prepares to list in Japan; the source is 예산정책처
    ['표에 일본 인프라 원전 기반 전력망 확충이라고 돼있던데', '재생에너지'],
    ['올거나이즈 코스닥 상장 준비 중이라던데?', '증시'],
    ['VC 투자 통계 중소벤처기업부 자료 인용한 거 맞아?', '예산정책처'],
    // a share in words, a time said relatively, a figure, a thing said the other way round
    ['올거나이즈 매출 절반이 일본이라던데 과장 아님?', '70%'],
    ['이랜서 내년부터 일본 프로젝트 한다며', '다음 달'],
    ['이랜서 프리랜서 14만 명 갖고 일본 간다고? ㅋㅋ', '41만'],
    ['일본은 고령화 때문에 AI 도입이 한국보다 늦다고 했지?', '앞서'],
    ['EU AI Act는 산업 진흥 중심이지?', '규제'],
  ])('a claim with its own word where the article has another: %s → no, %s', (text, word) => {
    const answer = ask(text);
    expect(answer.kind === 'facts' && answer.verdict?.kind).toBe('no');
    expect(said(answer)).toContain(word);
  });

  test('a Korean word the article uses is not read as a typo of another (상장 is not 성장)', () => {
    // the article has no listing of 리벨리온's; 올거나이즈 is the one preparing to list
    expect(answerFound(ask('리벨리온 이미 상장했어?'))).toBe(false);
  });

  test('where a figure comes from is its source', () => {
    expect(said(ask('2023년 VC 투자액 그 통계 어디서 나온 거야?'))).toContain('예산정책처');
  });
});

describe('words quoted from the article', () => {
  test('a wording quoted is found as it is, and the sentence that holds it leads', () => {
    // p26: 이들 빅테크 기업 대부분이 '아시아 AI 인프라 허브'로 일본을 선택한 것이죠.
    const answer = ask("'아시아 AI 인프라 허브' 이 표현 기사에 그대로 나와?");
    expect(answer.kind).toBe('passage');
    const { embeds } = renderAnswer(engine, answer, 'ko', {});
    expect(embeds[0]?.title).toContain('아시아 AI 인프라 허브');
  });

  test('words about the article’s own text ask nothing to find; its last paragraph is its last', () => {
    // Nomura Securities is one of Allganize's clients (p15); the article ends on a question to its readers
    expect(answerFound(ask('노무라증권은 기사에서 어떤 맥락으로 나와?'))).toBe(true);
    const last = ask('이 글 마지막 문장 뭐야?');
    expect(last.kind === 'passage' ? last.passage.text : '').toContain('여러분은 어떻게 생각하시나요');
  });

  test('a year claimed of the article’s date is checked against it (published 2025-04-04)', () => {
    const wrong = ask('이 글 2024년에 쓴 거지?');
    expect(wrong.kind === 'article' && wrong.verdict).toBe('no');
    const right = ask('이 기사 2025년에 나온 거 맞지?');
    expect(right.kind === 'article' && right.verdict).toBe('yes');
  });

  test('apostrophes are no quotation marks', () => {
    expect(ask("what's korea's problem with building data centers").kind).not.toBe('passage');
  });
});

describe('words people put their own way', () => {
  test.each([
    ['한국은 전기가 모자라서 서버 건물 짓기 힘들다는 거 맞음?', '전력'],
    ['일본 증권사랑 은행 중에 올거나이즈 손님인 곳 어디야?', '노무라'],
    ['일할 사람이 모자라서 일본이 AI를 빨리 들이는 거야?', '고령화'],
    ['What did the EU pass on AI?', 'AI Act'],
    ['바깥 투자사들이 한국 신생 회사에 넣은 돈, 2023년엔 얼마까지 쪼그라들었어?', '2318'],
  ])('%s', (text, expected) => {
    const answer = ask(text);
    expect(answerFound(answer)).toBe(true);
    expect(said(answer)).toContain(expected);
  });

  test.each([
    // an association the article never names, whatever words it is made of
    '한국벤처캐피탈협회 통계로는 2023년 투자액이 얼마로 나와?',
    // people asked for by what they are: investors are not clients
    'Who are Allganize’s main investors?',
    '리벨리온 lead investor 누구였죠?',
  ])('%s → not in the article', (text) => {
    expect(answerFound(ask(text))).toBe(false);
  });
});

describe('follow-ups', () => {
  const first = '리벨리온 일본 어디에 법인 세웠어?';

  test('`더 자세히` asks for more: all the article says of the company, or the part of the article the answer is from', () => {
    expect(contextReadings(engine, '더 자세히', first)).toEqual(['리벨리온 요약해줘', first]);
    expect(contextReadings(engine, 'tell me more', first)).toEqual(['summarize Rebellions', first]);
    // the reasons asked about, summed up with their figures: the 30% tax cut and the 450억 엔 subsidy
    const more = ask('더 자세히', '일본에 AI 기업들이 몰리는 이유가 뭐야?');
    expect(more.kind).toBe('summary');
    for (const figure of ['30%', '450억']) expect(said(more)).toContain(figure);
  });

  test('what is carried over may be put another way: the names alone are tried next', () => {
    const readings = contextReadings(engine, '몇 곳이랑 같이 해?', '이랜서 일본 프로젝트 언제 시작해?');
    expect(readings[0]).toContain('프로젝트');
    expect(readings).toContain('이랜서 일본 몇 곳이랑 같이 해?');
    expect(said(ask('몇 곳이랑 같이 해?', '이랜서 일본 프로젝트 언제 시작해?'))).toContain('50');
  });

  test('the author is carried like a name', () => {
    expect(inContext(engine, '왜 그렇게 생각한대?', '글쓴이는 한국이 뭘 해야 한다고 했어?')).toContain(
      '글쓴이',
    );
  });

  test('an English follow-up names what it points at in English, and so does the line under its answer', () => {
    const question = inContext(engine, 'Who runs that company?', '리벨리온');
    expect(question).toBe('Who runs Rebellions?');
    expect(contextLine(engine, question, ask(question))).toBe('Who runs Rebellions? → Park Sung-hyun');
  });

  test('`그 회사` after a question about a CEO is the company he heads', () => {
    expect(inContext(engine, '그 회사 일본 매출 비중은요?', '이창수 대표가 뭐라고 했어?')).toContain(
      '올거나이즈',
    );
    expect(said(ask('그 회사 일본 매출 비중은요?', '이창수 대표가 뭐라고 했어?'))).toContain('70%');
  });

  test('a new subject with a question word of its own asks that of it', () => {
    const question = inContext(
      engine,
      'how much of it is Amazon’s?',
      'Which US companies pledged to invest in Japan?',
    );
    expect(question).toMatch(/^Amazon|amazon/i);
    const answer = ask('how much of it is Amazon’s?', 'Which US companies pledged to invest in Japan?');
    expect(answer.kind).toBe('partial');
  });

  test('who said it is who the answer named; `his name` is the name of the one pointed at', () => {
    expect(inContext(engine, '누가 그렇게 말했어요?', '한국보다 앞서 있어요? → 이창수')).toContain('이창수');
    expect(
      inContext(engine, 'What’s his name?', 'Why is Japan adopting AI so quickly? → Lee Chang-soo'),
    ).toContain('Lee Chang-soo');
    expect(said(ask('Why did he choose Japan?', 'Who is the CEO of Rebellions? → Park Sung-hyun'))).toMatch(
      /data cent/i,
    );
  });

  test('the first or last of a list just given is the one it names', () => {
    const listed = '일본 법인 설립 추진 중인 회사 목록 → 파인더스AI, 피처링, 채널톡';
    expect(inContext(engine, '첫 번째 회사 대표는?', listed)).toBe('파인더스AI 대표는?');
    expect(inContext(engine, '마지막 곳은 뭐 하는 데야?', listed)).toBe('채널톡은 뭐 하는 데야?');
    expect(
      inContext(engine, 'who runs the second one?', 'Which companies moved? → Rebellions, Allganize'),
    ).toBe('who runs Allganize?');
  });

  test('a part after one the article has nothing on leans on it as it is', () => {
    const answer = ask('일본 총리 이름 기사에 나와? 누구야?');
    expect(answerFound(answer)).toBe(false);
  });
});

describe('this round: causes, counts, initials, parts of the article', () => {
  const verdictOf = (a: Answer) => (a.kind === 'facts' ? a.verdict?.kind : undefined);

  test.each([
    // Japan's labour shortage comes of its ageing (고령화로 인한 노동력 부족); Korea's data centers are
    // limited by a shortage of power (전력 부족으로)
    ['일본 노동력 부족이 이민 규제 때문이라고 기사에 쓰여있지?', 'no', '고령화'],
    ['한국 데이터센터 한계가 물 부족 때문이라던데', 'no', '전력 부족'],
    ['일본 노동력 부족은 고령화 때문이지?', 'yes', '고령화'],
  ])('a cause claimed: %s → %s', (text, verdict, says) => {
    const answer = ask(text);
    expect(verdictOf(answer)).toBe(verdict);
    expect(said(answer)).toContain(says);
  });

  test('a place asked figuratively is read for its words: Japan goes from DX straight to AX', () => {
    const answer = ask('일본이 디지털 전환 다음 단계로 어디로 바로 넘어가려 한다고 하나요?');
    expect(answerFound(answer)).toBe(true);
    expect(said(answer)).toContain('AX');
    // a city is asked for as it is: the article names no city for 이랜서's subsidiary
    expect(answerFound(ask('이랜서 일본 법인 어느 도시에 있어?'))).toBe(false);
  });

  test('initial consonants for a word of the facts and for a question word', () => {
    // the data center subsidy: up to 450억 엔
    expect(said(ask('ㅂㅈㄱ 최대 얼마야 데이터센터'))).toContain('450억');
    // 올거나이즈's clients: 노무라증권 and 미쓰이스미토모은행
    expect(said(ask('ㅇㄱㄴㅇㅈ 일본 고객사 ㅇㄷㅇㄷ?'))).toContain('노무라증권');
  });

  test('questions numbered 첫째, 둘째, 셋째 after a preamble, and a closing request, split cleanly', () => {
    const text =
      '요즘 우리 팀도 일본 진출 얘기 나와서 그래. 첫째, 일본 정부가 데이터센터 지을 때 보조금 얼마까지 주는지. 둘째, 미국 빅테크가 어디어디가 얼마나 투자했는지. 셋째, 올거나이즈는 일본 매출 비중이 얼마나 되는지. 이렇게 세 개만 부탁';
    const parts = splitMessage(engine, text);
    expect(parts).toHaveLength(3);
    expect(parts.some((p) => /둘째|셋째/.test(p))).toBe(false);
    for (const figure of ['450억', '186억', '70%']) expect(said(ask(text))).toContain(figure);
  });

  test('the companies that went to Japan, asked without saying they are Korean, are listed', () => {
    const answer = ask('일본 진출한 회사 다 알려줘');
    expect(answer.kind).toBe('list');
    for (const name of ['리벨리온', '올거나이즈', '이랜서', '업스테이지'])
      expect(said(answer)).toContain(name);
  });

  test('an ordinal after the three reasons picks that reason, unless it asks something else', () => {
    const reasons = '한국 AI 기업들이 일본 가는 이유 세가지 뭐임';
    expect(inContext(engine, '세 번째 거 더 자세히', reasons)).toBe('자본 조달과 상장의 용이성 요약해줘');
    expect(inContext(engine, '첫 번째 이유 더 자세히', reasons)).toBe(
      '일본 정부의 파격적인 지원 정책 요약해줘',
    );
    expect(inContext(engine, '마지막 시장 성장에서 한국은 뭐라고 돼있음', reasons)).not.toContain('요약');
  });

  test('a follow-up that sets a new year beside the last compares them', () => {
    const question = inContext(
      engine,
      'vs 2022?',
      'how much did global VCs invest in Korean ventures in 2023?',
    );
    expect(question).toContain('2023 vs 2022');
    const answer = ask(question);
    // 2318억 원 in 2023, 6097억 원 in 2022
    expect(answer.kind).toBe('compare');
    for (const figure of ['2318', '6097']) expect(said(answer)).toContain(figure);
  });
});

describe('this round: follow-ups that lean on where the answer stands', () => {
  test("`반대편은?` after one side of the article's table asks the same of the other side", () => {
    const question = inContext(engine, '반대편은?', '표에 정부 지원 비교 보면 한국은 어떰');
    expect(question).toContain('일본');
    // Japan cuts corporate tax by up to 30%
    expect(said(ask(question))).toContain('30%');
  });

  test('the paragraph before the one quoted is asked for by its opening words', () => {
    const question = inContext(engine, '그 앞 문단에선 뭘 바란다고 했어', '글 마지막에 독자한테 뭐 물어봄?');
    const answer = ask(question);
    expect(answer.kind).toBe('passage');
    // the paragraph before the closing question hopes for an environment at home (국내에서도 … 환경)
    expect(said(answer)).toContain('국내에서도');
  });

  test('a follow-up after a question about the article is of the article', () => {
    expect(said(ask(inContext(engine, '누가 썼는데요', '이 글 언제 올라온거에요?')))).toContain('editor6141');
  });

  test('after a claim about what was pointed at, a new country is asked of the topic', () => {
    const question = inContext(engine, '중국은', '유럽연합 ai 정책 그거 세계 최초임');
    expect(question).not.toContain('최초');
    // China grows through state-led investment; it leads in face recognition and surveillance
    expect(said(ask(question))).toMatch(/안면인식|국가 주도/);
  });
});

describe('this round: picking from a list, one item after another', () => {
  test('after `두 번째 거는?` the next ordinal still picks from the list', () => {
    // the companies of the article's table, in its order: 리벨리온, 올거나이즈, 업스테이지, …
    const list = '일본 진출한 한국 회사들 표에 나온 거 다 알려줘';
    const second = conversation(list, '두 번째 거는 정확히 뭐 했는데?');
    expect(said(second.answer)).toContain('올거나이즈');
    const third = conversation(list, '두 번째 거는 정확히 뭐 했는데?', '세 번째는?');
    // 업스테이지 opened an office in Tokyo
    expect(said(third.answer)).toContain('업스테이지');
  });
});

describe('this round: several answers at a glance', () => {
  test('a message of several questions is answered first in a line, each part in a word', () => {
    // 박우진 heads Elancer, which has 410,000 (41만) freelancers
    const payload = renderAnswer(engine, ask('이랜서 대표 누구고 프리랜서 몇 명이야?'), 'ko');
    expect(payload.content).toMatch(/^\*\*1\.\*\* 박우진.* · \*\*2\.\*\* 41만/);
    // one question: no such line
    expect(renderAnswer(engine, ask('이랜서 대표 누구야?'), 'ko').content).toBeUndefined();
  });
});

describe('this round: kinds asked in the plural, counts, and the article as `it`', () => {
  const labels = (a: Answer) => (a.kind === 'list' ? a.items.map((i) => i.label.ko) : []);

  test('`어느 나라들`, `나온 나라들` of a part of the article list the countries it gives as examples', () => {
    // 해외 선진국의 AI 정책 사례: the US (an executive order), the EU (the AI Act), China
    for (const q of [
      '해외 선진국 AI 정책 사례로 어느 나라들 나와?',
      '해외 선진국 AI 정책 사례로 나온 나라들',
    ])
      expect(labels(ask(q))).toEqual(['미국', '유럽연합', '중국']);
    // a country the question names is what it asks about, not a list of countries
    expect(ask('한국이 어느 나라들 사이에서 위기라는 거예요?').kind).not.toBe('list');
  });

  test('how many reasons counts the reasons, even asked in brief', () => {
    for (const q of [
      'how many reasons does the article give for the move to japan?',
      'tl;dr how many reasons does the article give for the move to japan?',
    ]) {
      const answer = ask(q);
      expect(answer.kind).toBe('facts');
      // three reasons: support policy, a fast-growing market, easy fundraising and listing
      expect(answer.kind === 'facts' ? answer.facts[0]?.fact.id : '').toBe(
        'three-reasons-korean-ai-to-japan',
      );
    }
  });

  test('an ordinal after such a list picks that reason, asked for in more detail in any words', () => {
    const first = answerMessage(engine, 'how many reasons does the article give for the move to japan?');
    const second = inContext(engine, 'the second one, can you go into more detail', first.asked.at(-1));
    expect(second).toContain('fast-growing AI market');
    // the list of reasons quotes one passage from the crisis section too: the reasons are still picked
    const listed = answerMessage(engine, 'the article lists like three reasons right');
    expect(listed.answer.kind).toBe('list');
    expect(inContext(engine, 'and the third reason?', listed.asked.at(-1))).toContain('listing');
  });

  test('a part of the article summed up in English shows its Korean heading', () => {
    const first = answerMessage(engine, 'how many reasons does the article give for the move to japan?');
    const payload = renderAnswer(
      engine,
      ask(inContext(engine, "what's the first one", first.asked.at(-1))),
      'en',
    );
    expect(payload.embeds?.[0]?.title).toContain('일본 정부의 파격적인 지원 정책');
  });

  test('`does it say` asks the article: it is no company pointed back at', () => {
    // Korea's tax benefits are limited (제한적)
    expect(said(ask("does it say what korea's tax incentives for ai look like"))).toContain('제한적');
  });

  test('a bare 기업 in the facts is matched: the author on companies seeking a better place', () => {
    expect(said(ask('글쓴이는 기업 입장에선 어떻게 봐?'))).toContain('당연한 선택');
  });
});

describe('this round: a figure asked again in another currency', () => {
  test('`원화로 하면?` after the subsidy in yen gives it in won; in dollars, which the article never gives, is refused', () => {
    // up to 450억 엔, about 4428억 원
    expect(said(conversation('일본 데이터센터 지으면 보조금 얼마 줌?', '원화로 하면?').answer)).toContain(
      '4428억',
    );
    const dollars = conversation('일본 데이터센터 지으면 보조금 얼마 줌?', 'in dollars?').answer;
    expect(answerFound(dollars)).toBe(false);
    // what is missing is the currency; the subsidy as the article gives it comes first
    expect(dollars.kind === 'partial' ? dollars.missing : []).toEqual(['데이터센터 보조금 (dollars)']);
    expect(dollars.kind === 'partial' ? dollars.facts[0]?.fact.id : '').toBe('japan-datacenter-subsidy');
  });
});

describe('this round: question words typed glued to their noun', () => {
  test('`어떤식이야` reads as `어떤 식이야`: what the US policy is like, not a yes or no', () => {
    const answer = ask('미국 AI 정책은 어떤식이야?');
    expect(answerFound(answer)).toBe(true);
    // the US set safety standards by executive order (행정명령)
    expect(said(answer)).toContain('행정명령');
  });
});

describe('this round: a second question that only asks, and those something is given to', () => {
  test('`…몇 % 깎아줘? 그리고 그거 언제까지?`: both asked; the companies given the cut are no company described', () => {
    const answer = ask('일본이 AI 소프트웨어 개발 기업한테 법인세 최대 몇 % 깎아줘? 그리고 그거 언제까지?');
    expect(answer.kind).toBe('multi');
    // up to 30%, until 2032
    expect(said(answer)).toContain('30%');
    expect(said(answer)).toContain('2032');
  });

  test('a question word after a part the article has nothing on has nothing either', () => {
    // the article gives global VC investment for 2021 to 2023, not 2024
    expect(answerFound(ask('24년 vc투자액도 나와있음? 얼마임'))).toBe(false);
  });
});

describe('this round: the asker on themselves after the question', () => {
  test("`I'm new here…` after the question is no part of it", () => {
    expect(ask("tl;dr of the article? I'm new here and can't read Korean fast").kind).toBe('summary');
  });
});

describe('this round: how long something took, and words typed apart', () => {
  test('`2년 만에` is how long, no figure: the fall from 9895억 to 2318억 원 is answered', () => {
    const answer = ask('한국 벤처에 들어오는 외국 VC 돈이 2년 만에 얼마에서 얼마로 줄었어?');
    expect(answerFound(answer)).toBe(true);
    expect(said(answer)).toContain('2318억');
  });

  test('a filler of two words typed apart (`쓰여 있었지`) says nothing: AWS as the article writes it', () => {
    expect(said(ask('AWS가 기사에서 한글로 뭐라고 쓰여 있었지'))).toContain('아마존웹서비스');
  });

  test('아이디 asks who: the author handle', () => {
    expect(said(ask('글쓴이 아이디 뭐임'))).toContain('editor6141');
  });
});

describe('this round: a count asked with 수', () => {
  test('`개발자 수랑 … 시점 알려줘`: the count and the time, each asked', () => {
    expect(splitMessage(engine, '이랜서 프리랜서 개발자 수랑 일본 프로젝트 시작 시점 알려줘')).toHaveLength(
      2,
    );
    const answer = ask('이랜서 프리랜서 개발자 수랑 일본 프로젝트 시작 시점 알려줘');
    // 41만 명 freelancers; the Japan projects start next month (다음 달)
    expect(said(answer)).toContain('41만');
    expect(said(answer)).toContain('다음 달');
  });
});

describe('this round: a reaction before the follow-up', () => {
  test('`헐 적네 2021년엔 얼마였는데` after the 2023 figure asks the 2021 one (9895억 원)', () => {
    const answer = conversation(
      '2023년 기준으로 글로벌 VC가 국내 벤처에 투자한 금액 얼마였어?',
      '헐 적네 2021년엔 얼마였는데',
    );
    expect(said(answer.answer)).toContain('9895억');
    // a word that points back is no reaction
    expect(
      contextReadings(engine, '걔네 대표 누구야', '일본에 법인 세운 회사 어디야? → 리벨리온')[0],
    ).toContain('리벨리온');
  });
});

describe('this round: companies named alongside another', () => {
  const labels = (a: Answer) => (a.kind === 'list' ? a.items.map((i) => i.label.ko) : []);

  test('`채널톡이랑 같이 묶여있는 회사들`: the others of the table row that lists them', () => {
    // the row: 파인더스AI, 피처링, 채널톡 일본 법인 설립 추진 중
    expect(labels(ask('채널톡이랑 같이 묶여있는 회사들은 누구누구야'))).toEqual(['파인더스AI', '피처링']);
    expect(
      labels(conversation('파인더스AI는 일본에서 뭐해?', '같이 묶여있는 회사 또 어디 있어요?').answer),
    ).toEqual(['피처링', '채널톡']);
  });
});

describe('this round: who said what the answer said, when it named no one', () => {
  test('`who said that?` after the aging answer: 이창수, whose words say most of it', () => {
    const first = answerMessage(engine, 'Why is Japan adopting AI faster than Korea?');
    const question = inContext(engine, 'who said that?', first.asked.at(-1));
    expect(question).toContain('Lee Chang-soo');
  });

  test('no one is named for what only the industry says (Japan as a black hole)', () => {
    const first = answerMessage(engine, '업계에서 일본을 뭐에 비유했어?');
    const question = inContext(engine, '그 말 누가 했어?', first.asked.at(-1));
    expect(question).not.toMatch(/이창수|박성현|박우진/);
  });
});

describe("this round: what the author hopes for is the author's view", () => {
  test('`글쓴이가 바라는 건 뭐야` is answered with the view, not the author card', () => {
    const answer = ask('글쓴이가 바라는건 뭔데');
    expect(answer.kind).not.toBe('article');
    expect(answerFound(answer)).toBe(true);
    // who the author is, still the card
    expect(ask('글쓴이 누구야').kind).toBe('article');
  });
});

describe("this round: where in the article's table, said in passing", () => {
  test('`what does korea get for that row` after the tax cut: Korea’s side of the table row (제한적)', () => {
    const { answer } = conversation(
      'how much of a corporate tax cut does japan give AI software companies?',
      'ok and in the comparison table what does korea get for that row',
    );
    expect(said(answer)).toContain('제한적');
  });

  test('`그 부분` points back at what was said', () => {
    const question = inContext(
      engine,
      '일본은 그 부분 어떻게 해결하고 있다는 거야',
      '데이터센터 관련해서 한국 쪽 문제점 뭐라고 나와?',
    );
    expect(question).toContain('데이터센터');
  });
});

describe('this round: where, said of a verb the article uses', () => {
  test('`예전엔 … 지금은 어디로 넘어가려고 해?`: to AI transformation (AX), which says the verb', () => {
    const { answer } = conversation('일본이 예전에 뭐의 나라로 불렸어?', '지금은 어디로 넘어가려고 해?');
    expect(said(answer)).toContain('AX');
    // a city asked for is still a place
    expect(answerFound(ask('피처링 일본 법인은 어느 도시에 세울 예정이야?'))).toBe(false);
  });
});

describe('this round: names asked of several, and a name that is a person’s', () => {
  test('`세 회사 대표 이름 다`: each company asked without the count; each answer leads with the person', () => {
    expect(splitMessage(engine, '리벨리온 올거나이즈 이랜서 세 회사 대표 이름 다 알려줘')).toEqual([
      '리벨리온 대표 이름 알려줘',
      '올거나이즈 대표 이름 알려줘',
      '이랜서 대표 이름 알려줘',
    ]);
    const payload = renderAnswer(engine, ask('리벨리온 올거나이즈 이랜서 세 회사 대표 이름 다 알려줘'), 'ko');
    // the line above the parts: 박성현, 이창수, 박우진
    expect(payload.content).toMatch(/박성현.*이창수.*박우진/);
  });
});

describe('this round: 원래, what something basically is', () => {
  test('`원래 뭐하는 회사` asks what it is; `원래 … 뭐 하던 사람` asks what was done then', () => {
    // 리벨리온 is an AI chip (AI 반도체) start-up
    expect(said(ask('리벨리온이 원래 뭐하는 회사였지?'))).toContain('반도체');
    expect(answerFound(ask('박우진 대표 원래 뭐 하던 사람임'))).toBe(false);
  });
});

describe('this round: the name of something, asked with what it does', () => {
  test('`미국이 추진하는 AI 정책 이름`: the National AI Initiative; a name the article never gives is refused', () => {
    expect(said(ask('미국이 추진하는 AI 정책 이름이 뭐야?'))).toContain('이니셔티브');
    expect(answerFound(ask('일본 정부 AI 지원 정책의 근거 법률 이름이 뭐예요?'))).toBe(false);
  });
});

describe('this round: several pointed at that the question before counted', () => {
  test('`그 기업들 이름 나와?` after `몇 개 기업이랑 협력한대`: the partners, which the article does not name', () => {
    const next = conversation('이랜서 일본에서 몇개 기업이랑 협력한대', '그 기업들 이름 나와?');
    expect(next.asked.at(-1)).toContain('기업');
    expect(answerFound(next.answer)).toBe(false);
  });
});

describe('this round: a claim of figures only', () => {
  test('`186억달러면 한 2조7천억원 정도라고 써있었나`: no, about 27조 원 (2조7천억 is read as 2.7조)', () => {
    const answer = ask('186억달러면 한 2조7천억원 정도라고 써있었나');
    expect(answer.kind === 'facts' ? answer.verdict?.kind : undefined).toBe('no');
    expect(said(answer)).toContain('27조');
  });
});

describe('this round: a currency in two words', () => {
  test('`한국 돈으로는?` after the subsidy in yen: in won (4428억), not a question about Korea', () => {
    const next = conversation('일본에서 데이터센터 지으면 정부 보조금 최대 얼마 줘?', '한국 돈으로는?');
    expect(said(next.answer)).toContain('4428억');
  });
});

describe('this round: there, when the follow-up names a country of its own', () => {
  test('`거기서 유명 고객 잡은 한국 회사 예시 있어?` after Japan’s market: in Japan (일본에서), Korean companies', () => {
    const next = conversation(
      '일본 AI 시장 왜 커지고 있는거야?',
      '거기서 유명 고객 잡은 한국 회사 예시 있어?',
    );
    expect(next.asked.at(-1)).toContain('일본에서');
    // 올거나이즈 counts 노무라증권 and SMBC among its clients
    expect(said(next.answer)).toContain('노무라증권');
  });
});

describe('this round: to whom a policy is given', () => {
  test('`누구한테 해주는 건데?` after the tax cut: AI software companies, a class the policy names', () => {
    const { answer } = conversation('일본 법인세 감면 몇 %야?', '누구한테 해주는 건데?');
    expect(said(answer)).toContain('AI 소프트웨어 개발 기업');
    expect(said(ask('일본 정부의 법인세 감면 혜택은 어떤 기업을 대상으로 합니까?'))).toContain('소프트웨어');
  });
});

describe('this round: a question word said twice', () => {
  test('`주장한 거 뭐뭐야` asks what they all are, no yes or no', () => {
    const answer = ask('작성자가 한국이 해야 한다고 주장한 거 뭐뭐야');
    expect(answer.kind === 'facts' ? answer.verdict : undefined).toBeUndefined();
    expect(answerFound(answer)).toBe(true);
  });
});

describe('this round: a reaction is nothing a follow-up leans on', () => {
  test('`이 숫자들 출처가 어디야?` after `헐 적네 2021년엔?`: the budget office (국회 예산정책처)', () => {
    const last = conversation(
      '2023년 기준으로 글로벌 VC가 국내 벤처에 투자한 금액 얼마였어?',
      '헐 적네 2021년엔 얼마였는데',
      '이 숫자들 출처가 어디야? 블로거가 그냥 쓴 거 아니지?',
    );
    expect(last.asked.join(' ')).not.toContain('적네');
    expect(said(last.answer)).toContain('예산정책처');
  });
});

describe('this round: names asked of each after a sentence that asks nothing', () => {
  test('`…사례 나오잖아. 미국, EU, 중국 각각 한 줄씩 요약해줄 수 있어?`: each summed up', () => {
    const parts = splitMessage(
      engine,
      '기사 뒷부분에 해외 선진국 사례 나오잖아. 미국, EU, 중국 각각 한 줄씩 요약해줄 수 있어?',
    );
    expect(parts).toHaveLength(3);
    const answer = ask(
      '기사 뒷부분에 해외 선진국 사례 나오잖아. 미국, EU, 중국 각각 한 줄씩 요약해줄 수 있어?',
    );
    // the US National AI Initiative, the EU's AI Act, China's state-led investment
    for (const word of ['이니셔티브', 'AI Act', '국가 주도']) expect(said(answer)).toContain(word);
  });
});

describe('this round: a heading asked to be explained', () => {
  test('`시장 쪽 이유만 따로 설명해줘`: the part it heads, with the aging society (고령화)', () => {
    const answer = ask('일본이 한국 AI 기업한테 매력적인 이유 중에 시장 쪽 이유만 따로 설명해줘');
    expect(answer.kind).toBe('summary');
    expect(said(answer)).toContain('고령화');
    // not asked to explain: the reason itself
    expect(ask('한국 AI 기업들이 일본 가는 이유 중 시장 쪽 이유가 뭐야?').kind).toBe('facts');
  });
});

describe('this round: a noun that names the kind of answer, with no question word', () => {
  test('`Rebellions 첫 해외법인 위치?` asks where: Tokyo', () => {
    expect(said(ask('Rebellions 첫 해외법인 위치?'))).toContain('도쿄');
    expect(said(ask('Allganize HQ location?'))).toMatch(/Japan|일본/);
  });
});

describe('this round: what an abbreviation stands for', () => {
  test('`MS는 무슨 회사 줄임말로 쓰였음?`: 마이크로소프트', () => {
    expect(said(ask('기사에 MS는 무슨 회사 줄임말로 쓰였음?'))).toContain('마이크로소프트');
    expect(said(ask('AWS가 무슨 회사 약자로 쓰였어요?'))).toContain('아마존웹서비스');
  });
});

describe('this round: a person’s company, pointed at', () => {
  test('`Did his company move its HQ?` after Lee Chang-soo: Allganize; `이창수 회사 본사 어디로` asks where', () => {
    const next = conversation(
      "Why is Japan adopting AI so quickly, according to Allganize's CEO?",
      "What's his name?",
      'Did his company move its HQ?',
    );
    expect(answerFound(next.answer)).toBe(true);
    expect(said(ask('이창수 회사 본사 어디로 옮겼어?'))).toContain('일본');
    // a person named for the company asked: still the person
    expect(
      said(
        ask(
          'Park Woo-jin said his company is preparing projects with around 50 Japanese organizations. Which company is he the CEO of?',
        ),
      ),
    ).toContain('이랜서');
  });
});

describe('this round: `it` as the subject of a verb', () => {
  test('`what does it make?` after a claim about Rebellions asks of Rebellions, not of the claim', () => {
    const first = answerMessage(engine, 'Rebellions opened a branch in Osaka, right?');
    const question = inContext(engine, 'what does it make?', first.asked.at(-1));
    expect(question.toLowerCase()).toContain('rebellions');
    expect(question).not.toMatch(/branch|osaka/i);
  });
});

describe('this round: whether one is on a list', () => {
  test('`뤼튼도 일본 진출 기업 명단에 있음?` asks whether, no name: what the article says of 뤼튼, never no', () => {
    const answer = ask('뤼튼도 일본 진출 기업 명단에 있음?');
    expect(answer.kind).toBe('facts');
    expect(answer.kind === 'facts' ? answer.verdict?.kind : undefined).not.toBe('no');
    // 뤼튼테크놀로지스 has entered the Japanese market
    expect(said(answer)).toContain('뤼튼테크놀로지스');
  });
});

describe('this round: the noun right before the question word', () => {
  test('what the article never gives of a thing it names is refused, however well the rest matches', () => {
    // the article names Rebellions' AI chips but no product; nor how to apply for the subsidy
    expect(answerFound(ask('리벨리온 AI 칩 제품명 뭐임?'))).toBe(false);
    expect(answerFound(ask('데이터센터 보조금 신청 어떻게 함?'))).toBe(false);
    // the same words with what the article gives: up to 450억 엔
    expect(said(ask('데이터센터 보조금 얼마야?'))).toContain('450억');
  });
});

describe('this round: whose eyes a question is asked through', () => {
  test('`창업자 관점에서`, `VC 입장에서 보면` are no part of what is asked', () => {
    const answer = ask('창업자 관점에서 일본 데이터센터 보조금 한도랑 원화 환산액 알려줘');
    expect(answerFound(answer)).toBe(true);
    expect(said(answer)).toContain('4428억');
    expect(said(ask('VC 입장에서 보면 일본 법인세 감면율은?'))).toContain('30%');
  });
});

describe('this round: a part cut at a joining ending written onto a noun', () => {
  test('`뭐 하는 회사고 …` asks what the company does, then the next question', () => {
    expect(splitMessage(engine, '올거나이즈는 뭐 하는 회사고 일본에서 뭘 했대?')).toEqual([
      '올거나이즈는 뭐 하는 회사',
      '일본에서 뭘 했대?',
    ]);
    // Allganize provides AI solutions to businesses and moved its headquarters to Japan
    const answer = said(ask('올거나이즈는 뭐 하는 회사고 일본에서 뭘 했대?'));
    expect(answer).toContain('AI 솔루션');
    expect(answer).toContain('본사');
  });
});

describe('this round: the companies of a table', () => {
  test('`일본 진출 현황 표에 있는 회사 전부`: every Korean company of the table, not those its heading words fit', () => {
    const answer = ask('기사에 나온 한국 AI 기업들 일본 진출 현황 표에 있는 회사 전부 나열해줘');
    expect(answer.kind).toBe('list');
    const names = answer.kind === 'list' ? answer.items.map((i) => i.label.ko) : [];
    // the table's rows: 리벨리온, 올거나이즈, 업스테이지, 뤼튼테크놀로지스, 파인더스AI, 피처링, 채널톡
    for (const name of [
      '리벨리온',
      '올거나이즈',
      '업스테이지',
      '뤼튼테크놀로지스',
      '파인더스AI',
      '피처링',
      '채널톡',
    ])
      expect(names).toContain(name);
    // not the American big tech of the table's first row
    expect(names).not.toContain('구글');
  });
});

describe('this round: names and endings as chat types them', () => {
  test('`도꾜`, `도교` are 도쿄; `쿄토` is 교토, where the article puts no one', () => {
    expect(said(ask('리밸리온 도꾜 법인 맞음?'))).toContain('도쿄');
    const kyoto = ask('쿄토에 리벨리온 법인 생긴거 맞죠??');
    expect(answerFound(kyoto)).toBe(true);
    expect(said(kyoto)).toContain('도쿄');
  });

  test('`나온다매` is `나온다며`: a claim, answered with the article’s 70%', () => {
    expect(said(ask('올거나이즈 매출 90%가 일본에서 나온다매'))).toContain('70%');
  });

  test('`ㅇㄹ` is 이름: `ㄹㅂㄹㅇ 대표 ㅇㄹ 뭐임` asks for 박성현', () => {
    expect(said(ask('ㄹㅂㄹㅇ 대표 ㅇㄹ 뭐임'))).toContain('박성현');
  });

  test('`팩트체크:` and `한국어로 답해도 됨` ask nothing', () => {
    expect(said(ask('팩트체크: 빅테크 투자액 원화 환산이 27조2700억원 맞나요?'))).toContain('27조');
    expect(
      said(ask('Rebellions 일본 법인 건 — is that their first overseas entity? 한국어로 답해도 됨')),
    ).toContain('도쿄');
  });

  test('`tl;dr pls, I don’t read Korean well`: the asker on themselves, after the request', () => {
    const answer = ask("tl;dr pls, I don't read Korean well");
    expect(answer.kind).toBe('summary');
  });
});

describe('this round: how many lines, and years written short', () => {
  test('`한국 AI 산업 위기 파트 3줄로` sums up the section on the crisis of Korea’s AI industry', () => {
    const answer = ask('한국 AI 산업 위기 파트 3줄로');
    expect(answer.kind).toBe('summary');
    expect(said(answer)).toContain('한국 AI 산업의 위기');
  });

  test('`21/22/23 연도별로` gives 9895억, 6097억 and 2318억 원', () => {
    const answer = said(ask('글로벌 VC 국내 투자 21/22/23 연도별로 다 줘'));
    for (const figure of ['9895억', '6097억', '2318억']) expect(answer).toContain(figure);
  });
});

describe('this round: a country pointed back at, and a year asked again', () => {
  test('`그 나라는 …` after `일본 말고 … 나라로 어디를` asks of 중국, which the answer named', () => {
    const next = conversation(
      '기사에서 일본 말고 AI 산업에서 빠르게 성장하고 있는 나라로 어디를 꼽나요?',
      '그 나라는 어떤 방식으로 성장하고 있다고 하나요?',
    );
    // China grows through state-led large-scale AI investment and the use of data
    expect(said(next.answer)).toContain('국가 주도');
  });

  test('`2021년에는요?` after the 2023 VC figure asks the 2021 one: 9895억', () => {
    const next = conversation(
      '국회 예산정책처 자료로 보면 2023년 글로벌 VC의 국내 벤처 투자액이 얼마였나요?',
      '2021년에는요?',
    );
    expect(said(next.answer)).toContain('9895억');
  });
});

describe('this round: a question that names nothing, after a clause that names a company', () => {
  test('`리벨리온 일본 진출했다던데 어디에 법인 냄?` asks of Rebellions: Tokyo, with its own fact first', () => {
    const answer = ask('리벨리온 일본 진출했다던데 어디에 법인 냄?');
    expect(answer.kind).toBe('facts');
    const first = answer.kind === 'facts' ? answer.facts[0]?.fact.entities : [];
    expect(first).toContain('rebellions');
    expect(said(answer)).toContain('도쿄');
  });
});

describe('this round: a figure asked about', () => {
  test('`4428억 원은 무슨 돈이야?`: the data center subsidy, up to 450억 엔, which it converts', () => {
    const answer = ask('4428억 원은 무슨 돈이야?');
    expect(answerFound(answer)).toBe(true);
    expect(said(answer)).toContain('450억');
    expect(said(answer)).toContain('보조금');
  });

  test('`원인은` asks a cause, not an amount in won', () => {
    expect(said(ask('한국 데이터센터 인프라 한계의 원인은?'))).toContain('전력 부족');
  });
});

describe('this round: the asker on themselves is no part of the questions', () => {
  test('`Hey, I’m a founder …` before two questions: two parts, neither about the founder', () => {
    const parts = splitMessage(
      engine,
      "Hey, I'm a founder trying to decide where to incorporate. What corporate tax break does Japan give AI software companies, and until what year?",
    );
    expect(parts).toHaveLength(2);
    expect(parts.join(' ')).not.toMatch(/founder/i);
  });
});

describe('this round: questions typed without spaces', () => {
  test('`일본보조금얼마고세금감면몇프로임` is two questions: up to 450억 엔, and up to 30%', () => {
    expect(splitMessage(engine, '일본보조금얼마고세금감면몇프로임')).toHaveLength(2);
    const answer = said(ask('일본보조금얼마고세금감면몇프로임'));
    expect(answer).toContain('450억');
    expect(answer).toContain('30%');
  });
});

describe('this round: what the subject is likened to', () => {
  test('`리벨리온도 올거나이즈처럼 본사를 옮긴 거죠?` is a claim about Rebellions: no, a subsidiary in Tokyo', () => {
    const answer = ask('리벨리온도 올거나이즈처럼 본사를 아예 일본으로 옮긴 거죠?');
    expect(answer.kind === 'facts' ? answer.verdict?.kind : undefined).toBe('no');
    expect(said(answer)).toContain('해외법인');
  });
});

describe('this round: a noun that ends like a copula', () => {
  test('`중국이 세계 최고 수준인 분야?` asks which field (분야 is no 분 + 야): 안면인식', () => {
    const answer = ask('중국이 세계 최고 수준인 분야?');
    expect(answer.kind === 'facts' ? answer.verdict : undefined).toBeUndefined();
    expect(said(answer)).toContain('안면인식');
  });
});

describe('this round: an adverb made of a noun', () => {
  test('`결과적으로` asks nothing: what forms as Japan moves on is a huge market (거대 시장)', () => {
    expect(said(ask('일본이 AI 전환으로 넘어가면서 결과적으로 뭐가 형성되고 있다고 하나요?'))).toContain(
      '거대 시장',
    );
  });
});

describe('this round: one of the items the message named before, picked by its place', () => {
  test('`…이유를 세 가지로 정리했던데, 첫 번째가 뭐였죠?`: the first reason, Japan’s government support', () => {
    const answer = said(
      ask('한국 AI 기업들이 일본으로 향하는 이유를 세 가지로 정리했던데, 첫 번째가 뭐였죠?'),
    );
    expect(answer).toContain('일본 정부의 파격적인 지원 정책');
    expect(answer).not.toContain('첫 해외법인');
  });
});

describe('this round: the state something is in', () => {
  test('`뤼튼은 어떤 상태로 나와?` asks what the article says of it, not what it does', () => {
    const answer = ask('뤼튼은 어떤 상태로 나와?');
    expect(answerFound(answer)).toBe(true);
    // 뤼튼테크놀로지스 has entered the Japanese market
    expect(said(answer)).toContain('일본 시장');
  });
});

describe('this round: where, said twice with a particle', () => {
  test('`이니셔티브로 어디어디에 투자한대?` asks where the money goes, figuratively: R&D, standards, people', () => {
    const answer = said(ask('미국 국가 AI 이니셔티브로 어디어디에 투자한대?'));
    expect(answer).toContain('연구 개발');
    expect(answer).toContain('인력 양성');
  });
});

describe('this round: one of two countries chosen', () => {
  test('`미국이랑 EU 중에 규제에 더 초점 맞춘 쪽이 어디?`: the EU, whose AI Act focuses on regulation', () => {
    const answer = ask('미국이랑 EU 중에 규제에 더 초점 맞춘 쪽이 어디라고 나와?');
    expect(answer.kind === 'facts' ? answer.facts[0]?.fact.entities : []).toContain('eu');
    expect(said(answer)).toContain('AI Act');
  });
});

describe('this round: a row of the table picked by its place', () => {
  test('`세 번째 항목에서 일본은?` after the comparison table: the third row, 투자 유치, Japan’s big tech inflow', () => {
    const next = conversation(
      '한일 AI 정책 비교표에는 어떤 항목들이 있나요?',
      '그 중 세 번째 항목에서 일본은 어떻게 적혀 있나요?',
    );
    expect(said(next.answer)).toContain('빅테크');
    expect(next.asked.at(-1)).toContain('투자 유치');
  });
});

describe('this round: the most polite ways of asking', () => {
  test('`여쭤봐도 될까요?`, `알려주시겠습니까?`, `예/아니오로` ask nothing of their own', () => {
    expect(said(ask('리벨리온 대표님 성함이 어떻게 되는지 여쭤봐도 될까요?'))).toContain('박성현');
    const three = said(
      ask(
        '존경하는 봇님께 여쭙습니다. 리벨리온, 올거나이즈, 이랜서 세 회사의 대표 성함을 각각 알려주시겠습니까?',
      ),
    );
    for (const name of ['박성현', '이창수', '박우진']) expect(three).toContain(name);
    expect(answerFound(ask('오픈AI도 일본을 허브로 골랐다고 나와 있나요? 예/아니오로'))).toBe(true);
  });
});

describe('this round: 상, on a thing', () => {
  test('`비교표상 한국 정부 지원은?` is 비교표 with 상: limited tax benefits', () => {
    expect(said(ask('비교표상 한국 정부 지원은 어떻게 평가됐어?'))).toContain('제한적 세제 혜택');
  });
});

describe('this round: names as initials, two of them, and with a particle', () => {
  test('`ㅇㅅㅌㅇㅈ랑 ㄹㅌ 각각 일본에서 뭐함`: 업스테이지 opened a Tokyo office, 뤼튼 entered the market', () => {
    const answer = said(ask('ㅇㅅㅌㅇㅈ랑 ㄹㅌ 각각 일본에서 뭐함'));
    expect(answer).toContain('오피스');
    expect(answer).toContain('뤼튼테크놀로지스');
  });

  test('two initials that are chat shorthand name no one: `ㅇㅋ 리벨리온 대표 누구?` asks of Rebellions', () => {
    expect(said(ask('ㅇㅋ 리벨리온 대표 누구?'))).toContain('박성현');
  });
});

describe('this round: the next row of a table', () => {
  test('`그 표 다음 줄은 뭐임` after the 정부 지원 row: the next row, 인프라', () => {
    const next = conversation(
      '한일 AI 정책 비교표에서 정부 지원 칸 한국 뭐라고 되어있음',
      '그 표 다음 줄은 뭐임',
    );
    const answer = said(next.answer);
    expect(answer).toContain('전력 부족');
    expect(answer).toContain('재생에너지');
  });
});

describe('this round: the company in the row above or below', () => {
  test('`표에서 그 바로 위에 있는 회사는?` after 파인더스AI, 피처링, 채널톡: the row above, 뤼튼테크놀로지스', () => {
    const next = conversation(
      '파인더스AI, 피처링, 채널톡은 일본에서 어느 단계에 와 있나요?',
      '표에서 그 바로 위에 있는 회사는 어디고, 그 회사 현황은 어떻게 돼 있나요?',
    );
    expect(said(next.answer)).toContain('뤼튼테크놀로지스');
  });
});

describe('this round: what the asker will do with the answer', () => {
  test('`…몇 %야? 일본이랑 비교하게` asks Korea’s top tax rate, which the article does not give', () => {
    expect(answerFound(ask('한국 법인세 최고세율 몇 %야? 일본이랑 비교하게'))).toBe(false);
  });

  test('`작가는 …? 토론 근거로 쓰게`: the author (작가), and why the asker asks, which asks nothing', () => {
    const answer = said(ask('작가는 한국이 뭘 해야 된다고 주장함? 토론 근거로 쓰게'));
    expect(answer).toContain('세제 혜택');
  });
});

describe('this round: why the asker asks, after a request with no question mark', () => {
  test('`…이유 3개만 짧게ㅠㅠ 뉴스레터에 넣어야됨`: the three reasons, the newsletter asks nothing', () => {
    const answer = said(ask('한국 AI 기업 일본행 이유 3개만 짧게ㅠㅠ 뉴스레터에 넣어야됨'));
    expect(answer).toContain('지원');
    expect(answer).toContain('상장');
  });
});

describe('this round: a field asked with where or which', () => {
  test('`중국이 세계 최고 수준 찍었다는 분야 어디야?`: 안면인식 and 감시 기술, no place', () => {
    const answer = said(ask('중국이 세계 최고 수준 찍었다는 분야 어디야?'));
    expect(answer).toContain('안면인식');
    expect(answer).toContain('감시');
  });

  test('`이니셔티브로 투자하는 분야 어디어디야`: research and development, standards, AI talent', () => {
    const answer = said(ask('미국이 국가 AI 이니셔티브로 투자하는 분야 어디어디야'));
    expect(answer).toContain('연구 개발');
    expect(answer).toContain('표준');
  });
});

describe('polite requests that ask for something, not whether it is so', () => {
  test('`…정리해 주실 수 있을까요?`: the table’s Japan side, each row, not a yes or no', () => {
    const answer = ask(
      '표에 있는 네 가지 항목(정부 지원, 인프라, 투자 유치, 시장 성장) 중에서 일본 쪽 내용만 정리해주실 수 있을까요?',
    );
    expect(answerFound(answer)).toBe(true);
    expect(said(answer)).toContain('재생에너지');
    expect(said(answer)).toContain('고령화');
  });

  test('`미국·EU·중국 … 각각 정리해 주실 수 있을까요?`: each of the three, in their own words', () => {
    const answer = said(ask('기사에 나온 미국·EU·중국 세 곳의 AI 정책 방향을 각각 정리해 주실 수 있을까요?'));
    expect(answer).toContain('이니셔티브');
    expect(answer).toContain('AI Act');
    expect(answer).toContain('국가 주도');
  });
});

describe('a long polite message: the asker’s own clause, kin and thanks ask nothing', () => {
  test('`제가 손주에게 설명해 주려고 하는데요, …어디로 옮겼고, 무엇을 준비…`: two parts, both answered', () => {
    const text =
      '제가 손주에게 설명해 주려고 하는데요, 올거나이즈라는 회사는 본사를 어디로 옮겼고, 지금은 무엇을 준비하고 있다고 기사에 적혀 있습니까? 두 가지 모두 알려 주시면 감사하겠습니다.';
    expect(splitMessage(engine, text)).toHaveLength(2);
    const answer = said(ask(text));
    expect(answer).toContain('일본');
    expect(answer).toContain('상장');
  });

  test('`할머니가 물어보래서 왔는데 …`: 할머니 is no name the article lacks', () => {
    const answer = ask('할머니가 물어보래서 왔는데 본사를 일본으로 옮긴 회사 이름이 뭐예요?');
    expect(answerFound(answer)).toBe(true);
    expect(said(answer)).toContain('올거나이즈');
  });

  test('`…앞선 까닭이 무엇이라고 하셨습니까?`: 까닭 asks why, 말씀 is how it was said', () => {
    const answer = said(
      ask('이창수 대표님 말씀으로는 일본이 AI 도입에서 한국보다 앞선 까닭이 무엇이라고 하셨습니까?'),
    );
    expect(answer).toContain('고령화');
  });
});

describe('words typed as their initial consonants, and pointers within one message', () => {
  test('`ㅂㅇㅅ 최대 몇퍼 ㄱㅁ? 언제까지?`: two initials spell the one word of the facts (감면)', () => {
    const answer = said(ask('ㅂㅇㅅ 최대 몇퍼 ㄱㅁ? 언제까지?'));
    expect(answer).toContain('30%');
    expect(answer).toContain('2032');
  });

  test('`ㅍㅅ의 나라`: initials with a particle typed onto them', () => {
    const answer = ask('일본 예전 별명 ㅍㅅ의 나라 맞음? ㅋㅋ');
    expect(answerFound(answer)).toBe(true);
    expect(said(answer)).toContain('팩스');
  });

  test('`…빨아들인다고 하던데, 그걸 뭐에 비유했어?`: 그걸 points at the clause before, it is no word to find', () => {
    const answer = said(
      ask('스타트업 업계에서 일본이 한국 AI 유망주들을 빨아들인다고 하던데, 그걸 뭐에 비유했어?'),
    );
    expect(answer).toContain('블랙홀');
  });

  test('`…표에 나온 회사까지 빠짐없이요`: 빠짐없이 asks for all of them', () => {
    const answer = said(
      ask('기사에 나오는 한국 회사 이름들을 전부 다 나열해 주세요. 표에 나온 회사까지 빠짐없이요.'),
    );
    for (const name of ['리벨리온', '올거나이즈', '이랜서', '업스테이지', '채널톡'])
      expect(answer).toContain(name);
  });
});

describe('names spelled by ear, and a plan asked how it will turn out', () => {
  test('`Olganize’s clients`: a long Latin name two letters off is still Allganize', () => {
    const answer = said(ask('Which banks are named as Olganize’s clients?'));
    expect(answer).toContain('Allganize');
  });

  test('`Will its IPO in Japan succeed?`: the article has the plan, not how it turns out', () => {
    expect(answerFound(ask('Will Allganize’s IPO in Japan succeed?'))).toBe(false);
    expect(answerFound(ask('올거나이즈 일본 상장 성공할까?'))).toBe(false);
    expect(answerFound(ask('Will Allganize list in Japan?'))).toBe(true);
  });
});

describe('a sector asked of what the fact names', () => {
  test('`올거나이즈 주요 금융 고객 누구야`: 노무라증권 and 미쓰이스미토모은행 show the sector by their names', () => {
    const answer = ask('올거나이즈 주요 금융 고객 누구야');
    expect(answerFound(answer)).toBe(true);
    expect(said(answer)).toContain('노무라증권');
  });

  test('`Which financial institutions are named as Allganize’s clients?`: `named as` asks no name', () => {
    const answer = ask('Which financial institutions are named as Allganize’s clients?');
    expect(answerFound(answer)).toBe(true);
    expect(said(answer)).toContain('Nomura');
  });

  test('a sector no name shows is still not said: `올거나이즈 보험 고객`', () => {
    expect(answerFound(ask('올거나이즈 보험 고객 누구야'))).toBe(false);
  });
});

describe('a line of the table picked after its summary', () => {
  test('`첫 번째 줄만 다시` after the table summed up: its first row; `마지막 줄은?` then: its last row', () => {
    const first = conversation('한국vs일본 AI 비교표 내용 요약해줘', '첫 번째 줄만 다시');
    expect(said(first.answer)).toContain('30%');
    expect(said(first.answer)).not.toContain('리벨리온');
    const last = conversation('한국vs일본 AI 비교표 내용 요약해줘', '첫 번째 줄만 다시', '마지막 줄은?');
    expect(said(last.answer)).toContain('고령화');
  });
});

describe('a claim on a point the article makes of its subject, with a detail of its own', () => {
  test('`일본은 원전 확대로 전력망 늘린다고 돼 있던데 맞음?`: no, renewable energy', () => {
    const answer = ask('표 보면 일본은 원전 확대로 전력망 늘린다고 돼 있던데 맞음?');
    expect(answerFound(answer)).toBe(true);
    expect(answer.kind === 'facts' && answer.verdict?.kind).toBe('no');
    expect(said(answer)).toContain('재생에너지');
  });

  test('`중국은 반도체 설계 분야에서 세계 최고라고 …`: no, face recognition and surveillance', () => {
    const answer = ask(
      '기사에 중국은 반도체 설계 분야에서 세계 최고라고 나와 있었던 것 같은데 맞는지 확인 부탁드립니다.',
    );
    expect(answer.kind === 'facts' && answer.verdict?.kind).toBe('no');
    expect(said(answer)).toContain('안면인식');
  });

  test('a claim the article is silent on stays unanswered: a recipient it never names, or what another does', () => {
    expect(answerFound(ask('일본 보조금 중소기업도 받을 수 있지?'))).toBe(false);
    expect(answerFound(ask('이랜서도 일본 증시 상장 준비함?'))).toBe(false);
  });

  test('`구글이랑 마소 말고`: both names joined before 말고 are set apart', () => {
    const answer = said(ask('구글이랑 마소 말고 일본에 투자 발표한 빅테크 또 어디야'));
    expect(answer).toContain('아마존웹서비스');
  });
});

describe('Japanese words typed into a Korean message', () => {
  test('`Nihon no 법인세 감면 몇 %? watashi 창업 준비중이라`: nihon is Japan, watashi the asker', () => {
    expect(said(ask('Nihon no 법인세 감면 몇 %? watashi 창업 준비중이라 ㅋㅋ'))).toContain('30%');
  });

  test('`일본 法人稅 감면 대상`, `리벨리온 샤쵸 누구?`: kanji and a Japanese word in Hangul, read as Korean', () => {
    expect(said(ask('일본 法人稅 감면 대상이랑 비율'))).toContain('AI 소프트웨어 개발 기업');
    expect(said(ask('리벨리온 샤쵸 누구?'))).toContain('박성현');
  });
});

describe('a figure offered last with a question mark is a guess to check', () => {
  test.each([
    ['일본 보조금 최대 1000억 엔?', '450억'],
    ['일본 법인세 감면율은 40%?', '30%'],
    ['일본 법인세 감면 기한은 2035년?', '2032'],
    ['이랜서 프리랜서 14만 명?', '41만'],
  ])('`%s`: no, the article’s %s', (text, right) => {
    const answer = ask(text);
    expect(answer.kind === 'facts' && answer.verdict?.kind).toBe('no');
    expect(said(answer)).toContain(right);
  });

  test('`70%는 봤는데 금액은?`: a kind noun after the figure asks for it, no guess', () => {
    expect(answerFound(ask('올거나이즈 일본 매출 70%는 봤는데 금액은?'))).toBe(false);
  });

  test('in a reply: `기한은 2035?` after the tax cut', () => {
    const { answer } = conversation('일본 세제혜택 대상이 어떤 기업이야?', '최대 몇 퍼?', '기한은 2035?');
    expect(said(answer)).toContain('2032');
  });
});

describe('a company described rather than named', () => {
  test('`프리랜서 개발자 매칭 회사는 …언제부터`: 매칭 is the description’s own word for what 이랜서 does', () => {
    const answer = ask('프리랜서 개발자 매칭 회사는 일본 프로젝트를 언제부터 본격 시작해?');
    expect(answerFound(answer)).toBe(true);
    expect(said(answer)).toContain('다음 달');
  });

  test('`외주 개발자 매칭하는 회사가 일본에서 손잡은 곳이 몇 군데`: 50여 개', () => {
    expect(said(ask('외주 개발자 매칭하는 회사가 일본에서 손잡은 곳이 대략 몇 군데라고?'))).toContain('50여');
  });
});

describe('two words typed as one', () => {
  test.each([
    ['이랜서 프리랜서 수랑 협력기업 수 둘다 ㄱ', '50여'],
    ['이랜서 일본 법인 이미 세웠어 아님 아직 계획단계?', '설립'],
    ['일본으로 본사옮긴 회사 이름 머임??', '올거나이즈'],
  ])('`%s`', (text, expected) => {
    const answer = ask(text);
    expect(answerFound(answer)).toBe(true);
    expect(said(answer)).toContain(expected);
  });

  test('`이랜서 설립연도 언제임`: a compound ending in a kind of answer asks of that one thing', () => {
    expect(answerFound(ask('이랜서 설립연도 언제임'))).toBe(false);
  });
});

describe('the specifics of what the answer itself names', () => {
  test('`그 지원 구체적으로 뭐였지` after big tech’s reason: the support policy, with its figures', () => {
    const { answer } = conversation(
      '구글 오픈AI MS가 일본을 아시아 AI 허브로 고른 이유가 뭐래',
      '그 지원 구체적으로 뭐였지',
    );
    expect(said(answer)).toContain('30%');
    expect(said(answer)).toContain('450억');
  });

  test('a word the answer did not say is a question of its own: `구체적으로 대표는?` is not the section', () => {
    const { asked } = conversation('리벨리온 일본 어디에 법인 세웠어?', '구체적으로 대표는 누구야?');
    expect(asked.at(-1)).not.toContain('요약');
  });
});

describe('an item of the list asked again', () => {
  test('`두 번째 거 다시ㅓ`: the second company again, the slip of a vowel aside', () => {
    const { answer } = conversation('일본 법인 설립 추진 중인 회사들 어디어디야', '두 번째 거 다시ㅓ');
    expect(answerFound(answer)).toBe(true);
    expect(said(answer)).toContain('피처링');
  });
});

describe('a closing request after the question asks nothing of its own', () => {
  test('`이랜서 14만 아님? 확인좀`: the guess is checked, no, 41만', () => {
    const answer = ask('이랜서 ㄴㄴ 14만 아님? 확인좀');
    expect(answer.kind === 'facts' && answer.verdict?.kind).toBe('no');
    expect(said(answer)).toContain('41만');
  });
});

describe('a list carried through a follow-up that names none', () => {
  test('`두번째 회사는 얼마 투자한대` two turns after the list: 오픈AI, whose own figure the article does not give', () => {
    const { answer, asked } = conversation(
      '일본을 아시아 AI 허브로 찍은 미국 빅테크 어디어디야',
      '왜 다 일본으로 간거임',
      '두번째 회사는 일본에 얼마 투자한대',
    );
    expect(asked.at(-1)).toContain('오픈AI');
    expect(answerFound(answer)).toBe(false);
  });
});

describe('얼마나 before a quality asks how much so, in words', () => {
  test.each([
    ['일본 AI 도입이 한국보다 얼마나 앞서 있대?', '훨씬'],
    ['중국은 얼마나 빠르게 성장하고 있어?', '빠르게 성장'],
    ['필자는 일본 사례가 무엇이 얼마나 중요한지 보여 준다고 결론을 내렸습니까?', '정책 지원'],
  ])('`%s`', (text, expected) => {
    const answer = ask(text);
    expect(answerFound(answer)).toBe(true);
    expect(said(answer)).toContain(expected);
  });

  test('a change still asks an amount: `VC 투자 얼마나 줄었어?` gives the figures', () => {
    expect(said(ask('VC 투자 얼마나 줄었어?'))).toContain('2318억');
  });
});

describe('`it` after a verb of being is what the message asked about before', () => {
  test('`…Elancer have, and roughly how many Japanese companies is it working with?`: 50, not 410,000 again', () => {
    const answer = said(
      ask(
        'How many freelance developers does Elancer have, and roughly how many Japanese companies/institutions is it working with?',
      ),
    );
    expect(answer).toContain('410,000');
    expect(answer).toContain('50');
  });
});

describe('`둘 중` in a reply points at the two things asked before', () => {
  test('`일본은 둘 중에 어디로 가는 중이야?` after DX and AX: AX', () => {
    const { answer } = conversation('글에서 DX랑 AX가 각각 뭐야?', '일본은 둘 중에 어디로 가는 중이야?');
    expect(said(answer)).toContain('AX');
    expect(said(answer)).not.toContain('채널톡');
  });
});

describe('two words for companies counted at once', () => {
  test('`기업이랑 기관 몇 곳이야?` is one question; `그 기업들 이름` then asks names the article does not give', () => {
    expect(splitMessage(engine, '이랜서가 일본에서 협력하는 기업이랑 기관 몇 곳이야?')).toHaveLength(1);
    const { answer } = conversation(
      '이랜서가 일본에서 협력하는 기업이랑 기관 몇 곳이야?',
      '그 기업들 이름 좀 알려줄 수 있어?',
    );
    expect(answerFound(answer)).toBe(false);
  });
});

describe('a pointer nothing before resolves is no question on its own', () => {
  test('`When does it take full effect?` after the AI Act: the article does not say, not a guess at a company', () => {
    const { answer, asked } = conversation(
      'Which one adopted the world’s first AI law in the article?',
      'What’s it called?',
      'When does it take full effect?',
    );
    expect(answerFound(answer)).toBe(false);
    expect(asked.at(-1)).not.toContain('Elancer');
  });
});

describe('a reply that sets another against what was asked', () => {
  test('`중국은 뭘 바탕으로 성장하고 있대?`: 바탕 is how it is asked, the answer is state-led investment', () => {
    expect(said(ask('중국은 뭘 바탕으로 성장하고 있대?'))).toContain('국가 주도');
  });

  test('`다른 한국 회사 중에 오피스 연 데는?` after Rebellions in Japan: Upstage', () => {
    const { answer } = conversation(
      'what’s the deal with Rebellions in japan?',
      '아 근데 표에 있는 다른 한국 회사 중에 오피스 연 데는 어디야?',
    );
    expect(said(answer)).toContain('업스테이지');
  });
});

describe('English ways of asking about a company', () => {
  test('`what’s the deal with Rebellions in japan?`: what the article says of Rebellions in Japan', () => {
    const answer = ask('what’s the deal with Rebellions in japan?');
    expect(answerFound(answer)).toBe(true);
    expect(said(answer)).toContain('Tokyo');
  });
});

describe('the head of a company is its CEO', () => {
  test('`Who is the head of Rebellions?`: Park Sung-hyun', () => {
    expect(said(ask('Who is the head of Rebellions?'))).toContain('Park Sung-hyun');
  });

  test('a head office is no person: `Where is Allganize’s head office?` asks a place', () => {
    expect(said(ask('Where is Allganize’s head office?'))).toContain('Japan');
  });
});

describe('more Japanese words typed into Korean', () => {
  test('`올거나이즈 혼샤 어디로 옮겼어?`: 혼샤 is 본사', () => {
    expect(said(ask('올거나이즈 혼샤 어디로 옮겼어?'))).toContain('일본');
  });
});

describe('Korean typed in Latin letters', () => {
  test.each([
    ['junggug eun eotteon gisul eseo segye choego sujun ira go haesseo?', ['facial recognition', '안면인식']],
    ['ilbon jeongbu ga AI software gieop e beopinse myeot % kkaga jwo?', ['30%']],
    ['hanguk VC tuja 2021nyeon e eolmaeosseo? 기사 수치로', ['9895억']],
  ])('`%s`', (text, expected) => {
    const answer = said(ask(text));
    expect(expected.some((e) => answer.includes(e))).toBe(true);
  });

  test('an English question is no romanized Korean: `Is Naver mentioned?` is not answered', () => {
    expect(answerFound(ask('Is Naver mentioned?'))).toBe(false);
  });
});

describe('작가 is the author', () => {
  test('`작가가 바라는 건 뭐야?`: what the author says Korea must do', () => {
    const answer = said(ask('작가가 바라는 건 뭐야?'));
    expect(answer).toContain('지원책');
  });
});

describe('meaning asked in chat spelling', () => {
  test('`블랙홀 얘기 나오던데 먼뜻임`: 먼뜻 is 무슨 뜻', () => {
    expect(said(ask('블랙홀 얘기 나오던데 먼뜻임'))).toContain('빨아들인다');
  });
});

describe('a part of the article named by its heading, summed up', () => {
  test("`'한국 AI 산업의 위기' 부분 짧게 요약해줘`: the part summed up, not its heading quoted", () => {
    const answer = ask("'한국 AI 산업의 위기' 부분 짧게 요약해줘");
    expect(answer.kind).toBe('summary');
    expect(said(answer)).toContain('중국');
    expect(said(answer)).toContain('2318억');
  });

  test('`나라별로 한 줄씩 정리해`: a line for each country, not one line in all', () => {
    const answer = said(ask('해외 선진국 AI 정책 사례 문단을 나라별로 한 줄씩 정리해 주십시오.'));
    expect(answer).toContain('이니셔티브');
    expect(answer).toContain('AI Act');
    expect(answer).toContain('국가 주도');
  });

  test("a quoted wording still gets its passage: `'아시아 AI 인프라 허브' 이 표현 기사에 그대로 나와?`", () => {
    expect(ask("'아시아 AI 인프라 허브' 이 표현 기사에 그대로 나와?").kind).toBe('passage');
  });
});

describe('a particle’s form after a consonant does not follow a vowel', () => {
  test('`박성현 대표 나이랑 학력 알려주세요`: 나이 and 학력, neither of which the article gives', () => {
    // (two things asked to be told, each its own part: `나이`, not `나` with `이랑`)
    expect(splitMessage(engine, '박성현 대표 나이랑 학력 알려주세요')[0]).toContain('나이');
    expect(answerFound(ask('박성현 대표 나이랑 학력 알려주세요'))).toBe(false);
  });
});

describe('a noun counted that is no kind of list', () => {
  test('`국가 AI 이니셔티브가 투자하는 분야 세 가지`: the three fields, not a list of countries', () => {
    const answer = said(ask('미국 국가 AI 이니셔티브가 투자하는 분야 세 가지 뭐야'));
    expect(answer).toContain('연구 개발');
    expect(answer).toContain('인력 양성');
  });

  test('a kind still lists: `같은 표에서 한국 쪽만 네 개 다 알려줘` after the table', () => {
    const answer = said(ask('한일 비교표에서 한국 쪽만 네 개 다 알려줘'));
    expect(answer).toContain('제한적');
    expect(answer).toContain('내수');
  });
});

describe('a passive that describes a noun asks nothing', () => {
  test('`…사례가 소개된 부분을 읽다가 궁금한 점이 생겼습니다.` is said before the question, no part of its own', () => {
    const text =
      '외국의 AI 정책 사례가 소개된 부분을 읽다가 궁금한 점이 생겼습니다. 중국이 세계 최고 수준에 이르렀다는 기술이 무엇인지 설명 부탁드립니다.';
    expect(splitMessage(engine, text)).toHaveLength(1);
    expect(said(ask(text))).toContain('안면인식');
  });
});

describe('English: what is the … amount, location, deadline', () => {
  test.each([
    ['whats the subsidy amt', '45 billion'],
    ['what is Allganize’s HQ location', 'Japan'],
    ['what is the tax cut deadline', '2032'],
    ['govt tax cut % in japan?', '30%'],
  ])('`%s` leads with %s', (text, expected) => {
    const answer = ask(text);
    expect(answerFound(answer)).toBe(true);
    expect(said(answer)).toContain(expected);
  });
});

describe('a kind noun that is not what a list asks for', () => {
  test('`국가 AI 이니셔티브로 투자하는 분야 다`: 국가 qualifies the initiative of the country named', () => {
    const answer = said(ask('미국이 국가 AI 이니셔티브로 투자하는 분야 다 알려줘'));
    expect(answer).toContain('표준 개발');
    expect(answer).not.toContain('나라·지역');
  });

  test('`무슨 나라로 불렸는지 다`: the name Japan was called, not a list of countries', () => {
    const answer = said(ask('일본 옛날에 무슨무슨 나라로 불렸는지 다 알려줘'));
    expect(answer).toContain('열쇠');
    expect(answer).toContain('도장');
  });

  test('`선진국 사례 어디어디`: with no country named, the countries are listed', () => {
    const answer = said(ask('해외 선진국 사례 어디어디 나옴?'));
    expect(answer).toContain('유럽연합');
    expect(answer).toContain('중국');
  });

  test('`대표들 이름 전부 회사랑 같이`: the CEOs with their companies, not the article’s author', () => {
    const answer = said(ask('기사에 나온 대표들 이름 전부 회사랑 같이 알려줘'));
    for (const name of ['박성현', '이창수', '박우진']) expect(answer).toContain(name);
    expect(answer).not.toContain('editor6141');
  });
});

describe('a remark after the question', () => {
  test('`기사 제목이 정확히 뭐였죠? 단톡방에 공유하려구요` gives the title', () => {
    expect(said(ask('기사 제목이 정확히 뭐였죠? 단톡방에 공유하려구요'))).toContain('일본행 러시');
  });

  test('context before it still asks: `글에 DX AX 나오던데 그거 머임` is no question about the article’s date', () => {
    expect(said(ask('글에 DX AX 나오던데 그거 머임 차이좀 설명해줘'))).toContain('디지털 전환');
  });
});

describe('what a person named said, however the question calls it', () => {
  test('`이창수 대표가 … 태도를 한 단어로 뭐라 했음` quotes him', () => {
    expect(said(ask('이창수 대표가 일본이 AI 받아들이는 태도를 한 단어로 뭐라 했음'))).toContain('적극적');
  });

  test('a thing he never spoke of is still refused: `이창수 대표가 일본 주가에 대해 뭐라 했음`', () => {
    expect(answerFound(ask('이창수 대표가 일본 주가에 대해 뭐라 했음'))).toBe(false);
  });
});

describe('another of a kind set apart', () => {
  test('`리벨리온 말고 도쿄에 뭐 연 회사 또 있어?`: the other one described, not Rebellions', () => {
    const answer = ask('리벨리온 말고 도쿄에 뭐 연 회사 또 있어?');
    expect(answer.kind).toBe('facts');
    const facts = answer.kind === 'facts' ? answer.facts : [];
    expect(facts[0]?.fact.entities).toContain('upstage');
    expect(facts[0]?.fact.entities).not.toContain('rebellions');
  });

  test('`MS랑 구글 말고 … 미국 회사 또 있어?`: both are set apart, a Latin name with its particle apart too', () => {
    const answer = ask('MS랑 구글 말고 일본을 AI 허브로 찍은 미국 회사 또 있어?');
    const lead = answer.kind === 'facts' ? answer.lead : undefined;
    const named = lead?.kind === 'entities' ? lead.entities.map((e) => e.id) : [];
    expect(named.some((id) => id === 'aws' || id === 'openai')).toBe(true);
    expect(named).not.toContain('google');
  });
});

describe('where, said in words of its own', () => {
  test('`어느 나라들 사이에`: the countries the passage names lead, when the fact says 주변국', () => {
    const answer = ask('한국 AI 산업이 위기라는 건 어느 나라들 사이에 껴서 그렇다는 거야?');
    const lead = answer.kind === 'facts' ? answer.lead : undefined;
    expect(lead?.kind === 'places' ? lead.places.map((p) => p.ko) : []).toEqual(['일본', '중국']);
  });

  test('one set apart is not among them: `일본 말고 또 어느 나라가`', () => {
    const answer = ask('한국 AI 위기 얘기할 때 일본 말고 또 어느 나라가 언급돼?');
    const lead = answer.kind === 'facts' ? answer.lead : undefined;
    expect(lead?.kind === 'places' ? lead.places.map((p) => p.ko) : []).toEqual(['중국']);
  });
});

describe('a claim the article makes of another of the same kind', () => {
  test.each([
    ['AI Act 미국에서 처음 만든 법이죠?', 'eu'],
    ['뤼튼이 도쿄에 오피스 연 거 아니었어?', 'upstage'],
    ['업스테이지가 본사를 일본으로 옮기고 상장까지 준비한다고 하던데요?', 'allganize'],
  ])('`%s`: no, it was %s, and what the one named did is said too', (text, other) => {
    const answer = ask(text);
    expect(answer.kind).toBe('facts');
    if (answer.kind !== 'facts') return;
    expect(answer.verdict?.kind).toBe('no');
    expect(answer.lead.kind === 'entities' ? answer.lead.entities.map((e) => e.id) : []).toEqual([other]);
    expect(answer.facts[0]?.fact.entities).toContain(other);
  });

  test('one said `too` claims nothing of the other: `리벨리온도 일본 증시 상장 준비 중이야?` is not answered', () => {
    expect(answerFound(ask('리벨리온도 일본 증시 상장 준비 중이야?'))).toBe(false);
  });
});

describe('a count claimed otherwise', () => {
  test.each([
    ['이랜서에 등록된 프리랜서가 14만 명이라고 기사에 나왔죠?', 410000],
    ['이랜서 일본 협력사 30곳이라던데 맞아?', 50],
    ['올거나이즈 매출 절반쯤이 일본에서 나온다던데 ㅇㅈ?', 70],
  ])('`%s`: no, the article’s %d', (text, value) => {
    const answer = ask(text);
    expect(answer.kind).toBe('facts');
    if (answer.kind !== 'facts') return;
    expect(answer.verdict?.kind).toBe('no');
    const lead = answer.verdict?.kind === 'no' ? answer.verdict.correction : undefined;
    expect(lead?.kind === 'figures' ? lead.figures.map((f) => f.value) : []).toContain(value);
  });

  test('the count the article gives is confirmed: `이랜서 일본 협력사 50곳이라던데 맞아?`', () => {
    const answer = ask('이랜서 일본 협력사 50곳이라던데 맞아?');
    expect(answer.kind === 'facts' ? answer.verdict?.kind : undefined).toBe('yes');
  });
});

describe('a summary asked whole', () => {
  test('`올거나이즈 관련 내용 싹 다 정리`: every fact of its own, its customers too', () => {
    const answer = ask('올거나이즈 관련 내용 싹 다 정리');
    expect(answer.kind).toBe('summary');
    const lines = answer.kind === 'summary' ? answer.lines.map((l) => l.text.ko) : [];
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.join('\n')).toContain('노무라증권');
  });

  test('a plain summary keeps to five lines: `올거나이즈 요약`', () => {
    const answer = ask('올거나이즈 요약');
    expect(answer.kind === 'summary' ? answer.lines.length : 0).toBe(5);
  });
});

describe('a conclusion summed up briefly', () => {
  test('`글쓴이 결론 한줄로`: the last line of the author’s part, what Korea must do', () => {
    const answer = ask('글쓴이 결론 한줄로');
    const lines = answer.kind === 'summary' ? answer.lines.map((l) => l.text.ko) : [];
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('규제 완화');
  });

  test('asked in full, the part is in its own order: `글쓴이 결론 요약` starts with the loss', () => {
    const answer = ask('글쓴이 결론 요약');
    const lines = answer.kind === 'summary' ? answer.lines.map((l) => l.text.ko) : [];
    expect(lines[0]).toContain('손실');
  });
});

describe('the author named with a word of their part', () => {
  test('`글쓴이 결론이 뭐야 한국은 뭘 해야 된다는 거` sums up the author’s part, not Korea', () => {
    const answer = ask('글쓴이 결론이 뭐야 한국은 뭘 해야 된다는 거');
    expect(answer.kind).toBe('summary');
    if (answer.kind !== 'summary') return;
    expect(answer.scope).toBe('section');
    expect(answer.lines.map((l) => l.text.ko).join('\n')).toContain('규제 완화');
  });
});

describe('chat after the question mark', () => {
  test.each([
    ['what do DX and AX mean in this article? not a native speaker sry', 'AX'],
    ['이랜서 일본 법인 이미 만들었음? ㅇㅇ/ㄴㄴ로만', '법인'],
  ])('`%s` answers the question', (text, expected) => {
    const answer = ask(text);
    expect(answerFound(answer)).toBe(true);
    expect(said(answer)).toContain(expected);
  });

  test('a Korean guess after it is still asked: `원래 본사는 한국 어디였음? 판교였나` is not answered', () => {
    expect(answerFound(ask('올거나이즈 원래 본사는 한국 어디였음? 판교였나'))).toBe(false);
  });
});

describe('the item after or before one named, after a list', () => {
  const list = '기사에 나온 한국 AI 회사 다 알려줘';
  test('`업스테이지 다음은 뭐였지?` asks of the company after it in the list', () => {
    const first = answerMessage(engine, list);
    const names = first.answer.kind === 'list' ? first.answer.items.map((i) => i.label.ko) : [];
    const at = names.indexOf('업스테이지');
    expect(at).toBeGreaterThanOrEqual(0);
    const next = answerMessage(engine, '업스테이지 다음은 뭐였지?', first.asked.at(-1));
    expect(next.asked.at(-1)).toContain(names[at + 1]!);
    const before = answerMessage(engine, '업스테이지 앞은?', first.asked.at(-1));
    expect(before.asked.at(-1)).toContain(names[at - 1]!);
  });
});

describe('one set apart that the article names with others', () => {
  test.each([
    ['eu 안전성 말고 또 뭐 강조함?', '윤리'],
    ['일본이 예전에 무슨 나라로 불렸다고 했지? 팩스 말고 두 개 더 있었던 거 같은데', '열쇠'],
  ])('`%s`: the fact that names the others with it', (text, expected) => {
    const answer = ask(text);
    expect(answerFound(answer)).toBe(true);
    expect(said(answer)).toContain(expected);
  });
});

describe('a table of the article asked for whole', () => {
  test('`기업별 일본 진출 현황 표 있잖아 그거 정리 좀`: the rows of the table headed so, not the comparison', () => {
    const answer = ask('기업별 일본 진출 현황 표 있잖아 그거 정리 좀');
    expect(answer.kind).toBe('list');
    const rows = answer.kind === 'list' ? answer.items.map((i) => i.label.ko) : [];
    expect(rows).toHaveLength(6);
    expect(rows[0]).toContain('186억');
    expect(rows.join('\n')).toContain('업스테이지 도쿄에 일본 오피스 개설');
  });

  test('`일본 진출한 한국 회사들 표에 나온 거 다 알려줘`: its Korean companies, in its order, each with its row', () => {
    const answer = ask('일본 진출한 한국 회사들 표에 나온 거 다 알려줘');
    const names = answer.kind === 'list' ? answer.items.map((i) => i.label.ko) : [];
    expect(names.slice(0, 3)).toEqual(['리벨리온', '올거나이즈', '업스테이지']);
    expect(names).not.toContain('구글');
  });

  test('a row of the comparison named is that row: `표에서 일본 투자 유치 칸 내용`', () => {
    expect(said(ask('표에서 일본 투자 유치 칸 내용'))).toContain('빅테크');
  });
});

describe('what one thing has to do with another', () => {
  test.each([
    'VC 투자 줄어든 게 AI 기업들 해외행이랑 무슨 상관인데?',
    'VC 투자 급감이 한국 AI 기업들 해외 나가는 거랑 무슨 관련이야?',
  ])('`%s`: the fact that links them', (text) => {
    const answer = ask(text);
    expect(answer.kind).toBe('facts');
    expect(answer.kind === 'facts' ? answer.facts[0]?.fact.text.ko : '').toContain('해외로 나가는 이유');
  });

  test('as a follow-up: `그게 AI 기업들이랑 무슨 상관인데` after the VC figures', () => {
    const last = conversation('한국 vc 투자 얼마나 줄었어?', '그게 AI 기업들이랑 무슨 상관인데');
    expect(said(last.answer)).toContain('해외로 나가는 이유');
  });
});

describe('a group’s figure claimed of one of them alone', () => {
  test('`구글 혼자 186억달러 투자한다는 거임?`: no, Google, MS and AWS together', () => {
    const answer = ask('구글 혼자 186억달러 투자한다는 거임?');
    expect(answer.kind === 'facts' ? answer.verdict?.kind : undefined).toBe('no');
    const lead = answer.kind === 'facts' ? answer.lead : undefined;
    expect(lead?.kind === 'entities' ? lead.entities.map((e) => e.id) : []).toEqual(
      expect.arrayContaining(['google', 'microsoft', 'aws']),
    );
  });

  test('as a follow-up: `그거 MS 혼자 금액임?` after the big tech investment', () => {
    const last = conversation('일본에 빅테크 투자 얼마야?', '그거 MS 혼자 금액임?');
    expect(last.answer.kind === 'facts' ? last.answer.verdict?.kind : undefined).toBe('no');
  });

  test.each(['186억 달러 중에 구글 혼자 얼마 투자함?', '그 186억달러 중에 구글 단독 몫은?'])(
    '`%s` asks the share, which the article does not give',
    (text) => expect(answerFound(ask(text))).toBe(false),
  );
});

describe('one claimed to be among those a figure is for', () => {
  test('`186억 달러 투자 발표한 곳에 오픈AI도 들어가?`: no, Google, MS and AWS', () => {
    const answer = ask('186억 달러 투자 발표한 곳에 오픈AI도 들어가?');
    expect(answer.kind === 'facts' ? answer.verdict?.kind : undefined).toBe('no');
    expect(said(answer)).toContain('aws');
  });

  test('`186억 달러에 구글도 포함돼?`: yes', () => {
    const answer = ask('186억 달러에 구글도 포함돼?');
    expect(answer.kind === 'facts' ? answer.verdict?.kind : undefined).toBe('yes');
  });
});

describe('a summary asked with its numbers', () => {
  test('`tl;dr in English please, with the key numbers` sums up the whole article', () => {
    const answer = ask('tl;dr in English please, with the key numbers');
    expect(answer.kind === 'summary' ? answer.scope : undefined).toBe('article');
  });
});

describe('which of several named to choose from', () => {
  test('`리벨리온, 올거나이즈, 이랜서 중 본사를 통째로 일본으로 옮긴 곳은?` is Allganize', () => {
    const answer = ask('리벨리온, 올거나이즈, 이랜서 중 본사를 통째로 일본으로 옮긴 곳은?');
    const lead = answer.kind === 'facts' ? answer.lead : undefined;
    expect(lead?.kind === 'entities' ? lead.entities.map((e) => e.id) : []).toEqual(['allganize']);
  });
});

describe('the article’s own words asked for', () => {
  test.each([
    ['빅테크들이 일본을 뭘로 선택했다고 했지? 따옴표 쳐진 표현', '아시아 AI 인프라 허브'],
    ['ㅋㅋ 일본 요즘 도장 문화 버리고 ai로 가는 중이라는데 기사에선 이걸 뭐라고 표현함', 'AI 전환'],
  ])('`%s`', (text, expected) => {
    const answer = ask(text);
    expect(answerFound(answer)).toBe(true);
    expect(said(answer)).toContain(expected);
  });
});

describe('the article’s last sentence asked with its particle', () => {
  test('`글 맨 끝에 독자한테 던진 질문이 뭐야?` is the question it ends on', () => {
    const answer = ask('글 맨 끝에 독자한테 던진 질문이 뭐야?');
    expect(answer.kind).toBe('passage');
    expect(said(answer)).toContain('여러분은 어떻게 생각하시나요?');
  });
});

describe('a reason asked: the reasons its part of the article gives with it', () => {
  test('`일본 AI 시장 왜 커지는 중이래`: the transition and the ageing workforce', () => {
    const answer = ask('일본 AI 시장 왜 커지는 중이래');
    expect(answer.kind).toBe('facts');
    const facts = answer.kind === 'facts' ? answer.facts.map((f) => f.fact.text.ko).join('\n') : '';
    expect(facts).toContain('고령화');
    expect(facts).toContain('AI 전환');
  });

  test('a question of another kind keeps to its fact: `일본 법인세 감면 언제까지야?`', () => {
    const answer = ask('일본 법인세 감면 언제까지야?');
    expect(answer.kind === 'facts' ? answer.facts.length : 0).toBeLessThanOrEqual(2);
  });
});

describe('an opinion asked: the author’s others on it', () => {
  test('`글쓴이는 AI 기업들이 일본 가는 걸 어떻게 봐요?`: the loss, and that moving is a natural choice', () => {
    const answer = ask('글쓴이는 AI 기업들이 일본 가는 걸 어떻게 봐요?');
    const facts = answer.kind === 'facts' ? answer.facts.map((f) => f.fact.text.ko) : [];
    expect(facts.length).toBeGreaterThan(1);
    expect(facts.every((f) => f.startsWith('글쓴이'))).toBe(true);
  });
});

describe('the answer before, challenged', () => {
  test('`세계 최초라는 거 확실해?` after the AI Act asks it again, with its passage', () => {
    const first = answerMessage(engine, 'EU가 AI Act 세계 최초로 만들었어?');
    const again = answerMessage(engine, '세계 최초라는 거 확실해?', first.asked.at(-1));
    expect(again.asked.at(-1)).toBe(first.asked.at(-1));
    expect(said(again.answer)).toContain('최초');
  });

  test('one named anew is asked of: `한국은 확실해?` after Japan is not the same question', () => {
    const first = answerMessage(engine, '일본 법인세 감면 언제까지야?');
    const next = answerMessage(engine, '한국은 확실해?', first.asked.at(-1));
    expect(next.asked.at(-1)).not.toBe(first.asked.at(-1));
  });
});

describe('a Latin word run into Hangul typed without spaces', () => {
  test.each([
    ['유럽연합이만든AI법이름뭐임', 'AI Act'],
    ['일본정부가AI소프트웨어회사에세금얼마나깎아줌', '30%'],
  ])('`%s` is read as its words', (text, expected) => {
    const answer = ask(text);
    expect(answerFound(answer)).toBe(true);
    expect(said(answer)).toContain(expected);
  });
});

describe('the article named for a summary, with no word of it besides', () => {
  test.each(['이 기사 한 문단으로 요약해줘', '이 글 주제 한줄요약 ㄱㄱ'])(
    '`%s` sums up the whole article',
    (text) => {
      const answer = ask(text);
      expect(answer.kind === 'summary' ? answer.scope : undefined).toBe('article');
    },
  );
});

test('`바쁘신 회원분들을 위해 이 기사 전체를 다섯 문장 이내로 간단히 요약해 주실 수 있겠습니까?` sums up the whole article', () => {
  const answer = ask(
    '바쁘신 회원분들을 위해 이 기사 전체를 다섯 문장 이내로 간단히 요약해 주실 수 있겠습니까?',
  );
  expect(answer.kind === 'summary' ? answer.scope : undefined).toBe('article');
});

describe('what the people of the article said, summed up', () => {
  test('`대표들 발언 요약해줘`: each CEO’s quotes, not who they are', () => {
    const answer = ask('대표들 발언 요약해줘');
    const lines = answer.kind === 'summary' ? answer.lines.map((l) => l.text.ko).join('\n') : '';
    for (const name of ['박성현', '이창수', '박우진']) expect(lines).toContain(name);
    expect(lines).toContain('고령화');
    expect(lines).not.toContain('의 대표다');
  });
});

describe('the article’s details in English', () => {
  test.each([
    ['Year of the post?', 'date'],
    ["author's handle?", 'author'],
  ])('`%s` is the article’s %s', (text, field) => {
    const answer = ask(text);
    expect(answer.kind === 'article' ? answer.field : undefined).toBe(field);
  });
});

describe('a claim of the author’s stance', () => {
  test('`글쓴이는 기업들이 해외로 나가는 걸 무조건 나쁘게 봐?`: what the author says of it, in the article’s words', () => {
    const answer = ask('글쓴이는 기업들이 해외로 나가는 걸 무조건 나쁘게 봐?');
    expect(answer.kind).toBe('facts');
    if (answer.kind !== 'facts') return;
    expect(answer.verdict?.kind).toBe('says');
    expect(answer.facts.every((f) => f.fact.kind === 'opinion')).toBe(true);
  });

  test('a stance on what the author never speaks of is not answered: `글쓴이는 삼성을 좋아해?`', () => {
    expect(answerFound(ask('글쓴이는 삼성을 좋아해?'))).toBe(false);
  });
});

describe('an item of the enumeration the answer makes', () => {
  test('`세 번째로 꼽은 건?` after the author’s conclusion: the third of 세제 혜택, 규제 완화, 인프라 지원', () => {
    const first = answerMessage(engine, '글쓴이 결론 요약해줘');
    const next = answerMessage(engine, '세 번째로 꼽은 건?', first.asked.at(-1));
    expect(next.asked.at(-1)).toContain('인프라 지원');
    expect(said(next.answer)).toContain('인프라 지원');
  });
});

describe('the step after something', () => {
  test('`DX 다음 단계 명칭`: the stage after DX is AX', () => {
    expect(said(ask('DX 다음 단계 명칭'))).toContain('AI 전환(AX)');
  });

  test('a span of time after it is still a date: `이랜서 다음 달부터 뭐해?`', () => {
    expect(said(ask('이랜서 다음 달부터 뭐해?'))).toContain('프로젝트');
  });
});

describe('English words for the article’s step', () => {
  test.each(['What is Japan trying to jump directly to?', 'so Japan is skipping a step?'])(
    '`%s` is the AX transition',
    (text) => {
      const answer = ask(text);
      expect(answerFound(answer)).toBe(true);
      expect(said(answer)).toContain('AX');
    },
  );
});

test('`What’s the catchphrase going around among Korean startups?` is the saying the article quotes', () => {
  expect(said(ask("What's the catchphrase going around among Korean startups?"))).toContain('go to Japan');
});

describe('another’s deed claimed of one named, or asked of it', () => {
  test('claimed, `업스테이지가 일본 증시 상장 준비한다던데?`: no, Allganize', () => {
    const answer = ask('업스테이지가 일본 증시 상장 준비한다던데?');
    expect(answer.kind === 'facts' ? answer.verdict?.kind : undefined).toBe('no');
    expect(said(answer)).toContain('allganize');
  });

  test.each(['리벨리온 상장 계획 있어?', '리벨리온도 일본 증시 상장 준비한다던데?'])(
    'asked, or said `too`: `%s` is not covered',
    (text) => expect(answerFound(ask(text))).toBe(false),
  );
});

test('`일본 ai 허브 전략에 끌린 미국 빅테크에 마소도 포함임?`: yes, with those it is named among', () => {
  const answer = ask('일본 ai 허브 전략에 끌린 미국 빅테크에 마소도 포함임?');
  expect(answer.kind === 'facts' ? answer.verdict?.kind : undefined).toBe('yes');
  expect(said(answer)).toContain('openai');
});

test.each(['올거나이즈 대표가 뭐랬어?', '올거나이즈가 뭐랬는지 원문 그대로 좀'])(
  '`%s` quotes what its CEO said',
  (text) => {
    const answer = ask(text);
    expect(answer.kind === 'facts' ? answer.facts[0]?.fact.kind : undefined).toBe('quote');
  },
);

test('`리벨리온은 어떤 스타트업으로 꼽혀?`: 꼽히다 read in any conjugation', () => {
  expect(said(ask('리벨리온은 어떤 스타트업으로 꼽혀?'))).toContain('AI 반도체 스타트업');
});

test('who said it first, after a saying the article gives no speaker for: `그 말 누가 처음 했음?` is not covered', () => {
  const last = conversation(
    '요즘 스타트업들 사이에서 공식처럼 도는 말이 뭐야?',
    'ㅋㅋ 그 말 누가 처음 했음?',
  );
  expect(answerFound(last.answer)).toBe(false);
});

test('`What about OpenAI, how much did it invest?` is one question about OpenAI, which the article gives no figure for', () => {
  expect(splitMessage(engine, 'What about OpenAI, how much did it invest?')).toHaveLength(1);
  expect(answerFound(ask('What about OpenAI, how much did it invest?'))).toBe(false);
});

describe('one the article never names, claimed to be among a group it names', () => {
  test.each(['일본 투자 발표 빅테크 중에 메타도 있지?', '186억 달러 발표한 곳에 애플도 끼어 있지?'])(
    '`%s`: whom the article names, no yes or no of its own',
    (text) => {
      const answer = ask(text);
      expect(answer.kind === 'facts' ? answer.verdict?.kind : undefined).toBe('says');
      expect(said(answer)).toContain('AWS');
    },
  );

  test.each([
    '중국 AI 기업 중에 딥시크 얘기도 나와?',
    '메타도 일본에 투자했어?',
    '올거나이즈 고객 중에 도요타도 있어?',
  ])(
    '`%s` (a group of another country, no group, a group the article does not list) is not covered',
    (text) => expect(answerFound(ask(text))).toBe(false),
  );
});

describe('where in the article', () => {
  test.each(['글쓴이 마지막에 뭘 바란다고 했어?', '글쓴이가 마지막에 바라는 환경은 어떤 건가요?'])(
    '`%s`: the end beside the author asks nothing, the author’s wish answers',
    (text) => expect(said(ask(text))).toContain('꿈을 펼칠 수 있는 환경'),
  );

  test('`글 끝에 도태 얘기 나오던데 무슨 맥락임?`: `끝에` is where, read past its particle', () => {
    expect(said(ask('글 끝에 도태 얘기 나오던데 무슨 맥락임?'))).toContain('도태');
  });

  test.each([
    ['글 마지막은 뭐로 끝나?', '어떻게 생각하시나요'],
    ['how does the article end?', '어떻게 생각하시나요'],
    ['기사 어떻게 시작해?', '팩스'],
  ])('`%s`: how the article ends or begins is its last or first paragraph', (text, words) => {
    const answer = ask(text);
    expect(answer.kind).toBe('passage');
    expect(said(answer)).toContain(words);
  });

  test('`기사에 일본 진출 시작했다고 나와?` asks of something else starting, not of the article’s opening', () => {
    expect(ask('기사에 일본 진출 시작했다고 나와?').kind).not.toBe('passage');
  });
});

describe('what a company named is, and what it holds', () => {
  test('`이랜서는 정확히 뭐 보유한 회사예요?` asks what Elancer has, not which company', () => {
    expect(said(ask('이랜서는 정확히 뭐 보유한 회사예요?'))).toContain('41만');
  });

  test('`이랜서 프리랜서 개발자 풀이 몇 명이라고 했죠?`: a pool’s count counts its developers', () => {
    expect(said(ask('이랜서 프리랜서 개발자 풀이 몇 명이라고 했죠?'))).toContain('41만');
  });

  test('`이랜서 일본 진출 얘기 좀 요약해주세요` sums up Elancer, not the part its words share with Japan', () => {
    const answer = ask('이랜서 일본 진출 얘기 좀 요약해주세요');
    expect(answer.kind === 'summary' ? answer.scope : undefined).toBe('entity');
    expect(said(answer)).toContain('50여 개');
  });
});

test('`미국은 행정명령은 뭐에 관한 거예요?`: what it is about is asked, `관한` asks nothing of its own', () => {
  expect(said(ask('미국은 행정명령은 뭐에 관한 거예요?'))).toContain('안전하고 신뢰할 수 있는');
});

describe('an item picked by its place from the answer before', () => {
  test('`세 번째로 꼽은 건?` after two questions at once picks from the enumeration of the last one’s passage', () => {
    const last = conversation('글쓴이 결론 뭐임? 한국이 뭘 해야 된다는 거', '세 번째로 꼽은 건?');
    expect(said(last.answer)).toContain('인프라 지원');
  });

  test('`그 중 세 번째 항목만 한국 쪽` after the table summed up is its third row, Korea’s side', () => {
    const last = conversation('한국이랑 일본 AI 정책 표 정리좀', '그 중 세 번째 항목만 한국 쪽');
    expect(said(last.answer)).toContain('VC 투자 급감');
  });

  test('`세번째 회사는 일본 진출 어디까지 됐어?` after what happened summed up is the company of its third line', () => {
    const last = conversation(
      '한국 AI 유망주 일본행 러시 무슨 일 있었던 건지 요약 ㄱ',
      '세번째 회사는 일본 진출 어디까지 됐어?',
    );
    expect(said(last.answer)).toContain('이랜서');
  });

  test('`마지막 세 번째 이유` after a part’s lines asks a reason, not the company of its last line', () => {
    const last = conversation(
      '한국 AI 기업들이 일본으로 가는 이유가 뭐예요?',
      '두 번째 이유에 대해 더 알려주세요',
      '마지막 세 번째 이유를 조금 더 자세히 설명해 주실 수 있을까요?',
    );
    expect(said(last.answer)).not.toMatch(/^올거나이즈/);
    expect(last.asked.at(-1)).not.toContain('올거나이즈');
  });
});

test('`올거나이즈는 일본에서 어느 정도 성과를 내고 있는지`: its results are its revenue', () => {
  expect(said(ask('올거나이즈는 일본에서 어느 정도 성과를 내고 있는지 궁금합니다'))).toContain('70%');
});

describe('rows of the comparison named by their aspect', () => {
  test('`한국이랑 일본 인프라 차이, 그리고 시장 성장 차이까지 두 개 다`: both rows, both sides', () => {
    const text = said(ask('한국이랑 일본 인프라 차이, 그리고 시장 성장 차이까지 두 개 다'));
    expect(text).toContain('재생에너지');
    expect(text).toContain('내수 시장');
  });

  test.each([
    ['한국 정부지원은 표에 뭐라고 돼있음', '제한적 세제 혜택'],
    ['시장 성장 부분 한일 차이 한 줄로ㄱㄱ', '고령화'],
    ['일본 투자유치 칸엔 뭐라고 써있음? 표 기준', '빅테크'],
  ])('`%s` is its row', (text, words) => expect(said(ask(text))).toContain(words));

  test('a row named only in the background does not answer the question after it', () => {
    const text = said(
      ask(
        '한일 AI 산업 비교 리포트 쓰는데 교수님이 정부 지원 수치 꼭 넣으라 하셨어요. 일본 정부가 데이터센터 건설에 주는 보조금 최대 금액이 얼마라고 나와 있나요?',
      ),
    );
    expect(text).toContain('450억');
  });
});

describe('the author’s part and the author’s doing', () => {
  test('`글 마지막에 작성자가 바라는 거 뭐야` is the author’s wish, not who the author is', () => {
    const answer = ask('글 마지막에 작성자가 바라는 거 뭐야');
    expect(answer.kind).not.toBe('article');
    expect(said(answer)).toContain('꿈을 펼칠 수 있는 환경');
  });

  test('`글쓴이는 결론에서 한국이 뭘 해야 한다고 해요?`: the author named with its particle names the conclusion', () => {
    const answer = ask('글쓴이는 결론에서 한국이 뭘 해야 한다고 해요?');
    expect(answer.kind === 'summary' ? answer.scope : undefined).toBe('section');
    expect(said(answer)).toContain('규제 완화');
  });

  test('`기사 결론부에서 일본의 사례가 무엇의 중요성을 보여준다고 했습니까?`: 결론부 is where, 중요성 what', () => {
    expect(said(ask('기사 결론부에서 일본의 사례가 무엇의 중요성을 보여준다고 했습니까?'))).toContain(
      '비전 제시',
    );
  });

  test('`이 글 작성자가 누구야` is still who wrote it', () => {
    expect(ask('이 글 작성자가 누구야').kind).toBe('article');
  });
});

test.each([
  ['Which regulation did the EU pass as a world first?', 'AI Act'],
  ['Which transition is Japan trying to jump straight to, skipping past DX?', 'AX'],
])('`%s`: which one of a kind of thing is the thing the fact names, not a company', (text, words) => {
  expect(said(ask(text))).toContain(words);
});

describe('how short an English answer is asked', () => {
  test.each(['EU AI Act - what’s it about, 1 line', 'give me 2 lines on Allganize'])(
    '`%s`: the lines asked are no words to find',
    (text) => expect(answerFound(ask(text))).toBe(true),
  );

  test.each(['Rebellions CEO name + why Japan? short', 'Rebellions CEO name, short'])(
    '`%s`: brevity asks nothing',
    (text) => expect(answerFound(ask(text))).toBe(true),
  );
});

test.each(['그거 기사 어디에 나와?', '진짜? 다른 데선 다르게 나오던데', 'where does it say that?'])(
  'after `일본 법인세 감면 몇 %야?`, `%s` is the answer before again, with its passage',
  (reply) => {
    const last = conversation('일본 법인세 감면 몇 %야?', reply);
    expect(last.answer.kind).toBe('facts');
    expect(said(last.answer)).toContain('30%');
    expect(said(last.answer)).toContain('p11');
  },
);

test('`이랜서 41만 명은 직원이야 프리랜서야?`: of the alternatives offered, the fact says which, with no yes to either', () => {
  const answer = ask('이랜서 41만 명은 직원이야 프리랜서야?');
  expect(answer.kind === 'facts' ? answer.verdict : 'not facts').toBeUndefined();
  expect(said(answer)).toContain('프리랜서');
});

test('`일본을 아시아 AI 허브로 낙점한 미국 빅테크 어디어디?`: a word besides the part’s title (낙점) says which facts list them', () => {
  expect(said(ask('일본을 아시아 AI 허브로 낙점한 미국 빅테크 어디어디?'))).toContain('오픈AI');
});

test('`그 회사 설립연도도 기사에 있어?` after Rebellions: the article is only where, the company is what is asked (not the article’s date)', () => {
  const last = conversation('리벨리온이 일본 어디에 법인 세웠다고 나와?', '그 회사 설립연도도 기사에 있어?');
  expect(last.answer.kind).not.toBe('article');
  expect(answerFound(last.answer)).toBe(false);
});

test('`두 번째 거 영어 약칭 뭐였더라` after Allganize’s clients asks the second one’s short name', () => {
  const last = conversation('올거나이즈 고객 어디야', '두 번째 거 영어 약칭 뭐였더라');
  expect(said(last.answer)).toContain('SMBC');
});

test('`186억 달러 투자 발표한 빅테크에 애플도 들어가 있어?`: `들어가 있` claims one among them', () => {
  expect(said(ask('186억 달러 투자 발표한 빅테크에 애플도 들어가 있어?'))).toContain('AWS');
});

test.each(['원문 그대로 보여줘', '본문이랑 표랑 숫자 좀 다르던데? 본문엔 정확히 뭐라고 써있어'])(
  'after the big tech investment in won, `%s` is the answer before again, with its passage',
  (reply) => {
    const last = conversation('186억 달러 원화로 얼마라고 돼있음', reply);
    expect(last.answer.kind).toBe('facts');
    expect(said(last.answer)).toContain('27조');
  },
);

test.each([
  '기사에서 일본 말고 AI로 빠르게 크고 있다고 한 나라 또 어디야',
  '일본 말고 또 빠르게 크는 나라로 어디 언급됨?',
])('`%s`: the word for a country before where says the kind asked, not a word the fact must have', (text) => {
  const answer = ask(text);
  const lead = answer.kind === 'facts' && answer.lead.kind === 'places' ? answer.lead.places : [];
  expect(lead.map((p) => p.ko)).toEqual(['중국']);
});

test('`EU가 AI Act를 두번째로 만들었다고 했나? 첫번째는 미국이고?`: an ordinal is a word, not a name the article lacks; no, the first', () => {
  expectSays('EU가 AI Act를 두번째로 만들었다고 했나? 첫번째는 미국이고?', '세계 최초');
});

test('`일본이 한국보다 상장 얼마나 쉬운지 수치로 나와있어?`: asked in figures, and the article gives none for it', () => {
  expect(answerFound(ask('일본이 한국보다 상장 얼마나 쉬운지 수치로 나와있어?'))).toBe(false);
});

test('`누가 제일 잘나감? 기사 기준 일본에서 성과 숫자로 나온 회사`: results in figures are Allganize’s revenue share', () => {
  expect(said(ask('누가 제일 잘나감? 기사 기준 일본에서 성과 숫자로 나온 회사'))).toContain('70%');
});

test('a why asked only of what the background said (`…한계가 있다는데 그 원인이 뭐라고 적혀 있나요? 일본은 …?`) is of those words', () => {
  const text = said(
    ask(
      '은퇴한 전기 엔지니어입니다. 표에서 한국 데이터센터가 한계가 있다는데 그 원인이 뭐라고 적혀 있나요? 일본은 반대로 뭘 하고 있고요?',
    ),
  );
  expect(text).toContain('전력 부족');
  expect(text).toContain('재생에너지');
});

test('`마지막 행은요?` after a row of the comparison is the table’s last row', () => {
  const last = conversation(
    '표에서 인프라 항목 한국 vs 일본 어떻게 비교돼 있어요?',
    '투자 유치 항목은?',
    '마지막 행은요?',
  );
  expect(said(last.answer)).toContain('내수 시장');
});

test('`…이름 뭐였지? 오타 확인하려고`: why it was asked, after the question, asks nothing', () => {
  const last = conversation(
    '표 맨 밑줄에 일본 법인 설립 추진 중인 회사들 어디야',
    '거기서 두 번째 회사 이름 뭐였지? 오타 확인하려고',
  );
  expect(answerFound(last.answer)).toBe(true);
  expect(said(last.answer)).toContain('피처링');
});

describe('whom an English message is for', () => {
  test.each([
    ['for our JP guildmate: what share of Allganize’s revenue comes from japan?', '70%'],
    ['for my classmate, who is the CEO of Rebellions?', 'Park Sung-hyun'],
  ])('`%s`: the one it is for is said aside', (text, words) => expect(said(ask(text))).toContain(words));

  test('`why does that matter for the AI startups though?` keeps the article’s words after `for`', () => {
    const last = conversation(
      '2023년 글로벌 VC 국내 투자 얼마야?',
      'why does that matter for the AI startups though?',
    );
    expect(answerFound(last.answer)).toBe(true);
  });
});

test.each(['DX AX 이게 뭔소리야 쉽게좀', 'DX랑 AX가 각각 뭔지 저같은 사람도 알아듣게 풀어서 설명해줄래요?'])(
  '`%s`: asking it plainly asks nothing of its own',
  (text) => expect(said(ask(text))).toContain('AI 전환'),
);

test('`올거나이즈 본사 진짜 일본으로 옮김? 상장도 한다던데 사실?`: hearsay after a one-syllable stem (한다던데) is read as its verb', () => {
  const text = said(ask('올거나이즈 본사 진짜 일본으로 옮김? 상장도 한다던데 사실?'));
  expect(text).toContain('본사');
  expect(text).toContain('상장');
});

test('`리벨리온 CEO 이름이랑 office 어디 열었는지 알려줘`: a name asked, then a where-question of its own, are two questions', () => {
  expect(splitMessage(engine, '리벨리온 CEO 이름이랑 office 어디 열었는지 알려줘')).toHaveLength(2);
  const text = said(ask('리벨리온 CEO 이름이랑 office 어디 열었는지 알려줘'));
  expect(text).toContain('박성현');
  expect(text).toContain('도쿄');
});

test('`SMBC가 어느 은행이야? 기사에 한글 이름 나오지`: its name in Korean is a form of its name', () => {
  expect(said(ask('SMBC가 어느 은행이야? 기사에 한글 이름 나오지'))).toContain('미쓰이스미토모은행');
});

test('a company named in the background and again in the question is the question’s own (`…리벨리온 케이스가 궁금하네요. 리벨리온 대표는 왜 일본을 골랐다고 말했나요?`)', () => {
  const text = said(
    ask(
      '저도 반도체 설계 스타트업 하고 있는데 리벨리온 케이스가 궁금하네요. 리벨리온 대표는 왜 일본을 골랐다고 말했나요?',
    ),
  );
  expect(text).toContain('데이터센터');
});

test('`와 올거나이즈 ㄷㄷ 본사까지 옮겼네 ㅋㅋ 대표는 일본이 왜 좋다고 한 거야?`: a country beside does not take the background company’s place', () => {
  expect(said(ask('와 올거나이즈 ㄷㄷ 본사까지 옮겼네 ㅋㅋ 대표는 일본이 왜 좋다고 한 거야?'))).toContain(
    '고령화',
  );
});

describe('which company, of a country said bare before the word for it', () => {
  test('`중국 대표 AI 기업 어디 언급돼?`: the article names no Chinese company', () => {
    expect(answerFound(ask('중국 대표 AI 기업 어디 언급돼?'))).toBe(false);
  });

  test('`일본에서 돈 대부분 버는 한국 ai회사 어디임`: a Korean company, Allganize', () => {
    expect(said(ask('일본에서 돈 대부분 버는 한국 ai회사 어디임'))).toContain('올거나이즈');
  });

  test('`본사를 아예 일본으로 옮긴 데 어디?`: a country with its particle says where, not whose', () => {
    expect(said(ask('본사를 아예 일본으로 옮긴 데 어디?'))).toContain('올거나이즈');
  });
});

test.each(['부제는? 뒤에 붙은 거', '뒤에 붙은 부제 같은 부분은?'])(
  '`%s`: where in the title is no word to find',
  (text) => {
    const answer = ask(text);
    expect(answer.kind === 'article' ? answer.field : undefined).toBe('title');
  },
);

test.each(["what's the date again?", 'who wrote it again?'])(
  '`%s`: an English filler closing the sentence asks nothing, though the facts say `once again`',
  (text) => expect(ask(text).kind).toBe('article'),
);

describe('a figure claimed to be at least so much', () => {
  test.each([
    ['빅테크 일본 투자 원화로 30조 넘지?', '27조'],
    ['빅테크 일본 투자 200억 달러 넘지?', '186억'],
  ])('`%s`: no, the article’s smaller figure', (text, figure) => {
    const answer = ask(text);
    expect(answer.kind === 'facts' ? answer.verdict?.kind : undefined).toBe('no');
    expect(said(answer)).toContain(figure);
  });

  test('`빅테크 일본 투자 100억 달러 넘지?`: yes', () => {
    const answer = ask('빅테크 일본 투자 100억 달러 넘지?');
    expect(answer.kind === 'facts' ? answer.verdict?.kind : undefined).toBe('yes');
  });
});

test('`이랜서 개발자 50만 명 넘어?`: a figure claimed to be reached, asked with a plain verb, is checked: no, 41만', () => {
  const answer = ask('이랜서 개발자 50만 명 넘어?');
  expect(answer.kind === 'facts' ? answer.verdict?.kind : undefined).toBe('no');
  expect(said(answer)).toContain('41만');
});

describe('a ratio asked (몇 배)', () => {
  test('`일본 AI 데이터센터 시장은 한국보다 몇 배 빨리 큰다는 거야?`: the article gives no ratio', () => {
    expect(answerFound(ask('일본 AI 데이터센터 시장은 한국보다 몇 배 빨리 큰다는 거야?'))).toBe(false);
  });

  test('`글로벌 VC 국내 투자 2021년이랑 비교하면 2023년은 몇 배나 줄어든 거야?`: the two years’ figures it gives', () => {
    const text = said(ask('글로벌 VC 국내 투자 2021년이랑 비교하면 2023년은 몇 배나 줄어든 거야?'));
    expect(text).toContain('9895억');
    expect(text).toContain('2318억');
  });
});

describe('a claim that denies what the article states', () => {
  test.each([
    '미국은 AI 규제를 전혀 안 하고 완전 자유방임이라고 나와있지?',
    '미국은 규제 하나도 없이 완전 방임이라는 거지?',
  ])('`%s`: no, the US builds a regulatory framework', (text) => {
    const answer = ask(text);
    expect(answer.kind === 'facts' ? answer.verdict?.kind : undefined).toBe('no');
    expect(said(answer)).toContain('규제 체계');
  });

  test('`일본어 못 해도 일본 AI 회사 취업 가능함?` denies nothing the article states: not covered', () => {
    expect(answerFound(ask('일본어 못 해도 일본 AI 회사 취업 가능함?'))).toBe(false);
  });
});

test('`미국 EU 중국 AI 정책 한 줄씩`: a line for each of them, each its most telling', () => {
  const answer = ask('미국 EU 중국 AI 정책 한 줄씩');
  expect(answer.kind === 'summary' ? answer.lines.length : 0).toBe(3);
  expect(said(answer)).toContain('안면인식');
});

describe('two things joined, each asked the same (각각)', () => {
  test('`450억엔 보조금이랑 30% 법인세 감면 각각 누구 대상임`: data-centre builders, AI software developers', () => {
    expect(splitMessage(engine, '450억엔 보조금이랑 30% 법인세 감면 각각 누구 대상임')).toEqual([
      '450억엔 보조금 누구 대상임',
      '30% 법인세 감면 누구 대상임',
    ]);
    const text = said(ask('450억엔 보조금이랑 30% 법인세 감면 각각 누구 대상임'));
    expect(text).toContain('데이터센터 건설');
    expect(text).toContain('AI 소프트웨어 개발 기업');
  });

  test('`구글이랑 MS 일본 투자액 각각 비교해줘` compares them: one question', () => {
    expect(splitMessage(engine, '구글이랑 MS 일본 투자액 각각 비교해줘')).toHaveLength(1);
  });
});

describe('years written short, listed', () => {
  test.each(['VC 투자액 21 22 23 다 알려줘', '21, 22, 23년 글로벌VC 국내투자액 나란히 보여줘'])(
    '`%s`: the three years’ figures',
    (text) => {
      const answer = said(ask(text));
      for (const figure of ['9895억', '6097억', '2318억']) expect(answer).toContain(figure);
    },
  );

  test('`글로벌VC 국내투자 YoY 2022→2023 얼마나 빠짐?`: from 6097억 to 2318억', () => {
    const answer = said(ask('글로벌VC 국내투자 YoY 2022→2023 얼마나 빠짐?'));
    expect(answer).toContain('6097억');
    expect(answer).toContain('2318억');
  });
});

describe('who did something, a company', () => {
  test('`186억달러 투자 누가 발표한 거`: Google, MS and AWS', () => {
    const answer = said(ask('186억달러 투자 누가 발표한 거'));
    for (const name of ['구글', 'MS', 'AWS']) expect(answer).toContain(name);
  });

  test('`who opened shop in Tokyo with just an office?`: Upstage', () => {
    expect(said(ask('who opened shop in Tokyo with just an office?'))).toMatch(/Upstage|업스테이지/);
  });

  test('who first said a saying is a person’s: `그 말 누가 처음 했음?` is not answered with a company', () => {
    const { answer } = conversation('업계에선 일본을 어떻게 부른다고?', '그 말 누가 처음 했음?');
    expect(answerFound(answer)).toBe(false);
  });
});

describe('a summary of why, with its figures', () => {
  test.each([
    'tl;dr why are Korean AI startups going to Japan? include numbers pls',
    'AI 스타트업들이 일본 가는 이유 요약해줘',
    '한국 AI 스타트업들이 왜 일본 가는지 3줄 요약, 숫자 포함해서',
  ])('`%s`: the three reasons, with the tax cut and the subsidy', (text) => {
    const answer = ask(text);
    expect(answer.kind).toBe('summary');
    expect(said(answer)).toContain('30%');
    expect(said(answer)).toMatch(/450억|45 billion/);
  });

  test('`include the key numbers` is no word of what is asked; the lines that give figures come first', () => {
    const reading = readQuestion(engine, '리벨리온 요약해줘, 핵심 숫자도 포함해서')!;
    expect(reading.understanding.withFigures).toBe(true);
    expect(reading.terms.map((t) => t.head)).not.toContain('숫자');
    const answer = ask('올거나이즈 요약해줘, 핵심 숫자도 포함해서');
    expect(answer.kind === 'summary' ? answer.lines[0]?.text.ko : '').toMatch(/[0-9]/);
  });
});

describe('how many items are asked for', () => {
  test.each([
    ['미국 국가 AI 이니셔티브 투자 분야 3개', ['연구 개발', '표준 개발', '인력 양성']],
    ['글쓴이가 한국에 필요하다고 한 실질 혜택 3개', ['세제 혜택', '규제 완화', '인프라 지원']],
  ])('`%s`: the count is no figure to find, nor a claim', (text, expected) => {
    const reading = readQuestion(engine, text)!;
    expect(reading.understanding.numbers).not.toContain('3');
    expect(reading.understanding.types.has('yesno')).toBe(false);
    for (const item of expected) expect(said(ask(text))).toContain(item);
  });

  test('`한국 AI 기업들이 … 꼽은 자본 쪽 장점 다 알려줘`: the advantages are listed, not the companies', () => {
    const answer = ask('한국 AI 기업들이 일본이 한국보다 쉽다고 꼽은 자본 쪽 장점 다 알려줘');
    expect(answer.kind).not.toBe('list');
    expect(said(answer)).toContain('M&A');
  });
});

test('`미국이랑 EU AI 정책 차이 간단히 비교해줘`: the US and the EU, not the Korea–Japan table', () => {
  const text = said(ask('미국이랑 EU AI 정책 차이 간단히 비교해줘'));
  expect(text).toContain('이니셔티브');
  expect(text).toContain('AI Act');
  expect(text).not.toContain('법인세');
});

describe('a deed made a noun, or what is said, asked back', () => {
  test('`업스테이지가 일본 상장 준비중이라고?`: no, Allganize', () => {
    const answer = ask('업스테이지가 일본 상장 준비중이라고?');
    expect(answer.kind === 'facts' ? answer.verdict?.kind : undefined).toBe('no');
    expect(said(answer)).toContain('올거나이즈');
  });

  test('`리벨리온은 본사 옮긴 거?`: no, it set up its first overseas subsidiary', () => {
    const answer = ask('리벨리온은 본사 옮긴 거?');
    expect(answer.kind === 'facts' ? answer.verdict?.kind : undefined).toBe('no');
    expect(said(answer)).toContain('해외법인');
  });
});

test.each(['중국은 어떻게 그렇게 빨리 큰건데', '중국은 어떻게 그렇게 빨리 큰 거래?'])(
  '`%s`: 큰 before 거 or 건데 is 크다, grown; state-led investment and data',
  (text) => {
    const reading = readQuestion(engine, text)!;
    expect(reading.terms.find((t) => t.surface === '큰')?.role).toBe('predicate');
    expect(said(ask(text))).toContain('국가 주도');
  },
);

describe('where to, asked of a verb', () => {
  test('`일본이 지금은 어디로 넘어가려 한대?`: to the AI transition (AX), not a country', () => {
    const text = said(ask('일본이 지금은 어디로 넘어가려 한대?'));
    expect(text).toContain('AI 전환(AX)으로 바로 넘어가려');
  });

  test('a city asked is still a city: `올거나이즈 본사 일본 어느 도시로 옮겼어?` is not covered', () => {
    expect(answerFound(ask('올거나이즈 본사 일본 어느 도시로 옮겼어?'))).toBe(false);
  });
});

describe('a verb with what is heard said of it (다는데)', () => {
  test('`업스테이지 오사카에 오피스 열었다는데`: no, Tokyo', () => {
    const answer = ask('업스테이지 오사카에 오피스 열었다는데');
    expect(answer.kind === 'facts' ? answer.verdict?.kind : undefined).toBe('no');
    expect(said(answer)).toContain('도쿄');
  });

  test.each([
    ['옮겼다는데', '옮기다'],
    ['간다는데', '가다'],
  ])('`%s` is read as %s', (word, lemma) => {
    expect(readVerb(engine.lexicon.grammar, word).map((v) => v.lemma)).toContain(lemma);
  });
});

test('`중국은 자율주행이 세계 최고라고 나왔지`: no, facial recognition and surveillance', () => {
  const answer = ask('중국은 자율주행이 세계 최고라고 나왔지');
  expect(answer.kind === 'facts' ? answer.verdict?.kind : undefined).toBe('no');
  expect(said(answer)).toContain('안면인식');
});

test('two questions one fact answers (`기사에 나오는 DX랑 AX가 각각 뭐임?`) get that fact once', () => {
  const { answer } = answerMessage(engine, '기사에 나오는 DX랑 AX가 각각 뭐임?');
  expect(answer.kind).toBe('facts');
  expect(said(answer)).toContain('디지털 전환(DX)');
  expect(said(answer)).toContain('AI 전환(AX)');
});

describe('a list of companies that did what the best facts say of no company', () => {
  test('`일본 데이터센터 보조금 실제로 받은 기업 어디어디?`: the article names none', () => {
    expect(answerFound(ask('일본 데이터센터 보조금 실제로 받은 기업 어디어디?'))).toBe(false);
  });

  test('`일본에 진출한 한국 회사 어디어디?` still lists them', () => {
    const text = said(ask('일본에 진출한 한국 회사 어디어디?'));
    for (const name of ['리벨리온', '올거나이즈', '이랜서']) expect(text).toContain(name);
  });
});

test('`글쓴이는 한국이 뭘 해야 한다고 봐?`: the fact that names the measures one by one comes first', () => {
  const answer = ask('글쓴이는 한국이 뭘 해야 한다고 봐?');
  const first = answer.kind === 'facts' ? answer.facts[0]?.fact.text.ko : '';
  expect(first).toContain('세제 혜택, 규제 완화, 인프라 지원');
});

test('`해외 VC 투자 2023년엔 늘었지?`: no, another fact of the same figure says it fell sharply', () => {
  const answer = ask('해외 VC 투자 2023년엔 늘었지?');
  expect(answer.kind === 'facts' ? answer.verdict?.kind : undefined).toBe('no');
  expect(said(answer)).toContain('크게 줄어든');
});

test('`그 다음 문단은 뭐래` after a part summed up: the paragraph after its last line’s', () => {
  const { answer } = conversation('한국 AI 산업의 위기 요약해줘', 'ㅇㅋ 그 다음 문단은 뭐래');
  expect(said(answer)).toContain('국가 AI 이니셔티브');
});

test.each(['리밸리온 대표 누구였징', '리벨리온 대표 누구였쥐?'])(
  '`%s`: a closing ending spelled in play; Park Sung-hyun',
  (text) => {
    expect(said(ask(text))).toContain('박성현');
  },
);

test('`일본 수도에 오피스 연 회사?`: Japan’s capital is Tokyo; Upstage', () => {
  expect(said(ask('일본 수도에 오피스 연 회사?'))).toContain('업스테이지');
});

test('`…쉽다는 건 누구 입장에서 장점이래`: whose eyes is the party the fact names, no person', () => {
  expect(said(ask('일본 상장기업 인수합병 쉽다는 건 누구 입장에서 장점이래'))).toContain(
    '한국 AI 스타트업들',
  );
});

test('`예산정책처 자료는 2022년 기준 2318억원이라고 했던가`: no, 2318억 is the 2023 figure', () => {
  const answer = ask('예산정책처 자료는 2022년 기준 2318억원이라고 했던가');
  expect(answer.kind === 'facts' ? answer.verdict?.kind : undefined).toBe('no');
  expect(said(answer)).toContain('2023');
});

test.each([
  '채널톡이랑 달리 아예 본사를 옮긴 데는 어디였지',
  'unlike Rebellions, which company moved its headquarters?',
])('`%s`: unlike one named, another: Allganize', (text) => {
  expect(said(ask(text))).toMatch(/올거나이즈|Allganize/);
});

test('one new name after a group of its kind asks the same of it alone: `eu는?` after the US and China', () => {
  const { answer, asked } = conversation('미국이랑 중국 AI 정책 어때?', 'eu는?');
  expect(asked.join(' ')).not.toMatch(/미국|중국/);
  expect(said(answer)).toContain('AI Act');
});

test('`일본 말고 언급된 나라 어디어디?`: the countries of the article but Japan', () => {
  const answer = ask('일본 말고 언급된 나라 어디어디?');
  const labels = answer.kind === 'list' ? answer.items.map((item) => item.label.ko) : [];
  expect(labels).not.toContain('일본');
  expect(labels).toContain('중국');
});

test('`근데 왜 그렇게 급한건데` after Japan skipping to AX: with it, the ageing that leaves Japan short of workers', () => {
  const { answer } = conversation('일본이 DX 건너뛰고 어디로 간다고?', '근데 왜 그렇게 급한건데');
  expect(said(answer)).toContain('고령화');
});

test.each(['표 제목이 뭐야?', '비교표 제목은?'])(
  '`%s`: the heading over the table’s rows, not the article’s title',
  (text) => {
    const answer = ask(text);
    expect(answer.kind === 'passage' ? answer.passage.text : '').toBe('한국과 일본의 AI 정책 비교');
  },
);

test('`나이 드신 분들이 많아져서 …` is the ageing the article speaks of', () => {
  expect(
    said(ask('나이 드신 분들이 많아져서 일할 사람이 모자라는 게 일본의 AI 수요랑 무슨 관계라고 나와?')),
  ).toContain('고령화');
});

test('`일본 말고 같이 언급된 나라 어디였지?`: which countries, Japan set apart', () => {
  const answer = ask('일본 말고 같이 언급된 나라 어디였지?');
  const labels = answer.kind === 'list' ? answer.items.map((item) => item.label.ko) : [];
  expect(labels).toContain('중국');
  expect(labels).not.toContain('일본');
});

test('`VC 투자 수치 나오는 섹션 제목 뭐야`: the title of the part the figure is in leads', () => {
  const answer = ask('VC 투자 수치 나오는 섹션 제목 뭐야');
  expect(answer.kind === 'facts' && answer.lead.kind === 'places' ? answer.lead.places[0]?.ko : '').toBe(
    '한국 AI 산업의 위기',
  );
});

test('`올거나이즈랑 이랜서 일본 진출 방식 차이 뭐야?`: the form each took, head office and subsidiary', () => {
  const text = said(ask('올거나이즈랑 이랜서 일본 진출 방식 차이 뭐야?'));
  expect(text).toContain('본사');
  expect(text).toContain('이미 일본 법인을 설립했다');
});

test.each([
  '팩스 도장 말고 일본을 부르던 물건 하나 더 있었는데 뭐였지',
  '일본이 아날로그 국가 이미지였다는데 기사에서 예로 든 물건들 뭐뭐',
])('`%s`: a word for things given as examples asks for them: fax, keys, seals', (text) => {
  expect(said(ask(text))).toContain('열쇠');
});

test('`AI Act는 위험도 상관없이 다 똑같이 규제하는 거죠?`: no, by the risk level, differentiated', () => {
  const answer = ask('AI Act는 위험도 상관없이 다 똑같이 규제하는 거죠?');
  expect(answer.kind === 'facts' ? answer.verdict?.kind : undefined).toBe('no');
  expect(said(answer)).toContain('차등');
});

test('`이랜서 프리랜서 몇명이라고 했죠 ㅎㅎ 41만? 14만? 헷갈려서`: two guesses, one asked; why asked is no part of it', () => {
  const reading = readQuestion(engine, '이랜서 프리랜서 몇명이라고 했죠 ㅎㅎ 41만? 14만? 헷갈려서')!;
  expect(reading.understanding.guesses).toBe(true);
  expect(said(ask('이랜서 프리랜서 몇명이라고 했죠 ㅎㅎ 41만? 14만? 헷갈려서'))).toContain('41만');
});

test('`VC 투자액은 2021년 이후로 늘어났다는 거죠?`: no, the fact on it says it fell sharply', () => {
  const answer = ask('VC 투자액은 2021년 이후로 늘어났다는 거죠?');
  expect(answer.kind === 'facts' ? answer.verdict?.kind : undefined).toBe('no');
  expect(said(answer)).toContain('크게 줄어든');
});

test('`일본 정부가 AI 소프트웨어 개발 기업에 제공하는 세제 혜택 내용을 정리해주실 수 있을까요?`: of many words, the facts with most', () => {
  const answer = ask(
    '안녕하세요, 혹시 일본 정부가 AI 소프트웨어 개발 기업에 제공하는 세제 혜택 내용을 정리해주실 수 있을까요?',
  );
  expect(answer.kind).toBe('summary');
  expect(said(answer)).toContain('30%');
});

test('`일본 기업들이 AI 도입에 이렇게 적극적인 배경이 무엇이라고 설명합니까?`: Japan’s companies at large are Japan; the ageing workforce', () => {
  expect(said(ask('일본 기업들이 AI 도입에 이렇게 적극적인 배경이 무엇이라고 설명합니까?'))).toContain(
    '고령화',
  );
});

test('`구글·MS·AWS가 발표한 일본 투자액 총합이 얼마입니까?`: 총합 is the total, 186억 달러', () => {
  expect(said(ask('구글·MS·AWS가 발표한 일본 투자액 총합이 얼마입니까?'))).toContain('186억');
});

test.each([
  ['ㅇㄱㄴㅇㅈ 일본 매출 비중 ㅁㅍ?', '70%'],
  ['법인세 감면 ㅇㅈㄲㅈ?', '2032'],
])('`%s`: question words typed as their initials (몇 퍼센트, 언제까지)', (text, expected) => {
  expect(said(ask(text))).toContain(expected);
});

test('`이랜서 협력 기관 수랑 시작 시점 한번에`: a part closed by a count asks it, with no verb after; both parts answered', () => {
  expect(splitMessage(engine, '이랜서 협력 기관 수랑 시작 시점 한번에')).toHaveLength(2);
  const text = said(ask('이랜서 협력 기관 수랑 시작 시점 한번에'));
  expect(text).toContain('50여');
  expect(text).toContain('다음 달');
});

test('`리벨리온 핵심만 두 줄로`: lines asked in a summary already asked are no word to find; two lines', () => {
  const answer = ask('리벨리온 핵심만 두 줄로');
  expect(answer.kind).toBe('summary');
  expect(answer.kind === 'summary' ? answer.lines : []).toHaveLength(2);
  expect(said(answer)).toContain('도쿄');
});

test('`올거나이즈 대표님 성함 자막에 넣어야 돼서 ㅇㅇ 누구야`: what the asker must do is why they ask, not what', () => {
  expect(said(ask('올거나이즈 대표님 성함 자막에 넣어야 돼서 ㅇㅇ 누구야'))).toContain('이창수');
});

test('`파인더스ai 피처링 채널톡 얘네는 일본에서 머하는중?`: 얘네 points at the names before it, no word to find', () => {
  expect(said(ask('파인더스ai 피처링 채널톡 얘네는 일본에서 머하는중?'))).toContain('법인 설립');
});

test('`고령화 얘기 한 대표 누구고, 그 회사 일본 매출 비중은?`: a later part points at what the first asks of, no question back', () => {
  const text = said(ask('고령화 얘기 한 대표 누구고, 그 회사 일본 매출 비중은?'));
  expect(text).toContain('이창수');
  expect(text).toContain('70%');
});

test.each([
  ['리벨리온 대표 이름이랑 법인 세운 도시', ['박성현', '도쿄']],
  ['이랜서 협력 기관 수랑 시작 시점', ['50여', '다음 달']],
])(
  '`%s`: two nouns joined, the message ending on the noun of what the second asks, with no verb',
  (text, expected) => {
    expect(splitMessage(engine, text)).toHaveLength(2);
    const reply = said(ask(text));
    for (const e of expected) expect(reply).toContain(e);
  },
);

test("`'인공지능 사업을 하려면 일본으로 가자' 이거 누가 한 말이야?`: words quoted that no person said; the passage says whose", () => {
  const answer = ask("'인공지능 사업을 하려면 일본으로 가자' 이거 누가 한 말이야?");
  expect(answer.kind).toBe('passage');
  expect(said(answer)).toContain('스타트업 사이');
});

test("`'블랙홀처럼 빨아들인다'고 말한 사람은 구체적으로 누구인가요?`: a person named is asked; the crowd it is put to is none", () => {
  expect(answerFound(ask("'블랙홀처럼 빨아들인다'고 말한 사람은 구체적으로 누구인가요?"))).toBe(false);
});

test.each([
  ['일본이 왜 그렇게 인기가 많은 거예요?', '이유'],
  ['일본 시장 자체가 매력적인 이유로 든 게 뭐야?', '시장'],
  ['why is japan so attractive for korean startups', 'reasons'],
])('`%s`: why a thing draws people is answered by the reasons given for going there', (text, expected) => {
  const answer = ask(text);
  expect(answerFound(answer)).toBe(true);
  expect(said(answer)).toContain(expected);
});

test.each([
  ['2023년 글로벌 VC 국내 투자액은 얼마인가요?', '그 사이 2022년은 얼마였는지도 알 수 있을까요?', '6097억'],
  ['how much did global VC invest in korea in 2023 and 2021', 'and 2022 was somewhere in between?', '609.7'],
])(
  '`%s` then `%s`: the year between the two said is asked; 그 사이, 였는지 and in between are no words to find',
  (first, then, expected) => {
    const before = answerMessage(engine, first).asked.at(-1);
    expect(said(ask(then, before))).toContain(expected);
  },
);

test("`Compare Korea vs Japan on 'investment attraction' in the table`: the noun of a verb finds the verb's form (attracting)", () => {
  expect(said(ask("Compare Korea vs Japan on 'investment attraction' in the table pls"))).toContain(
    'Attracting investment',
  );
});

describe('a fact read from a table: its row as the article writes it leads', () => {
  const title = (text: string, language: 'ko' | 'en' = 'ko') =>
    renderAnswer(engine, ask(text), language).embeds?.[0]?.title ?? '';

  test('`비교표에서 정부 지원 칸 한국 vs 일본 뭐라고 돼 있어`: the point, each side’s cell', () => {
    expect(title('비교표에서 정부 지원 칸 한국 vs 일본 뭐라고 돼 있어')).toBe(
      '표에는 “정부 지원 — 한국: 제한적 세제 혜택 · 일본: 법인세 최대 30% 감면”',
    );
  });

  test('`시장 성장 항목은 한일 각각 어떻게 적혀있어`: a row named by its point is the table’s words', () => {
    expect(title('시장 성장 항목은 한일 각각 어떻게 적혀있어')).toContain('고령화 사회의 AI 수요 급증');
  });

  test('`뤼튼테크놀로지스 일본 쪽 현황 표에 뭐라고 적혀 있음`: a row of another table, as written', () => {
    expect(title('뤼튼테크놀로지스 일본 쪽 현황 표에 뭐라고 적혀 있음')).toContain(
      '뤼튼테크놀로지스 일본 시장 진출',
    );
  });

  test('`업스테이지는 일본에서 뭘 했다는 거야?`: a fact read from a row leads with the row, unasked', () => {
    expect(title('업스테이지는 일본에서 뭘 했다는 거야?')).toBe(
      '표에는 “업스테이지 도쿄에 일본 오피스 개설”',
    );
    expect(title('What did Upstage do in Japan?', 'en')).toContain('Opened a Japan office in Tokyo');
  });

  test('`Which companies in the table are still only planning…`: the companies asked still lead', () => {
    expect(
      title('Which companies in the table are still only *planning* to set up a Japan entity?', 'en'),
    ).toContain('Channel Talk');
  });
});

test.each([
  [
    '이랜서 본격적인 일본 프로젝트는 언제부터 시작한대?',
    'ko',
    '다음 달부터 (기사 작성일 2025년 4월 4일 기준)',
  ],
  [
    'when does elancer start its japan projects',
    'en',
    'From next month (counted from the article date, 4 April 2025)',
  ],
])('`%s`: a time the fact gives in words, not as a date, leads as it says it', (text, language, expected) => {
  expect(renderAnswer(engine, ask(text), language as 'ko' | 'en').embeds?.[0]?.title).toBe(expected);
});

test('`where did Upstage open its Japan office`: in English, the place with the article’s Korean beside', () => {
  expect(renderAnswer(engine, ask('where did Upstage open its Japan office'), 'en').embeds?.[0]?.title).toBe(
    'Tokyo (도쿄)',
  );
});

test('`피처링은 일본에서 어디까지 갔어?`: how far along, its stage; no place asked', () => {
  const reading = readQuestion(engine, '피처링은 일본에서 어디까지 갔어?')!;
  expect(reading.understanding.types.has('place')).toBe(false);
  expect(said(ask('피처링은 일본에서 어디까지 갔어?'))).toContain('설립을 추진');
});

test('`글쓴이 한국 IT에 대해선 어떻게 평가해?`: an acronym typed in capitals is a word (IT 강국), not the pronoun it', () => {
  expect(said(ask('글쓴이 한국 IT에 대해선 어떻게 평가해?'))).toContain('IT 강국');
  expect(
    said(
      ask(
        'Which companies does it mention?',
        answerMessage(engine, 'Give me a quick summary of this article').asked.at(-1),
      ),
    ),
  ).toContain('Rebellions');
});

test('`rebellions 라는 회사가 도쿄에 머 세웠다구요?`: 다구, said as 다고 is, closes the verb', () => {
  expect(said(ask('rebellions 라는 회사가 도쿄에 머 세웠다구요?'))).toContain('첫 해외법인');
});

test('`뤼튼은 일본에서 멀 햇다는거?`: 멀 typed for 뭘 asks what, no yes or no', () => {
  const answer = ask('뤼튼은 일본에서 멀 햇다는거?');
  expect(answer.kind === 'facts' ? answer.verdict : 'not facts').toBeUndefined();
  expect(said(answer)).toContain('시장에 진출');
});

test.each([
  ['이랜서 몇 개 기업이랑 협력한다 했지? 40개?', '50여'],
  ['데이터센터 보조금 얼마였더라, 100억엔?', '450억'],
])(
  '`%s`: a figure guessed after the question that finds nothing leaves the question; the article’s figure',
  (text, expected) => {
    const answer = ask(text);
    expect(answerFound(answer)).toBe(true);
    expect(said(answer)).toContain(expected);
  },
);

test.each([
  ['글쓴이는 인재 일본 가는거 어떻게 봄?', '안타까운 현실'],
  ['글쓴이는 일본 가는 거 좋게 보는 거야 나쁘게 보는 거야', '글쓴이'],
])('`%s`: a country only where something goes is no subject; the author’s view of it', (text, expected) => {
  expect(said(ask(text))).toContain(expected);
});

test('`글쓴이 결론 한 줄로 요약 좀`: the author’s conclusion in one line carries what they call for (p43)', () => {
  const text = said(ask('글쓴이 결론 한 줄로 요약 좀'));
  expect(text).toContain('미래 성장 동력');
  expect(text).toContain('세제 혜택');
});

test('`이 글 언제 올라온 거야?`: the date, and as the article prints it, time and all', () => {
  const title = renderAnswer(engine, ask('이 글 언제 올라온 거야?'), 'ko').embeds?.[0]?.title;
  expect(title).toBe('게시일: 2025년 4월 4일 (2025. 4. 4. 00:08)');
  // (asked with another field, the card gives it so too)
  const card = renderAnswer(engine, ask('이 글 누가 언제 올린 거야?'), 'ko').embeds?.[0]?.fields ?? [];
  expect(card.map((f) => f.value)).toContain('2025. 4. 4. 00:08');
});

test('`AI 정책 사례로 나온 나라들 어디어디?`: the part named by its title, a kind’s word (정책) among its words; its countries', () => {
  const answer = ask('AI 정책 사례로 나온 나라들 어디어디?');
  expect(answer.kind).toBe('list');
  const text = said(answer);
  for (const country of ['미국', '중국', '유럽연합']) expect(text).toContain(country);
  expect(answer.kind === 'list' ? answer.items.map((i) => i.label.ko) : []).not.toContain('일본');
});

test('`Allganaize CEO name + what % of revenue comes from Japan?`: + joins two questions as and does', () => {
  expect(splitMessage(engine, 'Allganaize CEO name + what % of revenue comes from Japan?')).toHaveLength(2);
  const text = said(ask('Allganaize CEO name + what % of revenue comes from Japan?'));
  expect(text).toContain('Lee Chang-soo');
  expect(text).toContain('70%');
});

test.each([
  ['영상 끝부분에 해외 사례를 짧게 붙일 생각이에요. 그중에 EU는 뭘 세계 최초로 만들었다고 나와요?', 1],
  ['엔딩 내레이션은 글쓴이 의견으로 마무리하려고 해. 필자가 구체적으로 어떤 혜택들을 언급했어?', 1],
  ['이랜서 대표 이름 알고 싶어. 그리고 프리랜서 몇 명이야?', 2],
])(
  '`%s`: a sentence on what the asker means to do is no part to answer (unless it asks to know)',
  (text, parts) => {
    expect(splitMessage(engine, text)).toHaveLength(parts);
  },
);

test('`박성현 대표 vs 이창수 대표, …비교해줘`: people compared by what they said, not the post they hold', () => {
  const answer = ask('박성현 대표 vs 이창수 대표, 둘 다 일본이 한국보다 뭐가 낫다고 했는지 비교해줘');
  expect(answer.kind).toBe('compare');
  if (answer.kind !== 'compare') return;
  for (const side of answer.sides) expect(side.facts.every((f) => f.fact.kind !== 'profile')).toBe(true);
  expect(said(answer)).not.toContain('박성현은 리벨리온의 대표다');
});

test('`…엔화로요` then `원화로는 얼마예요?`: a currency of the reply’s own takes the place of the one asked before', () => {
  const before = answerMessage(
    engine,
    'how much subsidy does japan give for building data centers? 엔화로요',
  ).asked.at(-1);
  expect(said(ask('원화로는 얼마예요?', before))).toContain('4428억');
});

test.each([
  ['tl;dr pls, need a blurb for the video description', 'article'],
  ['write me a short blurb about rebellions', 'entity'],
])('`%s`: a blurb is a summary asked for', (text, scope) => {
  const answer = ask(text);
  expect(answer.kind).toBe('summary');
  expect(answer.kind === 'summary' ? answer.scope : undefined).toBe(scope);
});

test('`일본 진출했거나 준비 중인 한국 회사들 … 전부 나열해줘`: 거나 offers two, either will do; all eight companies', () => {
  const answer = ask('일본 진출했거나 준비 중인 한국 회사들 기사에 나온 거 전부 나열해줘');
  expect(answer.kind).toBe('list');
  const names = answer.kind === 'list' ? answer.items.map((i) => i.label.ko) : [];
  for (const name of ['리벨리온', '올거나이즈', '업스테이지', '채널톡']) expect(names).toContain(name);
});

test('`글쓴이 닉네임이랑 글 올라온 카테고리 알려줘 (영상 설명란 출처용)`: words in brackets closing the message are an aside', () => {
  const text = said(ask('글쓴이 닉네임이랑 글 올라온 카테고리 알려줘 (영상 설명란 출처용)'));
  expect(text).toContain('사회&경제&생활 정보');
  expect(text).toContain('editor6141');
});

test.each([
  ['일본 보조금은 반도체 공장 지을 때 주는 거라고 했지?', '데이터센터 건설'],
  ['이랜서가 일본 50여개 나라랑 협력한다는 거지?', '기업 및 기관'],
])(
  '`%s`: the claim’s own thing where the fact has another, before the same verb: no, what the fact says',
  (text, expected) => {
    const answer = ask(text);
    expect(answer.kind === 'facts' ? answer.verdict?.kind : undefined).toBe('no');
    expect(said(answer)).toContain(expected);
  },
);

test('`컴공 졸업하고 대학원 가는 게 나을까요?`: of nothing the article names, no claim to set right', () => {
  expect(said(ask('컴공 졸업하고 대학원 가는 게 나을까요, 바로 취업하는 게 나을까요?'))).not.toContain(
    '아니요',
  );
});

test('`which US big tech companies are mentioned?`: a country a few describing words before the noun says whose', () => {
  const answer = ask('which US big tech companies are mentioned?');
  const names = answer.kind === 'list' ? answer.items.map((i) => i.label.en) : [];
  expect(names).toContain('Google');
  expect(names).not.toContain('Rebellions');
});

test('`Does the article say which universities these companies recruit from?`: the kind after which is asked; no list of companies', () => {
  expect(answerFound(ask('Does the article say which universities these companies recruit from?'))).toBe(
    false,
  );
  expect(ask('which US big tech companies are mentioned?').kind).toBe('list');
});

test('`일본으로 넘어간 한국 AI 개발자가 몇 명이나 된대요?`: a figure of a deed, from a fact about none named that does not say it, is none', () => {
  expect(answerFound(ask('일본으로 넘어간 한국 AI 개발자가 몇 명이나 된대요?'))).toBe(false);
  expect(said(ask('이랜서 개발자 몇 명 보유했어?'))).toContain('41만');
});

test('`2023년 외국vc 국내투자액 얼만지 알려죠`: Latin letters run onto a Korean word the article knows are a word of their own; 알려죠 asks', () => {
  expect(said(ask('2023년 외국vc 국내투자액 얼만지 알려죠'))).toContain('2318억');
  expect(answerFound(ask('사카나AI 요즘 어때? 투자 얼마 받았음'))).toBe(false);
});

test('`디지털 전환이랑 AI 전환 중에 어디서 앞섰다고 함`: a place word after a choice asks which, not where nor yes or no', () => {
  const text = said(ask('한국은 디지털 전환이랑 AI 전환 중에 어디서 앞섰다고 함'));
  expect(text.split('\n')[0]).toContain('디지털 전환에서는 한국이 앞섰');
  expect(text.split('\n')[0]).not.toMatch(/^네/);
});

test('`상장은 어디서 준비 중이라고 했죠?` after what a CEO said: of the company the person heads', () => {
  expectFollowUpSays(
    [
      '올거나이즈 매출에서 일본 법인 비중이 얼마나 돼요?',
      '이창수 대표는 일본 시장을 어떻게 봤대요?',
      '상장은 어디서 준비 중이라고 했죠?',
    ],
    '증시 상장',
  );
});

test('`대표 이름은?` after the clients: the title asks of the company before, not of its clients', () => {
  const { answer, asked } = conversation('올거나이즈 주요 고객 누구야?', '대표 이름은?');
  expect(said(answer)).toContain('이창수');
  expect(asked.at(-1)).not.toContain('고객');
});

test('`그분 말로는 … 언제 시작된다고 했나요?` of a CEO named in romanised syllables: of the company he heads', () => {
  const { answer } = conversation(
    'How many Japanese companies and institutions is Elancer working with on projects?',
    '그 회사 대표님 성함도 알려주시겠어요?',
    '그분 말로는 본격적인 일본 프로젝트가 언제 시작된다고 했나요?',
  );
  expect(said(answer)).toContain('다음 달');
});

test('`and what share of their revenue comes from the Japan unit?` after the clients, in English: asked as it is, when `their` points at no person or company before', async () => {
  const service = await createKnowledgeService({ dir: 'knowledge' });
  const locale = 'en-US';
  const first = await askOnce(service, 'Which Japanese financial firms are listed as 올거나이즈 clients?', {
    locale,
  });
  const reply = await askOnce(service, 'and what share of their revenue comes from the Japan unit?', {
    locale,
    previous: first.asked,
  });
  expect(reply.found).toBe(true);
  expect(JSON.stringify(reply.reply)).toContain('70%');
});

describe('summaries asked in other words', () => {
  test.each([
    ['보고서에 붙일 거라서 핵심만 불릿 포인트로 정리해 주십시오.', '리벨리온, 올거나이즈, 이랜서'],
    ['올거나이즈 관련 내용만 추려서 요약해 줄래요?', '올거나이즈'],
  ])('`%s`: what the asker will do with it, and the words for the form, ask nothing', (text, title) => {
    const answer = ask(text);
    expect(answer.kind).toBe('summary');
    expect(said(answer)).toContain(title);
  });

  test('`…의견 부분은 결국 무슨 얘기예요? 요약해 주세요`: a closing request to sum up asks the part before as a summary', () => {
    expect(splitMessage(engine, '글쓴이 본인 의견 부분은 결국 무슨 얘기예요? 요약해 주세요')).toHaveLength(1);
    const { answer } = answerMessage(engine, '글쓴이 본인 의견 부분은 결국 무슨 얘기예요? 요약해 주세요');
    expect(answer.kind).toBe('summary');
    expect(said(answer)).toContain('규제 완화');
  });

  test('`…근거 뭐였음? 한줄로`: a length alone closing the message still only shortens the answer', () => {
    const { answer } = answerMessage(engine, '박성현 대표가 일본 놓치면 안된다고 한 근거 뭐였음? 한줄로');
    expect(answer.kind).not.toBe('summary');
  });
});

test('`…말이 사실인지 모르겠어요. … 일본의 어떤 점을 장점으로 꼽았다고 했나요?`: what the asker wonders before asks no yes or no; start-ups in the plural describe no one company', () => {
  const text =
    '일본 가서 상장하는 게 한국보다 쉽다는 말이 사실인지 모르겠어요. 저는 주식도 잘 안 해서 감이 안 오네요. 기사에서는 한국 AI 스타트업들이 일본의 어떤 점을 장점으로 꼽았다고 했나요?';
  const reading = readQuestion(engine, text)!;
  expect(reading.understanding.types.has('yesno')).toBe(false);
  const answer = ask(text);
  expect(answerFound(answer)).toBe(true);
  expect(said(answer)).toContain('자본 조달');
  // (a sentence before that asks it still asks yes or no)
  expect(
    readQuestion(
      engine,
      'ㅋㅋㅋ 일본 팩스 나라라더니 ㄹㅇ 바뀐거임? 지금은 뭐가 되고 있다는데',
    )!.understanding.types.has('yesno'),
  ).toBe(true);
});

test('`…처음 들어봄. 본사까지 일본으로 옮겼다길래 뭐하는 덴지 궁금해짐. 무슨 사업하는 회사라고 소개돼 있어?`: what made the asker wonder is said aside; the company’s card answers', () => {
  const text =
    '올거나이즈라는 회사 처음 들어봄. 본사까지 일본으로 옮겼다길래 뭐하는 덴지 궁금해짐. 무슨 사업하는 회사라고 소개돼 있어?';
  const answer = ask(text);
  expect(answerFound(answer)).toBe(true);
  expect(said(answer)).toContain('AI 솔루션');
  // (a clause closed so that asks, `뭘 해줬길래`, is the question)
  const asks = readQuestion(engine, '일본 정부가 뭘 해줬길래 AI 허브가 됐어?')!;
  expect(asks.terms.find((t) => t.surface.startsWith('해줬길래'))?.role).not.toBe('filler');
});

test('`이랜서 프리랜서 몇명 ㅇㅇ 대표 누구 ㅇㅇ 협력사 몇개`: chat noise that closes what it follows parts questions', () => {
  expect(splitMessage(engine, '이랜서 프리랜서 몇명 ㅇㅇ 대표 누구 ㅇㅇ 협력사 몇개')).toEqual([
    '이랜서 프리랜서 몇명',
    '대표 누구',
    '협력사 몇개',
  ]);
  const text = said(ask('이랜서 프리랜서 몇명 ㅇㅇ 대표 누구 ㅇㅇ 협력사 몇개'));
  for (const expected of ['41만', '박우진', '50여']) expect(text).toContain(expected);
  // (one that stresses, `ㄹㅇ`, parts nothing)
  expect(splitMessage(engine, 'ㅋㅋㅋ 일본 팩스 나라라더니 ㄹㅇ 바뀐거임?')).toHaveLength(1);
});

test('`시장 성장 쪽은 두 나라가 어떻게 다르게 적혀 있나요?`: the two countries, told apart, are the comparison’s sides', () => {
  expect(
    readQuestion(engine, '시장 성장 쪽은 두 나라가 어떻게 다르게 적혀 있나요?')!.understanding.types.has(
      'compare',
    ),
  ).toBe(true);
  const text = said(ask('시장 성장 쪽은 두 나라가 어떻게 다르게 적혀 있나요?'));
  expect(text).toContain('내수 시장 중심');
  expect(text).toContain('고령화 사회의 AI 수요 급증');
});

test('`일본에 진출했거나 진출 준비 중인 … 어떤 회사들`: after `거나` the same verb again, the word that tells the second apart is an alternative too', () => {
  const text = said(ask('일본에 진출했거나 진출 준비 중인 한국 AI 기업 어떤 회사들이 나와요?'));
  for (const name of ['리벨리온', '올거나이즈', '업스테이지', '채널톡']) expect(text).toContain(name);
});

describe('follow-ups of a figure in another year or currency', () => {
  test('`전년도랑 비교하면 얼마나 줄어든 거예요?` after 2023: the year before, set against it', () => {
    const text = said(
      conversation('2023년 글로벌 VC 국내 투자액 얼마야?', '전년도랑 비교하면 얼마나 줄어든 거예요?').answer,
    );
    expect(text).toContain('6097억');
    expect(text).toContain('2318억');
  });

  test('`엔화 기준으로는요?` after the subsidy in won: the figure in yen', () => {
    const { answer } = conversation(
      '일본 데이터센터 보조금이 원화로 최대 얼마 정도예요?',
      '엔화 기준으로는요?',
    );
    expect(said(answer)).toContain('450억 엔');
  });

  test('`And the won equivalent, as written in the article?`: the currency after a determiner; the article is where', () => {
    const { answer } = conversation(
      "What's the maximum data center subsidy Japan offers?",
      'And the won equivalent, as written in the article?',
    );
    expect(said(answer)).toContain('4428억');
    expect(said(answer)).not.toContain('Published');
  });
});

test('`186억달러 … 귀찮아서 그냥 기사에 원화로 써둔 거 있으면 그거 알려줘`: why the asker asks is no word to find', () => {
  expect(
    said(
      ask(
        '186억달러 이러면 감이 안 옴 ㅋㅋ 달러 환산 귀찮아서 그냥 기사에 원화로 써둔 거 있으면 그거 알려줘.',
      ),
    ),
  ).toContain('27조');
});

test("`what's aging got to do with it`: got to do with asks why", () => {
  const { types } = readQuestion(
    engine,
    "korean ai startups moving to japan: what's aging got to do with it",
  )!.understanding;
  expect(types.has('reason')).toBe(true);
});

test('`what did Upstage actually do in Japan, per the post?`: the post, like the article, is where, nothing to find', () => {
  expectSays('what did Upstage actually do in Japan, per the post?', 'Tokyo');
});

test('`뤼튼 회사 정식 이름 기사에 뭐라고 돼있음`: 뭐라고 돼있다 typed as one asks how it is written, as 뭐라고 돼 있다 does', () => {
  expect(said(ask('뤼튼 회사 정식 이름 기사에 뭐라고 돼있음'))).toContain('뤼튼테크놀로지스');
  expect(answerFound(ask('뤼튼 회사 정식 이름 기사에 뭐라고 돼있음'))).toBe(true);
});

test.each(['리벨리온 뭐하는 회사야 섹터만', '리벨리온 업종이 뭐야'])(
  '`%s`: the field of a company asked is what it does, no word to find',
  (text) => {
    const answer = ask(text);
    expect(answerFound(answer)).toBe(true);
    expect(said(answer)).toContain('AI 반도체');
  },
);

test('`비교하면요`, `정리하면요`: a polite 요 typed onto an ending is read as the verb it follows', () => {
  expect(engine.lexicon.lemmaKeys('비교하면요')).toContain('비교');
  expect(engine.lexicon.lemmaKeys('정리하면요')).toContain('정리');
  expect(
    readQuestion(engine, '리벨리온이랑 올거나이즈 일본 진출 방식 비교하면요?')!.understanding.types.has(
      'compare',
    ),
  ).toBe(true);
});

test('`미국은 어떤 방식으로 접근한대요?`: how a country approaches it is what it does, no word to find', () => {
  expectSays('미국은 어떤 방식으로 접근한대요?', '국가 AI 이니셔티브');
});

test('`이랜서 일본 법인 어디에 세웠대`: where something was set up is a place the fact must give, no figure of speech', () => {
  expect(answerFound(ask('이랜서 일본 법인 어디에 세웠대'))).toBe(false);
  expect(said(ask('리벨리온 일본 법인 어디에 세웠어?'))).toContain('도쿄');
});

test('`그럼 아직 일본 법인 설립 추진 중인 곳들은 어디어디예요?` after a company: which ones do it, of its own words, not of the company before', () => {
  const { answer } = conversation(
    '프리랜서 개발자 41만 명 보유했다는 회사가 어디였죠?',
    '그럼 아직 일본 법인 설립 추진 중인 곳들은 어디어디예요?',
  );
  for (const name of ['파인더스AI', '피처링', '채널톡']) expect(said(answer)).toContain(name);
});

test('`allganize daepyo 이름 알려줘잉`: a request typed with a chat ending asks nothing of its own', () => {
  expect(said(ask('allganize daepyo 이름 알려줘잉'))).toContain('이창수');
});

test.each(['세번째 거 좀 더 풀어줘', '마지막 거 좀 쉬운 말로 풀어서 설명해 줄래요?'])(
  '`%s` after the three reasons: the one picked, explained more',
  (then) => {
    const { answer } = conversation('한국 AI 기업들이 일본 가는 이유 세가지가 뭐야??', then);
    expect(said(answer)).toContain('인수합병');
  },
);

describe('the time the article was posted', () => {
  test('`what time was the article posted?`: what time asks when, to the minute the byline gives', () => {
    expect(said(ask('what time was the article posted?'))).toContain('00:08');
  });

  test.each([
    ['Who wrote this post and when was it published?', 'exact time stamp?'],
    ['이 글 언제 올라온 거예요?', 'what time?'],
  ])('`%s` then `%s`: still of the article', (first, then) => {
    expect(said(conversation(first, then).answer)).toContain('00:08');
  });
});

test('`원화 환산하면 얼마야? 한국말로 ㄱ` after an English question: in Korean, a language to answer in, nothing to find', () => {
  const { answer } = conversation(
    'Which US big tech companies announced investment in Japan?',
    '원화 환산하면 얼마야? 한국말로 ㄱ',
  );
  expect(said(answer)).toContain('27조');
});

describe('a figure claimed', () => {
  test('`데이터센터 보조금 최대 500억엔 맞아?`: a figure near the article’s but not said roughly is corrected', () => {
    const answer = ask('데이터센터 보조금 최대 500억엔 맞아?');
    expect(answer.kind === 'facts' && answer.verdict?.kind).toBe('no');
    expect(said(answer)).toContain('450억');
  });

  test.each(['데이터센터 보조금 500억엔 정도 맞아?', '2021년 해외 VC 투자 1조 가까이 됐지?'])(
    '`%s`: said roughly, a figure near it holds',
    (text) => {
      const answer = ask(text);
      expect(answer.kind === 'facts' && answer.verdict?.kind).toBe('yes');
    },
  );
});

test('`인공지능 사업 하려면 일본으로 가자 이 말 누가 하는 말임?`: words the article holds, typed without quotation marks before 이 말, are quoted', () => {
  const answer = ask('인공지능 사업 하려면 일본으로 가자 이 말 누가 하는 말임?');
  expect(answer.kind).toBe('passage');
  expect(said(answer)).toContain('스타트업 사이에서는');
  // (words the article does not hold are no quotation)
  expect(ask('일본 가면 다 잘된다 이 말 누가 한 거야?').kind).not.toBe('passage');
});

test.each([
  '일본 데이터센터 보조금 받은 첫 한국 기업 어디야?',
  '2023년 한국 AI 스타트업이 받은 VC 투자 총액은?',
])('`%s`: who received something is not said by a fact of what is offered', (text) => {
  expect(answerFound(ask(text))).toBe(false);
});

test('`세금 혜택이 어떤 기업 대상이야? 아무 회사나 다 받음?`: who is eligible is no recipient asked', () => {
  expect(said(ask('세금 혜택이 어떤 기업 대상이야? 아무 회사나 다 받음?'))).toContain('소프트웨어');
});

test('`대표는?` after `일본으로 본사 옮긴 한국 AI 회사 어디임? → 올거나이즈`: of the company the answer named, not of the countries asked', () => {
  const { answer, asked } = conversation('일본으로 본사 옮긴 한국 AI 회사 어디임?', '대표는?');
  expect(said(answer)).toContain('이창수');
  expect(asked.at(-1)).toContain('올거나이즈');
  expect(
    answerFound(
      conversation('일본으로 본사 옮긴 한국 AI 회사 어디임?', '대표는?', '그 회사 설립 연도는 언제야?')
        .answer,
    ),
  ).toBe(false);
});

test('`…얼마야? 금액으로`: a closing that only names the unit is of the question before, not a question of its own', () => {
  expect(splitMessage(engine, '올거나이즈 전체 매출은 얼마야? 금액으로')).toHaveLength(1);
  expect(splitMessage(engine, '일본 데이터센터 보조금 최대 얼마야? 원화로')).toHaveLength(1);
});

test('`is wrtn going to japan too?`: going to a place is going there, no guess of the future', () => {
  expect(readQuestion(engine, 'is wrtn going to japan too?')!.understanding.speculative).toBe(false);
  expect(answerFound(ask('is wrtn going to japan too?'))).toBe(true);
  expect(readQuestion(engine, 'are korean startups going to leave korea?')!.understanding.speculative).toBe(
    true,
  );
});

test('`리벨리온 무슨 회사임? 소프트웨어 쪽?`: a word guessed after the question leaves it, unless a place is guessed for where', () => {
  expect(said(ask('리벨리온 무슨 회사임? 소프트웨어 쪽?'))).toContain('반도체');
  expect(answerFound(ask('이랜서 일본 법인 어디 있어? 오사카?'))).toBe(false);
});

describe('follow-ups that ask where the answer is, or of a year some years away', () => {
  test('`그 얘기 몇 번째 문단이야?`: the answer before again, with the passage and part it comes from', () => {
    const text = said(
      conversation('올거나이즈 일본 고객사로 어디 언급돼?', '그 얘기 몇 번째 문단이야?').answer,
    );
    expect(text).toContain('노무라증권');
    expect(text).toContain('일본의 급성장하는 AI 시장');
  });

  test('`2년 전엔?` after 2023, `and two years earlier?`: the figure of 2021', () => {
    expect(
      said(conversation('2023년에 글로벌 VC가 국내 벤처에 넣은 돈 얼마였대?', '2년 전엔?').answer),
    ).toContain('9895억');
    expect(
      said(
        conversation('How much did global VC invest in Korean ventures in 2023?', 'and two years earlier?')
          .answer,
      ),
    ).toContain('989.5');
  });

  test('`through what year?` after the tax cut: until when', () => {
    const { answer } = conversation(
      'What corporate tax relief is Japan handing AI software developers?',
      'through what year?',
    );
    expect(said(answer)).toContain('2032');
  });
});

test('`그럼 한국은 데이터센터 쪽 사정 어떤데?`: the situation asked is what the facts say of it, no word to find', () => {
  const { answer } = conversation(
    '일본에서 데이터센터 지으면 보조금 최대 얼마까지 나옴?',
    '그럼 한국은 데이터센터 쪽 사정 어떤데?',
  );
  expect(said(answer)).toContain('전력 부족');
});

test('`이랜서 매출?`: an English synonym (`earn`) is not the start of another word (`earnest`); the article gives no revenue of 이랜서', () => {
  expect(answerFound(ask('이랜서 매출?'))).toBe(false);
  expect(answerFound(ask('이랜서 매출 얼마야?'))).toBe(false);
  expect(said(ask('올거나이즈 매출 중 일본 비중?'))).toContain('70%');
});

test('`작성일이랑 작성자 알려줘 메모에 출처 달게`: after a request, what the answer is for is no part of the question', () => {
  const text = said(ask('이 글 작성일이랑 작성자 알려줘 메모에 출처 달게'));
  expect(text).toContain('editor6141');
  expect(text).toContain('2025');
  expect(said(ask('리벨리온 대표 알려줘 발표에 쓰게'))).toContain('박성현');
});

test('`대표 이름, 일본 매출 비중, 고객사 하나만 찍어줘`: a verb that picks out (`찍어줘`) asks of each noun before it', () => {
  const parts = splitMessage(engine, '올거나이즈 대표 이름, 일본 매출 비중, 고객사 하나만 찍어줘');
  expect(parts).toHaveLength(3);
  const text = said(ask('올거나이즈 대표 이름, 일본 매출 비중, 고객사 하나만 찍어줘'));
  expect(text).toContain('이창수');
  expect(text).toContain('70%');
  expect(text).toContain('노무라증권');
});

test('`와 그래서 본사까지 옮긴거구나 상장은 어디서 한대?`: a word closed by an exclamation ends its sentence', () => {
  expectFollowUpSays(
    ['올거나이즈 일본 고객사 어디어디 있어', '와 그래서 본사까지 옮긴거구나 상장은 어디서 한대?'],
    '증시',
  );
});

test('`이 글 3줄 요약 ㄱㄱ 발표 도입부에 쓸거`: what the asker will do with the answer is no part of it; the article summed up', () => {
  const text = said(ask('이 글 3줄 요약 ㄱㄱ 발표 도입부에 쓸거'));
  expect(text).toContain('리벨리온');
  expect(text).toContain('올거나이즈');
  expect(text).not.toContain('게시일');
});

test('`그거 실제로 받은 회사 어디야?` after the subsidy: who received it is not said, and no card of the country answers it', () => {
  const { answer } = conversation(
    '일본 데이터센터 보조금 최대 얼마까지 줘?',
    '그거 실제로 받은 회사 어디야?',
  );
  expect(answerFound(answer)).toBe(false);
  expect(
    answerFound(conversation('일본 데이터센터 보조금 최대 얼마야?', '그 돈 받은 한국 기업 있음?').answer),
  ).toBe(false);
});

test('`그 50곳 이름 목록도 기사에 있음?` after the count of partners: the article counts them and names none', () => {
  const { answer } = conversation('이랜서 일본에서 몇 군데랑 협력한대?', '그 50곳 이름 목록도 기사에 있음?');
  expect(answerFound(answer)).toBe(false);
  expect(said(conversation('이랜서 일본에서 몇 군데랑 협력한대?').answer)).toContain('50여');
});

test('`변화 속도 적응 못하면 어케 된다고?` after a question of 박성현: the follow-up read alone, whose fact says all its own words', () => {
  const { answer, asked } = conversation('리벨리온 대표 이름 뭐야?', '변화 속도 적응 못하면 어케 된다고?');
  expect(said(answer)).toContain('도태');
  expect(asked.at(-1)).toBe('변화 속도 적응 못하면 어케 된다고?');
});

test("`기사에 있는 표 두 개 핵심만 뽑아줘`: each of the article's tables in a part of its own", () => {
  expect(splitMessage(engine, '기사에 있는 표 두 개 핵심만 뽑아줘')).toHaveLength(2);
  const text = said(ask('표 두 개 내용만 짧게 요약 좀'));
  expect(text).toContain('30%');
  expect(text).toContain('186억');
  expect(splitMessage(engine, '기사에 나온 대표들 이름 다 알려줘')).toHaveLength(1);
});

test('`중국 AI는 어떤 방식으로 성장하고 있어?`, `How is China growing so fast?`: the fact that says by what means comes first', () => {
  expect(said(ask('중국 AI는 어떤 방식으로 성장하고 있다고 썼어?'))).toContain('국가 주도');
  expect(said(ask('중국 AI 빠르게 크는 방식은?'))).toContain('국가 주도');
  expect(said(ask('How is China growing so fast?'))).toContain('state-led');
});

test("`한국 정부는 뭘 해야 한다는 거야?`: what ought to be done is the author's view, its three measures; not the country's card", () => {
  const answer = ask('한국 정부는 뭘 해야 한다는 거야?');
  expect(answer.kind).not.toBe('entity');
  expect(said(answer)).toContain('세제 혜택');
  expect(said(answer)).toContain('규제 완화');
  expect(said(ask('우리나라 AI 산업을 뭘로 삼아야 한다고 했어'))).toContain('성장 동력');
  expect(said(ask('글쓴이는 대안으로 뭘 해야 한다고 했나요?'))).toContain('규제 완화');
  // (the asker's own need is no view asked: `…알아둬야 해.`)
  expect(
    readQuestion(engine, '발표 자료 만들어야 해서 그런데 일본 법인세 감면 몇 %야?')!.understanding.ought,
  ).toBe(false);
});

test("`글쓴이는 뭐 하자는 건데`, `정부가 뭘 해줘야 한다고 했는지`: a proposal quoted, or nothing named, still asks the author's view, not who the author is", () => {
  expect(said(ask('그래서 글쓴이는 뭐 하자는건데'))).toContain('규제 완화');
  const named = ask('글쓴이는 정부가 구체적으로 뭘 해줘야 한다고 했어?');
  expect(named.kind).not.toBe('article');
  expect(said(named)).toContain('인프라 지원');
  expect(said(ask('정부가 구체적으로 뭘 해줘야 한다고 했는지 궁금합니다'))).toContain('세제 혜택');
  // (who the author is, asked, is still the article's byline)
  expect(ask('글쓴이 누구야?').kind).toBe('article');
});

test('`얼만데`, `어딘데`, `언젠지`: a question word with the copula run into it still asks how much, where, when', () => {
  expect(readQuestion(engine, '보조금 얼만데')!.understanding.types.has('amount')).toBe(true);
  expect(readQuestion(engine, '리벨리온 법인 어딘데')!.understanding.types.has('place')).toBe(true);
  expect(readQuestion(engine, '법인세 감면 언젠지')!.understanding.types.has('time')).toBe(true);
  expect(
    said(conversation('일본 데이터센터 지으면 보조금 한국돈으로 얼마까지 나옴?', '엔으로는 얼만데').answer),
  ).toContain('450억 엔');
});

test('`원화로 다시` after a figure in yen: the same question again, in won', () => {
  const { answer } = conversation('보조금은 얼마나 줌', '원화로 다시');
  expect(answer.kind).not.toBe('not-found');
  expect(said(answer)).toContain('4428억');
});

test('`그럼 본사 옮긴 데는 어디임` after no for Rebellions: which company did it, not Rebellions again', () => {
  expect(
    said(conversation('리벨리온 본사 일본으로 옮긴거맞지?', '그럼 본사 옮긴데는 어디임').answer),
  ).toContain('올거나이즈');
  expect(
    said(
      conversation('리벨리온이 본사를 일본으로 옮긴 거 맞죠?', '그럼 본사를 옮긴 건 어느 회사예요?').answer,
    ),
  ).toContain('올거나이즈');
  // (데 before a particle is the one that did it; 한데요 is no such noun)
  expect(said(ask('일본 증시 상장 준비하는데가 어디임'))).toContain('올거나이즈');
});

test('English chat words (`rn`, `u`, `anywhere`) ask nothing; `put into` is invest, `brokers` a securities firm', () => {
  expect(said(ask("what's eLancer actually doing in japan rn"))).toContain('50');
  expect(ask('is OpenAI mentioned anywhere in the article?').kind).not.toBe('partial');
  expect(said(ask("how much did google/ms/aws say they'd put into japan"))).toContain('18.6 billion');
  expect(said(ask('which japanese banks/brokers are Allganize clients'))).toContain('Nomura');
});

test("`summarize the 'crisis' section`: a heading quoted in English names the part to sum up, not a passage to show", () => {
  const answer = ask("can u give me a quick rundown of the 'crisis' section");
  expect(answer.kind).toBe('summary');
  expect(said(answer)).toContain('231.8 billion');
});

test('`한두 줄이면 됩니다.` after a question: a length the answer may take, no part of its own and no summary', () => {
  expect(
    messageParts(engine, '중국은 어떤 방식으로 성장하고 있다고 했나요? 한두 줄이면 됩니다.').parts,
  ).toEqual(['중국은 어떤 방식으로 성장하고 있다고 했나요?']);
  const answer = ask(
    '동기가 중국 AI 얘기도 기사에 있다고 해서 물어봐요. 중국은 어떤 방식으로 성장하고 있다고 했나요? 한두 줄이면 됩니다.',
  );
  expect(answer.kind).not.toBe('summary');
  expect(said(answer)).toContain('국가 주도');
  // (`됩니다`: a one-syllable stem closed by ㅂ before 니다 is a verb, 되다)
  expect(readVerb(engine.lexicon.grammar, '됩니다').map((r) => r.lemma)).toContain('되다');
});

test('`적어줘` (write them down) and `list em`, `show up`, `come up` ask nothing of their own', () => {
  const written = said(ask('기사에 언급된 미국 빅테크 다 적어줘'));
  for (const name of ['구글', '오픈AI', 'AWS']) expect(written).toContain(name);
  expect(ask('which korean companies are in the table? list em').kind).not.toBe('partial');
});

test("`본문에는 원화로 얼마라고 돼 있나요?` after a table said before it: the running text asked, its figure first; `표에는?` the table's", () => {
  const body = ask(
    '사무실에서 빅테크 일본 투자 얘기가 나왔는데 본문이랑 표에 원화 금액이 다르게 적힌 것 같다는 말이 있었어요. 본문에는 원화로 얼마라고 돼 있나요?',
  );
  expect(body.kind).toBe('facts');
  expect(said(body).indexOf('27조2700억')).toBeLessThan(said(body).indexOf('27조 원'));
  const table = said(ask('빅테크 일본 투자액 표에는 원화로 얼마야?'));
  expect(table.indexOf('약 27조 원')).toBeLessThan(table.indexOf('27조2700억'));
  // (`숫자던데`: a noun with the copula left out before 던데)
  expect(said(ask('표엔 27조원이라고 돼있고 본문엔 다른 숫자던데 본문 정확한 금액?'))).toContain(
    '27조2700억',
  );
});

test("`몇 번째 문단이야?`, `어느 소제목 밑에 나와?`, `which paragraph …?`: where in the article, its part's heading first; not a place nor an ordinal", () => {
  for (const q of [
    '올거나이즈 고객사 얘기 몇 번째 문단이야?',
    '올거나이즈 고객사 얘기 어느 소제목 밑에 나와?',
  ]) {
    const answer = ask(q);
    expect(answerFound(answer)).toBe(true);
    expect(said(answer).split('\n')[0]).toContain('일본의 급성장하는 AI 시장');
  }
  expect(said(ask('which paragraph talks about the tax cut?')).split('\n')[0]).toContain('support policies');
  expect(
    readQuestion(engine, '올거나이즈 고객사 얘기 기사 어디에 나와?')!.understanding.types.has('place'),
  ).toBe(false);
  // (where a figure comes from is its source, no part of the article)
  expect(said(ask('그 통계 어디서 나온 거야?'))).toContain('국회 예산정책처');
});

test('`보조금은 어떤 경우에 나와요?`: the case asked, which the fact says its own way (건설 시); the terms to meet (조건) it never gives', () => {
  expect(said(ask('보조금은 어떤 경우에 지원하는 거라고 나와요?'))).toContain('데이터센터 건설');
  expect(
    said(
      conversation(
        '일본 정부 데이터센터 건설 보조금 한도가 얼마였죠?',
        '그 보조금은 어떤 경우에 나오는 거예요?',
      ).answer,
    ),
  ).toContain('데이터센터 건설');
  expect(answerFound(ask('일본 데이터센터 보조금을 받으려면 어떤 조건을 충족해야 하나요?'))).toBe(false);
});

test('`걔네 일본매출 비중 몇?` after `노무라증권 얘기 왜 나오는거임?`: the pointer, which says nothing of the bank, read as the company answered', () => {
  expect(said(conversation('노무라증권 얘기 왜 나오는거임?', '걔네 일본매출 비중 몇?').answer)).toContain(
    '70%',
  );
});

test('`그 회사들 이름도 나와?` after how many Elancer works with: the names of those only counted, which the article never gives', () => {
  expect(
    answerFound(conversation('이랜서 일본에서 몇 군데랑 협력해?', '그 회사들 이름도 나와?').answer),
  ).toBe(false);
  expect(
    answerFound(
      conversation('그 사람이 일본에서 몇 개 기업이랑 협력한대?', '그 50곳 이름 목록도 기사에 있음?').answer,
    ),
  ).toBe(false);
  // (the names of companies the answer named are still given: `그 회사들 이름 다시` after the big tech)
  expect(said(conversation('일본 투자 발표한 빅테크 몇 곳이야?', '그 회사들 이름은?').answer)).toContain(
    '구글',
  );
});

test("`우리 정부` is Korea's government: what the article gives of Japan's subsidy is not its", () => {
  const answer = ask('우리 정부는 데이터센터 보조금 얼마 줘?');
  expect(answerFound(answer)).toBe(false);
  expect(said(ask('우리 정부 지원은 어때?'))).toContain('제한적 세제 혜택');
});

test('`그 대목에서 …`, `그 문단에 나온 회사들`: the part of the article the answer came from, asked of by its heading', () => {
  const { answer } = conversation(
    '디지털 전환에선 한국이 앞섰는데 AI에선 어떻다고 평가돼?',
    '그 대목에서 일본 말고 언급되는 주변국은?',
  );
  expect(answerFound(answer)).toBe(true);
  expect(said(answer)).toContain('중국');
  expect(
    contextReadings(
      engine,
      '그 대목에서 일본 말고 언급되는 주변국은?',
      '디지털 전환에선 한국이 앞섰는데 AI에선 어떻다고 평가돼?',
    )[0],
  ).toContain('한국 AI 산업의 위기');
});

test("`업스테이지가 일본 증시 상장을 준비한다는 게 사실인가요?`: a claim reported that gives one company another's deed: no, and whose", () => {
  const answer = ask('업스테이지가 일본 증시 상장을 준비한다는 게 사실인가요?');
  expect(answerFound(answer)).toBe(true);
  expect(said(answer)).toContain('"verdict":{"kind":"no"');
  expect(said(answer)).toContain('올거나이즈');
  // (a plan asked, not claimed, is a question the article is silent on)
  expect(answerFound(ask('리벨리온 상장 계획 있어?'))).toBe(false);
});

test('`누구얌`, `어디얏`, `얼마얌`: a question word closed by an ending spelled in play still asks', () => {
  expect(said(ask('리벨리온 대표 누구얌'))).toContain('박성현');
  expect(said(ask('리벨리온 법인 어디얏'))).toContain('도쿄');
  expect(readQuestion(engine, '보조금 얼마얌')!.understanding.types.has('amount')).toBe(true);
});

test('`한국보다 몇 배 빨리 큰다는 거야?`: only what is measured against is named, nothing of what is asked: no answer from any figure of Korea', () => {
  expect(answerFound(ask('한국보다 몇 배 빨리 큰다는 거야?'))).toBe(false);
  expect(answerFound(ask('한국보다 얼마나 쉬운지 수치로 나와있어?'))).toBe(false);
  // (the subject named, the comparison is answered)
  expect(said(ask('일본 AI 도입이 한국보다 얼마나 앞서 있대?'))).toContain('훨씬 앞서');
});

test("`일본 법인 어디에 세웠대` after Elancer's CEO: the article does not say where Elancer's is; no other company's answers for it", () => {
  const { answer } = conversation('이랜서 대표 누구더라', '일본 법인 어디에 세웠대');
  expect(answerFound(answer)).toBe(false);
  // (asked which, another company is what is asked: `그럼 본사 옮긴 데는?`)
  expect(said(conversation('이랜서 대표 누구더라', '본사 일본으로 옮긴 데는 어디야?').answer)).toContain(
    '올거나이즈',
  );
});

test('`revenue?`, `Allganize revenue?`: a noun or two asked in English asks what it is, not whether something is so', () => {
  expect(readQuestion(engine, 'Allganize revenue?')!.understanding.types.has('yesno')).toBe(false);
  expect(readQuestion(engine, '30%?')!.understanding.types.has('yesno')).toBe(true);
  // (a name typed loosely is still a name: `Allganaize biggest clients in japan?` asks who they are)
  expect(readQuestion(engine, 'Allganaize biggest clients in japan?')!.understanding.types.has('yesno')).toBe(
    false,
  );
  const { answer } = conversation(
    'How many freelance developers does eLancer have on its platform?',
    'revenue?',
  );
  expect(answerFound(answer)).toBe(false);
});

test("`제가 기억하기로는 … 20%였던 것 같아요. 확인 부탁드립니다.`: the asker's hedge asks nothing; a figure half-remembered, to check, is set right", () => {
  for (const q of [
    '제가 기억하기로는 법인세 감면이 20%였던 것 같은데 맞나요?',
    '법인세 감면 20%였던 것 같아요. 확인 부탁드립니다.',
  ]) {
    const answer = ask(q);
    expect(said(answer)).toContain('"verdict":{"kind":"no"');
    expect(said(answer)).toContain('30%');
  }
});

test('`이 기사 요지가 뭔가요?`, `골자만`: words for the gist ask a summary', () => {
  expect(ask('동료한테 설명해야 해서 그러는데 이 기사 요지가 뭔가요?').kind).toBe('summary');
  expect(ask('기사 골자만 알려줘').kind).toBe('summary');
});

test('`빅테크 투자 금액이랑 한국 VC 투자 금액 비교해 주세요`: two things in words of their own, side by side, each answered', () => {
  expect(messageParts(engine, '빅테크 투자 금액이랑 한국 VC 투자 금액 비교해 주세요').parts).toEqual([
    '빅테크 투자 금액',
    '한국 VC 투자 금액',
  ]);
  const both = said(ask('빅테크 투자 금액이랑 한국 VC 투자 금액 비교해 주세요'));
  expect(both).toContain('186억');
  expect(both).toContain('2318억');
  // (two names, or two years, are compared as they were)
  expect(messageParts(engine, '리벨리온이랑 올거나이즈 진출 방식 비교해줘').parts).toHaveLength(1);
  expect(messageParts(engine, '2021년이랑 2023년 VC 투자 비교').parts).toHaveLength(1);
});

test('`빅테크 일본 투자액이랑 비교하면 어느 쪽이 커?` after the VC figure: what was asked before and the thing named, each answered', () => {
  const { answer } = conversation(
    '2023년 글로벌 VC 국내 투자액 얼마야?',
    '빅테크 일본 투자액이랑 비교하면 어느 쪽이 커?',
  );
  expect(said(answer)).toContain('2318억');
  expect(said(answer)).toContain('186억');
});

test('`첫번째 회사 대표는 누구임?` after what Upstage and Wrtn each did: the first of those the question named, whose CEO the article never names', () => {
  const { answer, asked } = conversation(
    '업스테이지랑 뤼튼테크놀로지스 일본에서 뭐 했어?',
    '첫번째 회사 대표는 누구임?',
  );
  expect(asked.at(-1)).toContain('업스테이지 대표');
  expect(answerFound(answer)).toBe(false);
  // (several a fact names together are no list to pick from: `기간은?` stays of the question)
  const line = conversation('구글 오픈AI MS가 일본을 아시아 AI 허브로 고른 이유가 뭐야?').asked.at(-1);
  expect(line).not.toContain('→');
});

test("`한국 쪽은?` after Japan's tax cut in percent: what the article says of Korea on the same point, with no figure of its own", () => {
  const { answer } = conversation('일본 AI 세제 혜택 max 몇 %야?', '한국 쪽은?');
  expect(said(answer)).toContain('제한적 세제 혜택');
  expect(said(conversation('일본 법인세 감면 몇 퍼센트야?', '언제까지?', '한국은?').answer)).toContain(
    '제한적 세제 혜택',
  );
  // (without its verb too, which would make a claim of it: `한국은 ai 기업 법인세 깎다`)
  expect(said(conversation('일본 AI 기업 법인세 얼마나 깎아줌?', '언제까지?', '한국은?').answer)).toContain(
    '제한적 세제 혜택',
  );
});

test('`빅테크 3사 일본 투자 총액 얼마임`: the count of the companies describes them, no figure the answer must give', () => {
  expect(readQuestion(engine, '빅테크 3사 일본 투자 총액 얼마임')!.understanding.numbers).not.toContain('3');
  expect(said(ask('빅테크 3사 일본 투자 총액 얼마임'))).toContain('186억');
  expect(said(ask('일본 진출한 한국 AI 회사들 리스트업 해줘'))).toContain('업스테이지');
});

test('`보조금 실제로 받은 회사 사례 있어?`, `450억 엔 보조금 받은 데이터센터가 어디야?`: who received it, asked as a claim or by its question word, is not said', () => {
  expect(answerFound(ask('데이터센터 보조금 실제로 받은 회사 사례 있어? 어디가 받았는지'))).toBe(false);
  expect(answerFound(ask('450억 엔 보조금 받은 데이터센터가 어디야? 회사 이름이라도'))).toBe(false);
  expect(said(ask('일본 법인세 감면 얼마나 받을 수 있어?'))).toContain('30%');
});

test('`상장 준비 중인 회사가 리벨리온이야?`: a company named as the one who did it, when another did: no, and who', () => {
  const answer = ask('일본 증시 상장 준비중인 회사가 리벨리온임?');
  expect(answerFound(answer)).toBe(true);
  expect(answer.kind === 'facts' ? answer.verdict : undefined).toMatchObject({ kind: 'no' });
  expect(said(answer)).toContain('올거나이즈');
  // (asked of the company itself, the article is silent on it: not found, and whose deed it is)
  expect(answerFound(ask('리벨리온이 상장 준비 중이야?'))).toBe(false);
});

test('`프리랜서 사십만 넘게 데리고 있는 회사 사장 누구야`: a company described, not named, is asked of by name when nothing else answers', () => {
  const { answer, asked } = answerMessage(engine, '프리랜서 사십만 넘게 데리고 있는 회사 사장 누구야');
  expect(said(answer)).toContain('박우진');
  expect(asked.at(-1)).toContain('이랜서');
  expect(
    said(ask("What's the name of the boss of the AI chip startup that set up shop in Tokyo?")),
  ).toContain('Park Sung-hyun');
  // (a name the article does not know is never taken for one it does)
  expect(answerFound(ask('Did Naver move its AI business to Japan too?'))).toBe(false);
});

test('`and korea?` after `until when` of Japan\'s tax breaks: `까지` meaning "even" (`우리 기업들까지`) is no deadline; Korea\'s side of the table', () => {
  const { answer } = conversation('does japan give ai companies tax breaks?', 'until when', 'and korea?');
  expect(said(answer)).toContain('Limited tax benefits');
  expect(said(ask('일본 법인세 감면 언제까지야?'))).toContain('2032');
});

test("`그 기업·기관들 이름 하나라도 나와?` after the count of partners: their names, not the company's card, and not in the article", () => {
  const { answer } = conversation(
    '이랜서 일본에서 몇 군데랑 협력한대?',
    '그 기업·기관들 이름 하나라도 나와?',
  );
  expect(answer.kind).not.toBe('entity');
  expect(answerFound(answer)).toBe(false);
  // (its own name in another form is still its card's: `뤼튼 정식 회사명 뭐야?`)
  expect(answerFound(ask('뤼튼 정식 회사명 뭐야?'))).toBe(true);
});

test('chat forms of a word are that word: a hedge of forgetting (`기억 안나네`), `머머` for `뭐뭐`, `간단 정리`, and a particle of `also` after one of `with` (`기관이랑도`)', () => {
  expect(said(ask('일본이 한국 ai 유망주들을 뭐처럼 빨아들인다고 했던거 같은데 기억 안나네 ㅠ'))).toContain(
    '블랙홀',
  );
  expect(said(ask('올거나이저 고객사 머머 잇음'))).toContain('노무라증권');
  const brief = ask('이랜서 내용 간단 정리 ㄱ');
  expect(brief.kind).toBe('summary');
  expect(said(brief)).toContain('41만 명');
  expect(answerFound(ask('이랜서 일본 기관이랑도 협력하는 거임?'))).toBe(true);
  // (what the article does not say stays unsaid, however it is written)
  expect(answerFound(ask('이랜서 일본 대학이랑도 협력하는 거임?'))).toBe(false);
});

test('`억원 단위로`, `구체적인`, `뭘 해달라는 건데`: a unit asked for, a word of precision and a demand quoted ask nothing of their own', () => {
  expect(said(ask('2023년 글로벌 VC 국내 투자 얼마야? 억원 단위로'))).toContain('2318억');
  expect(said(ask('글쓴이는 한국이 뭘 해야 한다고 봐? 구체적 지원책'))).toContain('규제 완화');
  const { answer } = conversation('글쓴이 결론이 뭐야?', '구체적으로 뭘 해달라는 건데?');
  expect(said(answer)).toContain('인프라 지원');
  // (the names of a group the article only counts stay unsaid, asked through the person who leads it)
  const partners = conversation(
    '박우진 대표는 어느 회사 분인가요?',
    '그 회사가 협력한다는 일본 기업·기관들 중에 구체적인 이름이 기사에 나오나요?',
  );
  expect(answerFound(partners.answer)).toBe(false);
});

test('`일본에서 뭐하는 중임`: what a company is doing now is its moves, not what kind of company it is', () => {
  const now = ask('올거나이즈 일본에서 뭐하는 중임');
  const first = now.kind === 'facts' ? now.facts[0]?.fact.id : undefined;
  expect(first).toMatch(/ipo|hq-moved/);
  expect(ask('리벨리온 뭐하는 회사야').kind).toBe('entity');
});

test('`같이 묶인 데는?` after one company: the others named with it, of its kind when no kind is said', () => {
  const { answer } = conversation('파인더스AI 일본 쪽 상황은?', '같이 묶인 데는?');
  expect(answer.kind).toBe('list');
  expect(said(answer)).toContain('피처링');
  expect(said(answer)).toContain('채널톡');
  const english = conversation('Is Channel Talk setting up in Japan?', 'who else is on the same list?');
  expect(said(english.answer)).toContain('Featuring');
  // (a question that only says `같은` asks nothing of the kind: `신청 절차 같은 거 나와?`, a part of its own
  // after the question on the tax cut, is refused, not a list of those named alongside)
  const procedure = ask('일본 법인세 30% 감면은 어떻게 적용되는 거야? 신청 절차 같은 거 나와?');
  expect(procedure.kind).toBe('multi');
  const last = procedure.kind === 'multi' ? procedure.parts.at(-1)?.answer : undefined;
  expect(last && answerFound(last)).toBe(false);
  expect(last?.kind).not.toBe('list');
});

test('`세 번째 거 좀 더 풀어봐` and `제일 최근 수치는?`: more of an item picked, and the end of the series a year was asked from', () => {
  const more = conversation('한국 AI 회사들 일본으로 가는 이유 세 가지가 뭐래', '세 번째 거 좀 더 풀어봐');
  expect(said(more.answer)).toContain('인수합병');
  const latest = conversation(
    '2022년 글로벌 VC 국내 벤처 투자액 얼마였음',
    '그 전년은?',
    '제일 최근 수치는?',
  );
  expect(said(latest.answer)).toContain('2318억');
  expect(latest.asked.at(-1)).not.toMatch(/2021|2022/);
});

test('`대표 이름이랑 일본 매출 비중?`: two things asked, joined, the message ending on the second noun and a question mark', () => {
  expect(splitMessage(engine, '올거나이즈 대표 이름이랑 일본 매출 비중?')).toHaveLength(2);
  expect(splitMessage(engine, '이랜서 프리랜서 수랑 대표 이름?')).toHaveLength(2);
  const answer = said(ask('올거나이즈 대표 이름이랑 일본 매출 비중?'));
  expect(answer).toContain('이창수');
  expect(answer).toContain('70%');
  // (one thing asked of two, or of a group pointed back at, is one question)
  expect(splitMessage(engine, '그 회사들이랑 계약 규모는?')).toHaveLength(1);
  expect(splitMessage(engine, '일본이랑 한국 법인세?')).toHaveLength(1);
});

test('`바다 건너` is abroad: `그 칩 만드는 스타트업이 바다 건너 처음 차린 지사 어디야?` is where its first foreign subsidiary is', () => {
  expect(said(ask('그 칩 만드는 스타트업이 바다 건너 처음 차린 지사 어디야?'))).toContain('도쿄');
});

test("`한일 비교표 구분 항목 네 개가 뭐야`: a count of a kind asked openly is a list of it; a table's rows listed are what `두번째 항목` picks from", () => {
  const rows = ask('한일 비교표 구분 항목 네 개가 뭐야');
  expect(rows.kind === 'list' ? rows.items.map((i) => i.label.ko) : []).toEqual([
    '정부 지원',
    '인프라',
    '투자 유치',
    '시장 성장',
  ]);
  const { answer } = conversation('비교표 항목 뭐뭐 있어?', '두번째 항목 한국 쪽만');
  expect(said(answer)).toContain('전력 부족');
  // (a count of one kind, and a question about another noun: `이유 세 개 정리한 건 무슨 섹션` asks the part)
  expect(ask('이 기사 이유 세 개 정리한 건 무슨 섹션이에요?').kind).not.toBe('list');
});

test('`어디어디 회사야?` after an answer that named companies: which ones, of those it named', () => {
  const { answer } = conversation('미국 빅테크들 일본 투자 발표액 합치면 얼마야?', '어디어디 회사야?');
  const text = said(answer);
  expect(text).toContain('구글');
  expect(text).toContain('AWS');
  expect(text).not.toContain('노무라증권');
});

test("`a line from`, `any quotable line?`: a quote asked for, in a reporter's words, is what the person said", () => {
  expect(said(ask('Need a line from Park Sung-hyun for my copy, what did he say?'))).toContain(
    'must not miss',
  );
  expect(answerFound(ask('Lee Chang-soo what did he say about Japan, any quotable line?'))).toBe(true);
  // (a person the article never quotes on it is not given another's words)
  expect(answerFound(ask('any quotable line from the Japanese prime minister?'))).toBe(false);
});

test('`at all`, `한번이라도` say how much, and ask no list: `Does the piece mention the EU at all?`', () => {
  expect(said(ask('Does the piece mention the EU at all?'))).toContain('AI Act');
  expect(answerFound(ask('오픈AI 한번이라도 나와?'))).toBe(true);
  expect(answerFound(ask('is Naver mentioned at all?'))).toBe(false);
});

test('`회사도 일본 간다던데 어디야`: where, after a company noun and what was heard of it, asks which company', () => {
  expect(said(ask('프리랜서 플랫폼 회사도 일본 간다던데 어디야'))).toContain('이랜서');
  // (where a company named put its office is still a place)
  expect(said(ask('리벨리온 회사는 일본 법인 어디에 세웠어?'))).toContain('도쿄');
});

test('`main points`, `key points`, `highlights` ask for a summary', () => {
  expect(ask('Allganize main points?').kind).toBe('summary');
  expect(ask('key points of the article?').kind).toBe('summary');
});

test('`표에 리벨리온은 뭐라고 돼있어`: the one table row that names the company, as the table words it, with its facts that say the same', () => {
  const rebellions = ask('기업별 진출 현황 표에서 리벨리온 뭐라고 돼 있어?');
  const lead = rebellions.kind === 'facts' ? rebellions.lead : undefined;
  expect(lead?.kind === 'wording' ? lead.rows.map((r) => r.ko) : []).toEqual([
    '리벨리온 도쿄에 첫 해외법인 설립',
  ]);
  expect(said(ask('표에 올거나이즈 현황 뭐라고 돼 있어요?'))).toContain('일본 증시 상장 준비 중');
  expect(said(ask('what does the table say about Allganize?'))).toContain('Moved its headquarters to Japan');
  // (a person asked of, `표에 리벨리온 대표는 누구로 나와?`, is no row: the person answers)
  expect(said(ask('리벨리온 대표 누구야? 표 기준'))).toContain('박성현');
});

test("`Is Rebellions the one preparing an IPO in Japan?`: a company named in English as the one who did another's deed: no, and who", () => {
  const answer = ask('Is Rebellions the one preparing an IPO in Japan?');
  expect(answer.kind === 'facts' ? answer.verdict : undefined).toMatchObject({ kind: 'no' });
  expect(said(answer)).toContain('Allganize');
  // (asked whether it does it, with no one named as the one, the article is silent on it)
  expect(answerFound(ask('Is Rebellions preparing an IPO?'))).toBe(false);
});

test('an English adverb the article does not use says how, not what: `Why are Japanese companies adopting AI so aggressively?`', () => {
  expect(said(ask('Why are Japanese companies adopting AI so aggressively, per the article?'))).toContain(
    'labor shortage',
  );
  // (one it asks with still asks: `quarterly revenue` is a figure the article does not give)
  expect(answerFound(ask("What is Allganize's quarterly revenue?"))).toBe(false);
});

test('`…몇 %라고 나와? 일본 30% 감면이랑 비교하고 싶음`: a wish after the question says why it is asked; the question is the one before', () => {
  expect(answerFound(ask('한국 일반 법인세율은 몇 %라고 나와? 일본 30% 감면이랑 비교하고 싶음'))).toBe(false);
  expect(said(ask('일본 법인세 감면은 언제까지야? 보고서에 넣고 싶어서요'))).toContain('2032');
});

test('`법인세 감면율 최대치랑 데이터센터 보조금 최대치는?`: two things of their own, joined after a vowel, each asked', () => {
  expect(splitMessage(engine, '법인세 감면율 최대치랑 데이터센터 보조금 최대치는?')).toHaveLength(2);
  expect(splitMessage(engine, '글 올라온 날짜랑 작성자 알려줘요')).toHaveLength(2);
  const both = said(ask('법인세 감면율 최대치랑 데이터센터 보조금 최대치는?'));
  expect(both).toContain('30%');
  expect(both).toContain('450억');
  // (a choice between two, a name before the join, or one thing of two names stays one question)
  expect(splitMessage(engine, '일본 법인 낼 때 오사카랑 도쿄 중에 어디가 더 나아?')).toHaveLength(1);
  expect(splitMessage(engine, '구글이랑 MS 투자액?')).toHaveLength(1);
});

test('`…법 이름, 그리고 그 규제 방식은?`: after a comma and a joining word, a question closed by its own mark is a part of its own, leaning on the one before', () => {
  expect(splitMessage(engine, 'EU가 세계 최초로 만든 법 이름, 그리고 그 규제 방식은?')).toHaveLength(2);
  const answer = said(ask('EU가 세계 최초로 만든 법 이름, 그리고 그 규제 방식은?'));
  expect(answer).toContain('AI Act');
  expect(answer).toContain('위험도에 따라');
  // (names listed with a comma before one verb stay one question)
  expect(splitMessage(engine, '구글, MS, 그리고 AWS 투자액 합치면?')).toHaveLength(1);
});

test("`valid until when?` after Japan's tax cut: how long it holds, which the date it runs to answers", () => {
  const { answer } = conversation(
    "What's the max corporate tax cut Japan gives AI software firms?",
    'valid until when?',
  );
  expect(said(answer)).toContain('2032');
});

test("`한국이랑 비교하면 도입 수준이 어때?` after Japan's adoption: the fact on adoption, not the table rows that say none of it", () => {
  const { answer } = conversation(
    '일본이 AI 도입에 적극적인 이유가 뭐야?',
    '한국이랑 비교하면 도입 수준이 어때?',
  );
  expect(said(answer)).toContain('훨씬 앞서');
  // (a comparison asked of what the table holds is still its row)
  expect(said(ask('한국이랑 일본 인프라 비교하면?'))).toContain('재생에너지');
});

test("an English summary gives a company's name as the article writes it the first time it says it: `Rebellions (리벨리온)`", () => {
  const english = renderAnswer(engine, ask('tl;dr?'), 'en').embeds?.[0]?.description ?? '';
  expect(english).toContain('Rebellions (리벨리온)');
  expect(english).toContain('Allganize (올거나이즈)');
  expect(english.split('(리벨리온)')).toHaveLength(2);
  // (in Korean the names are the article's already)
  const korean = renderAnswer(engine, ask('이 기사 요약해줘'), 'ko').embeds?.[0]?.description ?? '';
  expect(korean).not.toContain('(리벨리온)');
});

test('`대표 누구 + 본사 어디야?`, `…뭐야? also …`: a joining sign or word standing alone parts two questions, each answered', () => {
  expect(splitMessage(engine, '리벨리온 대표 누구 + 본사 어디야?')).toHaveLength(2);
  const answer = said(ask('Rebellions 대표 누구 + where did they open their first overseas subsidiary?'));
  expect(answer).toContain('박성현');
  expect(answer).toContain('도쿄');
  // (a yes-or-no with a verb of its own, `행정명령 얘기도 있어?`, is a question, not a guess at the one before)
  const also = said(ask('미국 AI 정책 이름 뭐야? also 행정명령 얘기도 있어?'));
  expect(also).toContain('국가 AI 이니셔티브');
  expect(also).toContain('행정명령');
  // (names joined before one question stay one question)
  expect(splitMessage(engine, '구글 + MS 투자액 얼마야?')).toHaveLength(1);
});

test('`…다 못 읽었어 ㅠ 리벨리온은 …?`: tears or laughter after a closing ending end the sentence, so what was said before is background', () => {
  const answer = ask('근데 너무 길어서 다 못 읽었어 ㅠ 리벨리온은 정확히 일본 어디에 뭘 세운 거야?');
  expect(answer.kind).not.toBe('not-found');
  expect(said(answer)).toContain('도쿄');
});

test('`Saw a LinkedIn post saying all …. Which companies …?`: an English sentence that tells of the asker asks nothing, so the reply leads with what the last one asks', () => {
  const message =
    'Saw a LinkedIn post saying all the big US tech firms are choosing Japan as their Asia base. I want to cite something. Which companies are behind the big investment figure in this article?';
  expect(splitMessage(engine, message)).toHaveLength(1);
  const lead = (renderAnswer(engine, ask(message), 'en').embeds?.[0]?.description ?? '').split('\n')[0];
  expect(lead).toContain('Google');
  expect(
    splitMessage(
      engine,
      'ok so my manager just forwarded this article to our team slack and is now asking if we should think about a Tokyo office. Who runs Rebellions?',
    ),
  ).toHaveLength(1);
});

test("`what's the author's opinion?`: the author's view, not the byline (as `글쓴이 의견은?`)", () => {
  const answer = ask("what's the author's opinion?");
  expect(answer.kind).toBe('facts');
  if (answer.kind === 'facts') expect(answer.facts[0]?.fact.kind).toBe('opinion');
  // (who the author is still names them)
  expect(said(ask("who's the author?"))).toContain('editor6141');
});

test('`30초 안에 읽을 수 있게 핵심만 정리해줘`, `summarize it so I can read it in 30 seconds`: how long the asker has to read is a span, no figure to find; the summary is given', () => {
  expect(ask('30초 안에 읽을 수 있게 핵심만 정리해줘').kind).toBe('summary');
  expect(ask('summarize it so I can read it in 30 seconds').kind).toBe('summary');
  // (a year before `안에` is a date, not a span)
  const role = (text: string, head: string) =>
    readQuestion(engine, text)?.terms.find((t) => t.head === head)?.role;
  expect(role('30초 안에 읽게 요약해줘', '30')).toBe('filler');
  expect(role('2032년 안에 끝나?', '2032')).not.toBe('filler');
});

test('`EU랑 미국 AI 정책 스타일 차이 한마디로?`: a style is a way of doing, a word that asks nothing to find; both sides are answered', () => {
  const answer = said(ask('EU랑 미국 AI 정책 스타일 차이 한마디로?'));
  expect(answer).toContain('AI Act');
  expect(answer).toContain('국가 AI 이니셔티브');
});

test("`Rebellions vs Allganize — what's different about how each went into Japan?`: `different` asks a comparison, as `difference` does", () => {
  const answer = ask("Rebellions vs Allganize — what's different about how each went into Japan?");
  expect(answer.kind).toBe('compare');
  expect(said(answer)).toContain('첫 해외법인');
  expect(said(answer)).toContain('본사');
});

test('`which stage is Japan skipping?`: a stage asked with which is what the fact says is done (as `어느 단계`), not one company of a kind', () => {
  const answer = ask('which stage is japan skipping?');
  expect(answer.kind).toBe('facts');
  expect(said(answer)).toContain('DX');
});

test('`besides Korea and Japan, which countries are mentioned?`: each name joined after the word that sets apart is set apart, and none of them says which', () => {
  const answer = ask('besides Korea and Japan, which countries are mentioned?');
  expect(answer.kind).toBe('list');
  const text = said(answer);
  for (const name of ['미국', '중국', '유럽연합']) expect(text).toContain(name);
  expect(text).not.toContain('"ko":"한국"');
  expect(text).not.toContain('"ko":"일본"');
});

test('`글에서 어느 부분에 나와요?`, `그 얘기 글 어디쯤에 나와요?`, `which paragraph?` after an answer: the question before, asked where in the article it is answered; the part of the article leads', () => {
  for (const followUp of ['글에서 어느 부분에 나와요?', '그 얘기 글 어디쯤에 나와요?']) {
    const { answer } = conversation('일본 데이터센터 보조금 엔화로 최대 얼마예요?', followUp);
    expect(answer.kind).toBe('facts');
    if (answer.kind === 'facts')
      expect(answer.lead).toEqual({
        kind: 'places',
        places: [expect.objectContaining({ ko: '일본 정부의 파격적인 지원 정책' })],
      });
  }
  const english = conversation('How big is the data center subsidy in Japan?', 'which paragraph?').answer;
  expect(english.kind === 'facts' && english.lead.kind).toBe('places');
  // (a question of its own with a where-in-article phrase is its own: `이유 세 개 정리한 건 무슨 섹션이에요?`)
  expect(
    said(conversation('이 글 제목이 정확히 뭐예요?', '이유 세 개 정리한 건 무슨 섹션이에요?').answer),
  ).toContain('세 가지 이유');
});

test('`방금 거 한 줄로 정리 좀 해주세요`, `sum up what you just said`: the answer just given, again, whose first line is the short of it; 방금 is no word to find', () => {
  const before = conversation('한국 VC 투자 2023년에 얼마였어?', '그거 2021년이랑 비교하면요?');
  const again = conversation(
    '한국 VC 투자 2023년에 얼마였어?',
    '그거 2021년이랑 비교하면요?',
    '방금 거 한 줄로 정리 좀 해주세요',
  );
  expect(again.answer.kind).not.toBe('not-found');
  expect(said(again.answer)).toContain('9895억');
  expect(said(again.answer)).toContain('2318억');
  expect(again.asked.at(-1)).toBe(before.asked.at(-1));
});

test('`일본을 어떤 역할로 점찍었대요?`: 점찍다 is to pick, as 낙점하다 is', () => {
  const { answer } = conversation(
    '미국 빅테크들 일본 투자 발표액 다 합치면 얼마예요?',
    '어디어디 회사예요?',
    '그 회사들이 일본을 어떤 역할로 점찍었대요?',
  );
  expect(answer.kind).toBe('facts');
  expect(said(answer)).toContain('인프라 허브');
});

test('`이창수가 일본이 왜 좋다고 했어?`: 좋다 says nothing to find, as `good` does; the reasons the person gave answer', () => {
  const answer = ask('이창수가 일본이 왜 좋다고 했어?');
  expect(answer.kind).toBe('facts');
  expect(said(answer)).toContain('고령화');
});

test('`리벨리온이랑 올거나이즈 둘이 비교하면?`: 둘 with its particle (`둘이`, `둘이랑`) points at the two named, no word to find', () => {
  const answer = ask('리벨리온이랑 올거나이즈 둘이 비교하면?');
  expect(answer.kind).toBe('compare');
  expect(said(answer)).toContain('첫 해외법인');
  expect(said(answer)).toContain('본사');
});

test('`what are the 3 reasons Korean AI companies go to Japan?`: a counted word that asks (`reasons`) keeps asking why; the three reasons answer, not the saying about going', () => {
  const answer = ask('what are the 3 reasons korean AI companies go to japan?');
  expect(answer.kind).toBe('facts');
  if (answer.kind === 'facts') expect(answer.facts[0]?.fact.id).toBe('three-reasons-korean-ai-to-japan');
});

test("`…reads kinda like a blog post, not a news article. Who posted it and when?`: context before of what the article never speaks of does not stop the article's own card", () => {
  const answer = ask(
    'Honestly the whole thing reads kinda like a blog post, not a news article. Who posted it and when?',
  );
  expect(answer.kind).toBe('article');
  expect(said(answer)).toContain('editor6141');
  // (context of what the article does speak of still is what is asked about)
  expect(ask('DX AX 나오던데 이 글 언제 쓴 거야?').kind).not.toBe('article');
});

test('`until what year?` after the table row on government support: a date the rows never give is answered by the fact that gives it', () => {
  const { answer } = conversation(
    'why is fundraising easier in japan for korean AI startups?',
    'ok and the govt support part, how big is the tax break?',
    'until what year?',
  );
  expect(answer.kind).toBe('facts');
  expect(said(answer)).toContain('2032');
});

test('`when exactly did they announce it?` after the big tech companies were named: they are those companies, and a date the article never gives them is refused, not found of another company', () => {
  const { answer } = conversation(
    'which US big tech companies announced investments in japan?',
    'when exactly did they announce it?',
  );
  expect(answerFound(answer)).toBe(false);
  // (`걔네` may mean any the turn before named, those set apart too)
  const reason = conversation(
    'MS랑 구글 말고 일본을 AI 허브로 찍은 미국 회사 또 있어?',
    '걔네가 일본 고른 결정적 이유는 뭐래?',
  );
  expect(answerFound(reason.answer)).toBe(true);
});

test('`구글이랑 MS가 … 한다고 해서 … 걔네가 발표한 금액이 얼마야?`: a word that points at several points at all the companies named before it, not the last alone', () => {
  const answer = ask(
    '친구가 구글이랑 MS가 일본에 엄청 투자한다고 해서 그냥 뻥인 줄 알았음. 걔네가 일본에 투자하겠다고 발표한 금액이 달러로 얼마야?',
  );
  expect(answerFound(answer)).toBe(true);
  expect(said(answer)).toContain('186억');
});

test('`and the trough?` after `…peaked in which year?`: the other end of the series, asked the same way', () => {
  expectFollowUpSays(
    [
      "According to the article's data, global VC investment into Korean ventures peaked in which year?",
      'and the trough?',
    ],
    '2023',
  );
});

test('`vs the big tech investment?` after a figure: what was asked and the thing set against it, each answered; `vs 2021?` stays the same question of that year', () => {
  const { answer } = conversation(
    "how big is japan's data center subsidy",
    'so how much in won',
    'vs the big tech investment?',
  );
  expect(answer.kind).toBe('multi');
  expect(said(answer)).toContain('4428');
  expect(said(answer)).toContain('186');
  const year = conversation('How much did global VC invest in Korean ventures in 2023?', 'vs 2021?');
  expect(year.answer.kind).not.toBe('multi');
  expect(said(year.answer)).toContain('9895');
});

test('`…법인 세웠다는데 지역이 어디인지`: a noun that only names the kind of answer asked (지역 for where) need not be in the fact, even when all else is background', () => {
  expectLead('리벨리온이 일본에 첫 해외법인 세웠다는데 지역이 어디인지 확인 부탁드립니다.', 'ko', '도쿄');
});

test("English chat shorthand: `wait` opening a question, `why'd`, `cos` for companies and `diff` for difference are read as meant", () => {
  expect(firstLine(ask('wait who runs rebellions?'), 'en')).toContain('Park Sung-hyun');
  const why = conversation('who runs rebellions?', "why'd he pick japan lol");
  expect(answerFound(why.answer)).toBe(true);
  expect(said(why.answer)).toMatch(/data center/i);
  const companies = ask('which korean ai cos are in japan now?');
  expect(answerFound(companies)).toBe(true);
  for (const name of ['Rebellions', 'Allganize', 'Upstage']) expect(said(companies)).toContain(name);
  const diff = ask('korea vs japan infra diff?');
  expect(answerFound(diff)).toBe(true);
  expect(said(diff)).toMatch(/power shortage|renewable/i);
});

test('`걔네 대표 누구` after an answer naming a company and its clients: the article gives the CEO of one of them alone, asked of it', () => {
  const { answer } = conversation('미쓰이스미토모 고객으로 잡은 회사 어디임?', '걔네 대표 누구');
  expect(answerFound(answer)).toBe(true);
  expect(firstLine(answer, 'ko')).toContain('이창수');
});

test('`투자 얼마 박음`: money put in (`박다`) is an investment', () => {
  expectSays('구글 MS AWS 일본에 돈 얼마 박았어?', '186억');
});

test("the article's outline (`기사 목차`, `소제목 뭐뭐 있어?`, `what are the sections?`): every heading in order, each with the point of its part; a section asked of a fact is not the outline", () => {
  for (const question of [
    '기사 목차 알려줘',
    '기사 소제목 뭐뭐 있어?',
    'what are the sections of the article?',
  ]) {
    const answer = ask(question);
    expect(answer.kind).toBe('summary');
    const text = said(answer);
    // (the article's own headings, first to last)
    const first = text.search(/무슨 일이 있었나|what happened/);
    const last = text.search(/글쓴이의 생각|author/i);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(last).toBeGreaterThan(first);
    expect(text).toMatch(/해외 선진국|other countries|advanced countries/i);
  }
  expect(ask('리벨리온은 어느 섹션에 나와?').kind).not.toBe('summary');
});

test('two parts of a message that ask the same whole answer (`기사 구조가 어떻게 돼? 섹션별로 뭐 다루는지 알려줘요`) give it once', () => {
  const answer = ask('기사 구조가 어떻게 돼? 섹션별로 뭐 다루는지 순서대로 알려줘요');
  expect(answer.kind).toBe('summary');
});

test("the author's `own take`, `recommendation` or `suggestion` asks the author's view, what ought to be done first", () => {
  const take = ask("what's the author's own take?");
  expect(answerFound(take)).toBe(true);
  expect(firstLine(take, 'en')).toMatch(/^The author/);
  const recommended = ask("what's the author's recommendation?");
  expect(answerFound(recommended)).toBe(true);
  expect(firstLine(recommended, 'en')).toMatch(/^The author .*should/);
});

test('`해외 선진국 정책 사례에 어떤 나라들 나와?`: which of a kind, marked plural, the article names in a part it names, listed', () => {
  const answer = ask('해외 선진국 정책 사례에 어떤 나라들 나와?');
  expect(answer.kind).toBe('list');
  for (const name of ['미국', '유럽연합', '중국']) expect(said(answer)).toContain(name);
  expect(said(answer)).not.toContain('"일본"');
});

test('`한일 비교표 항목 네 개 뭐였지`: a question word typed with an ending of its own (`뭐였지`) still asks for the items counted', () => {
  const answer = ask('한일 비교표 항목 네 개 뭐였지');
  expect(answer.kind).toBe('list');
  for (const row of ['정부 지원', '인프라', '투자 유치', '시장 성장']) expect(said(answer)).toContain(row);
});

test('`어떤 형태로 진출했나요?`: the form something took (형태, 형식) asks how, as 방식 does', () => {
  expectSays('업스테이지는 일본에 어떤 형태로 진출했나요?', '일본 오피스');
});

test('`Does Japan have a tax break on top of that?` after the subsidy: a set phrase with `that` points at nothing, so the question is its own', () => {
  const { answer, asked } = conversation(
    "what's Japan's data center subsidy cap?",
    'Does Japan have a tax break on top of that?',
  );
  expect(answerFound(answer)).toBe(true);
  expect(said(answer)).toContain('30%');
  expect(asked.at(-1)).not.toMatch(/subsidy/);
});

test('`B2B라서 고객사가 중요할 텐데, …고객사가 어디어디예요?`: `텐데` typed apart, and `라서` after Latin letters, close what the asker supposes as background', () => {
  expectLead(
    '올거나이즈가 일본에서 잘 나간다는 얘기를 들었어요. B2B라서 고객사가 중요할 텐데, 기사에 언급된 일본 고객사가 어디어디예요?',
    'ko',
    '노무라증권',
  );
});

test('`VC 투자 통계 어디 자료 인용한 거야?`: where data was quoted from asks its source, whatever the data is called', () => {
  expectLead('VC 투자 통계 어디 자료 인용한 거야?', 'ko', '국회 예산정책처');
});

test('`어떤 게 한국보다 쉽다고 했어요?`: only what it is measured against is named, but what is said of it the fact says: answered; `한국보다 몇 배 빨리 큰다는 거야?` is not', () => {
  expectLead('어떤 게 한국보다 쉽다고 했어요?', 'ko', 'M&A');
  expect(answerFound(ask('한국보다 몇 배 빨리 큰다는 거야?'))).toBe(false);
});

test("`same for Elancer?` after `Who runs Rebellions? I'm citing it.`: a reply leans on what was asked, not on a sentence after it that tells of the asker", () => {
  const { answer, asked } = conversation("Who runs Rebellions? I'm citing it.", 'same for Elancer?');
  expect(answerFound(answer)).toBe(true);
  expect(firstLine(answer, 'en')).toContain('Park Woo-jin');
  expect(asked.at(-1)).toMatch(/elancer/i);
  expect(asked.at(-1)).not.toMatch(/citing/);
});

test('`한국 투자 환경은 표에 어떻게 돼 있었죠?`: a country only one table names says which table; `표에 나온 한국 회사` is still the other', () => {
  const answer = ask('한국 투자 환경은 표에 어떻게 돼 있었죠?');
  expect(answerFound(answer)).toBe(true);
  expect(said(answer)).toContain('VC 투자 급감');
  const companies = ask('표에 일본 진출 현황으로 나온 한국 회사는 몇 곳이야?');
  expect(said(companies)).toContain('리벨리온');
});

test('`고객사 하나만 대봐`: 보다 after a verb, with no question mark, asks for it to be done, not whether it is so', () => {
  const answer = ask('올거나이즈 고객사 하나만 대봐');
  expect(answerFound(answer)).toBe(true);
  expect(firstLine(answer, 'ko')).not.toMatch(/^네/);
  expect(firstLine(answer, 'ko')).toContain('노무라증권');
});

test('`…이유 뭐고, 고객사 하나만 대봐`: a part closed by a request with 보다 is a question of its own', () => {
  const answer = ask('올거나이즈 대표가 말한 일본 AI 도입 빠른 이유 뭐고, 고객사 하나만 대봐');
  expect(answer.kind).toBe('multi');
  expect(said(answer)).toContain('고령화');
  expect(said(answer)).toContain('노무라증권');
});

test('`어떤 나라(지역)들 나와?`: another word for the kind, offered in brackets inside a word, is no part of it; a name in brackets stays', () => {
  const answer = ask('해외 선진국 사례로 어떤 나라(지역)들 나와?');
  expect(answer.kind).toBe('list');
  for (const name of ['미국', '유럽연합', '중국']) expect(said(answer)).toContain(name);
  expect(said(ask('현지(일본)에서 상장 준비하는 회사는?'))).toContain('올거나이즈');
});

test('`도쿄에 뭐 낸 한국 회사 있음?`: a country bare before the word for the company asked for says whose it is, not what the answer is about', () => {
  const answer = ask('리벨리온 말고 도쿄에 뭐 낸 한국 회사 있음?');
  expect(answerFound(answer)).toBe(true);
  expect(said(answer)).toContain('업스테이지');
  const english = ask(
    'Korean AI chip startup that set up its first overseas entity in Tokyo — name in Hangul?',
  );
  expect(said(english)).toContain('리벨리온');
  // (a company of a country the article names no company of is still not there)
  expect(answerFound(ask('중국 AI 스타트업 VC 투자액은 얼마나 돼요?'))).toBe(false);
});

test('`사례로 다룬 나라 목록`: 다루다 (to cover) says the article has it, in any of its forms', () => {
  const answer = ask('해외 선진국 사례로 다룬 나라·지역 목록');
  expect(answer.kind).toBe('list');
  for (const name of ['미국', '유럽연합', '중국']) expect(said(answer)).toContain(name);
});

test('`감면 폭이랑 기한`: 폭 (how wide a cut is) asks the figure, and is read past its particle', () => {
  expectSays('일본 법인세 감면 폭이랑 기한 정리해줘', '30%', '2032년');
});

test('`세제혜택 뭐고; 허브로 낙점한 데 예시는?`: a semicolon ends a question, and 뭐고 asks what as 뭐야 does', () => {
  const answer = ask('일본 정부 AI SW 기업 세제혜택 뭐고; 빅테크 중 일본을 허브로 낙점한 데 예시는?');
  expect(answer.kind).toBe('multi');
  expect(said(answer)).toContain('법인세');
  expect(said(answer)).toContain('구글');
  expect(answer.kind === 'multi' && answer.parts[0]?.question).toBe('일본 정부 AI SW 기업 세제혜택 뭐고');
  const two = ask('일본 세제혜택 뭐고 보조금 얼마야');
  expect(two.kind).toBe('multi');
  expect(said(two)).toContain('450억');
});

test("`게시 시각 알려줘`: the time a post went up is asked by its words alone, and answered with the article's date, not a fact that mentions a date", () => {
  for (const question of ['게시 시각 알려줘', '이 글 게시 시간?']) {
    const answer = ask(question);
    expect(answer.kind).toBe('article');
    expect(firstLine(answer, 'ko')).toContain('00:08');
  }
});

test('`두 줄 요약 가능?`: whether what the bot does can be done asks for it; after anything else (`외국 기업도 가능?`) it is still the question', () => {
  for (const question of ['두 줄 요약 가능?', '요약 가능할까요?']) expect(ask(question).kind).toBe('summary');
  expect(said(ask('리벨리온 대표 이름 확인 가능?'))).toContain('박성현');
  expect(answerFound(ask('외국 기업도 가능?'))).toBe(false);
});

test("`리드용으로`, `슬라이드용`: what the answer is for is no part of the question; a word of the article's with 용 still is", () => {
  expect(ask('리드용으로 두 줄 요약해줘').kind).toBe('summary');
  expect(ask('헤드라인이랑 리드용으로 두 줄 요약 가능? 핵심만').kind).toBe('summary');
  expect(said(ask('데이터센터용 보조금 얼마?'))).toContain('450억');
});

test('`출처 조사 기관은?`: where a figure comes from, asked with a word for the survey the article does not use, names the body the figure is from', () => {
  const { answer } = conversation('2023년 글로벌 VC의 국내 벤처 투자액 얼마였나요', '출처 조사 기관은?');
  expect(answerFound(answer)).toBe(true);
  expect(firstLine(answer, 'ko')).toContain('국회 예산정책처');
  const alone = ask('2023년 글로벌 VC 투자액 집계 기관 출처는?');
  expect(firstLine(alone, 'ko')).toContain('국회 예산정책처');
});

test('`그 덕에 …`, `a tax measure`: thanks to that, and a measure as such, say nothing the fact must say', () => {
  const { answer } = conversation('일본 기업들 AI 도입 왜 그렇게 적극적임?', '그 덕에 올거나이즈 실적은?');
  expect(answerFound(answer)).toBe(true);
  expect(firstLine(answer, 'ko')).toContain('70%');
  expectLead('Does Japan have a tax measure?', 'en', '30%');
});

test("`문구 그대로`, `워딩`: words for the article's own wording ask for its text, not a thing the fact must say", () => {
  expectLead(
    '비교표를 인포그래픽으로 옮기는 중인데 투자 유치 항목만 빠졌어요. 한국 칸, 일본 칸에 각각 뭐라고 적혀 있었는지 문구 그대로 부탁드려요.',
    'ko',
    'VC 투자 급감',
  );
});

test("where Allganize is preparing to list is answered in the article's words, the Japanese stock market", () => {
  const factsSaid = (question: string, language: 'ko' | 'en') => {
    const answer = ask(question);
    return answer.kind === 'facts' ? answer.facts.map((f) => f.fact.text[language]).join(' ') : '';
  };
  expect(factsSaid('올거나이즈는 어디 증시에 상장하려는 거야?', 'ko')).toContain('일본 증시');
  expect(factsSaid('Where is Allganize preparing to list?', 'en')).toContain('Japanese stock market');
});

test('`헐 적네 2021년엔 얼마였는데`: the question made whole from a follow-up leaves out the reaction it opens with', () => {
  const { asked, answer } = conversation(
    '2023년 기준으로 글로벌 VC가 국내 벤처에 투자한 금액 얼마였어?',
    '헐 적네 2021년엔 얼마였는데',
  );
  expect(said(answer)).toContain('9895억');
  expect(asked.join(' ')).not.toContain('적네');
});

test('`생각보다 높네요. 그렇게 된 이유가 뭐예요?`: a follow-up is asked without the remark it opens with; a bare `ㄹㅇ?` before a question too', () => {
  const { answer } = conversation(
    '올거나이즈 매출에서 일본 비중이 얼마나 돼요?',
    '생각보다 높네요. 그렇게 된 이유가 뭐예요?',
  );
  expect(answerFound(answer)).toBe(true);
  const { asked } = conversation(
    '리벨리온은 일본 어디에 법인을 세웠어요?',
    '아 그렇구나. 그 회사 대표는 누구예요?',
  );
  expect(asked.join(' ')).not.toContain('그렇구나');
});

test('`한 줄만요`: a particle closed politely by 요 is read off as the particle alone is', () => {
  expect(ask('리벨리온 뭐 하는 회사인지 한 줄만요').kind).toBe('summary');
});

test('`뭐랬는데`, `뭐라한다고`, `스타트업들끼리`: what someone said, asked in more spoken forms, and 끼리 read off its noun', () => {
  const said1 = ask('이창수 대표가 일본 얘기 뭐랬는데');
  expect(firstLine(said1, 'ko')).toContain('고령화');
  const { answer: said2 } = conversation('스타트업 업계 반응 어떰?', '요즘 스타트업들끼리 뭐라한다고');
  expect(answerFound(said2)).toBe(true);
  expect(said(said2)).toContain('일본으로 가자');
});

test('`뭐 파는 회사임`: what a company sells asks what it does, its profile, not its customers', () => {
  const answer = ask('올거나이즈 뭐 파는 회사임');
  expect(firstLine(answer, 'ko')).toContain('올거나이즈');
  expect(said(answer)).toContain('솔루션');
  expect(firstLine(answer, 'ko')).not.toContain('노무라증권');
});

test('`업스테이지 말고 도쿄에 뭐 세운데 또 있음?` after a turn about Upstage: the follow-up sets it apart itself, and is asked as typed', () => {
  const { answer } = conversation(
    '일본 간 한국 ai 회사들 목록 좀 뽑아줘',
    '업스테이지는 거기서 뭐함',
    '직원 몇명 보냈대?',
    'ㅇㅋ 업스테이지 말고 도쿄에 뭐 세운데 또 있음?',
  );
  expect(answerFound(answer)).toBe(true);
  expect(firstLine(answer, 'ko')).toContain('리벨리온');
});

test('`사회적 배경`, `주된 이유`: social, structural, main, direct (of a reason) say what kind of reason is asked, nothing the fact must say', () => {
  for (const question of [
    '일본이 AI 도입에 이렇게 적극적인 사회적 배경이 뭐예요?',
    '일본이 AI 도입에 적극적인 주된 이유가 뭐야?',
    '일본이 AI 도입에 적극적인 직접적인 이유는?',
    '일본이 AI 도입에 적극적인 인구학적 배경은?',
  ]) {
    const answer = ask(question);
    expect(answerFound(answer)).toBe(true);
    expect(firstLine(answer, 'ko')).toContain('고령화');
  }
});

test('`그렇게 정한 이유`: to decide on a place is to pick it (낙점, 선택)', () => {
  const { answer } = conversation(
    '미국 빅테크들이 일본을 어떤 곳으로 낙점했다고 나와요?',
    '그렇게 정한 결정적인 이유는 뭐였어요?',
  );
  expect(answerFound(answer)).toBe(true);
  expect(firstLine(answer, 'ko')).toContain('전폭적인 지원');
});

test('`english is fine`, `Korean units are fine`: what the asker would accept says nothing the fact must say', () => {
  expect(ask('tl;dr with the key numbers please, english is fine').kind).toBe('summary');
});

test('`the social backdrop to …`, `the underlying driver`: English words for a reason and what kind it is', () => {
  const answer = ask("what's the social backdrop to Japan's AI adoption?");
  expect(answerFound(answer)).toBe(true);
  expect(firstLine(answer, 'en')).toMatch(/aging/);
  expect(answerFound(ask("what's the underlying driver of Japan's AI adoption?"))).toBe(true);
});

test('`the exact Korean phrase`, `어떻게 표기돼 있어요`: words for how the article puts something ask for its passage', () => {
  const phrase = ask("What's the phrase startups reportedly use about going to Japan?");
  expect(answerFound(phrase)).toBe(true);
  expect(firstLine(phrase, 'en')).toMatch(/go to Japan/);
  const { answer } = conversation(
    "Who's the CEO of Rebellions?",
    "what's the exact Korean phrase he used about the Japanese market?",
  );
  expect(answerFound(answer)).toBe(true);
  expect(said(answer)).toContain('놓쳐선');
  expect(answerFound(ask('마이크로소프트 기사에서 약자로 어떻게 표기돼 있어요?'))).toBe(true);
});

test('`각주 달아야 해서`, `need to search slack`, `need it for class`: a sentence of the asker’s own need, after the question, is no part of it', () => {
  const { answer: source } = conversation(
    '2023년 글로벌 VC 국내 벤처 투자액 얼마였어요?',
    '출처 어디로 돼 있어? 각주 달아야 해서',
  );
  expect(answerFound(source)).toBe(true);
  expect(firstLine(source, 'ko')).toContain('국회 예산정책처');
  expectLead('elancer CEO name? hangul pls, need to search slack', 'en', '박우진');
  const summary = ask('tl;dr of this article in English pls, need it for class');
  expect(summary.kind).toBe('summary');
  expect(said(summary)).not.toMatch(/Summary: class/);
  // (a need that asks is the question: `I need the CEO's name` asks it)
  expect(firstLine(ask('I need the name of the CEO of Rebellions'), 'en')).toContain('Park Sung-hyun');
});

test('`which korean startup opened a tokyo office?`: one company noun a word or two after `which` is the kind asked, not a word the fact must say', () => {
  const answer = ask('which korean startup opened a tokyo office?');
  expect(firstLine(answer, 'en')).toContain('Upstage');
  const arm = ask('Which Korean startup gets the bulk of its sales from its Japanese arm?');
  expect(firstLine(arm, 'en')).toContain('Allganize');
});

test('`리벨리온 대표, 법인 위치`: two short nouns of the article’s between a comma are two questions, the second of the company the first names', () => {
  const answer = ask('리벨리온 대표, 법인 위치');
  expect(answerFound(answer)).toBe(true);
  expect(said(answer)).toContain('박성현');
  expect(said(answer)).toContain('도쿄');
  const share = ask('올거나이즈 대표 이름, 매출 비중');
  expect(said(share)).toContain('이창수');
  expect(said(share)).toContain('70%');
  // (not a remark before the question: `데이터센터 사업 구상 중인데요, …` asks one thing)
  const one = ask('데이터센터 사업 구상 중인데요, 일본 정부에서 받을 수 있는 지원이 있나요?');
  expect(answerFound(one)).toBe(true);
  expect(firstLine(one, 'ko')).not.toMatch(/^1\./);
});

test('`이 기사 나오고 나서`: what happened after the article came out is a time the article cannot speak of', () => {
  const answer = ask('이 기사 나오고 나서 한국 정부가 AI 지원법 통과시켰어?');
  expect(answerFound(answer)).toBe(false);
  expect(said(answer)).toContain('기사 나오고 나서');
});

test('`협력 준비 중인 곳이 몇 개?`, `일본서 몇군데랑`: places counted after a clause closed on a word that asks nothing, and a name with the particle of place shortened', () => {
  for (const question of ['이랜서 일본에선 협력 준비 중인 곳이 몇 개?', '이랜서 일본서 몇군데랑 협력해?']) {
    const answer = ask(question);
    expect(answerFound(answer)).toBe(true);
    expect(firstLine(answer, 'ko')).toContain('50여 개');
  }
});

test('a word said twice asks no more than once: `…a Korean word for how the rules differ by level, which word?`', () => {
  expectFollowUpSays(
    [
      'What law did the EU pass on AI?',
      'the article uses a Korean word for how the rules differ by level, which word?',
    ],
    '위험도',
  );
});

test('a company summed up: after one fact of each kind, those it is the subject of come before another’s that names it', () => {
  const answer = ask('올거나이즈 요약해줘');
  expect(answer.kind).toBe('summary');
  const text = said(answer);
  expect(text).toContain('상장');
  expect(text).not.toContain('이창수는 올거나이즈의 대표다');
});

test('`준비중임`, `머하는중임`: 중 and a copula typed onto the noun it follows come off it', () => {
  expectSays('올거나이즈본사옮기고나서뭐준비중임?', '상장');
});

test('`뤼튼 태크놀로지스`: words after a name’s first word that spell the rest of it with a slip are that name; `올거나이즈 상장` names the company only', () => {
  const answer = ask('뤼튼 태크놀로지스도 일본 진출햇어?');
  expect(answerFound(answer)).toBe(true);
  expect(firstLine(answer, 'ko')).toMatch(/^네/);
  expect(answerFound(ask('올거나이즈 상장 후 주가 전망 어떻게 봐?'))).toBe(false);
});

test('`Korean name as written please`, `한글 이름으로`: a closing that asks a name only in a language asks nothing more (names come in both)', () => {
  const answer = ask(
    'Which company opened an office in Tokyo rather than a full entity? Korean name as written please',
  );
  expect(answer.kind).not.toBe('multi');
  expect(firstLine(answer, 'en')).toContain('업스테이지');
  const ko = ask('리벨리온 대표 누구야? 한글 이름으로');
  expect(firstLine(ko, 'ko')).toContain('박성현');
});

test("`who heads it?`, `who's the CEO?` after an answer that named a company: of that company, not of the country that described it", () => {
  const { answer: heads } = conversation('Which company opened an office in Tokyo?', 'who heads it?');
  expect(answerFound(heads)).toBe(false);
  expect(said(heads)).not.toContain('Lee Chang-soo');
  const { answer: ceo } = conversation(
    'Korean AI chip startup that set up its first overseas entity in Tokyo — name in Hangul?',
    "who's the CEO?",
  );
  expect(firstLine(ceo, 'en')).toContain('Park Sung-hyun');
});

test('`Which Korean startups does the table list as …`: in English the kind after `which` is what is listed; the table says where', () => {
  const answer = ask(
    'Which Korean startups does the table list as still working on setting up a Japanese entity?',
  );
  expect(answer.kind).toBe('list');
  expect(firstLine(answer, 'en')).toContain('Channel Talk');
  expect(firstLine(answer, 'en')).not.toContain('Government support');
});

test('`who compiled the data?`, `누가 집계했어?`: who gathered a figure asks its source', () => {
  const { answer } = conversation(
    'What year is the 2318억원 global VC figure for?',
    'which earlier years is it compared against?',
    'who compiled the data?',
  );
  expect(answerFound(answer)).toBe(true);
  expect(firstLine(answer, 'en')).toContain('National Assembly Budget Office');
  expect(firstLine(ask('그 통계 누가 집계했어?'), 'ko')).toContain('국회 예산정책처');
});

test('`and the one that only opened an office in Tokyo?`: the one that asks which one', () => {
  const { answer } = conversation(
    'Which Korean AI startup moved its HQ to Japan?',
    'and the one that only opened an office in Tokyo?',
  );
  expect(firstLine(answer, 'en')).toContain('Upstage');
});

test('`which company moved its HQ`, `the one that moved its HQ over?`: its, after the words that ask which, is the one asked’s own, no pointer back', () => {
  const { answer } = conversation(
    'which korean startup opened a tokyo office?',
    'and the one that moved its HQ over?',
  );
  expect(firstLine(answer, 'en')).toContain('Allganize');
});

test('`대표 이름 다시 한번만`: a word that asks again, with only fillers after it, asks nothing of its own', () => {
  expectLead('이랜서 대표 이름 다시 한번만', 'ko', '박우진');
});

test('`숫자 몇 개 들었던데, … 연도별로 얼마였는지`: a past clause closed as background reports what was heard; its `몇 개` asks nothing', () => {
  expectLead(
    '한국 VC 투자 줄었다는 근거로 숫자 몇 개 들었던데, 2021년부터 2023년까지 연도별로 얼마였는지 정리 좀',
    'ko',
    '9895억',
  );
});

test('`2021년부터 2023년까지`: a span of years leads with every year of the series in it; two years side by side only with those', () => {
  const span = ask('2021년부터 2023년까지 VC 투자 얼마였어?');
  expect(firstLine(span, 'ko')).toContain('2022년 6097억');
  const two = ask('2021년이랑 2023년 글로벌 VC 국내 투자액 각각 얼마야?');
  expect(firstLine(two, 'ko')).not.toContain('6097억');
});

test('`税金 일본어로 어떻게 읽어요?`, `how do you say it in Japanese?`: something asked in a language the article is not written in is refused; a language only mentioned is not', () => {
  for (const question of ['税金 일본어로 어떻게 읽어요? zeikin 맞나', 'how do you say AI hub in Japanese?']) {
    const answer = ask(question);
    expect(answerFound(answer)).toBe(false);
  }
  const told = ask(
    '일본어로는 デジタルトランスフォーメーション 이런 식으로 말하던데. 기사에서 DX랑 AX를 뭐라고 설명해?',
  );
  expect(answerFound(told)).toBe(true);
});

test('`일본 어느 지역에 DC 짓는다고 나와?`: a country named bare before where asks a place within it, which another country does not answer', () => {
  const answer = ask('기사에서 빅테크들이 일본 어느 지역에 DC 짓는다고 나와?');
  expect(answerFound(answer)).toBe(false);
  expect(firstLine(ask('리벨리온 일본 어디에 법인 세웠어?'), 'ko')).toContain('도쿄');
  // (the country as the subject, `일본이 어디로 넘어가려`, asks where it goes)
  expect(answerFound(ask('그래서 일본이 어디로 넘어가려 한다는 거야'))).toBe(true);
});

test('`리벨리온 건 요약 한 줄`: a company summed up in one line is the editor’s summary of it, what it is and what it did, cited', () => {
  const answer = ask('리벨리온 건 요약 한 줄');
  if (answer.kind !== 'summary') throw new Error(`expected a summary, got ${answer.kind}`);
  expect(answer.lines).toHaveLength(1);
  expect(answer.lines[0]!.text.ko).toContain('반도체');
  expect(answer.lines[0]!.text.ko).toContain('도쿄');
  expect(answer.lines[0]!.passage?.id).toBe('p4');
});

test('`기사에 나온 숫자들 다`, `연도들 리스트`: a list of figures or years names them in its first line, each year once', () => {
  const figures = ask('기사에 나온 숫자들 다 뽑아줘요 학습지 빈칸 채우기 만들 거라');
  const head = firstLine(figures, 'ko');
  for (const figure of ['41만 명', '30%', '450억 엔', '2318억 원']) expect(head).toContain(figure);
  const years = ask('기사에 나온 연도들 리스트');
  if (years.kind !== 'list') throw new Error(`expected a list, got ${years.kind}`);
  const line = firstLine(years, 'ko');
  for (const year of ['2032년', '2023년', '2022년', '2021년']) expect(line).toContain(year);
  expect(line.split('2023년')).toHaveLength(2);
  // (years asked of one fact that gives one, `which years does the data cover`, are no list)
  expect(ask('Which years does the NABO data cover?').kind).not.toBe('list');
});

test('`CEO 다`, `사람 이름 다`: a message closed by `다` after a noun asks for all of them', () => {
  for (const question of ['CEO 다', '이 기사에 나오는 사람 이름 다']) {
    const answer = ask(question);
    if (answer.kind !== 'list') throw new Error(`${question}: expected a list, got ${answer.kind}`);
    expect(answer.items.map((i) => i.label.ko)).toEqual(['박성현', '이창수', '박우진']);
  }
});

test('`ㅈㅂ`, `ㅃㄹ`, `ㅁㅇ`: chat written in initial consonants is no name and no word of the question', () => {
  expect(firstLine(ask('올거나이즈 대표 이름 ㅈㅂ'), 'ko')).toContain('이창수');
  expect(firstLine(ask('일본 법인세 감면 몇퍼인지 ㅃㄹ 알려주세요'), 'ko')).toContain('30%');
  expect(answerFound(ask('이창수가 일본이 AI 도입 한국보다 앞서있다고 한 이유 ㅁㅇ?'))).toBe(true);
  // (the initials of a name are still that name)
  expect(firstLine(ask('ㄹㅂㄹㅇ 대표 누구'), 'ko')).toContain('박성현');
});

test('`미국이랑 EU AI 정책 차이 한두 줄로`: a summary of two things cut short keeps both, their lines taken in turn', () => {
  const answer = ask('미국이랑 EU AI 정책 차이 한두 줄로');
  if (answer.kind !== 'summary') throw new Error(`expected a summary, got ${answer.kind}`);
  expect(answer.lines).toHaveLength(2);
  expect(answer.lines[0]!.text.ko).toContain('미국');
  expect(answer.lines[1]!.text.ko).toContain('AI Act');
});

test('`ㄹㅂㄹㅇ, ㅇㄱㄴㅇㅈ, ㅇㄹㅅ 대표 각각 누구?`: names written as initials, then what is asked of each, ask it of each', () => {
  expect(splitMessage(engine, 'ㄹㅂㄹㅇ, ㅇㄱㄴㅇㅈ, ㅇㄹㅅ 대표 각각 누구?')).toEqual([
    'ㄹㅂㄹㅇ 대표 누구?',
    'ㅇㄱㄴㅇㅈ 대표 누구?',
    'ㅇㄹㅅ 대표 누구?',
  ]);
  const head = firstLine(ask('ㄹㅂㄹㅇ, ㅇㄱㄴㅇㅈ, ㅇㄹㅅ 대표 각각 누구?'), 'ko');
  for (const person of ['박성현', '이창수', '박우진']) expect(head).toContain(person);
});

test('`일본 진출한 한국 기업 정리해줘`, `기사 숫자들 정리해줘`: things of a kind summed up are a list of them; what someone said or concluded, summed up, is not', () => {
  const companies = ask('일본 진출한 한국 기업 현황 회사별로 요약해주세요');
  if (companies.kind !== 'list') throw new Error(`expected a list, got ${companies.kind}`);
  expect(companies.items.map((i) => i.label.ko)).toEqual(
    expect.arrayContaining(['리벨리온', '올거나이즈', '이랜서']),
  );
  const figures = ask('기사 숫자들 정리해줘');
  if (figures.kind !== 'list') throw new Error(`expected a list, got ${figures.kind}`);
  expect(figures.of).toBe('figures');
  expect(ask('올거나이즈 대표 말 요약: 일본이 AI에 어떻다고?').kind).not.toBe('list');
  expect(conversation('이 글 누가 언제 쓴 거야', '그 사람 결론 한 줄로 요약하면?').answer.kind).not.toBe(
    'list',
  );
});

test('`2023년 투자액이 6097억원이죠?`: a figure the article gives for another year is no, with the year’s own figure, though one fact names both', () => {
  const answer = ask('2023년 글로벌 VC 국내 투자액이 6097억원이죠?');
  const head = firstLine(answer, 'ko');
  expect(head).toMatch(/^아니요/);
  expect(head).toContain('2023년 2318억 원');
  expect(firstLine(ask('2022년 VC 투자액 6097억원 맞아?'), 'ko')).toMatch(/^네/);
});

test('`…PPT에 적었는데 괜찮죠?`, `…슬라이드에 그렇게 적었어요`: where the asker wrote the claim is no part of it; the claim is checked', () => {
  const share = ask('올거나이즈 매출 절반 정도가 일본에서 나온다고 PPT에 적었는데 괜찮죠?');
  expect(firstLine(share, 'ko')).toMatch(/^아니요.*70%/);
  const slide = ask('2023년 글로벌 VC 국내 투자액이 6097억원으로 나와 있죠? 슬라이드에 그렇게 적었어요');
  expect(firstLine(slide, 'ko')).toMatch(/^아니요.*2318억/);
});

test('`한국이 해야한다고 한 거 뭐뭐`, `what did the author conclude korea should do`: what ought to be done, asked, is every view of the author’s that says so, the measures named first', () => {
  const korean = ask('작성자가 한국이 해야한다고 한거 뭐뭐임');
  expect(said(korean)).toContain('규제 완화');
  expect(shownFacts(korean).map((f) => f.fact.id)).toContain('opinion-practical-benefits-needed');
  const english = ask('what did the author conclude korea should do');
  expect(answerFound(english)).toBe(true);
  expect(firstLine(english, 'en')).toMatch(/tax benefits|deregulation|should/);
});

test('`이랜서 관련 3개만: 프리랜서 몇명, 대표 누구, …`: how many questions follow a colon is no part of the first', () => {
  expect(
    splitMessage(engine, '이랜서 관련 3개만: 프리랜서 몇명, 대표 누구, 일본 협력사 몇곳')[0],
  ).not.toMatch(/3/);
  const head = firstLine(ask('이랜서 관련 3개만: 프리랜서 몇명, 대표 누구, 일본 협력사 몇곳'), 'ko');
  for (const said of ['41만 명', '박우진', '50여']) expect(head).toContain(said);
});

test('`누구라함`, `얼마라함`, `관련해서는`: a question word closed by what was said, and `관련해서`, read as such', () => {
  expect(firstLine(ask('이랜서 대표 누구라함'), 'ko')).toContain('박우진');
  expect(firstLine(ask('450억엔 원화로 환산하면 기사에선 얼마라함'), 'ko')).toContain('4428억');
  expect(answerFound(ask('뤼튼테크놀로지스 관련해서는 뭐라고 적혀있어요?'))).toBe(true);
});

test('`어디에 법인냄?? 도쿄임 오사카임`: of places offered to pick from, one the article does not know is no reason to refuse; the one it names is the answer', () => {
  for (const question of [
    'ㄹㅂㄹㅇ 일본 어디에 법인냄?? 도쿄임 오사카임',
    '리벨리온 일본 법인 어디야? 도쿄야 오사카야?',
  ]) {
    const answer = ask(question);
    expect(answerFound(answer)).toBe(true);
    expect(firstLine(answer, 'ko')).toContain('도쿄');
  }
  // (a place offered alone that the article does not know is still unknown)
  expect(answerFound(ask('리벨리온 오사카 지사 대표 누구야?'))).toBe(false);
});

test('`일본 AI 허브 전략 핵심만 정리해줘`: what a summary asks of a thing in the article title’s own words sums up the article', () => {
  const answer = ask('일본 AI 허브 전략 핵심만 정리해줘');
  if (answer.kind !== 'summary') throw new Error(`expected a summary, got ${answer.kind}`);
  expect(answer.scope).toBe('article');
  expect(said(answer)).toContain('450억 엔');
  // (words that are not the title's are still what is asked of it)
  expect(answerFound(ask('일본 AI 반도체 수출 전략 요약해줘'))).toBe(false);
});

test('`…토론하려고 하는데요, 한국이 … 이유를 … 뽑아주세요`: a clause of background before a comma is no noun asked with the verb the sentence ends on', () => {
  const parts = splitMessage(
    engine,
    '저희 학교 경제 동아리 애들이랑 이 기사로 토론하려고 하는데요, 한국이 AI에서 뒤처지는 이유를 기사 근거로 세 가지만 뽑아주세요.',
  );
  expect(parts).toHaveLength(1);
  // (nouns before a comma still are: `이랜서 대표, 협력 기업 수 알려줘`)
  expect(splitMessage(engine, '이랜서 대표, 협력 기업 수 알려줘')).toEqual([
    '이랜서 대표 알려줘',
    '협력 기업 수 알려줘',
  ]);
});

test('`비교표 전체를 그대로 옮겨 주세요. 한국 칸 일본 칸 나눠서`: how the answer is wanted, said after the request, asks nothing of its own', () => {
  const answer = ask('비교표 전체를 그대로 옮겨 주세요. 한국 칸 일본 칸 나눠서');
  if (answer.kind !== 'list') throw new Error(`expected the table's rows, got ${answer.kind}`);
  expect(answer.items.map((i) => i.label.ko)).toEqual(['정부 지원', '인프라', '투자 유치', '시장 성장']);
});

test('`한국 AI 위기라는 얘기 왜 나옴?`: a reason is preferred only when it says the telling words asked as well; a word most facts use (`AI`) is none', () => {
  const answer = ask('한국 AI 위기라는 얘기 왜 나옴?');
  expect(shownFacts(answer)[0]?.fact.id).toBe('korea-ai-industry-crisis-concern');
  // (a reason that does say them still comes first: `일본 시장이 왜 커져?`)
  expect(said(ask('일본 AI 시장이 왜 급성장해?'))).toContain('고령화');
});

test('`아까 그거 중에 오픈AI도 있었어요?`, `그 발표한 데에 오픈AI도 들어가?`: whether one more is among those named before is yes or no, with them', () => {
  const among = conversation(
    '일본을 AI 허브로 고른 미국 빅테크가 어디예요?',
    '아까 그거 중에 오픈AI도 있었어요?',
  ).answer;
  expect(firstLine(among, 'ko')).toMatch(/^네.*오픈AI/);
  const outside = conversation(
    '구글 MS AWS가 일본에 투자한다는 돈 총 얼마?',
    '그 발표한 데에 오픈AI도 들어가?',
  ).answer;
  expect(firstLine(outside, 'ko')).toMatch(/^아니요.*아마존웹서비스/);
  // (a question of its own, `아마존도 일본에 투자했어?`, is asked as it is)
  const own = conversation(
    '구글이랑 오픈AI가 일본을 허브로 고른 이유가 뭐야?',
    '아마존도 일본에 투자했어?',
  ).answer;
  expect(said(own)).toContain('186억');
});

test('`What does the writer think Korea should do about all this?`: in English, a lead that is the fact’s sentence comes with the sentence as the article writes it, to quote its words', () => {
  const text = replyToText(
    renderAnswer(engine, ask('What does the writer think Korea should do about all this?'), 'en'),
  );
  const [lead, original] = text.split('\n');
  expect(lead).toContain('tax benefits');
  expect(original).toContain('세제 혜택, 규제 완화, 인프라 지원');
  // (not in Korean, which says it once)
  const korean = replyToText(renderAnswer(engine, ask('글쓴이는 한국이 뭘 해야 한다고 봐?'), 'ko'));
  expect(korean.split('세제 혜택, 규제 완화').length).toBeLessThanOrEqual(3);
});

test('`東京 발음 토쿄가 맞아?`, `税金 이거 어떻게 읽어요?`: how a word written in Japanese or Chinese script is read is no question of the article', () => {
  for (const question of ['東京 발음 토쿄가 맞아 도쿄가 맞아?', '税金 이거 어떻게 읽어요?'])
    expect(answerFound(ask(question))).toBe(false);
  // (a word in that script told in passing, then a question of the article's, is answered)
  expect(
    answerFound(
      ask(
        '일본어로는 デジタルトランスフォーメーション 이런 식으로 말하던데. 기사에서 DX랑 AX를 뭐라고 설명해?',
      ),
    ),
  ).toBe(true);
});

test('`until what year does Japan’s corp tax cut run?`: in English, the answering fact comes with its sentence as the article writes it, whatever the lead', () => {
  const text = replyToText(
    renderAnswer(engine, ask("until what year does Japan's corp tax cut for AI software cos run?"), 'en'),
  );
  const lines = text.split('\n');
  expect(lines[0]).toBe('Until 2032');
  expect(lines.slice(1, 3).join('\n')).toContain('2032년까지 최대 30%의 법인세를 감면해 준다');
});

test('`US vs EU approach to AI policy?`: in English, each side of a comparison comes with its fact as the article writes it', () => {
  const text = replyToText(renderAnswer(engine, ask('US vs EU approach to AI policy in this post?'), 'en'));
  expect(text).toContain('*미국은 국가 AI 이니셔티브를 통해');
  expect(text).toContain("*유럽연합(EU)은 AI 규제에 초점을 맞춘 'AI Act'");
});

test('several questions, one a profile: the line above the parts gives the profile by what it is, not the name alone', () => {
  const text = replyToText(renderAnswer(engine, ask('리벨리온은 무슨 회사고 이랜서 대표는 누구야?'), 'ko'));
  const glance = text.split('\n')[0]!;
  expect(glance).toContain('반도체');
  expect(glance).toContain('박우진');
});

test('`until when does Japan’s tax cut last?`: a verb of lasting that closes a question of when is no word to find', () => {
  for (const question of [
    "Until when does Japan's tax cut last?",
    'until what year does the corporate tax cut last?',
  ])
    expect(firstLine(ask(question), 'en')).toBe('Until 2032');
});

test('`the author’s main recommendation`, `the main reasons`: emphasis before what asks is no word to find; before a noun of the facts (`main customers`) it stays', () => {
  const recommendation = ask("What is the author's main recommendation for Korea at the end?");
  expect(answerFound(recommendation)).toBe(true);
  expect(said(recommendation)).toContain('규제 완화');
  expect(firstLine(ask("who are allganize's main customers?"), 'en')).toContain('Nomura');
});

test('`…투자액은요? 표로 만들 거라 두 해 다 필요해요`: what the asker needs, said after the question, is a remark: the question is answered, and not as a yes or no', () => {
  const answer = ask('2021년, 2022년 글로벌 VC 투자액은요? 표로 만들 거라 두 해 다 필요해요');
  expect(answerFound(answer)).toBe(true);
  const head = firstLine(answer, 'ko');
  expect(head).not.toMatch(/^네/);
  expect(head).toContain('9895억');
  expect(head).toContain('6097억');
});

test('`빅테크 3사랑 투자 총액 원화로 얼마인지`: a count of the group joined to what follows by `랑` is no figure of the answer’s', () => {
  const answer = ask('일본 투자 발표한 빅테크 3사랑 투자 총액 원화로 얼마인지');
  expect(firstLine(answer, 'ko')).toContain('27조');
});

test('`일본이 법인세 깎아주고 데센 보조금도 준다던데 둘다 숫자 나옴?`: two claims in one, each a fact of the same subject, are yes with both facts', () => {
  const answer = ask(
    '내가 알기론 일본이 AI 소프트웨어 기업 법인세 깎아주고 데센 보조금도 준다던데 둘다 구체적 숫자 나옴?',
  );
  expect(firstLine(answer, 'ko')).toMatch(/^네/);
  expect(said(answer)).toContain('450억');
  expect(said(answer)).toContain('30%');
  // (the rest of a claim no fact of its subject has is no yes: `리벨리온이 … 상장도 준비한다던데?`)
  expect(firstLine(ask('리벨리온이 도쿄에 법인 세우고 상장도 준비한다던데?'), 'ko')).not.toMatch(/^네/);
});

test('`중국 어떻게 성장한다고 함?`: how something grows asks by what means; the fact that says through what comes first', () => {
  expect(firstLine(ask('기사에서 중국 어떻게 성장한다고 함?'), 'ko')).toContain('국가 주도');
});

test('`일본이 세계 최초로 AI 규제법 만든 거 맞지?` answered no, the EU: a reply leans on the one the article names in its place', () => {
  const { answer, asked } = conversation(
    '일본이 세계 최초로 AI 규제법 만든 거 맞지?',
    '그 법은 어떤 방식으로 규제해?',
  );
  expect(answerFound(answer)).toBe(true);
  expect(asked.at(-1)).toContain('유럽연합');
  expect(said(answer)).toContain('위험도');
});

test('`한국 AI 기업 대표들 이름 모두`: people asked by the companies they lead are those companies’ people, the companies’ words saying which', () => {
  const labels = (a: Answer) => (a.kind === 'list' ? a.items.map((i) => i.label.ko) : []);
  const names = labels(ask('기사에 등장하는 한국 AI 기업 대표님들 이름을 모두 정리해 주세요'));
  expect(names).toEqual(['박성현', '이창수', '박우진']);
  // (the companies said otherwise name no one: no CEO of an American company is in the article)
  expect(labels(ask('미국 기업 대표들 이름 모두 알려줘'))).toEqual([]);
});

test('`대표들 전부 + 각자 회사`: a kind said to be each one’s, after the kind asked, is given with each, not listed', () => {
  const answer = ask('기사에 이름 나오는 대표들 전부 + 각자 회사');
  expect(answer.kind === 'list' ? answer.of : undefined).toBe('people');
  expect(said(answer)).toContain('리벨리온 대표');
});

test('`…뭐였지? 과제에 써야되는데 기억이 안남ㅠ`: what the asker forgot, said after the question, is a remark', () => {
  expectLead('리벨리온 대표 이름 뭐였지? 과제에 써야되는데 기억이 안남ㅠ', 'ko', '박성현');
});

test('`Is that accurate?`, `Does the article agree with that figure?`: a claim checked in other words is answered yes or no', () => {
  expect(firstLine(ask('Elancer has 410,000 freelance developers. Is that accurate?'), 'en')).toMatch(/^Yes/);
  const figure = ask(
    'My notes say US big tech firms pledged 81.6 billion dollars to Japan. Does the article agree with that figure?',
  );
  expect(firstLine(figure, 'en')).toMatch(/^No/);
  expect(firstLine(figure, 'en')).toContain('18.6 billion');
});

test('`이랜서 프리랜서 41만명에 일본 기업 50곳이랑 협력한다던데 맞아?`: two figures claimed, each its own fact’s, are yes with both', () => {
  const both = ask('이랜서 프리랜서 41만명에 일본 기업 50곳이랑 협력한다던데 맞아?');
  expect(firstLine(both, 'ko')).toMatch(/^네/);
  expect(said(both)).toContain('41만');
  expect(said(both)).toContain('50여');
  // (one of them wrong is no)
  expect(firstLine(ask('이랜서 프리랜서 41만명에 일본 기업 80곳이랑 협력한다던데 맞아?'), 'ko')).toMatch(
    /^아니요/,
  );
});

test('`…뭐 하는 회사인지도`, `…얼마 정도인지도`: the copula, 지 and 도 after a noun are its ending, no word `인지도`', () => {
  const reading = readQuestion(engine, '두 회사가 각각 뭐 하는 회사인지도 알려 주세요');
  expect(reading?.terms.map((t) => t.head)).not.toContain('인지');
});

test('`비율로라도 나와?`: 라도 after another particle comes off with it; the noun is read, not an unknown name', () => {
  const answer = ask('올거나이즈 일본 매출 비율로라도 나와?');
  expect(answerFound(answer)).toBe(true);
  expect(said(answer)).toContain('70%');
  const unknown = answer.kind === 'not-found' ? (answer.unknown ?? []) : [];
  expect(unknown).toEqual([]);
});

test('`작성자는 누구로 표시되어 있나요?`, `…어디로 기재되어 있나요?`, `이런 일본행 현상을 어떻게 표현`: how the article puts it down asks nothing of its own', () => {
  expectLead('작성자는 누구로 표시되어 있나요?', 'ko', 'editor6141');
  expectLead('리벨리온 법인 위치는 어디로 기재되어 있나요?', 'ko', '도쿄');
  expectSays('스타트업 업계에서는 이런 일본행 현상을 어떻게 표현하고 있다고 하나요?', '블랙홀');
});

test('`저희 유럽 진출도 고민중이라 규제 쪽 궁금한데요, 기사에서 EU AI Act 특징 뭐라고 써있어?`: the asker’s own clause before a question that names what it asks about is left out', () => {
  const message = '저희 유럽 진출도 고민중이라 규제 쪽 궁금한데요, 기사에서 EU AI Act 특징 뭐라고 써있어?';
  expect(splitMessage(engine, message)).toEqual(['기사에서 EU AI Act 특징 뭐라고 써있어?']);
  expect(said(ask(message))).toContain('위험도');
  // (a question that names nothing leans on the clause)
  expectLead('제가 리벨리온 면접 보는데요, 대표 이름이 뭐예요?', 'ko', '박성현');
});

test('`…궁금한데`, `…급한데요`: a clause closed by an adjective’s ㄴ데 is background, like one closed by 는데', () => {
  const reading = readQuestion(engine, '세금 쪽이 궁금한데 일본 법인세 감면 언제까지야');
  const clause = reading?.terms.find((t) => t.surface === '궁금한데');
  expect(clause?.background).toBe(true);
});

test('`in won?` after `How much did they announce investing there in total?`: only the unit, the question before as it was asked, in it', () => {
  const { answer } = conversation(
    'Which US big tech companies chose Japan as their Asian AI hub?',
    'How much did they announce investing there in total?',
    'in won?',
  );
  expect(answerFound(answer)).toBe(true);
  expect(firstLine(answer, 'en')).toContain('27');
});

test('`한국은 어떤데`, `…랑 상관있음?`: `어떤데` asks how it is, no word `데`; whether two things are related asks nothing of `상관`', () => {
  const korea = conversation(
    '일본 AI 소프트웨어 회사 법인세 얼마나 깎아줘?',
    '언제까지?',
    '한국은 어떤데',
  ).answer;
  expect(answerFound(korea)).toBe(true);
  expect(said(korea)).toContain('제한적');
  const related = conversation(
    '2021년이랑 2023년 글로벌 VC 국내 투자 중 어느 해가 더 많았어?',
    '2022년은 얼마였는데',
    '그래서 이게 기업들 해외 나가는 거랑 상관있음?',
  ).answer;
  expect(answerFound(related)).toBe(true);
  expect(said(related)).toContain('해외로 나가는 이유');
});

test('`리벨리온이 일본에서 뭐 했어?`, `…한 일이 뭐야`, `What did Upstage do in Japan?`: what a company did leads with its deed, not its CEO’s words', () => {
  expectLead('리벨리온이 일본에서 뭐 했어?', 'ko', '첫 해외법인');
  expectLead('리벨리온이 일본에서 한 일이 뭐야?', 'ko', '첫 해외법인');
  expectLead('What did Upstage do in Japan?', 'en', 'Tokyo');
  // (what a company does is what it is: its card, whose first line is its name)
  const profile = ask('리벨리온 뭐 하는 회사야?');
  expect(profile.kind).toBe('entity');
  expect(said(profile)).toContain('반도체');
});

test('`China vs EU: what’s the contrast the post draws?`: how the question puts a comparison (`contrast`, `draws`) asks nothing of its own; the two sides are compared', () => {
  const answer = ask("China vs EU: what's the contrast the post draws?");
  expect(answer.kind).toBe('compare');
  expect(said(answer)).toContain('국가 주도');
  expect(said(answer)).toContain('AI Act');
});

test('`아마존은 안껴있음?` after the big techs named: a verb that says only being among needs no `도`; a denial typed onto a verb reads as the verb', () => {
  const { answer } = conversation(
    '일본을 아시아 ai 허브로 찍은 빅테크 어디어디임',
    '걔네 왜 거기 찍었는데',
    '아마존은 안껴있음?',
  );
  expect(firstLine(answer, 'ko')).toMatch(/^네/);
  expect(firstLine(answer, 'ko')).toContain('아마존웹서비스');
  expect(readVerb(engine.lexicon.grammar, '안껴있음').map((r) => r.lemma)).toContain('끼다');
  // (a noun that opens with the same syllable is no denial)
  expect(readVerb(engine.lexicon.grammar, '안전')).toEqual([]);
});

test('`법인세 쪽이랑 묶어서 일본 지원책 한 줄로 요약해 주세요`: how the summary is to be put together (`묶어서`) asks nothing of its own', () => {
  expectSays('법인세 쪽이랑 묶어서 일본 지원책 한 줄로 요약해 주세요.', '30%');
});

test('`왜 그렇게 많은데` after Allganize’s share from Japan: how what was just said is (`그렇게 많은데`) says nothing new; why is asked of it', () => {
  const { answer, asked } = conversation(
    '올거나이즈 매출 대부분 일본서 나온다는거 ㄹㅇ?',
    '왜 그렇게 많은데',
  );
  expect(answerFound(answer)).toBe(true);
  expect(asked.at(-1)).not.toContain('많은데');
  expect(said(answer)).toContain('노무라증권');
  // (a deed pointed at so is asked of: `어떻게 그렇게 성장했대?` keeps 성장)
  expect(conversation('중국 AI 어떻게 돼가?', '어떻게 그렇게 성장했대?').asked.at(-1)).toContain('성장');
});

test('`450억 엔이면 달러로 얼마임?`: the currency of an amount given (`엔이면`) is not the one asked; the article gives no dollars, so it is refused', () => {
  expect(answerFound(ask('450억 엔이면 달러로 얼마임?'))).toBe(false);
  expectLead('450억 엔이면 원화로 얼마임?', 'ko', '4428억');
});

test('`국회 예산정책처 자료에서 2022년 수치가 얼마였는지`: a word for data right after a name says whose figures are meant, no word the fact must have', () => {
  expectLead('실례지만 국회 예산정책처 자료에서 2022년 수치가 얼마였는지 알려주세요', 'ko', '6097억');
  // (not a word of another, `korea data center`)
  expect(answerFound(ask('korea data center 문제 뭐임'))).toBe(true);
});

test('`저희 딸이 올거나이즈 면접을 본대요. 올거나이즈 대표 이름이 뭐고, 일본 매출 비중이 얼마고, …`: a sentence on the asker ends their clause; `뭐고` asks, it is no verb', () => {
  const answer = ask(
    '저희 딸이 올거나이즈 면접을 본대요. 올거나이즈 대표 이름이 뭐고, 일본 매출 비중이 얼마고, 주요 고객이 누군지 알려주시면 딸한테 전해줄게요. 감사합니다~',
  );
  expect(answer.kind).toBe('multi');
  expect(said(answer)).toContain('이창수');
  expect(said(answer)).toContain('70%');
  expectLead('올거나이즈 대표 이름 뭐고', 'ko', '이창수');
});

test('`프리랜서 수, 협력 기업 수, 시작 시기 세개만 콕 집어서 알려주세요`: how many questions are asked, said after the last, is no part of it', () => {
  const message = '이랜서 관련해서요 프리랜서 수, 협력 기업 수, 시작 시기 세개만 콕 집어서 알려주세요';
  expect(splitMessage(engine, message).at(-1)).not.toContain('세개만');
  const answer = ask(message);
  expect(firstLine(answer, 'ko')).toContain('41만');
  expect(firstLine(answer, 'ko')).toContain('50여');
  expect(firstLine(answer, 'ko')).toContain('다음 달');
});

test('`업스테이지는 일본에서 무엇을 했다고 되어 있나요?` after a list of others: what one company did, asked in words that read as no question, is a whole question of its own', () => {
  const { answer } = conversation(
    '기사 표에 한국 기업들의 일본 진출 현황이 정리되어 있던데, 그 중 일본 법인 설립을 추진 중인 곳은 어디어디인지 알려주실 수 있을까요?',
    '업스테이지는 일본에서 무엇을 했다고 되어 있나요?',
  );
  expect(firstLine(answer, 'ko')).toContain('도쿄');
  expect(firstLine(answer, 'ko')).not.toContain('채널톡');
});

test('`…투자액도 알려주세요. 추세 그래프 그리려고요`: why it was asked, after a sentence that asks by a request (no question mark), is no part of the question', () => {
  expectSays(
    '2021년이랑 2022년 글로벌VC 국내 투자액도 알려주세요. 추세 그래프 그리려고요',
    '9895억',
    '6097억',
  );
});

test('`…오사카에 첫 해외법인을 냈다고 하시던데, 오사카 맞나요? … 확인차 여쭙니다.`: whether a claim just made is so, asking nothing it did not say, is the claim asked; the article corrects it', () => {
  const answer = ask(
    '리벨리온이 오사카에 첫 해외법인을 냈다고 하시던데, 오사카 맞나요? 채용 공고에 근무지 표기해야 해서 확인차 여쭙니다.',
  );
  expect(answerFound(answer)).toBe(true);
  expect(firstLine(answer, 'ko')).toMatch(/^아니요/);
  expect(firstLine(answer, 'ko')).toContain('도쿄');
  // (a question resting on the claim, of the place it got wrong, gets the correction: there is no 오사카 office)
  expect(firstLine(ask('리벨리온이 오사카에 법인 냈다던데 오사카 어느 구에 있어요?'), 'ko')).toMatch(
    /^아니요.*도쿄/,
  );
});

test('`팀장님이 …냈다고 하시던데?`: who around the asker told them a claim (a boss, a senior) is no name the article must know', () => {
  const answer = ask('팀장님이 리벨리온이 오사카에 첫 해외법인을 냈다고 하시던데?');
  expect(answerFound(answer)).toBe(true);
  expect(firstLine(answer, 'ko')).toContain('도쿄');
  expectLead('선배가 기사 하나 던져줌ㅋㅋ 리벨리온 일본 어디에 법인 세웠대?', 'ko', '도쿄');
});

test('`미쓰이스미토모은행 영문 약자가 뭐라고 나와요?`: every word of a phrase that asks for a name in another form is part of it (`영문` of `영문 약자`)', () => {
  expectSays('미쓰이스미토모은행 영문 약자가 기사에 뭐라고 나와요?', 'SMBC');
  expectSays('미쓰이스미토모은행 영어 약자 뭐임', 'SMBC');
});

test('`요약좀 ㅈㄱㄴ`, `아마존 뭐시기`, `or smth`: chat abbreviations and placeholder words are noise, never names', () => {
  expectSays('미국 AI 정책 부분 요약좀 ㅈㄱㄴ', '이니셔티브');
  expectSays('AWS 풀네임 기사에 있음? 아마존 뭐시기', '아마존웹서비스');
});

test('`…뭐의 나라라고 불렸음 ㅋㅋㅋ 개웃기네`: a remark after a sentence that asks by its question word is no part of it; after a sentence that told something (closed by a full stop) it is not a remark on a question', () => {
  expectSays('일본 옛날에 뭐의 나라라고 불렸음 ㅋㅋㅋ 개웃기네', '팩스');
  const told = ask(
    '어제 회식 때 누가 국내 AI 스타트업들 다 일본 간다고 하더라. 과장인 줄 알았는데 기사 보니까 진짜 여러 곳이네. 일본 법인 설립 추진 중이라는 곳들 이름 좀',
  );
  expect(told.kind).not.toBe('multi');
  expect(firstLine(told, 'ko')).toContain('채널톡');
});

test('`업스테이지 어디에 오피스 열었고 뤼튼은 일본에서 뭐함`: what a company did, asked with doing typed onto the word that asks (`뭐함`), is a question of its own after a joined clause', () => {
  const answer = ask('업스테이지 어디에 오피스 열었고 뤼튼은 일본에서 뭐함');
  expect(answer.kind).toBe('multi');
  expect(said(answer)).toContain('도쿄');
  expect(said(answer)).toContain('일본 시장에 진출');
});

test('`나머지 두 곳은 …`: the rest of what was listed is no word the facts must have', () => {
  expectFollowUpSays(
    [
      '리벨리온, 올거나이즈, 이랜서 세 회사 중에 본사를 일본으로 옮긴 곳은 어디인가요?',
      '나머지 두 곳은 일본에 어떤 식으로 진출했나요?',
    ],
    '법인',
  );
});

test('`박성현 대표가 일본 가야된다고 판단한 이유`: why one judged so is answered with what the same one said with it, in the same passage (the ground they gave)', () => {
  expectSays('박성현 대표가 일본 가야된다고 판단한 이유 머임', '성장 속도');
  expectSays('리벨리온이 일본 시장을 놓쳐선 안 된다고 본 이유는요?', '성장 속도');
});

test('`올거나이즈 고객사 하나만 말해주고 매출 일본 비중도`: what follows a request joined to it, naming things with no verb of its own, is asked with that request', () => {
  expect(splitMessage(engine, '올거나이즈 고객사 하나만 말해주고 매출 일본 비중도')).toHaveLength(2);
  const answer = ask('올거나이즈 고객사 하나만 말해주고 매출 일본 비중도');
  expect(said(answer)).toContain('노무라증권');
  expect(said(answer)).toContain('70%');
  expectSays('리벨리온 대표 알려주시고 법인 위치도요', '박성현', '도쿄');
});

test('`그럼 일본엔 뭐 했는데?` after a question about a company: what it did there is asked of the company, a place being no doer', () => {
  const { answer } = conversation('리벨리온 누적 투자 얼마 받았음?', '그럼 일본엔 뭐 했는데?');
  expect(firstLine(answer, 'ko')).toContain('도쿄');
});

test('`리벨리온 CEO name이랑 일본 법인 location 알려줘`: an English noun with a Korean joining ending typed on joins two questions', () => {
  expect(splitMessage(engine, '리벨리온 CEO name이랑 일본 법인 location 알려줘')).toHaveLength(2);
  expectSays('리벨리온 CEO name이랑 일본 법인 location 알려줘', '박성현', '도쿄');
});

test('`업스테이지도 같은 동네?`, `23년은 … 얼마나 더 빠짐?`: `동네` asks where, and `빠지다` is a fall, as the words the lexicon has for them', () => {
  const { answer } = conversation('리벨리온은 법인 어디에 냈더라', '업스테이지도 같은 동네?');
  expect(firstLine(answer, 'ko')).toContain('도쿄');
  const fell = conversation(
    '해외 VC가 한국에 넣은 돈 22년 기준 얼마?',
    '23년은 거기서 얼마나 더 빠짐?',
  ).answer;
  expect(firstLine(fell, 'ko')).toContain('2318억');
});

test('`표를 어르신도 알아보게 …`, `학생들한테 보여줄 건데`: the people the asker means to show the answer to are asides, as family words already were', () => {
  expectSays(
    '기사 중간에 있는 한국 vs 일본 표를 어르신도 알아보게 쉽게 풀어서 설명해주실 수 있나요? 저희 어머니께 보여드리려구요',
    '전력 부족',
  );
  expectSays(
    '학생들한테 보여줄 건데, 일본에 진출한 한국 AI 기업들 쭉 나열해 주세요',
    '리벨리온',
    '올거나이즈',
  );
});

test('`리벨리온 첫 해외법인 위치`: a message of nouns alone, closed by a noun for the kind of answer, asks that kind as a search would', () => {
  expectLead('리벨리온 첫 해외법인 위치', 'ko', '도쿄');
  expectLead('리벨리온 법인 위치', 'ko', '도쿄');
  // (the article gives no date of Allganize's listing: still refused)
  expect(answerFound(ask('올거나이즈 상장 시점'))).toBe(false);
});

test('`which company moved to Japan and is prepping 상장 there?`: a sentence of English with a Korean noun in it is read as English (the reply keeps the language Hangul asks for)', () => {
  expectSays('which company moved to Japan and is prepping 상장 there?', '올거나이즈');
  expectSays('업스테이지 is going to Japan too? what did they do there', '도쿄');
  // (Korean with an English noun or two is still read as Korean)
  expectSays('리벨리온 CEO name 알려줘', '박성현');
});

test('`기사 한줄요약 부탁드려요 ㅎㅎ 바빠서 다 못읽었어요`: after a request, a sentence none of whose words the article or the lexicon knows tells of the asker and asks nothing', () => {
  expectSays('기사 한줄요약 부탁드려요 ㅎㅎ 바빠서 다 못읽었어요', '일본');
  expectSays('기사 3줄요약 해줘 발제 5분전임 ㅠㅠ 살려줘', '일본');
  // (one that asks more is still asked, and the article does not give it)
  expect(
    answerFound(ask('일본 AI 시장 규모가 엔화로 몇 조라고 나왔어요? 그리고 연평균 성장률도 있으면 같이요.')),
  ).toBe(false);
  // (nor is a guess after the question passed over: where the head office was in Korea is not said)
  expect(answerFound(ask('올거나이즈 원래 본사는 한국 어디였음? 판교였나'))).toBe(false);
});

test('`이 기사 무슨 얘기야`: what the article is a story of asks its summary, as `무슨 내용` does', () => {
  expectSays('이 기사 무슨 얘기야', '일본');
  expectSays('이 기사가 대략 무슨 얘긴지 알려줘', '일본');
});

test('`이유 세개만`, `…알려주실분~~`, `…순서대로 다 알려주세요`: a count typed onto its counter, a request to whoever will answer and the order asked are no words to find', () => {
  expectSays('왜 한국 AI 회사들이 일본 가는지 이유 세개만 ㄱㄱ', '지원', '시장', '상장');
  expectSays('올거나이즈 대표 이름이랑 매출비중 한번에 알려주실분~~', '이창수', '70%');
  expectSays('한국 VC 투자액 2021 2022 2023 순서대로 다 알려주세요', '9895억', '6097억', '2318억');
  // (a word that only opens with a number word is still that word)
  expectSays('EU가 세계 최초로 만든 AI 법 이름은?', 'AI Act');
});

test('`올거나이즈 일본 매출 비중이랑 대표 누군지`: a noun of what is asked joined to a question with a word that asks is a question of its own', () => {
  expect(splitMessage(engine, '올거나이즈 일본 매출 비중이랑 대표 누군지')).toHaveLength(2);
  expectSays('올거나이즈 일본 매출 비중이랑 대표 누군지', '70%', '이창수');
  // (two names joined are asked the one question each)
  expect(splitMessage(engine, '리벨리온이랑 올거나이즈 대표 누구야')).toHaveLength(1);
});

test('`올거나이즈는 왜 일본 감?`: why a company did what it did, when that gives no reason, is answered with what its own people said of it in the same passage', () => {
  expectSays('올거나이즈는 왜 일본 감?', '고령화', '적극적');
  expectFollowUpSays(['리벨리온은 왜 일본 감?', '그럼 올거나이즈는 왜 감?'], '노동력 부족');
});

test("`…또 뭐가 쉽다고 했어요? 상장기업 뭐시기였는데`: chat's placeholder with an ending typed on is one word of noise, no question word before a noun (`뭐` + `시기`)", () => {
  const { understanding, terms } = readQuestion(engine, '상장기업 뭐시기였는데')!;
  expect(understanding.types.has('time')).toBe(false);
  expect(terms.map((t) => t.head)).not.toContain('시기');
  expectSays(
    '한국 AI 스타트업들이 일본이 자본 조달 쉽다고 하는 거 말고 또 뭐가 쉽다고 했어요? 상장기업 뭐시기였는데',
    '인수합병',
  );
});

test("`…in English for our Tokyo-based recruiting partner?`: whom the asker's own possessive says the message is for is said aside, whatever words name them", () => {
  const answer = ask('Could you summarize the article in English for our Tokyo-based recruiting partner?');
  expect(answer.kind).toBe('summary');
  expect(answer.kind === 'summary' && answer.scope).toBe('article');
  const boss = ask('Can you summarize Allganize for my boss?');
  expect(boss.kind === 'summary' && boss.title.en).toBe('Allganize');
});

test('`한국 AI 위기라는게 뭔소리임`: what a phrase of the article is about (무슨 소리, 무슨 의미), as 무슨 뜻 asks, is no yes-or-no', () => {
  const answer = ask('한국 AI 위기라는게 뭔소리임');
  expect(answerFound(answer)).toBe(true);
  expect(firstLine(answer, 'ko')).not.toMatch(/^네/);
  expect(firstLine(answer, 'ko')).toContain('위기');
  expectSays('블랙홀이라는게 무슨 의미야?', '빨아들인다');
});

test("`올거나이즈 … 그로스시장임 프라임시장임?`: alternatives offered, none of them the article's, are a choice it is silent on, not a claim it contradicts", () => {
  const answer = ask('올거나이즈 일본 증시 상장하면 그로스시장임 프라임시장임?');
  expect(answerFound(answer)).toBe(false);
  expect(said(answer)).toContain('그로스시장');
  // (one of them the article's is still the answer)
  expectSays('리벨리온 법인 도쿄야 오사카야?', '도쿄');
});

test('`한국 AI 산업이 위기라고 하는 이유`: why a situation is so, when the fact that states it gives no reason, is answered with the rest of its passage first, then a reason the part gives elsewhere', () => {
  const answer = ask('한국 AI 산업이 위기라고 하는 이유 말해줘');
  expect(answerFound(answer)).toBe(true);
  // (the passage's ground comes before the reason from elsewhere)
  expect(shownFacts(answer).map((f) => f.fact.text.ko)).toEqual([
    expect.stringContaining('위기에 처할 수 있다는 우려'),
    expect.stringContaining('중국도 AI 산업에서 빠르게 성장'),
    expect.stringContaining('뒤처지고 있다는 평가'),
    expect.stringContaining('투자 환경의 어려움'),
  ]);
});

test('`한국은 어디서 뒤처진대`: where one stands ahead or behind is a field, not a place, as the fact that says it answers', () => {
  const answer = ask('한국은 어디서 뒤처진대');
  expect(answerFound(answer)).toBe(true);
  expect(firstLine(answer, 'ko')).toContain('AI 시대로의 전환');
  expectLead('중국 AI 어디서 세계 최고 수준이래', 'ko', '안면인식');
  // (where something was set up is still a place)
  expectLead('리벨리온 어디에 법인 세웠어?', 'ko', '도쿄');
});

test('`…일본 가는 rationale은 뭐라고 설명했어?`: English words for a reason (rationale, motive) ask why, as 이유 does', () => {
  expectSays('리벨리온 대표가 일본 가는 rationale은 뭐라고 설명했어?', '성장 속도');
  expectSays("What was Rebellions' rationale for Japan?", 'faster');
});

test('`몇 개 기업이랑 협력한다고 했죠?`: a noun a verb alone after it takes as its partner is no question joined to the next', () => {
  expect(splitMessage(engine, '이랜서가 일본에서 몇 개 기업이랑 협력한다고 했죠?')).toHaveLength(1);
  expectLead('이랜서가 일본에서 몇 개 기업이랑 협력한다고 했죠?', 'ko', '50여');
  // (two nouns asked with a verb that modifies the second are still two questions)
  expect(splitMessage(engine, '대표 이름이랑 설립한 도시 알려줘')).toHaveLength(2);
});

test('`올거나이즈 고객사 두 곳 + 매출 비중`: a message of nouns only, closed by a noun, asks what each joined noun names, as a request to be told does', () => {
  expect(splitMessage(engine, '올거나이즈 고객사 두 곳 + 매출 비중')).toEqual([
    '올거나이즈 고객사 두 곳',
    '매출 비중',
  ]);
  expect(splitMessage(engine, '올거나이즈 고객사랑 일본 매출 비중')).toHaveLength(2);
  const answer = ask('올거나이즈 고객사 두 곳 + 매출 비중');
  expect(said(answer)).toContain('노무라증권');
  expect(said(answer)).toContain('70%');
  // (names joined are one question of them; a verb that asks closes no headline)
  expect(splitMessage(engine, '구글이랑 MS 투자액')).toHaveLength(1);
  expect(splitMessage(engine, '박성현 대표 나이랑 출신학교 알 수 있을까요')).toHaveLength(1);
});

test('`보조금 ㅊㄷ 얼마?`: initials that spell several words of the article are read by the words around them', () => {
  // (ㅊㄷ spells 최대 and 차등: beside 보조금 it is 최대; ㅊㅈ beside 법인 설립 is 추진, not 초점)
  expectLead('일본 데이터센터 보조금 ㅊㄷ 얼마?', 'ko', '450억');
  expectSays('일본 법인 설립 ㅊㅈ중인 회사 세 개 ㅁㅁ?', '채널톡');
  // (chat's initials for what is asked: `ㅁㄹㄱ` is 뭐라고)
  expectSays('미국 AI 정책 ㅁㄹㄱ 나와있음?', '이니셔티브');
});

test('`올거나이즈 전체 매출은 얼마야?`: the whole of a measure (전체 매출) asks its total, not a list, and a share of it does not give it', () => {
  // (the article gives only the share earned in Japan, about 70% of it)
  const answer = ask('올거나이즈 전체 매출은 얼마야?');
  expect(answerFound(answer)).toBe(false);
  expect(conversation('올거나이즈 고객사 어디어디임?', '그럼 전체 매출은 얼마야?').answer).toSatisfy(
    (a: Answer) => !answerFound(a),
  );
  // (a part of it, `매출 중 얼마나`, or its share in its unit, `비율이 몇 %`, is the share)
  expectLead('올거나이즈는 전체 매출 중 얼마나 일본 법인에서 벌어?', 'ko', '70%');
  expectLead('올거나이즈 매출 중에 일본 법인에서 나오는 비율이 몇 %예요?', 'ko', '70%');
  // (and all of a kind is still a list)
  expectSays('기사에 나온 회사 전체 알려줘', '리벨리온', '채널톡');
});

test('`일본 기업 50곳 중에 구체적으로 어디어디야?`: which among companies counted asks which companies, which a count of them does not name', () => {
  // (the article gives only how many: 50여 개 기업 및 기관)
  expect(answerFound(ask('이랜서가 협력하는 일본 기업 50곳 중에 구체적으로 어디어디야?'))).toBe(false);
  // (companies it names among others are still named)
  expectSays('일본 진출한 기업 중에 본사 옮긴 데 어디야?', '올거나이즈');
});

test('`그 회사들 어디어디야?` after a count of companies: which they are, asked of what was counted, which the article does not name', () => {
  expect(
    answerFound(conversation('이랜서 일본에서 몇 개 회사랑 협력한대?', '그 회사들 어디어디야?').answer),
  ).toBe(false);
  // (what one named is, after a count of people, is still asked of it)
  expectSays('리벨리온 뭐 하는 회사래?', '반도체');
  expect(said(conversation('리벨리온 직원 몇 명이야?', 'ㅇㅋ 그럼 걔네 뭐 하는 회사래?').answer)).toContain(
    '반도체',
  );
});

test('`…알려줘 퀴즈 정답지 만드는중`, `…정리좀 케이스 발표용임`: after a request, what the answer is for or what the asker is doing now is no part of the question', () => {
  expectLead('데이터센터 보조금 최대액 알려줘 퀴즈 정답지 만드는중', 'ko', '450억');
  expectLead('데이터센터 보조금 최대액 알려줘 퀴즈 정답지 만드는 중이에요', 'ko', '450억');
  expectSays(
    '리벨리온, 올거나이즈, 이랜서 이 세 회사 일본에서 각각 뭐 했는지 정리좀 케이스 발표용임',
    '도쿄',
    '본사',
  );
  // (a noun of the article closed so asks it: `상장 준비 중` after a request is not the asker's doing)
  expectSays('올거나이즈 알려줘 상장 준비 중', '상장');
});

test('`법인세 감면율이랑 기한`: a rate joined to the kind asked last is asked too, and the lead gives the figure of each', () => {
  // (the article: up to 30% off corporate tax, until 2032)
  expectLead('법인세 감면율이랑 기한', 'ko', '30%');
  expectLead('법인세 감면율이랑 기한', 'ko', '2032');
  expectLead('일본 법인세 몇 퍼센트 언제까지 감면해줘?', 'ko', '2032');
  // (a time alone still leads with the time only)
  expect(firstLine(ask('법인세 감면 기한'), 'ko')).not.toContain('30%');
});

test('`뭘 했는지는 기사에 나와?`: a clause made a noun and closed by a particle is read as the clause, asking what it asks', () => {
  expectSays('리벨리온이 일본에서 뭘 했는지는 나와?', '도쿄');
  expectSays('리벨리온 그럼 그 회사가 일본에서 뭘 했는지는 기사에 나와?', '도쿄');
});

test('`아까 목록에 있던 업스테이지는 …`: a list with a particle of place before a name says where that name was, and `아까` points at the talk before, asking nothing', () => {
  expectSays('아까 목록에 있던 업스테이지는 일본에서 정확히 뭘 했다고 돼 있어?', '오피스');
  // (what is in a list is still a list asked)
  expectSays('표에 나온 회사 목록에 뭐 있어?', '리벨리온', '채널톡');
});

test('`what does the article say Wrtn did?`: in English, a deed closing what the article is asked to say is what it did, not what it does', () => {
  expectSays('what does the article say Wrtn Technologies did?', 'entered the Japanese market');
  // (what it does, which the article never says of it, is still refused)
  expect(answerFound(ask('what does Wrtn do?'))).toBe(false);
  // (a superlative asks the best of it: China's strongest areas are its top-level ones)
  expectSays("What are China's strongest AI areas according to the article?", 'facial recognition');
});

test('`AI Act 누가 만들었어?`: who did it is a country or a bloc when the fact opens on it, not a person or company of another fact', () => {
  // (the article: the EU enacted the AI Act first; the US issued an executive order)
  expectLead('AI Act 누가 만들었어?', 'ko', '유럽연합');
  expectLead('who issued the executive order on trustworthy AI?', 'en', 'United States');
  expectLead('데이터센터 보조금 누가 줘?', 'ko', '일본');
  // (a person asked by a word for one is no country: `말한 사람`)
  expect(answerFound(ask('블랙홀처럼 빨아들인다고 말한 사람 누구야?'))).toBe(false);
  expectLead('리벨리온 대표 누구야?', 'ko', '박성현');
});

test('`이미 세운거야 아직 계획 단계야?`: two clauses each closed as a question by a copula offer alternatives, of which the article says one', () => {
  // (Elancer has already set up its Japanese subsidiary; Allganize is preparing its listing)
  expectSays('이랜서 일본 법인 이미 세운거야 아직 계획 단계야?', '이미 일본 법인을 설립');
  expectSays('올거나이즈 상장 이미 한거야 아직 준비 중이야?', '준비 중');
  // (one clause closed so asks whether it is so)
  expectSays('이랜서 일본 법인 이미 세운거야?', '설립');
});

test('`리벨리온 법인 도쿄야 대표 누구야`: a noun closed as a question by a copula, then a question with a word that asks, are two questions', () => {
  expect(splitMessage(engine, '리벨리온 법인 도쿄야 대표 누구야')).toEqual([
    '리벨리온 법인 도쿄야',
    '대표 누구야',
  ]);
  expectSays('이랜서 프리랜서 몇 명이야 대표는 누구야', '41만', '박우진');
  // (a verb closed so is none: `보내야 하나`; nor a word that ends so, `분야`)
  expect(splitMessage(engine, '지금부터 학원을 보내야 하나 고민입니다 JLPT 몇 급이 필요해?')).toHaveLength(1);
  expect(splitMessage(engine, '중국의 안면인식 분야 대표 기업은 어디인가요?')).toHaveLength(1);
});

test('`Compare Korea and Japan on infrastructure and investment attraction`: in English a row of the comparison is named by the words of its aspect in any form or order', () => {
  // (the table's rows: Infrastructure, Attracting investment)
  expectSays(
    'Compare Korea and Japan on infrastructure and investment attraction, per the table.',
    'renewable',
    'VC investment',
  );
  expectSays('How do Korea and Japan compare on attracting investment?', 'global big tech');
});

test('`미국이랑 EU 접근 방식 차이 한 줄로`: several summed up in fewer lines than they are get a line of each at least', () => {
  // (the US invests through its national AI initiative; the EU enacted the AI Act)
  expectSays('미국이랑 EU 접근 방식 차이 한 줄로', '이니셔티브', 'AI Act');
  // (one of one in one line is still that line alone)
  const one = ask('리벨리온 한 줄 요약');
  expect(one.kind === 'summary' ? one.lines.length : 0).toBe(1);
});

test('`…이 기사 읽는 중 ㅋㅋ 근데 이랜서 …`: laughter before a word that turns to the question ends the sentence of the asker’s own words', () => {
  expectLead(
    '저 손보사 언더라이팅 하는데 요즘 팀에서 외주 개발자 플랫폼 얘기가 나와서 이 기사 읽는 중 ㅋㅋ 근데 이랜서 일본 프로젝트 언제부터 시작한대?',
    'ko',
    '다음 달',
  );
  // (`근데` with no laughter before it still goes on in its sentence)
  expectLead('리벨리온 근데 대표 누구야?', 'ko', '박성현');
});

test('`…오사카에 냈다는데 맞지? 간사이쪽 데이터센터 노린건가`: a question, then a sentence that asks nothing the article answers, is the question', () => {
  // (the article: Rebellions set up its first overseas subsidiary in Tokyo)
  expectLead('리벨리온 일본법인 오사카에 냈다는데 맞지? 간사이쪽 데이터센터 노린건가', 'ko', '도쿄');
  // (Allganize makes about 70% of its sales in Japan; the asker's guess of half is no part of it)
  expectSays('올거나이즈 매출에서 일본 법인 비중 몇퍼? 한 절반쯤 되나', '70%');
  // (not a sentence that narrows it: the article gives global VCs' investment, not domestic VCs')
  expect(answerFound(ask('2023년 국내 VC 전체 벤처 투자액 얼마야? 글로벌 말고 국내 VC'))).toBe(false);
});

test('`…요약해줘 VC 투자랑 인프라 문제 위주로`: what a summary is to dwell on is what it is of, each thing joined in turn; `숫자 위주로` asks its figures', () => {
  // (global VCs invested 2318억 원 in Korea in 2023; Korea's data centres are held back by a lack of power)
  expectSays('한국 상황만 따로 요약해줘 VC 투자랑 인프라 문제 위주로', '2318억', '전력 부족');
  // (Japan's support: up to 30% off corporate tax, up to 450억 엔 for a data centre)
  expectSays('일본 정책 부분만 요약 숫자 위주로', '30%', '450억');
});

test('`2022년꺼`, `어디꺼`, `한국껀`: `꺼`, the thing of it, typed onto a noun or a figure says nothing of its own', () => {
  // (global VCs invested 6097억 원 in Korea in 2022; the figures are from the National Assembly Budget Office)
  expectSays('한국 VC 투자 2022년꺼 얼마였지', '6097억');
  expectSays('VC 투자 데이터 출처 어디꺼임', '예산정책처');
  expect(engine.lexicon.lemmaKeys('한국껀')).toContain('한국');
});

test('`…보유했다고 상대팀이 그러던데 기사랑 맞아?`: who told the asker a claim is no part of it', () => {
  // (the article: Elancer has 41만 freelance developers)
  expectLead('이랜서가 프리랜서 개발자 100만명 보유했다고 상대팀이 그러던데 기사랑 맞아?', 'ko', '41만');
  // (Rebellions' subsidiary is in Tokyo)
  expectLead('리벨리온이 오사카에 법인 세웠다고 친구가 그러던데 맞아?', 'ko', '도쿄');
});

test('`박성현 대표는 뭐라고 해?`: what someone says, asked in the present, is what they said', () => {
  // (Park Sung-hyun says Japan's AI data-centre market grows faster than Korea's)
  expectLead('박성현 대표는 뭐라고 해?', 'ko', '성장 속도');
});

test('`투자금액`, `감면비율`: a measure’s noun typed whole onto what it measures is the article’s short word (투자액, 감면율)', () => {
  // (big tech's investment in Japan: 186억 달러, about 27조 2700억 원)
  expectSays('일본 빅테크 투자금액 원화로몇조인지', '27조');
  // (Japan cuts corporate tax by up to 30%)
  expectSays('일본 법인세 감면비율은?', '30%');
  // (not a word the article does not write short: `설립연도` stays what it is, and is not answered)
  expect(answerFound(ask('이랜서 설립연도 언제임'))).toBe(false);
});

test('`뭐하는 회사냐고 ㅋㅋ`, `ㅁㅎㄴ 회사?`: a question asked again with 냐고, and 뭐하는 typed as its initials', () => {
  // (Allganize provides AI solutions to companies)
  expectSays('올거나이즈 뭐하는 회사냐고 ㅋㅋ', '솔루션');
  expectSays('올거나이즈 ㅁㅎㄴ 회사?', '솔루션');
});

test('`기사 전체 요약 좀 해줘 내일 토론 준비하는데 시간없음ㅠㅠ`: a request closes what it asks; the clause after it, which asks nothing, is the asker’s own', () => {
  const answer = ask('기사 전체 요약 좀 해줘 내일 토론 준비하는데 시간없음ㅠㅠ');
  expect(answer.kind === 'summary' && answer.scope).toBe('article');
  // (what follows may still ask: `…알려줘 내가 발표하는데 본사는 어디야?` asks where too)
  expectSays('올거나이즈 대표 알려줘 내가 발표하는데 본사는 어디야?', '이창수');
});

test('`필자는 … 어케 봄 긍정? 부정?`: which way a view leans, offered, is the kind of answer, no word the view must use', () => {
  // (the author: young talent leaving for abroad is a sad reality; a great loss for Korea's AI industry)
  const answer = ask('필자는 기업들 해외 나가는거 어케 봄 긍정? 부정?');
  expect(answerFound(answer)).toBe(true);
  expect(said(answer)).toMatch(/안타까운|손실/);
  const read = readQuestion(engine, '필자는 기업들 해외 나가는거 어케 봄 긍정? 부정?');
  expect(read?.terms.filter((t) => t.head === '긍정' || t.head === '부정').map((t) => t.role)).toEqual([
    'filler',
    'filler',
  ]);
});

test('`…AI researchers? want to compare w Japan`: in English, a sentence without a subject opened by what the asker means to do tells of the asker', () => {
  // (the article has nothing on Canada; Japan, named only in the asker's aside, is not what is asked)
  expect(
    answerFound(ask("What's Canada's policy for attracting AI researchers? want to compare w Japan")),
  ).toBe(false);
  // (a question the article answers is still answered: Allganize is run by 이창수)
  expectSays('Who runs Allganize? need it for class', 'Lee Chang-soo');
});

test('`지금은 뭐가 달라졌어?`, `어떻게 바뀌었다고 해`: changing is the article’s 변신 (transforming), in any conjugation', () => {
  // (Japan is shedding its image as the country of fax and seals, transforming fast into Asia's AI hub)
  expectLead('일본이 팩스의 나라였다는데 지금은 뭐가 달라졌어?', 'ko', 'AI 허브');
  expect(engine.lexicon.lemmaKeys('바뀌었어')).toContain('바뀌다');
  // (`달라`, different, is still 다르다)
  expect(engine.lexicon.lemmaKeys('달라')).not.toContain('달라지다');
});

test('`미국은 정부 지원 비교해줘`: the table of Korea and Japan is for that pair only, not for a country it does not set', () => {
  // (the US invests through its national AI initiative; the table's row is Korea's and Japan's)
  expectLead('미국은 정부 지원 비교해줘', 'ko', '이니셔티브');
  expectFollowUpSays(['일본이랑 한국 정부 지원 비교해줘', '미국은 어떤 식으로 해?'], '국가 AI 이니셔티브');
  // (the pair itself still reads the table: Japan cuts corporate tax by up to 30%)
  expectSays('한국이랑 일본 정부 지원 비교해줘', '제한적 세제 혜택', '30%');
});

test('`미 EU 중 AI 정책 한줄씩`: countries written as their first syllable alone, two or more in a run of countries, are those countries', () => {
  // (the US: national AI initiative; the EU: the AI Act; China: state-led investment)
  expectSays('미 EU 중 AI 정책 한줄씩 비교좀', '이니셔티브', 'AI Act', '국가 주도');
  // (one alone is the word it is: `EU 중 어디` asks among them, `사례 중 미국` is of the cases)
  const heads = (text: string) => readQuestion(engine, text)?.terms.map((t) => t.head) ?? [];
  expect(heads('미국이랑 EU 중 어디가 규제 중심이야')).not.toContain('중국');
  expect(heads('해외 사례 중 미국 AI 정책은 어떻게 소개돼 있나요?')).not.toContain('중국');
});

test('`올거나이즈 대표가 이창호였나요?`: a person’s name but for one syllable is no yes; the article’s words, with its name', () => {
  // (Allganize is run by 이창수)
  const wrong = ask('올거나이즈 대표가 이창호였나요?');
  expect(wrong.kind === 'facts' && wrong.verdict?.kind).toBe('says');
  expect(said(wrong)).toContain('이창수');
  const right = ask('올거나이즈 대표가 이창수였나요?');
  expect(right.kind === 'facts' && right.verdict?.kind).toBe('yes');
});

test('`Does it say which companies actually got that money?`: who received something is no list of the companies the article names', () => {
  // (the article gives the subsidy's cap, 450억 엔, and no company that received it)
  const { answer } = conversation(
    "Japan's cap on data center construction subsidies, in yen?",
    'in won?',
    'Does it say which companies actually got that money?',
  );
  expect(answerFound(answer)).toBe(false);
  // (a list asked with no receiving is still a list)
  expect(ask('일본에 진출한 한국 회사 다 알려줘').kind).toBe('list');
});

test('`혹시 2024년 수치도 기사에 나와 있는지`: figures of a year asked of the article are not the article’s date', () => {
  // (the article gives global VC investment for 2021–2023, none for 2024; it was posted on 2025-04-04)
  expect(answerFound(ask('혹시 2024년 수치도 기사에 나와 있는지 궁금합니다.'))).toBe(false);
  expect(ask('이 글 언제 나왔어?').kind).toBe('article');
});

test('`…몇 조 규모라고 나왔어요? 그리고 연평균 성장률도 …`: a sentence after the question opened by a word that joins asks more, and is not dropped', () => {
  // (the article gives no size of Japan's AI market in yen, and no growth rate)
  expect(
    answerFound(
      ask(
        '일본 AI 시장이 거대 시장이라는데, 그게 엔화로 몇 조 규모라고 나왔어요? 그리고 연평균 성장률도 있으면 같이요',
      ),
    ),
  ).toBe(false);
});

test('`기사 요약 부탁드립니다. 발제문 앞부분에 쓸 거라 5문장 정도로요.`: a request, then what the asker will do with the answer, is the request', () => {
  const answer = ask('기사 요약 부탁드립니다. 발제문 앞부분에 쓸 거라 5문장 정도로요.');
  expect(answer.kind).toBe('summary');
  // (the article's first lines: Korean AI start-ups such as 리벨리온 moving to Japan)
  expect(said(answer)).toContain('리벨리온');
});

test('`올거나이즈 대표 이름 뭐였더라 ㅋㅋ 밥먹다 까먹음`: a question closed by an ending that recalls, laughter after it, is asked; the remark after is the asker’s', () => {
  // (Allganize is run by 이창수)
  expectLead('올거나이즈 대표 이름 뭐였더라 ㅋㅋ 밥먹다 까먹음', 'ko', '이창수');
  expectLead('올거나이즈 대표 이름 뭐였더라 ㅋㅋ', 'ko', '이창수');
});

test('`빅테크 어디어디?`: a word for some of a list’s kind lists those the facts that use it name, not every company', () => {
  // (the article names 구글, 오픈AI, 마이크로소프트 and 아마존웹서비스 as US big tech; 리벨리온 is a Korean start-up)
  for (const question of ['빅테크 어디어디?', 'which big tech firms does the article name?']) {
    const answer = ask(question);
    expect(answer.kind).toBe('list');
    const labels = answer.kind === 'list' ? answer.items.map((i) => i.label.ko) : [];
    expect(labels).toEqual(expect.arrayContaining(['구글', '오픈AI']));
    expect(labels).not.toContain('리벨리온');
  }
});

test('`리벨리온이일본에낸법인이첫해외법인맞음?어디임`: a message typed with no spaces reads as its words, a syllable unknown here and there', () => {
  // (리벨리온 set up its first overseas subsidiary in Tokyo)
  expectLead('리벨리온이일본에낸법인이첫해외법인맞음?어디임', 'ko', '도쿄');
  // (a name typed with a typo stays one word: 업스테이지)
  expectLead('업스태이지 일본 오피스 어디', 'ko', '도쿄');
});

test('`투자 환경 얘기 … 그거 뭐였어?`: a fact that opens by pointing back (`이런 투자 환경의 어려움도`) is followed by the fact it points to', () => {
  // (the article: global VC investment in Korea fell to 2318억 원 in 2023; `이런 투자 환경의 어려움도` is a reason to leave)
  const answer = ask('한국 AI 기업 일본행 이유 중에 투자 환경 얘기도 있었던거 같은데 그거 뭐였어?');
  expect(answerFound(answer)).toBe(true);
  const facts = answer.kind === 'facts' ? answer.facts.map((f) => f.fact.text.ko) : [];
  expect(facts[0]).toContain('이런 투자 환경');
  expect(facts[1]).toContain('2318억');
});

test('`올거나이즈 일본엔 지사만 낸 거 맞지?`: the only one of its kind claimed, when the subject did more of that kind, is no', () => {
  // (Allganize moved its headquarters to Japan; 리벨리온 set up a subsidiary in Tokyo, and nothing more)
  for (const claim of [
    '올거나이즈 일본엔 지사만 낸 거 맞지?',
    'Did Allganize only open a branch in Japan?',
  ]) {
    const answer = ask(claim);
    expect(answer.kind === 'facts' && answer.verdict?.kind).toBe('no');
    expect(said(answer)).toContain('본사');
  }
  const rebellions = ask('리벨리온 법인만 세운 거지?');
  expect(rebellions.kind === 'facts' && rebellions.verdict?.kind).toBe('yes');
});

test('`한국 AI 산업 현황 부분 요약좀. 투자 숫자랑 같이`: a short sentence after a request that adds to it is the request’s', () => {
  // (the part on the crisis of Korea's AI industry gives global VC investment: 2318억 원 in 2023)
  const answer = ask('한국 AI 산업 현황 부분 요약좀. 투자 숫자랑 같이');
  expect(answer.kind).toBe('summary');
  expect(said(answer)).toContain('2318억');
});

test('`리벨리온 대표 누구얔ㅋㅋ`: laughter typed onto a last syllable as its final consonant is no part of the word', () => {
  // (Rebellions is run by 박성현; Allganize by 이창수, who said Japan's ageing put it ahead in AI)
  expectLead('리벨리온 대표 누구얔ㅋㅋ', 'ko', '박성현');
  expectSays(
    '올거나이즈 대표 이름이랑 그 대표가 말한 일본 AI도입 빠른 이유 알려주세욬ㅋ',
    '이창수',
    '고령화',
  );
});

test('`물류업계 얘기는 아니지만 ㅋㅋ 한국이 IT강국인데도 …`: what the question is not about, closed by `아니지만`, is background; `인데도` comes off a noun', () => {
  // (the author: Korea, an IT powerhouse, led the digital transition but has a long way to go in AI)
  expectSays('한국이 IT강국인데도 AI 분야에선 저자가 어떻게 평가함?', '갈 길이 멀');
  expectSays(
    '물류업계 얘기는 아니지만 ㅋㅋ 한국이 IT강국인데도 AI 분야에선 저자가 어떻게 평가함? 그리고 어떤 지원책 필요하다고?',
    '갈 길이 멀',
    '세제 혜택',
  );
});

test('`what is Upstage?`: what or who a company is, asked in English, is its card; what it does is said only by a profile', () => {
  // (the article says only that Upstage opened a Japan office in Tokyo, not what Upstage does)
  const card = ask('what is Upstage?');
  expect(card.kind).toBe('entity');
  expect(said(card)).toContain('도쿄');
  expect(answerFound(ask('what does Upstage do?'))).toBe(false);
  expect(answerFound(ask('업스테이지 뭐하는 회사야?'))).toBe(false);
});

test('`who is Upstage?`: a refusal names what was asked as it was typed in English (`who is`), not as read (`who be`)', () => {
  // (the article names no one at Upstage)
  const reply = replyToText(renderAnswer(engine, ask('who is Upstage?'), 'en'));
  expect(reply).toContain('“who is”');
  expect(reply).not.toContain('who be');
});

test('`그 50여개 기업 및 기관 중에 어떤 회사들이 있는지 이름도 나와?`: those counted are not who counts them; the article names none of them', () => {
  // (박우진, Elancer's CEO, said it works with some 50 companies and institutions in Japan; none is named)
  expect(answerFound(ask('그 50여개 기업 및 기관 중에 구체적으로 어떤 회사들이 있는지 이름도 나와?'))).toBe(
    false,
  );
  const { answer } = conversation(
    '이랜서가 일본에서 협력 중인 기업·기관이 몇 곳인지 확인 부탁드립니다.',
    '그 협력 기관들 명단도 기사에 있나요?',
  );
  expect(answerFound(answer)).toBe(false);
  // (a list the article gives in full is still a list)
  expect(ask('일본에 진출한 한국 회사 다 알려줘').kind).toBe('list');
});

test('`중국은 뭘로 성장중이고 EU는 뭐 만들었대`: `뭘로` (by what) asks, so the message is two questions', () => {
  // (China grows through state-led, large-scale AI investment; the EU enacted the AI Act)
  expectSays('중국은 뭘로 성장중이고 EU는 뭐 만들었대', '국가 주도', 'AI Act');
});

test('`…출처 꼭 달라고 하심 ㅠ 기사에 vc 투자 자료 출처 어디라고 나와있음?`: tears or laughter after a noun-form ending (`하심`) or a reason (`신기해서`) end a sentence, so what came before is background', () => {
  // (the VC figures are from the National Assembly Budget Office; Allganize's clients include Nomura Securities)
  expectSays(
    '경제 동아리 보고서 쓰는중인데 담임쌤이 출처 꼭 달라고 하심 ㅠ 기사에 vc 투자 자료 출처 어디라고 나와있음?',
    '예산정책처',
  );
  expectSays(
    '엄마 친구가 일본 은행 다니는데 한국 스타트업 쓴다길래 신기해서 ㅋㅋ 올거나이즈 일본 고객사 어디어디임?',
    '노무라증권',
  );
});

test('`VC 투자액 2021 2022 2023 년도별로 쭉 알려줘`: by year (`연도별로`, `연도순으로`) says how to lay the answer out, not what to find', () => {
  // (global VC investment in Korean ventures: 9895억 원 in 2021, 6097억 원 in 2022, 2318억 원 in 2023)
  expectSays('VC 투자액 2021 2022 2023 년도별로 쭉 알려줘', '9895억', '6097억', '2318억');
  expectSays('글로벌 VC 국내 투자 2021년부터 연도순으로 알려줘', '9895억', '2318억');
});

test('`AI 반도체 스타트업이라고 소개된 회사 이름?`: a word of mention after what it is called says how the article presents it, not a profile asked', () => {
  // (Rebellions is named as Korea's leading AI chip start-up)
  expectLead('AI 반도체 스타트업이라고 소개된 회사 이름?', 'ko', '리벨리온');
});

test('`일본에서 AI 도입 빠른 이유랑 거기서 성공한 한국회사`: `거기서` after a place the message names points at it, asked on its own', () => {
  // (Japan adopts AI fast because of an ageing labour shortage; a pointer with nothing before it still asks which)
  const answer = ask('일본에서 ai도입 빠른 이유랑 거기서 성공한 한국회사 예시 하나');
  expect(answer.kind).not.toBe('clarify');
  expect(answerFound(answer)).toBe(true);
  expect(ask('그럼 거기 대표는?').kind).toBe('clarify');
});

describe('which of two amounts is larger', () => {
  test('`빅테크 일본 투자액이랑 일본 데이터센터 보조금 중에 뭐가 더 커?`: each asked, then which is larger, in won where the currencies differ', () => {
    // (big tech's announced investment in Japan: 186억 달러, about 27조 2700억 원; Japan's data-centre
    // subsidy: up to 450억 엔, about 4428억 원)
    const answer = ask('빅테크 일본 투자액이랑 일본 데이터센터 보조금 중에 뭐가 더 커?');
    expect(answer.kind).toBe('multi');
    const first = firstLine(answer, 'ko');
    expect(first).toContain('더 큰 쪽');
    expect(first).toContain('빅테크 일본 투자액');
    expect(first).toContain('27조');
    expect(first).toContain('4428억');
    expect(firstLine(answer, 'en')).toContain('Larger');
  });

  test('the smaller asked, of two figures in won; and after a figure, `…이랑 비교하면 어느 쪽이 커?`', () => {
    // (global VC investment in Korean ventures in 2023: 2318억 원)
    const smaller = ask('2023년 글로벌 VC 국내 투자액이랑 빅테크 일본 투자액 중에 어느 게 더 적어?');
    expect(firstLine(smaller, 'ko')).toContain('더 작은 쪽');
    expect(firstLine(smaller, 'ko')).toContain('2318억');
    const { answer } = conversation(
      '2023년 글로벌 VC 국내 투자액 얼마야?',
      '빅테크 일본 투자액이랑 비교하면 어느 쪽이 커?',
    );
    expect(firstLine(answer, 'ko')).toContain('더 큰 쪽: **빅테크 일본 투자액**');
  });

  test('one amount set against another (`A가 B보다 커?`, `is A bigger than B?`): yes or no first, then which', () => {
    // (big tech's investment in Japan, about 27조 원, is larger than the data-centre subsidy, about 4428억 원)
    const yes = firstLine(ask('빅테크 일본 투자가 데이터센터 보조금보다 커?'), 'ko');
    expect(yes).toMatch(/^네 — 더 큰 쪽/);
    expect(yes).toContain('4428억');
    const no = firstLine(ask('데이터센터 보조금이 빅테크 투자액보다 많아?'), 'ko');
    expect(no).toMatch(/^아니요 — 더 큰 쪽: \*\*빅테크 투자액/);
    const english = firstLine(ask('Is the data center subsidy bigger than the big tech investment?'), 'en');
    expect(english).toMatch(/^No — Larger: \*\*the big tech investment/);
    // (global VC investment in Korean ventures: 9895억 원 in 2021, 2318억 원 in 2023)
    expect(firstLine(ask('2021년 투자액이 2023년보다 많아?'), 'ko')).toMatch(
      /^네 — 더 큰 쪽.*9895억 원 > 2318억 원/,
    );
  });

  test('`which is bigger, A or B?` and an amount with its unit typed on before the joining word', () => {
    const english = firstLine(
      ask('Which is bigger, the data center subsidy or the big tech investment?'),
      'en',
    );
    expect(english).toContain('Larger: **the big tech investment**');
    const glued = firstLine(ask('빅테크 투자 186억달러랑 일본 보조금 450억 엔 중에 뭐가 더 커?'), 'ko');
    expect(glued).toContain('더 큰 쪽: **빅테크 투자 186억달러**');
  });

  test('`A는 B의 몇 배야?`, `how many times bigger is A than B?`, and `몇 배 차이야?` after: by how many times', () => {
    // (global VC investment in Korean ventures: 9895억 원 in 2021, 2318억 원 in 2023, about 4.3 times)
    expect(firstLine(ask('2021년 투자액은 2023년의 몇 배야?'), 'ko')).toContain(
      '9895억 원 > 2318억 원 (약 4.3배)',
    );
    expect(firstLine(ask('How many times larger was VC investment in 2021 than in 2023?'), 'en')).toContain(
      'about 4.3 times',
    );
    // (about 27조 원 against about 4428억 원: some sixty times)
    const { answer } = conversation(
      '빅테크 일본 투자액이랑 일본 데이터센터 보조금 중에 뭐가 더 커?',
      '몇 배 차이야?',
    );
    expect(firstLine(answer, 'ko')).toMatch(/더 큰 쪽: \*\*빅테크 일본 투자액\*\*.*\(약 6[12]배\)/);
  });

  test('two things compared with no amount to weigh get no such line', () => {
    const answer = ask('리벨리온이랑 올거나이즈 중에 뭐가 더 커?');
    expect(replyToText(renderAnswer(engine, answer, 'ko'))).not.toContain('더 큰 쪽');
  });
});

test('`올거나이즈 본사 상장 매출 고객 등등 정리해줘`: nouns side by side that no fact says together are each asked; `등등` asks nothing', () => {
  // (Allganize moved its head office to Japan, is preparing a listing there, earns about 70% of its revenue
  // in Japan, and counts Nomura Securities among its clients)
  expectSays(
    '올거나이즈 관련 내용 다 정리해줘요 본사 상장 매출 고객 등등',
    '본사',
    '상장',
    '70%',
    '노무라증권',
  );
  expectSays('올거나이즈 본사 상장 매출 정리해줘', '본사', '상장', '70%');
  // (a profile asked of what the article never says of it is still refused)
  expect(answerFound(ask('업스테이지 사업 모델 매출 요약'))).toBe(false);
});

test('`한국의 과제는 뭐야?`: a noun for what is to be done (`과제`, `challenges`) asks the view of what ought to be done', () => {
  // (the author: Korea should make AI a growth engine with bold investment and support, through tax benefits,
  // deregulation and infrastructure support)
  expectSays('한국의 과제는 뭐야?', '과감한 투자');
  expectSays('기사에서 말하는 한국의 과제', '과감한 투자');
  expectSays("what are Korea's challenges according to the article?", 'bold investment');
  expectSays('한국 과제는 뭐라고 해?', '과감한 투자');
  // (after a summary in three lines, the three is no subject carried to the follow-up)
  expectFollowUpSays(['이 기사 3줄 요약 ㄱ', '한국 과제는 뭐라고 함?'], '과감한 투자');
  // (the asker's own assignment is no task of anything named)
  expectLead('이번 주 과제로 이 기사를 읽는데 리벨리온 대표 누구야?', 'ko', '박성현');
});

test('`구글만 따로 하면?` after the big tech figure: a figure the article gives only for several together is refused as such, not read again looser', () => {
  // (Google, MS and AWS announced 186억 달러 together; the article gives no company's own share)
  const { answer } = conversation(
    '구글 MS 아마존 일본에 투자 얼마 한다고 했지',
    '원화로 얼마임?',
    '구글만 따로 하면?',
  );
  expect(answerFound(answer)).toBe(false);
  expect(replyToText(renderAnswer(engine, answer, 'ko'))).toContain('합친 수치');
  expectFollowUpSays(['구글 MS 아마존 일본에 투자 얼마 한다고 했지', '원화로 얼마임?'], '27조');
});

test('`…, is that what the article says?`: a claim checked against the article in English is a yes-or-no, answered with the article’s figure or place', () => {
  // (Japan cuts corporate tax by up to 30% for AI software firms; Rebellions' first overseas subsidiary is in Tokyo)
  expectLead(
    'I read that Japan cuts corporate tax by up to 50% for AI software firms, is that what the article says?',
    'en',
    '30%',
  );
  expectLead(
    'Someone told me Rebellions opened its first overseas subsidiary in Osaka, is that what the article says?',
    'en',
    'Tokyo',
  );
});

describe('a sum or a change worked out from a series of the article’s figures', () => {
  test('`가장 많았던 해는 언제야?`, `제일 적었던 해는?`, `which year had the most`: the year of the largest or smallest, with the series', () => {
    // (global VC investment in Korean ventures: 9895억 원 in 2021, 6097억 원 in 2022, 2318억 원 in 2023)
    expect(firstLine(ask('글로벌 VC 국내 투자액이 가장 많았던 해는 언제야?'), 'ko')).toMatch(
      /^가장 많은 해: 2021년 \(9895억 원\)/,
    );
    expect(firstLine(ask('VC 투자 제일 적었던 해는?'), 'ko')).toMatch(/^가장 적은 해: 2023년 \(2318억 원\)/);
    expect(firstLine(ask('Which year had the most global VC investment in Korean ventures?'), 'en')).toMatch(
      /^Highest: 2021/,
    );
    // (a reason that is the biggest is no figure: no such line)
    expect(firstLine(ask('한국 AI 기업들이 일본 가는 가장 큰 이유가 뭐야?'), 'ko')).not.toContain(
      '가장 많은 해',
    );
  });

  // (global VC investment in Korean ventures: 9895억 원 in 2021, 6097억 원 in 2022, 2318억 원 in 2023; the
  // article gives no total and no difference, which are worked out from these and shown with them)
  test('`얼마나 줄었어?`: the change from the first year asked to the last, with both figures', () => {
    expectLead('글로벌 VC 국내 투자 2021년부터 2023년까지 얼마나 줄었어?', 'ko', '7577억 원 감소');
    expectLead(
      '글로벌 VC 국내 투자 2021년부터 2023년까지 얼마나 줄었어?',
      'ko',
      '2021년 9895억 원 → 2023년 2318억 원',
    );
    expect(
      replyToText(renderAnswer(engine, ask('2021년 대비 2023년 글로벌 VC 국내 투자가 얼마나 줄었어?'), 'ko')),
    ).toContain('7577억 원 감소 (76.6%)');
    expectLead(
      'how much did global VC investment in Korea fall from 2021 to 2023?',
      'en',
      'Down KRW 757.7 billion',
    );
  });

  test('`다 합치면 얼마야?`: the sum of the years asked, with each', () => {
    expectLead('2021, 2022, 2023 세 해 글로벌 VC 국내 투자액 다 합치면 얼마야?', 'ko', '합계 1조 8310억 원');
  });

  test('no sum of figures that are not one series', () => {
    // (the subsidy and the big tech investment are different measures in different units)
    const reply = replyToText(
      renderAnswer(engine, ask('일본 데이터센터 보조금이랑 빅테크 투자 합치면 얼마야?'), 'ko'),
    );
    expect(reply).not.toContain('합계');
  });
});

test('`리벨리온이 오사카에 법인 세웠다던데 오사카 어디쯤이에요?`: a question resting on a place said in passing that the article corrects gets the correction', () => {
  // (Rebellions' first overseas subsidiary is in Tokyo)
  expectLead('리벨리온이 오사카에 법인 세웠다던데 오사카 어디쯤이에요?', 'ko', '도쿄');
  // (a question of its own after the claim is still that question)
  expectLead('리벨리온이 오사카에 법인 냈다는데 거기 대표 누구임', 'ko', '박성현');
});

test('`What is China known for in AI?`: what something is known for asks its strength', () => {
  // (China has reached the world's top level in facial recognition and surveillance technology)
  expectLead('What is China known for in AI per the piece?', 'en', 'facial recognition');
  expectLead('what is China famous for in AI?', 'en', 'facial recognition');
});

test('`중간 해는?` after a question of 2021 and 2023: the year between them', () => {
  // (global VC investment in Korean ventures in 2022: 6097억 원)
  expectFollowUpSays(['2021년에서 2023년 사이 글로벌 VC 국내 투자액 얼마나 줄었어?', '중간 해는?'], '6097억');
  expectFollowUpSays(['21년이랑 23년 글로벌 vc 국내 투자액 비교해줘', '중간 연도는?'], '6097억');
});

test('`리벨리온 도쿄 사무소 정확히 어디야?`: where within a city the question names is not answered by that city', () => {
  // (the article says only that Rebellions' subsidiary and Upstage's office are in Tokyo)
  const reply = replyToText(renderAnswer(engine, ask('리벨리온 도쿄 사무소 정확히 어디야?'), 'ko'));
  expect(answerFound(ask('리벨리온 도쿄 사무소 정확히 어디야?'))).toBe(false);
  expect(reply).toContain('도쿄 어디');
  const english = ask("Where exactly in Tokyo is Upstage's office?");
  expect(answerFound(english)).toBe(false);
  expect(replyToText(renderAnswer(engine, english, 'en'))).toContain('where in Tokyo');
  // (where, of a country named, is still the city)
  expectLead('리벨리온 일본 법인 어디야?', 'ko', '도쿄');
  expectLead('도쿄에 사무실 낸 회사 어디야?', 'ko', '업스테이지');
  // (a city where something was done, `도쿄에`, asks which one did it)
  expectSays('AI 반도체 스타트업이 도쿄에 첫 해외 거점을 마련한 건 어디?', '리벨리온');
});

test('`how much total revenue does Allganize make?`: in English, the last of the nouns after `how much` is what is measured, an amount a share is not', () => {
  // (the article gives only that about 70% of Allganize's revenue comes from Japan)
  expect(
    answerFound(ask('how much total revenue does Allganize make? not the percentage, the actual amount')),
  ).toBe(false);
  // (Google, MS and AWS announced 186억 달러 for Japan)
  expectLead('how much total investment did Google, MS and AWS announce for Japan?', 'en', '18.6 billion');
});

test('`지금은 뭐가 바꼈어?`: a verb in ㅟ contracted as chat types it (바뀌었어 → 바꼈어) is the verb', () => {
  // (Japan is turning from the land of fax and seals into Asia's AI hub)
  expectSays('일본 팩스 도장의 나라였다며 지금은 뭐가 바꼈어?', '허브');
  expectSays('일본 어떻게 바꼈음?', '허브');
});

test('`글쓴이 아쉬운점이 뭐고`, `한국이랑 일본 다른점 뭐야?`: a verb typed onto 점 (the point) reads apart; the points that differ compare', () => {
  // (the author finds it a pity that Korea has a long way to go in AI; the article's table compares Korea and Japan)
  expectSays('글쓴이 아쉬운점이 뭐고 바라는게 뭐임', '아쉽');
  expect(ask('한국이랑 일본 다른점 뭐야?').kind).toBe('comparison');
  expect(ask('리벨리온이랑 올거나이즈 다른 점?').kind).toBe('compare');
});

test('`글로벌 VC 국내 투자액 21/22/23년 숫자 쭉 뽑아줘`: years written short with slashes, the last closed by 년, are the three years', () => {
  // (global VC investment in Korean ventures: 9895억 원, 6097억 원, 2318억 원 in 2021, 2022 and 2023)
  expectSays(
    '글로벌 VC 국내 투자액 21/22/23년 숫자 쭉 뽑아줘 IR덱 시장환경 슬라이드에 넣을거',
    '9895억',
    '6097억',
    '2318억',
  );
});

test('`…대목이 있던데, 어느 기관의 자료를 인용했는지, 그리고 … 해마다 얼마였는지`: `어느` asks, so a clause asking which is a question of its own', () => {
  // (the VC figures come from the National Assembly Budget Office: 9895억, 6097억 and 2318억 원)
  const text =
    '늘 친절한 답변 감사드립니다. 젊은 사람들이 자꾸 해외로 나간다는 소식에 마음이 무겁습니다. 기사에 벤처캐피털 투자가 줄었다는 대목이 있던데, 어느 기관의 자료를 인용했는지, 그리고 2021년부터 2023년까지 해마다 얼마였는지 연도별로 정리해 주실 수 있겠습니까?';
  expectSays(text, '예산정책처', '9895억', '6097억', '2318억');
});

test('`…거기서 AI 스타트업 인턴 노려볼까 생각중임. 근데 … 일본 AI 수요 급증하는 이유 뭐라 했음?`: the last sentence, asking, is read alone when its answer says every word of it and the whole message’s does not', () => {
  // (Japan's AI demand is surging in an ageing society)
  expectLead(
    '나 담학기 일본 교환학생 가는데 ㅋㅋ 거기서 AI 스타트업 인턴 노려볼까 생각중임. 근데 기사에서 일본 AI 수요 급증하는 이유 뭐라 했음?',
    'ko',
    '고령화',
  );
});

test('`일본 말고 또 어느 나라 언급함?`: which of a kind the article mentions, asked in the singular, lists them, but those set apart', () => {
  // (besides Japan the article speaks of Korea, the US, China and the EU)
  const answer = ask('일본 말고 또 어느 나라 언급함?');
  expect(answer.kind).toBe('list');
  expect(said(answer)).toContain('중국');
  expect(said(answer)).toContain('유럽연합');
  expect(firstLine(answer, 'ko')).not.toContain('일본');
});

test('`한국 AI 기본법 통과됐다는데 기사에 그 얘기 있어?`: whether the article says what was claimed is no yes from a fact that says none of the claim’s words', () => {
  // (the article says nothing of a Korean AI basic act; it does say Allganize moved its head office to Japan)
  expect(answerFound(ask('한국 AI 기본법 통과됐다는데 기사에 그 얘기 있어?'))).toBe(false);
  expectLead('올거나이즈 본사 일본으로 옮겼다던데 기사에 그 얘기 있어?', 'ko', '네');
});

test('`…원화환산액이랑 … 원화환산액 정확히 써주세요`: `써 주다` asks to be told, as `적어 주다` does, so two nouns joined are each asked', () => {
  // (big tech's 186억 달러 is about 27조 원; the subsidy's 450억 엔 about 4428억 원)
  expectSays('빅테크 일본투자 원화환산액이랑 데이터센터 보조금 원화환산액 정확히 써주세요', '27조', '4428억');
  expectLead('리벨리온 대표 이름 써주세요', 'ko', '박성현');
});

test('`…성함 좀 여쭙겠습니다`, `…나와 있소?`, `…옮겼다는 겁니까`: formal and old-fashioned endings close the verb, and ask nothing of their own', () => {
  // (Allganize's CEO is 이창수; Allganize moved its head office to Japan; AWS is Amazon Web Services)
  expectLead('올거나이즈 대표 되시는 분 성함 좀 여쭙겠습니다', 'ko', '이창수');
  expectLead('올거나이즈는 본사를 어디로 옮겼다는 겁니까', 'ko', '일본');
  expectLead('AWS 는 무슨 회사의 약자로 나와 있소?', 'ko', '아마존웹서비스');
  // (`주소` is a noun, not 주다 closed so: the article gives no address)
  expect(answerFound(ask('올거나이즈 일본 본사 주소 도쿄 어디쯤이야'))).toBe(false);
});

test('`올거나이즈 라는 회사는 본사를 어디로 …`: the word for a kind said of the name before it asks no which company', () => {
  expectLead('올거나이즈 라는 회사는 본사를 어디로 옮겼어?', 'ko', '일본');
  // (a kind word after a country is still the kind asked: Rebellions and Upstage are the Korean companies in Tokyo)
  expectSays('도쿄에 거점 낸 한국회사 누구누구', '리벨리온', '업스테이지');
});

test('`두 가지만 여쭙겠습니다. …`: the sentence that announces the questions is no part of them', () => {
  // (Upstage opened its Japan office in Tokyo; Wrtn Technologies entered the Japanese market)
  expectPartsSay(
    '두 가지만 여쭙겠습니다. 업스테이지는 일본 어디에 오피스를 열었는지, 또 뤼튼테크놀로지스는 무얼 했는지요',
    '도쿄',
    '진출',
  );
});

test('`…약자로 나와 있소? 영어 약자가 너무 많아서 따라가기가 힘듭니다`: statements after the question tell of the asker', () => {
  expectLead(
    'AWS 는 무슨 회사의 약자로 나와 있소? 영어 약자가 너무 많아서 따라가기가 힘듭니다',
    'ko',
    '아마존웹서비스',
  );
  // (a sentence that asks by saying so is not such: `…궁금합니다`)
  const asked = answerMessage(engine, '리벨리온 대표는 누구예요? 일본 법인 위치도 궁금합니다.').answer;
  expect(said(asked)).toContain('박성현');
  expect(said(asked)).toContain('도쿄');
});

test('`한국 코스닥임 아니면 일본 쪽임?`, `직원이야 프리랜서야?`: of the things offered, the one the article says leads, and no yes', () => {
  // (Allganize is preparing to list on the Japanese stock market; Elancer's 41만 명 are freelance developers)
  const listing = firstLine(ask('올거나이즈 상장 준비중이라는데 한국 코스닥임 아니면 일본 쪽임?'), 'ko');
  expect(listing).toMatch(/^일본/);
  const office = firstLine(ask('올거나이즈 본사 한국이야 아니면 일본이야?'), 'ko');
  expect(office).toMatch(/^일본/);
  expect(office).not.toContain('네');
  expect(firstLine(ask('리벨리온 법인 오사카 아니면 도쿄?'), 'ko')).toMatch(/^도쿄/);
  expect(firstLine(ask('이랜서 41만명 직원이야 프리랜서야?'), 'ko')).toMatch(/^프리랜서/);
});

test('`리벨리온: 대표, 법인 위치 / 올거나이즈: 대표, 본사 위치`: each of the items set apart may ask two things of one', () => {
  expectPartsSay(
    '리벨리온: 대표, 법인 위치 / 올거나이즈: 대표, 본사 위치 이렇게 정리해줘',
    '박성현',
    '도쿄',
    '이창수',
    '일본',
  );
});

test('`3줄요약 플리즈`, `…어디에 자리 잡았어?`: please in Korean letters asks nothing; 자리 with where asks the place', () => {
  expect(ask('3줄요약 플리즈').kind).toBe('summary');
  expectLead('리벨리온이랑 업스테이지 일본 어디에 자리 잡았어?', 'ko', '도쿄');
});

test('`올거나이즈 관련해서요 1) 무슨 사업 하는 회사 2) 본사 어디`: the name said before numbered items is what each item naming none asks of', () => {
  // (Allganize provides AI solutions to businesses, and moved its head office to Japan)
  expectPartsSay(
    '올거나이즈 관련해서요 1) 무슨 사업 하는 회사 2) 본사 어디 3) 일본 고객 누구',
    '솔루션',
    '일본',
    '노무라증권',
  );
});

test('`안녕하세요 …. 퇴직한 기계쟁이 입니다. 몇 가지 여쭙겠습니다. 첫째 …`: greetings, who the asker is and the announcement make no question', () => {
  expectPartsSay(
    '안녕하세요 젊은 양반들. 퇴직한 기계쟁이 입니다. 몇 가지 여쭙겠습니다. 첫째 리벨리온은 어디에 법인을 세웠는지, 둘째 올거나이즈는 어디로 본사를 옮겼는지',
    '도쿄',
    '일본',
  );
});

test('`몇 가지만 물어볼게요`: the asker’s promise (`-ㄹ게요`) is a verb’s ending, not 개요 (a summary) mistyped', () => {
  const reading = readQuestion(engine, '몇 가지만 물어볼게요')!;
  expect(reading.understanding.types.has('summary')).toBe(false);
  expect(reading.terms.map((t) => t.head)).toContain('물어보다');
});

test('`노무라증권을 고객으로 둔 회사의 대표 이름`, `the CEO of the company that moved its HQ to Japan`: which company first, then its CEO', () => {
  // (Allganize counts Nomura Securities among its clients and moved its head office to Japan; its CEO is 이창수)
  expectLead('노무라증권을 고객으로 둔 회사의 대표 이름', 'ko', '이창수');
  expectLead('일본 증시 상장 준비하는 회사 대표가 누구야', 'ko', '이창수');
  expectLead('Who is the CEO of the company that moved its HQ to Japan?', 'en', 'Lee Chang-soo');
  expectLead('who is the boss at the korean AI vendor that SMBC uses?', 'en', 'Lee Chang-soo');
  // (Elancer has 41만 freelance developers; its CEO is 박우진)
  expectSays('프리랜서 41만명 보유한 회사 대표는?', '박우진');
  // (a client named: the company that has it is asked, not the other client listed beside it)
  const which = firstLine(ask('노무라증권을 고객으로 두고 있는 한국 AI 회사는 어디인가요?'), 'ko');
  expect(which).toContain('올거나이즈');
  expect(which).not.toContain('미쓰이스미토모');
});

test('`오늘 수업 끝나고 질문 들어온건데요, …`, `…진짜 파격이네 ㄷㄷ 그거 몇 년까지임?`: a clause closed by `-건데요` tells of the asker, and one closed by `-이네` ends its sentence', () => {
  // (Rebellions set up its first overseas subsidiary in Tokyo; Japan's tax cut runs until 2032)
  expectLead(
    '오늘 수업 끝나고 질문 들어온건데요, 리벨리온 해외법인은 일본이 처음이에요 아님 전에도 있었어요?',
    'ko',
    '처음',
  );
  expectLead('일본 법인세 감면 크다는데 진짜 파격이네 ㄷㄷ 그거 몇 년까지임?', 'ko', '2032년');
  // (at the end of a question `큰건데` still asks: how did China grow so fast)
  expect(readQuestion(engine, '중국은 어떻게 그렇게 빨리 큰건데')!.terms.some((t) => t.background)).toBe(
    false,
  );
});

test('`일본이 AI 허브가 된 과정 정리해줘`: the course of something, summed up, is what the article says of it', () => {
  const answer = ask('일본이 AI 허브가 된 과정 정리해줘');
  expect(answerFound(answer)).toBe(true);
  expect(said(answer)).toContain('법인세');
});

test('`이랜서 대표는?`, `올거나이즈 CEO?`: a name and the word for a role in it, asked with a question mark alone, asks who', () => {
  // (Elancer's CEO is 박우진; Allganize's is 이창수)
  // (the person named with the role, as who is answered, not the sentence that says it)
  expect(firstLine(ask('이랜서 대표는?'), 'ko')).toBe('박우진 (이랜서 대표)');
  expect(firstLine(ask('올거나이즈 CEO?'), 'en')).toMatch(/^Lee Chang-soo \(이창수, CEO of Allganize\)$/);
  // (the article names no CEO of Upstage)
  expect(answerFound(ask('업스테이지 대표는?'))).toBe(false);
});

test('`Why does its CEO say …?` after the company was named: `its` points at the company, as `they` does', () => {
  // (Allganize moved its head office to Japan; its CEO 이창수 speaks of Japan's ageing and labour shortage)
  expectFollowUpSays(
    [
      'Which Korean AI startup moved its headquarters to Japan?',
      'Why does its CEO say Japan is attractive for AI?',
    ],
    'Lee Chang-soo',
    'aging',
  );
  expectFollowUpSays(
    [
      'Which Korean AI startup moved its headquarters to Japan?',
      'what share of its revenue comes from Japan?',
    ],
    '70%',
  );
});

test('`…한국 출신 AI 회사는 어디인가요?`: where something comes from, said of the answer, is no word the fact must say; asked of itself it is', () => {
  // (Allganize counts Nomura Securities among its clients; the article says nothing of where its CEO is from)
  expectLead('노무라증권을 고객으로 두고 있는 한국 출신 AI 회사는 어디인가요?', 'ko', '올거나이즈');
  expect(answerFound(ask('리벨리온 대표는 어디 출신이야?'))).toBe(false);
});

test('`…적혀 있더라고요. 결재 올리기 전에 확인하려고요. 기사 수치랑 맞나요?`: what the asker means to do, said between, is no part of the question', () => {
  // (Japan's data-centre subsidy is up to 450억 엔, not 1000억 엔)
  expectLead(
    '내부 보고서 초안에 일본 정부가 데이터센터 건설에 최대 1000억 엔을 준다고 적혀 있더라고요. 결재 올리기 전에 확인하려고요. 기사 수치랑 맞나요?',
    'ko',
    '아니요 — 기사에 따르면 최대 450억 엔',
  );
});

test('`일본 법인세 감면은 누가 받아?`: who gets what is offered asks the kind of company it is for, not a person', () => {
  // (Japan cuts corporate tax for AI software development companies)
  expectSays('일본 법인세 감면은 누가 받아?', 'AI 소프트웨어 개발 기업');
  // (who actually received the data-centre subsidy the article does not say)
  expect(answerFound(ask('그 보조금 실제로 받은 회사 어디어디임?'))).toBe(false);
});

test('`일본내 몇개 기업이랑 협력?`: a word for inside typed onto a name is read apart from it, as `일본 내`', () => {
  // (Elancer works with some 50 companies and institutions in Japan)
  expectLead('이랜서 일본내 몇개 기업이랑 협력?', 'ko', '50여 개');
});

test('`올거나이즈 전체매출 50%가 일본에서 나온다던데 ㄷㄷ 고객사는 어디어디야?`: a claim in passing the article contradicts is set right first, then the question answered', () => {
  // (Allganize earns about 70% of its revenue in Japan; its clients include Nomura Securities and SMBC)
  const answer = ask('올거나이즈 전체매출 50%가 일본에서 나온다던데 ㄷㄷ 고객사는 어디어디야?');
  expect(answer.kind).toBe('multi');
  const first = firstLine(answer, 'ko');
  expect(first).toContain('아니요 — 기사에 따르면 약 70%');
  expect(first).toContain('노무라증권');
  // (Japan's tax cut is up to 30%, until 2032)
  const tax = firstLine(ask('일본 법인세 50%까지 깎아준다는데 진짜 파격이네 ㄷㄷ 그거 몇 년까지임?'), 'ko');
  expect(tax).toContain('최대 30%');
  expect(tax).toContain('2032년까지');
  // (a claim the article bears out adds nothing: Allganize's share is about 70%)
  expect(ask('올거나이즈 매출 70%가 일본에서 나온다던데 고객사는 어디어디야?').kind).not.toBe('multi');
});

test('`데이터센터 보조금 450억 달러 맞아?`: the article’s figure claimed in another currency is no yes, and a reply leans on the claim without it', () => {
  // (Japan's data-centre subsidy is up to 450억 엔, about 4428억 원; big tech announced 186억 달러)
  expectLead('데이터센터 보조금 450억 달러 맞아?', 'ko', '아니요 — 기사에 따르면 최대 450억 엔');
  expectLead('빅테크 투자 186억 엔이라던데?', 'ko', '아니요 — 기사에 따르면 186억 달러');
  expectLead('보조금 450억 엔 맞지?', 'ko', '네');
});

test('`원화 환산은?` after an amount: a currency before a word for converting asks the amount in it, as `원화로는?` does', () => {
  // (Japan's data-centre subsidy: up to 450억 엔, about 4428억 원)
  const { answer } = conversation('일본 데이터센터 보조금 최대 얼마야?', '원화 환산은?');
  expect(firstLine(answer, 'ko')).toContain('4428억 원');
  expect(firstLine(answer, 'ko')).not.toContain('186억');
});

test('`VC 수치 출처 기관 이름이 뭐야?`: the name of a kind of company asks which one, and the kind is no word the fact must say', () => {
  // (the VC figures are the National Assembly Budget Office's; Allganize moved its head office)
  expectLead('VC 수치 출처 기관 이름이 뭐야?', 'ko', '국회 예산정책처');
  expectLead('본사 옮긴 회사 이름이 뭐야?', 'ko', '올거나이즈');
});

test('`같은 상태인 데 또 어디?` after an answer about one company: the others the article says the same of', () => {
  // (Finders AI, Featuring and Channel Talk are each said to be preparing a Japanese subsidiary)
  const { answer } = conversation('파인더스AI는 일본에서 어떤 단계야?', '같은 상태인 다른 회사는?');
  const first = firstLine(answer, 'ko');
  expect(first).toContain('피처링');
  expect(first).toContain('채널톡');
  expect(first).not.toContain('파인더스');
});

test('`올거나이즈 대표가 누구셨죠`, `…뭘 해야 한다고 하던가요`, `…설명해주실수 있을까요?`: the honorific past of the copula, the retrospective ending after a one-syllable verb, and the bound noun of ability typed on are endings, not words the facts must say', () => {
  // (Allganize's CEO is 이창수; the author asks for tax benefits, deregulation and infrastructure support)
  expectLead('올거나이즈 대표가 누구셨죠', 'ko', '이창수');
  expectLead('리벨리온 대표가 누구셨더라?', 'ko', '박성현');
  expectSays('글쓴이는 한국이 뭘 해야 한다고 하던가요', '세제 혜택');
  // (Japan's AI market grows as ageing leaves it short of workers)
  expectSays('일본 AI 시장이 왜 커지는건지 설명해주실수 있을까요?', '일본');
  expectSays('일본 AI 시장이 왜 커지는지 설명해줄수있어?', '일본');
});

test('`올거나이즈 일본 매출 70퍼면 고객 누구누구임`, `…절반정도 일본에서 나온다던데 맞지?`: a figure made a condition is what the question rests on; a quantity with 정도 typed on is the quantity claimed', () => {
  // (Allganize's clients include 노무라증권 and 미쓰이스미토모은행; about 70% of its revenue comes from Japan)
  expectLead('올거나이즈 일본 매출 70퍼면 고객 누구누구임', 'ko', '노무라증권');
  expectLead('올거나이즈 매출 50%면 고객 누구임', 'ko', '노무라증권');
  expectLead('올거나이즈 매출 절반정도 일본에서 나온다던데 맞지?', 'ko', '70%');
  expect(firstLine(ask('올거나이즈 매출 절반정도 일본에서 나온다던데 맞지?'), 'ko')).toMatch(/^아니요/);
});

test('`리벨리온이랑 올거나이즈 뭐하는 회사야?`, `리벨리온과 이랜서는 어떤 회사야?`: what several named companies do is asked of each, `각각` or not', () => {
  // (Rebellions makes AI chips; Allganize offers AI solutions to businesses; Elancer has 41만 freelance developers)
  expectPartsSay('리벨리온이랑 올거나이즈 뭐하는 회사야?', '반도체', '솔루션');
  expectPartsSay('리벨리온과 이랜서는 어떤 회사야?', '반도체', '41만');
});

test('`이 글 쓴 사람 결론이 뭐야?`, `글쓴분은 …`: the one who wrote the article, said in words, is its author; `예시` asks for a list', () => {
  // (the author closes on tax benefits, deregulation and infrastructure support; eight Korean companies moved to Japan)
  const conclusion = said(ask('이 글 쓴 사람 결론이 뭐야?'));
  expect(conclusion).toContain('글쓴이');
  expect(conclusion).not.toContain('editor6141');
  expectSays('글쓴분은 한국이 뭘 해야 한다고 봐요?', '세제 혜택');
  expectLead('이 글 쓴 사람 누구야?', 'ko', 'editor6141');
  // (the date the article was written is still the article's date)
  expectLead('이 글 2024년에 쓴 거지?', 'ko', '아니요');
  expectSays('그럼 실제로 일본 간 회사 예시 좀', '리벨리온', '올거나이즈', '이랜서');
});

test('`중국은 어떻게 그렇게 빨리 컸어?`, `how did China grow so fast?`: how, with a word of growing after it, asks the means, whatever stands between them', () => {
  // (China grows through state-led, large-scale AI investment and the use of data)
  expectLead('중국은 어떻게 그렇게 빨리 컸어?', 'ko', '국가 주도');
  expectLead('how did china grow so fast?', 'en', 'state-led');
});

test('`…in English if possible?`, `…특정 기업만 받아?`: a courtesy and a word for some particular one are no words the facts must say', () => {
  // (the three reasons: government support, a fast-growing market, easier fundraising and listing)
  expectSays(
    'Could you list the three main reasons the article gives, in English if possible?',
    'three reasons',
  );
  // (the corporate tax cut is for AI software developers)
  expectSays('법인세 감면 특정 기업만 받아?', '소프트웨어');
});

test('`450억 엔이면 원화로 얼마야?` → `그거 무슨 돈인데?`: an amount a reply points back at keeps its size, which tells it from every other figure', () => {
  // (up to 450억 엔 is Japan's subsidy for building data centres)
  expectFollowUpSays(['450억 엔이면 원화로 얼마야?', '그거 무슨 돈인데?'], '데이터센터');
  expectFollowUpSays(['450억엔이면 원화로 얼마?', '그거 뭐에 주는 돈임?'], '데이터센터');
});

test('`그 혜택은 어떤 기업들이 받는데요?` after a claim about the tax cut: `그 혜택`, `그 지원`, `그 정책` point back at what was asked, as `그거` does', () => {
  // (the corporate tax cut of up to 30% is for AI software developers)
  expectFollowUpSays(
    ['일본이 법인세 최대 50%까지 깎아준다던데 진짜에요??', '그 혜택은 어떤 기업들이 받는데요?'],
    '소프트웨어',
  );
});

test('`미국 EU 중국 AI 정책 차이 비교해줘`: countries compared on their policies lead with each one as the editors sum it up, before the quotes', () => {
  // (the US: National AI Initiative; the EU: the AI Act, by risk level; China: state-led, facial recognition)
  const reply = replyToText(renderAnswer(engine, ask('미국 EU 중국 AI 정책 차이 비교해줘'), 'ko'));
  const leads = reply.split('\n> ')[0]!;
  for (const expected of ['이니셔티브', 'AI Act', '위험도', '국가 주도', '안면인식'])
    expect(leads).toContain(expected);
  // (companies are set apart by what they did: their facts, not a summary)
  const companies = replyToText(renderAnswer(engine, ask('리벨리온이랑 올거나이즈 비교해줘'), 'ko'));
  expect(companies.split('\n> ')[0]).toContain('도쿄');
});

test('`올거나이즈 대표 이름이랑 고객사랑 매출비중 한번에 알려주실분~~`: three things joined one after another are three questions, and asking who will tell is a request, no yes or no', () => {
  // (Allganize: CEO 이창수, clients 노무라증권 and 미쓰이스미토모은행, about 70% of revenue from Japan)
  expectPartsSay(
    '올거나이즈 대표 이름이랑 고객사랑 매출비중 한번에 알려주실분~~',
    '이창수',
    '노무라증권',
    '70%',
  );
  const reply = said(ask('올거나이즈 대표 이름이랑 고객사랑 매출비중 한번에 알려주실분~~'));
  expect(reply).not.toContain('네 —');
});

test('`…상대팀이 … 할거같음 ㅋㅋ 근데 기사에선 일본이 … 어디로 간다고 했죠? 그리고 그 이유가 뭐였는지도`: the next part leans on the part before’s own sentence, not on the background before it', () => {
  // (Japan goes straight to the AI transition (AX); ageing and the labour shortage drive it)
  expectSays(
    "우리팀 반대측이라 반박자료 찾는중인데요, 상대팀이 '일본은 아직 팩스나라라 AI 뒤처짐'이라고 할거같음 ㅋㅋ 근데 기사에선 일본이 디지털전환 건너뛰고 어디로 간다고 했죠? 그리고 그 이유가 뭐였는지도",
    'AI 전환',
    '고령화',
  );
});

test('`글쓴이는 이 현상 어떻게 봄?`, `how does the author see this trend?`: the author’s view is of what the article is about; a word its title says or a word asking for a view asks nothing more', () => {
  // (the author: natural for a company, but a great loss for Korea's AI industry as a whole)
  expectSays('글쓴이는 이 현상 어떻게 봄?', '손실');
  expectSays('글쓴이는 일본행 어떻게 봄?', '손실');
  expectSays('글쓴이는 이 현상을 어떻게 평가함?', '손실');
  expectSays('how does the author see this trend?', 'loss');
});

test('`’AI 하려면 일본가자’ 이거 누가 한말임?`: words quoted from memory, shortened, are found in the sentence that holds most of them in order, and it leads', () => {
  // (the saying `인공지능 사업을 하려면 일본으로 가자` goes round among Korean start-ups)
  expectLead("'AI 하려면 일본가자' 이거 누가 한말임?", 'ko', '스타트업 사이에서는');
  // (a quotation the article holds nowhere near is not found by chance)
  expect(answerFound(ask("'AI는 미국에서 해야 성공한다' 이거 누가 한말임?"))).toBe(false);
});

test('`해외 선진국 AI 정책 사례로 어느 나라들이 소개됐죠`: which of a kind, in the plural, with a verb of being named, is a list, not a profile', () => {
  // (the foreign cases: the US, the EU and China)
  expectSays('해외 선진국 AI 정책 사례로 어느 나라들이 소개됐죠', '미국', '유럽연합', '중국');
});

test('`블랙홀 어쩌구 하는 지적은 누가 한거?`: a saying the article puts to a crowd is answered by the crowd; who said it first, or a person by name, is not', () => {
  // (the start-up industry says Japan sucks in Korea's promising AI companies like a black hole)
  expectLead('블랙홀 어쩌구 하는 지적은 누가 한거?', 'ko', '스타트업 업계');
  expect(answerFound(ask('블랙홀 얘기 정확히 누가 한 거예요?'))).toBe(false);
  expect(
    answerFound(conversation('스타트업 업계에서 일본이 블랙홀이래', '그 말 누가 처음 했음?').answer),
  ).toBe(false);
});

test('`연도별 글로벌 VC 국내 투자액`: a figure asked over the years leads with every year the facts give, whichever fact scores first', () => {
  // (global VC investment in Korean ventures: 9895억 원 in 2021, 6097억 원 in 2022, 2318억 원 in 2023)
  for (const question of [
    '연도별 글로벌 VC 국내 투자액 세 개 다 알려줄 수 있어요?',
    '연도별 글로벌 VC 투자액',
  ]) {
    const lead = firstLine(ask(question), 'ko');
    for (const figure of ['9895억', '6097억', '2318억']) expect(lead).toContain(figure);
  }
});

test('`법인세 감면 모든 기업이 받아?`, `does every company get the tax cut?`: a policy claimed for every company is no, when it names the companies it is for', () => {
  // (Japan cuts corporate tax by up to 30% for AI software development companies)
  for (const question of ['법인세 감면 모든 기업이 받아?', '법인세 감면 아무 회사나 다 받을 수 있어?']) {
    const lead = firstLine(ask(question), 'ko');
    expect(lead).toContain('아니요');
    expect(lead).toContain('소프트웨어');
  }
  expect(firstLine(ask('does every company get the tax cut?'), 'en')).toMatch(/^No\b.*software/);
  // (the class it names is a yes)
  expect(firstLine(ask('법인세 감면 AI 소프트웨어 기업이 받아?'), 'ko')).toContain('네');
});

test('`오픈AI 포함해서 … 미국 회사들 어디`, `소프트웨어 만드는 데도 해당돼?`: words for being included or covered ask nothing the facts must say', () => {
  // (Google, OpenAI and Microsoft picked Japan as Asia's AI hub)
  expectSays('오픈AI 포함해서 일본을 AI 허브로 찍은 미국 회사들 어디', '구글', '마이크로소프트');
  // (the tax cut is for AI software development companies)
  expectLead('법인세 감면 우리처럼 소프트웨어 만드는 데도 해당돼?', 'ko', '소프트웨어');
});

test('`근데 한국이 아니라 어느 나라 증시에 상장하려는 거예요?`: a subject denied (`한국이 아니라`) is set apart, not asked about; `뿐만 아니라` sets nothing apart', () => {
  // (Allganize is preparing to list on the Japanese stock market)
  expectLead(
    '제가 주식을 좀 하는데요, 올거나이즈가 상장 준비한다는 말이 있어서요. 근데 한국이 아니라 어느 나라 증시에 상장하려는 거예요?',
    'ko',
    '일본',
  );
  // (China, besides Japan, is growing fast in AI)
  expectLead('일본뿐만 아니라 중국도 성장해?', 'ko', '네');
});

test('`리벨리온과 올거나이즈는 … 두 회사의 일본 진출 방식을 비교해서 설명해 주실 수 있을까요?`: `두 회사` compares the two named before the question', () => {
  // (Rebellions set up a subsidiary in Tokyo; Allganize moved its headquarters to Japan)
  expectSays(
    '리벨리온과 올거나이즈는 둘 다 일본으로 갔다지만 방식은 좀 다른 것 같더군요. 두 회사의 일본 진출 방식을 비교해서 설명해 주실 수 있을까요?',
    '해외법인',
    '본사',
  );
});

test('`일본 지금은 어케 바뀌는중?`: a verb with 중 typed onto it (`바뀌는중`, `바뀌는중임`) is that verb, with its words of the same meaning (변신)', () => {
  // (Japan is fast turning from the country of fax machines and seals into Asia's AI hub)
  expectLead('일본 지금은 어케 바뀌는중?', 'ko', 'AI 허브');
  expectLead('일본 근데 지금은 뭐로 바뀌는중임', 'ko', 'AI 허브');
});

test('`which office provided the VC numbers?`, `which agency’s data is the VC number from?`: a word for giving data, and a word for an agency, ask the figures’ source', () => {
  // (the VC figures come from the National Assembly Budget Office)
  expectLead('which office provided the VC numbers?', 'en', 'National Assembly Budget Office');
  expectLead("which agency's data is the VC number from?", 'en', 'National Assembly Budget Office');
});

test('`데이터센터 보조금 원화로 얼마야?`: an amount asked in the currency the article converted it into leads with the conversion, then the amount as given', () => {
  // (Japan's data centre subsidy: up to 450억 엔, about 4428억 원)
  const lead = firstLine(ask('데이터센터 보조금 원화로 얼마야?'), 'ko');
  expect(lead.indexOf('4428억')).toBeGreaterThanOrEqual(0);
  expect(lead.indexOf('450억 엔')).toBeGreaterThan(lead.indexOf('4428억'));
  expect(firstLine(ask('how much is the data center subsidy in won?'), 'en')).toMatch(
    /442\.8 billion.*45 billion/,
  );
});

test('`이랜서 부분 한 문단으로 요약 ㄱ`: a paragraph asked holds several lines, not one', () => {
  // (Elancer: 410,000 freelance developers, a Japanese subsidiary, some 50 partner companies and institutions)
  const answer = ask('이랜서 부분 한 문단으로 요약 ㄱ');
  expect(answer.kind).toBe('summary');
  if (answer.kind === 'summary') expect(answer.lines.length).toBeGreaterThanOrEqual(3);
  expect(said(answer)).toContain('50여');
  // (a line asked is one line)
  const line = ask('이랜서 한 줄 요약');
  if (line.kind === 'summary') expect(line.lines).toHaveLength(1);
});

test('`… 아무 기업이나 다 해주는거야 아니면 특정 기업만이야?`: a copula after 만 comes off with it (`기업만이야` is 기업)', () => {
  // (the corporate tax cut is for AI software development companies)
  expectSays('법인세 감면 아무 기업이나 다 해주는거야 아니면 특정 기업만이야?', '소프트웨어');
});

test('`2023년 투자액이랑 그게 누구 투자인지`: a thing asked, joined to a question that points back at it, is two questions', () => {
  // (the 2023 figure: 2318억 원 of global VC investment in Korean ventures)
  const answer = ask('국회예산정책처 자료 기준 2023년 투자액이랑 그게 누구 투자인지');
  expect(answer.kind).toBe('multi');
  if (answer.kind === 'multi') expect(said(answer.parts[0]!.answer)).toContain('2318');
});

test('`한국 정부는 이 일본행 러시에 대해 뭐라고 대응했대?`: the deed asked after the question word, a noun made a verb the article never uses, is not answered by the other words', () => {
  // (the article never says how Korea's government responded)
  expect(answerFound(ask('한국 정부는 이 일본행 러시에 대해 뭐라고 대응했대?'))).toBe(false);
  // (a deed it does say is answered: Japan subsidises data centres)
  expect(answerFound(ask('일본 정부는 어떻게 지원했어?'))).toBe(true);
});

test('`…핵심이 잘 안 잡히네요. 글쓴이 결론이 결국 뭔지, …`: a part that only states is a remark, left out when another part is answered', () => {
  // (the author: a great loss for Korea's AI industry as a whole)
  const answer = ask(
    '끝까지 읽긴 했는데 마지막 부분이 좀 감상문 같아서 핵심이 잘 안 잡히네요. 글쓴이 결론이 결국 뭔지, 우리나라가 뭘 하자는 건지 요약해 주실 수 있을까요?',
  );
  expect(answer.kind).toBe('multi');
  if (answer.kind === 'multi') {
    expect(answer.parts.every((p) => answerFound(p.answer))).toBe(true);
    expect(said(answer.parts[0]!.answer)).toContain('손실');
  }
});

test('`리벨리온 도쿄 어느 동네에 있어?`: a place within the city the question names, asked with no word that asks where, is not answered with the city', () => {
  // (the article gives Tokyo for Rebellions' subsidiary and Upstage's office, nothing finer)
  const answer = ask('리벨리온 도쿄 어느 동네에 있어?');
  expect(answerFound(answer)).toBe(false);
  expect(firstLine(answer, 'ko')).not.toContain('도쿄, 일본');
  expect(said(ask('업스테이지 도쿄 사무실 정확한 위치는?'))).toContain('도쿄 사무실 위치');
  // (the city itself is still answered where it is asked)
  expectLead('리벨리온 일본 어디에 법인 세웠어?', 'ko', '도쿄');
});

test('`what startups opened something in Tokyo?`, `any Korean startups in Tokyo?`: a kind asked with what, or whether there are any, is answered by the ones that are', () => {
  // (Rebellions set up its subsidiary in Tokyo; Upstage opened its office there)
  for (const question of [
    'what startups opened something in Tokyo?',
    'are there any Korean startups in Tokyo?',
    '도쿄에 한국 스타트업 있어?',
  ]) {
    const answer = ask(question);
    expect(answerFound(answer)).toBe(true);
    expect(said(answer)).toContain('리벨리온');
    expect(said(answer)).toContain('업스테이지');
  }
});

test('`any other startups in Tokyo?` after an answer about Rebellions: others of a kind are asked besides the one before', () => {
  // (Upstage is the other company the article puts in Tokyo)
  const english = conversation('where did Rebellions open its subsidiary?', 'any other startups in Tokyo?');
  expect(answerFound(english.answer)).toBe(true);
  expect(firstLine(english.answer, 'en')).toContain('Upstage');
  expect(firstLine(english.answer, 'en')).not.toContain('Rebellions');
  const korean = conversation('리벨리온 어디에 법인 세웠어?', '도쿄에 뭐 연 다른 스타트업은?');
  expect(firstLine(korean.answer, 'ko')).toContain('업스테이지');
  expect(firstLine(korean.answer, 'ko')).not.toContain('리벨리온');
  // (one the follow-up sets apart itself is all it sets apart)
  expect(
    contextReadings(
      engine,
      '업스테이지 말고 다른 데는?',
      '도쿄에 진출한 한국 회사 어디어디야? → 리벨리온, 업스테이지',
    ),
  ).toEqual(['업스테이지 말고 다른 데는?']);
});

test('`리벨리온 대표가 왜 일본을 골랐다고 했는지 한 줄로 정리 가능해요?`: a question put in a clause and summed up is answered as that question, not with a summary of its subject', () => {
  // (Park Sung-hyun: Japan's AI data-centre market grows faster than Korea's, a market not to miss)
  const answer = ask('리벨리온 대표가 왜 일본을 골랐다고 했는지 한 줄로 정리 가능해요?');
  expect(answer.kind).not.toBe('summary');
  expect(firstLine(answer, 'ko')).toMatch(/데이터센터|놓쳐선/);
  // (what something says, summed up, is still a summary: `뭐라고 하는지 요약`)
  expect(ask('올거나이즈 부분 뭐라고 하는지 요약').kind).toBe('summary');
});

test('`글쓴이가 마지막에 한국 정부한테 뭘 해야 한다고 했어?`: what ought to be done, asked of the end, is the view that says so, not the last view', () => {
  // (the author's measures: tax benefits, deregulation, infrastructure support)
  expectLead('글쓴이가 마지막에 한국 정부한테 뭘 해야 한다고 했어?', 'ko', '규제 완화');
  // (what the author hopes, asked of the end, is still the last view)
  expectLead('글쓴이 마지막에 뭘 바란다고 했어?', 'ko', '꿈을 펼칠');
});

test('`리벨리온 대표 누구ㅜ야`, `얼마ㅓ야`: a vowel alone typed inside a word is a slip and comes off', () => {
  // (Park Sung-hyun heads Rebellions)
  expectLead('리벨리온 대표 누구ㅜ야', 'ko', '박성현');
  // (a vowel alone after a word is no slip: crying, `ㅠㅠ`)
  expectLead('리벨리온 대표 누구야ㅠㅠ', 'ko', '박성현');
});

test('`법인세 감면 2030년까지던가`, `몇 %까지고 언제까지야?`: a closing that asks, and a joining ending, typed onto a figure say nothing of their own', () => {
  // (the corporate tax cut: up to 30%, until 2032)
  expectLead('법인세 감면 2030년까지던가', 'ko', '2032년까지');
  expectSays('일본이 세금 깎아준다더라. 근데 몇 퍼센트까지고 언제까지야?', '30%', '2032');
});

test('`협력하구`: the ending 구, as chat types 고, joins two questions', () => {
  // (Elancer works with some 50 companies and institutions, and starts its projects next month)
  expectSays('이랜서 일본에서 몇개 기업이랑 협력하구 프로젝트는 언제 시작한대', '50', '다음 달');
});

test('`… 미국이잖아 그치`: a tag that asks for agreement makes a claim a yes-or-no question', () => {
  // (the EU, not the US, made the AI Act first)
  const answer = ask('AI Act 세계최초로 만든건 미국이잖아 그치');
  expect(answerFound(answer)).toBe(true);
  expect(firstLine(answer, 'ko')).toContain('유럽연합');
});

test('`인공지능 하려면 일본 가라는 말 진짜 있음?`: words said from memory before a word for a saying, no quotation marks, are found in the sentence that holds most of them', () => {
  // (the article: "인공지능 사업을 하려면 일본으로 가자" goes round among Korean start-ups)
  for (const question of [
    '인공지능 하려면 일본 가라는 말 진짜 있음?',
    '인공지능 사업하려면 일본 가라는 말 있다던데 그거 어디서 도는 말임?',
  ]) {
    const answer = ask(question);
    expect(answerFound(answer)).toBe(true);
    expect(said(answer)).toContain('스타트업 사이에서는');
  }
  // (words the article does not hold are not found so)
  expect(answerFound(ask('일본 가면 연봉 두배 된다는 말 진짜야?'))).toBe(false);
});

test('`korea or japan, which was ahead …?`, `korea vs japan — which one …?`: two offered and which asked is a choice of one of them, not a company nor a comparison', () => {
  // (the article: Korea led in digital transformation)
  for (const question of [
    'korea or japan, which was ahead in digital transformation?',
    'korea vs japan — which one was ahead in digital transformation acc. to the article?',
  ]) {
    const answer = ask(question);
    expect(answerFound(answer)).toBe(true);
    expect(firstLine(answer, 'en')).toMatch(/Korea/);
    expect(firstLine(answer, 'en')).not.toContain('Allganize');
  }
  // (two countries named with which, and nothing offered, are not chosen from: `which korean companies went to japan?`)
  expect(firstLine(ask('which korean companies went to japan?'), 'en')).toContain('Rebellions');
});

test('`뤼튼 회사 이름 정확히 뭐로 나와있어?`: the company’s name asked exactly is its name as the article gives it', () => {
  // (the article names it 뤼튼테크놀로지스)
  expectLead('뤼튼 회사 이름 정확히 뭐로 나와있어?', 'ko', '뤼튼테크놀로지스');
});

test('`AWS도 일본 투자 발표한 데 들어가?` after another question: a group the follow-up describes in words of its own is asked as it is', () => {
  // (Google, MS and AWS announced their investment in Japan)
  const { answer } = conversation(
    '빅테크들이 일본을 AI 허브로 정한 결정적 이유가 뭐임?',
    'AWS도 일본 투자 발표한 데 들어가?',
  );
  expect(answerFound(answer)).toBe(true);
  expect(firstLine(answer, 'ko')).toMatch(/^네/);
});

test('`대표이름ㅁ머였지`: a final consonant struck again after its syllable is a slip', () => {
  expectLead('리벨리온 대표이름ㅁ머였지', 'ko', '박성현');
});

test('`Why is Japan suddenly so keen …`: how suddenly is no thing the article must say', () => {
  // (labour shortage from an ageing society)
  expectSays('Why is Japan suddenly so keen on adopting AI, according to the article?', 'labor shortage');
});

test('`국내 VC 투자 3년치 흐름 숫자로 쭉 보여줘`: so many years’ worth is a span, not a figure to find', () => {
  // (global VC investment in Korean ventures: 9895억 원 in 2021, 6097억 원 in 2022, 2318억 원 in 2023)
  expectSays('국내 VC 투자 3년치 흐름 숫자로 쭉 보여줘', '9895', '6097', '2318');
});

test('`일본 법인세 감면 받으려면 신청 조건이 뭐야? 매출 기준 같은거 있어?`: a yes-or-no part naming nothing, after a part the article has nothing on, is not answered with what its words alone match', () => {
  // (the article gives no conditions for the tax cut, nor any revenue threshold)
  expect(answerFound(ask('일본 법인세 감면 받으려면 신청 조건이 뭐야? 매출 기준 같은거 있어?'))).toBe(false);
  // (a part asking of its own is still answered: Rebellions' CEO, Park Sung-hyun)
  expectSays('리벨리온 본사 주소는? 대표는 누구야?', '박성현');
});

test('`리벨리온이 왜 일본 갔어?`: what the company’s own people said in explaining it is the company’s reason, and leads', () => {
  // (Park Sung-hyun: Japan's AI data-centre market grows faster than Korea's)
  expectLead('리벨리온이 왜 일본 갔어?', 'ko', '데이터센터');
  expectLead('why did Rebellions go to Japan?', 'en', 'data center');
});

test('`몇 곳이랑 협력해 …`: a noun joined by 랑 before a verb done with someone is whom with, not a second question', () => {
  expect(
    splitMessage(
      engine,
      '이랜서도 일본 시장에 본격 진출한다고 했는데, 현지에서 몇 곳이랑 협력해 프로젝트를 준비 중인가요?',
    ),
  ).toHaveLength(1);
  // (two things joined are still two questions: `리벨리온 대표랑 올거나이즈 본사 위치`)
  expect(splitMessage(engine, '이랜서 대표 누구고 일본 협력 기업 몇 곳이야?')).toHaveLength(2);
});

test('`일본이 AI 도입 서두르는 이유가 뭐래요`, `프로젝트는 언제부터 굴러가?`: words chat uses for being eager and for starting read as those', () => {
  // (Japan is eager to adopt AI as its ageing society runs short of labour; Elancer starts next month)
  expectSays('일본이 AI 도입 서두르는 이유가 뭐래요', '노동력 부족');
  expectLead('이랜서 프로젝트는 언제부터 굴러가?', 'ko', '다음 달');
});

test('`그중에서 본사를 아예 일본으로 옮긴 회사 대표는 누구인가요?` after the CEOs: one of those named, described by what its company did, is answered by name', () => {
  // (Allganize moved its headquarters to Japan; Lee Chang-soo is its CEO)
  const { answer } = conversation(
    '기사에 나오는 한국 AI 회사 대표님들 이름을 좀 정리해 주실 수 있나요?',
    '그중에서 본사를 아예 일본으로 옮긴 회사 대표는 누구인가요?',
  );
  expect(answerFound(answer)).toBe(true);
  expect(firstLine(answer, 'ko')).toContain('이창수');
});

test('`셋 중에 아예 본사를 옮긴 건 누구?` after `이랜서는?`: a group larger than the answer before named is not read as that one alone', () => {
  // (of Allganize, Rebellions and Elancer, Allganize moved its headquarters)
  const { answer } = conversation(
    '올거나이즈가 일본 좋다고 한 이유랑 일본 매출 비중 둘 다 알려줘',
    '리벨리온은 일본에서 뭐 했는데',
    '이랜서는?',
    '셋 중에 아예 본사를 옮긴 건 누구?',
  );
  expect(answerFound(answer)).toBe(true);
  expect(said(answer)).toContain('올거나이즈');
  expect(engine.lexicon.referring.groupCounted('세 사람 중에 누가')).toBe(3);
  expect(engine.lexicon.referring.groupCounted('which of those three')).toBe(3);
});

test('`일본이랑 한국 중에 AI 도입 어디가 더 앞서?`: where, asked to choose among things named, picks one of them, and the one measured against is not it', () => {
  // (Lee Chang-soo: Japan's AI adoption is far ahead of Korea's)
  expectLead('일본이랑 한국 중에 AI 도입 어디가 더 앞서 있다고 하나요?', 'ko', '일본');
  expectLead('which is ahead in AI adoption, Japan or Korea?', 'en', 'Japan');
});

test('`일본이랑 한국 중에 … 얘기가 붙었는데요. 어느 쪽이 더 앞서 있다고 하나요?`: a choice asked of nothing named picks among what the clause before offers', () => {
  expectLead(
    '점심 먹다가 일본이랑 한국 중에 AI 도입이 어디가 더 빠르냐로 얘기가 붙었는데요 ㅋㅋ 기사 기준으로 보면 어느 쪽이 더 앞서 있다고 하나요?',
    'ko',
    '일본',
  );
});

test('`보조금 4500억엔 맞음?? 너무 큰데`: a remark closed by -ㄴ데 after a question is no question of its own', () => {
  // (Japan's data-centre subsidy is up to 450억 엔: the claim is set right)
  const answer = ask('보조금 4500억엔 맞음?? 너무 큰데');
  expect(answer.kind === 'facts' ? answer.verdict?.kind : undefined).toBe('no');
  expect(said(answer)).toContain('450억');
});

test('`이랜서는 일본에서 뭐 하려는 거임?`: 하다 with an ending of what one means to do is still 하다', () => {
  // (Elancer is preparing projects with some 50 companies and institutions in Japan)
  expect(readVerb(engine.lexicon.grammar, '하려는').map((r) => r.lemma)).toContain('하다');
  expectSays('이랜서는 일본에서 뭐 하려는 거임?', '50여');
});

test('`미국 빅테크 투자 168억달러 맞아?`: a country bare before a word for companies says whose they are, not where it went', () => {
  // (US big tech announced 186억 달러 of investment in Japan)
  const answer = ask('미국 빅테크 투자 168억달러 맞아?');
  expect(answer.kind === 'facts' ? answer.verdict?.kind : undefined).toBe('no');
  expect(firstLine(answer, 'ko')).toContain('186억');
});

test('`what did the writer think? is she happy …`: he or she after the author named points at the author, not at an earlier answer', () => {
  expect(ask('what did the writer think? is she happy about korean companies going to japan').kind).not.toBe(
    'clarify',
  );
});

test('`이창수대표가 말한거 요약하면 … 태도가 어떻다는 거임`: what a person named said, asked with a verb of saying, is their words, whatever the question calls them', () => {
  // (Lee Chang-soo: Japan is now very eager to embrace AI)
  expectSays('이창수대표가 말한거 요약하면 일본이 AI 받아들이는 태도가 어떻다는 거임', '적극적');
});

test('`발표 준비하는데, A랑 B 두 개만 알려줘 🙏`: a clause of background before the questions, and emoji after them, do not keep them together', () => {
  const parts = messageParts(
    engine,
    '다음 주 발표 주제가 한국 스타트업 해외진출이라서 이 기사 쓰려고 하는데, 올거나이즈 매출에서 일본 비중이랑 빅테크 일본 투자 총액 두 개만 알려줘 🙏',
  ).parts;
  expect(parts).toHaveLength(2);
  // (Allganize earns about 70% in Japan; US big tech announced 186억 달러 for Japan)
  expectSays(
    '다음 주 발표 주제가 한국 스타트업 해외진출이라서 이 기사 쓰려고 하는데, 올거나이즈 매출에서 일본 비중이랑 빅테크 일본 투자 총액 두 개만 알려줘 🙏',
    '70%',
    '186억',
  );
});

test('`리벨리온 일본 어디에 자리잡았어?`: settling somewhere is setting up there', () => {
  // (Rebellions set up its first overseas subsidiary in Tokyo)
  expectLead('리벨리온 일본 어디에 자리잡았어?', 'ko', '도쿄');
});

test('`…친구가 중국 얘기도 나온다고 하더라고요. 기사에서 중국은 어떤 방식으로 …?`: a country named in the background and again as what the question is about is the question’s own', () => {
  // (China grows fast through state-led, large-scale AI investment and use of data)
  expectSays(
    '일본 얘기만 있는 줄 알았는데 친구가 중국 얘기도 나온다고 하더라고요. 애가 중국어도 조금 할 줄 알아서 궁금해졌어요. 기사에서 중국은 어떤 방식으로 AI를 키우고 있다고 했나요?',
    '국가 주도',
  );
});

test('`…이해가 안 가서요… 한국 AI 산업 위기라고 한 이유를 정리하면?`: an ellipsis ends a sentence, and the reasons of what the part of reasons does not speak of are not those it gives', () => {
  // (Korea's AI industry may be in crisis between its neighbours: China grows fast as well as Japan)
  expectSays(
    '한국이 IT 강국이라면서 왜 AI에선 밀린다는 건지 잘 이해가 안 가서요… 기사에서 한국 AI 산업 위기라고 한 이유를 정리하면 뭐예요?',
    '중국',
  );
  expect(engine.lexicon.sentenceEnd.test('안 가서요… 기사에서')).toBe(true);
});

test('`일본 쪽으로 간 한국 AI 회사들 전부 나열해봐 법인이든 오피스든`: two words each closed by -든 say it does not matter which, and narrow nothing', () => {
  // (the Korean companies going to Japan: 리벨리온, 올거나이즈, 이랜서, 업스테이지, 뤼튼테크놀로지스, 파인더스AI, 피처링, 채널톡)
  expectSays(
    '일본 쪽으로 간 한국 AI 회사들 전부 나열해봐 법인이든 오피스든',
    '올거나이즈',
    '이랜서',
    '뤼튼테크놀로지스',
  );
});

test('`AI 도입은 일본이 빨라 한국이 빨라?`: the same verb after two subjects offers the subjects to pick from, and the one measured against is not it', () => {
  // (Lee Chang-soo: Japan's AI adoption is far ahead of Korea's)
  const answer = ask('AI 도입은 일본이 빨라 한국이 빨라?');
  expect(answer.kind === 'facts' ? answer.verdict : undefined).toBeUndefined();
  expect(firstLine(answer, 'ko')).toBe('일본');
});

test('`올거나이즈가 뭐 하는 회사인지만`, `what’s their business?`: what a company does, asked with a copula and 만, or of its business', () => {
  // (Allganize provides AI solutions to businesses; Rebellions is an AI chip start-up)
  expectSays('ㅇㅋ 그럼 올거나이즈가 뭐 하는 회사인지만', '솔루션');
  expectSays("And Rebellions, what's their business?", 'semiconductor');
});

test('`일본이 어떤 단계를 건너뛰어 어디로 간다고 나와요?`: a stage done something to is what is asked of, not the kind of answer', () => {
  // (Japan skips the middle step of digital transformation (DX) and goes straight to AI transformation (AX))
  expectSays('일본이 어떤 단계를 건너뛰어 어디로 간다고 나와요?', 'AI 전환');
  // (`갔거나`: the past stem of 가다 joined by -거나)
  expect(readVerb(engine.lexicon.grammar, '갔거나').map((r) => r.lemma)).toContain('가다');
});

test('`How big is the data-center subsidy?` after why big tech chose Japan: two of the article’s nouns, asked of, are a question of their own', () => {
  // (Japan subsidises data-centre construction by up to 450억 엔)
  const { answer } = conversation(
    'Quick one: which US big tech firms picked Japan as their Asian AI hub?',
    'And why did they choose Japan?',
    'How big is the data-center subsidy?',
  );
  expect(answerFound(answer)).toBe(true);
  expect(said(answer)).toContain('450억');
});

test('`아 근데 글쓴이는 이 현상 어떻게 보는 거예요? 긍정적?`, `글쓴이 본인 감정은 어떤 느낌?`: how the author sees it, in any verb or word of feeling, is their view of what the question speaks of', () => {
  // (the author: going abroad may be a natural choice for a company, but a great loss for Korea's AI industry)
  expectSays('아 근데 글쓴이는 이 현상 어떻게 보는 거예요? 긍정적?', '손실');
  expect(answerFound(ask('글쓴이 본인 감정은 어떤 느낌?'))).toBe(true);
});
