import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  type Answer,
  answer,
  answerFound,
  buildEngine,
  type Engine,
  shownFacts,
} from '../src/engine/engine.ts';
import { loadKnowledgeBase } from '../src/knowledge/loader.ts';
import { nounStems, readLightVerb, readVerb, sinoKoreanNumber, vowelSlips } from '../src/language/korean.ts';
import { Lexicon, loadGeneralLexicon } from '../src/language/lexicon.ts';
import { understand, type Vocabulary } from '../src/language/understand.ts';
import { questionLanguage } from '../src/render/payload.ts';
import { createKnowledgeService } from '../src/service.ts';
import { tempDir, writeJson } from './fixtures/mini-knowledge.ts';

let engine: Engine;
let vocabulary: Vocabulary;

beforeAll(async () => {
  const result = await loadKnowledgeBase('knowledge');
  if (!result.ok) throw new Error('the knowledge base does not load');
  engine = buildEngine(result.kb);
  vocabulary = {
    hasWord: (w) => engine.facts.hasWord(w),
    knows: (w) => engine.facts.knows(w),
    isName: (t) => engine.entities.exactMatches(t).length > 0,
    isJoinedKeyword: (w) => engine.facts.isJoinedKeyword(w),
    spelledBy: (initials) => engine.facts.spelledBy(initials),
    resemblesName: (w) => engine.entities.search(w, { limit: 1 }).length > 0,
  };
});

const ask = (text: string): Answer => answer(engine, { kind: 'ask', text });

describe('Korean verbs in any conjugation, found from the dictionary form', () => {
  // Each pair is Korean grammar: the past, adnominal and chat forms of the verb, irregular ones included.
  test.each([
    ['세웠어', '세우다'],
    ['세운', '세우다'],
    ['차린', '차리다'],
    ['차렸대', '차리다'],
    ['연', '열다'], // ㄹ drops before ㄴ
    ['열었어', '열다'],
    ['둔', '두다'],
    ['뒀어', '두다'],
    ['냈어', '내다'],
    ['깎아줌', '깎다'], // 아/어 form + the auxiliary 주다 + ㅁ
    ['옮겼대', '옮기다'],
    ['쏟겠다고', '쏟다'],
    ['합치면', '합치다'],
    ['달라요', '다르다'], // 르-irregular
    ['이끄는', '이끌다'],
    ['쉬운가요', '쉽다'], // ㅂ-irregular
    ['올라온', '올라오다'],
    ['지으면', '짓다'], // ㅅ-irregular before 으
    ['되시나요', '되다'], // the honorific 시
    ['아시는', '알다'], // 시 on a stem whose ㄹ drops
    ['쏟아붓기로', '쏟아붓다'],
    ['했던가', '하다'], // a one-syllable past stem asked whether it was so
    ['갔던가요', '가다'],
    ['했다던데', '하다'], // what was said of the past
    ['갔다면서', '가다'],
    ['했던', '하다'], // a one-syllable past stem before the retrospective 던
    ['갔던', '가다'],
    ['했었던', '하다'],
    ['옮긴건데', '옮기다'], // the bound noun 거 and -ㄴ데 run on
    ['옮긴거임', '옮기다'],
  ])('%s → %s', (word, lemma) => {
    expect(readVerb(engine.lexicon.grammar, word).map((r) => r.lemma)).toContain(lemma);
  });

  test.each([
    ['진출했어', '진출'],
    ['진출햇어', '진출'], // ㅆ typed as ㅅ
    ['감면해줌', '감면'],
    ['설립됐대', '설립'],
    ['투자한다고', '투자'],
  ])('%s is the verbal noun %s with its light verb', (word, noun) => {
    expect(readLightVerb(engine.lexicon.grammar, word)?.noun).toBe(noun);
  });

  // (`발음`: not 바다, a noun of the lists that ends in 다)
  test.each(['주가는', '감면', '내수', '법인', '해외', '아시아', '발음'])('%s is no verb', (word) => {
    expect(readVerb(engine.lexicon.grammar, word)).toEqual([]);
  });
});

describe('what a question asks for', () => {
  test.each([
    ['리벨리온 대표 누구임?', 'person'],
    ['일본 법인세 몇 퍼 깎아줌?', 'amount'],
    ['리벨리온이 처음으로 외국에 지사 차린 도시가 어디야?', 'place'],
    ['노무라증권이랑 거래하는 한국 회사는?', 'which'],
    ['which company relocated its HQ from Korea to Japan?', 'which'],
    ['인프라는 한국이랑 일본이 어떻게 달라요?', 'compare'],
    ['왜 한국 AI 기업들이 일본으로 가?', 'reason'],
    ['채널톡도 일본 갔어?', 'yesno'],
    ['Did Elancer set up a Japanese subsidiary?', 'yesno'],
    ['박성현 대표는 뭐라고 했어?', 'said'],
  ])('%s → %s', (question, type) => {
    expect([...understand(question, engine.lexicon, vocabulary).types]).toContain(type);
  });

  test('the unit of a how-much question: 몇 퍼 → percent, 몇 명 → people, 몇 엔 → yen', () => {
    expect(understand('몇 퍼 깎아줌?', engine.lexicon, vocabulary).unit).toBe('percent');
    expect(understand('이랜서 프리랜서 몇 명이야?', engine.lexicon, vocabulary).unit).toBe('people');
    expect(understand('보조금 몇 엔이야?', engine.lexicon, vocabulary).unit).toBe('yen');
  });

  test('언제부터 asks for a start, 언제까지 for an end', () => {
    expect(understand('법인세 감면 언제부터야?', engine.lexicon, vocabulary).timeBound).toBe('start');
    expect(understand('법인세 감면 언제까지야?', engine.lexicon, vocabulary).timeBound).toBe('end');
  });

  test('words typed without spaces are read as the words of the facts and names', () => {
    const heads = understand('리벨리온일본법인어디에세웠어', engine.lexicon, vocabulary).terms.map(
      (t) => t.head,
    );
    expect(heads).toEqual(expect.arrayContaining(['리벨리온', '일본', '법인', '어디', '세우다']));
  });

  test('background before the question is marked, the question part is not', () => {
    const { terms } = understand(
      '요즘 한국 AI 회사들 일본 간다던데 그 중에 반도체 회사 하나 있잖아 거기 대표가 뭐라고 했어?',
      engine.lexicon,
      vocabulary,
    );
    expect(terms.find((t) => t.head === '반도체')?.background).toBe(true);
    expect(terms.find((t) => t.head === '대표')?.background).toBe(false);
  });

  test('free text is answered in its own language: Hangul in Korean, English in English, else the user’s', () => {
    expect(questionLanguage('리벨리온 대표는 누구야?', 'en-US')).toBe('ko');
    expect(questionLanguage('Who runs Rebellions?', null)).toBe('en');
    // English is answered in English whatever the user's Discord language; Korean in Latin letters
    // follows it.
    expect(questionLanguage('Who runs Rebellions?', 'ko')).toBe('en');
    expect(questionLanguage('rebellions daepyo nugu', 'ko')).toBe('ko');
  });
});

/** The entities an answer names first (`→ 올거나이즈`), for who and which. */
const leadIds = (a: Answer) =>
  a.kind === 'facts' && a.lead.kind === 'entities' ? a.lead.entities.map((e) => e.id) : [];

/** The examples, with what the article says (or that it does not say it). */
describe('questions as people type them', () => {
  const answered = (a: Answer) => (a.kind === 'facts' ? a.facts.map((f) => f.fact.text.ko).join(' ') : '');

  test.each([
    ['리벨리온 대표 누구임?', '박성현'],
    ['일본 법인세 몇 퍼 깎아줌?', '30%'],
    ['리벨리온이 처음으로 외국에 지사 차린 도시가 어디야?', '도쿄'],
    ['노무라증권이랑 거래하는 한국 회사는?', '올거나이즈'],
    ['이창수 대표가 이끄는 회사는?', '올거나이즈'],
    ['리벨리온일본법인어디에세웠어', '도쿄'],
    ['인프라는 한국이랑 일본이 어떻게 달라요?', '재생에너지'],
    ['미국 테크 공룡들이 일본에 쏟겠다고 한 돈 합치면 얼마?', '186억'],
  ])('%s → %s', (question, expected) => {
    const result = ask(question);
    expect(result.kind).toBe('facts');
    expect(answered(result)).toContain(expected);
  });

  test('what is set apart is not the answer: Besides Rebellions, which company opened an office in Tokyo?', () => {
    const result = ask('Besides Rebellions, which company opened an office in Tokyo?');
    expect(leadIds(result)).toEqual(['upstage']);
  });

  test('the article’s own date: 이 글 언제 올라온 거예요?', () => {
    const result = ask('이 글 언제 올라온 거예요?');
    expect(result.kind === 'article' && result.article.date).toBe('2025-04-04');
  });

  test('a claim the article says otherwise of is answered no, with what it says and whose the claim is', () => {
    // Upstage opened an office in Tokyo; it was Allganize that moved its headquarters.
    const result = ask('업스테이지가 본사를 일본으로 옮겼다며?');
    expect(result.kind === 'facts' && result.verdict?.kind).toBe('no');
    expect(result.kind === 'facts' && result.facts.map((f) => f.fact.id)).toEqual([
      'upstage-tokyo-office',
      'allganize-hq-moved-to-japan',
    ]);
  });

  test.each([
    // Japan's data center subsidy is up to 45 billion yen.
    ['일본 데이터센터 보조금 최대 1000억 엔이라며?', 'figures', '45000000000 JPY'],
    // Allganize moved its headquarters to Japan.
    ['Is it true Allganize moved its headquarters to Singapore?', 'places', 'Japan'],
    // About 70% of Allganize's revenue is from its Japanese subsidiary.
    ['Allganize makes like 90% of its revenue in Japan?', 'figures', '70 percent'],
  ])(
    'a claim with another figure or place than the article’s is corrected: %s',
    (question, kind, correct) => {
      const result = ask(question);
      expect(result.kind === 'facts' && result.verdict?.kind).toBe('no');
      const correction = result.kind === 'facts' ? result.verdict?.correction : undefined;
      expect(correction?.kind).toBe(kind);
      const said =
        correction?.kind === 'figures'
          ? correction.figures.map((f) => `${f.value} ${f.unit}`)
          : correction?.kind === 'places'
            ? correction.places.map((p) => p.en)
            : [];
      expect(said).toContain(correct);
    },
  );

  test.each([
    ['채널톡도 일본 갔어?', 'yes'],
    ['2023년 해외 VC 국내 투자가 2021년보다 늘었지?', 'no'], // it fell
    ['채널톡은 일본 법인 이미 세웠지?', 'no'], // it is still working on one
    ['박우진 대표가 올거나이즈 대표죠?', 'no'], // he runs Elancer
  ])('yes or no in the article’s words: %s → %s', (question, verdict) => {
    const result = ask(question);
    expect(result.kind === 'facts' && result.verdict?.kind).toBe(verdict);
  });

  test.each([
    ['삼성전자도 일본에 AI 법인 세웠어?', '삼성전자'],
    ['프랑스는 AI 산업 어떻게 지원해?', '프랑스'],
    ['네이버는 일본에서 뭐 해?', '네이버'],
    ['What did Samsung do in Japan?', 'samsung'],
    ['사카나AI 얘기도 나와?', '사카나'],
  ])('a name the article does not know: %s', (question, name) => {
    const result = ask(question);
    expect(result.kind).toBe('not-found');
    expect(result.kind === 'not-found' && result.unknown?.join(' ')).toContain(name);
  });

  test.each([
    ['Did Meta also announce an investment in Japan?', 'meta'], // a capital inside the sentence: a name
    ['ㅍㄹㅇㅅ AI도 일본 감?', 'ㅍㄹㅇㅅ'], // initials of no name the article has
  ])('a name written as names are written: %s', (question, name) => {
    const result = ask(question);
    expect(result.kind).toBe('not-found');
    expect(result.kind === 'not-found' && result.unknown?.join(' ')).toContain(name);
  });

  test.each([
    ['리벨리온도 일본 증시 상장 준비 중이야?', 'allganize'], // the article says so of 올거나이즈 only
    ['채널톡도 프리랜서 41만명 데리고 있음?', 'elancer'], // 41만 freelancers are 이랜서's
  ])('a claim that is another company’s is not covered, and says whose it is: %s', (question, owner) => {
    const result = ask(question);
    expect(answerFound(result)).toBe(false);
    expect(result.kind === 'partial' && result.saidOf?.map((e) => e.id)).toContain(owner);
  });

  test('a claim of the same kind about the subject is answered no, with what the article says of it', () => {
    // Rebellions set up its first overseas subsidiary in Tokyo; the headquarters move is Allganize's.
    const result = ask('리벨리온이 본사를 일본으로 옮긴 거임?');
    expect(result.kind === 'facts' && result.verdict?.kind).toBe('no');
    expect(result.kind === 'facts' && result.facts[0]?.fact.id).toBe('rebellions-tokyo-subsidiary');
  });

  test.each([
    '리벨리온 일본 법인 첫 고객사는 어디야?', // the article names no client of Rebellions
    '업스테이지 대표는 일본 진출 이유를 뭐라고 말했나요?', // nor Upstage's CEO
    '파인더스AI는 무슨 사업을 하는 회사야?', // nor what Finders AI does
    '이랜서 일본 법인은 도쿄에 있어?', // nor where Elancer's subsidiary is
    '일본 법인세 감면 2032년 이후엔 연장돼?', // nor any extension
    '한국 정부는 이 상황에 대해 공식 입장 냈어?', // nor any response of Korea's government
    'Which US president signed the AI executive order mentioned?',
    '박성현 대표 나이가 어떻게 돼?',
    "What's Allganize's total annual revenue in yen or won?", // only a share (70%) is given
  ])('what the article does not say is not answered: %s', (question) => {
    expect(answerFound(ask(question))).toBe(false);
  });

  test.each([
    ['노무라증권이랑 일하는 한국 AI 회사가 어디야?', '올거나이즈'], // the company's own profile says AI
    ['AI Act 만든 데가 어디임', 'AI Act'], // a bloc, not a company
    ['구글 MS AWS 일본 투자액 다 합치면 얼마?', '186억'],
    ['일본 정부가 데이터센터 건설에 주는 보조금 한도는 얼마입니까?', '450억'],
  ])('%s → %s', (question, expected) => {
    const result = ask(question);
    expect(answerFound(result)).toBe(true);
    expect(answered(result)).toContain(expected);
  });

  test.each([
    // Two questions in one message, each answered (Allganize moved its HQ to Japan; its clients
    // include Nomura Securities).
    [
      '올거나이즈 본사는 어디로 옮겼고 대표 고객은 누구야?',
      ['allganize-hq-moved-to-japan', 'allganize-major-clients'],
    ],
    [
      "Who is Rebellions' CEO and where is its first overseas office?",
      ['park-sung-hyun-rebellions-ceo', 'rebellions-tokyo-subsidiary'],
    ],
  ])('two questions in one, each answered in its place: %s', (question, ids) => {
    const result = ask(question);
    expect(result.kind).toBe('multi');
    const parts = result.kind === 'multi' ? result.parts : [];
    expect(parts).toHaveLength(2);
    expect(parts.map((p) => shownFacts(p.answer)[0]?.fact.id)).toEqual(ids);
  });

  test.each([
    ['프리랜서 개발자 40만 넘게 데리고 있는 회사 이름 뭐임', 'elancer'], // 41만 is more than 40만
    ['Which outfit has more than 400k freelance devs on its books?', 'elancer'],
  ])('a lower bound is met by a larger figure: %s', (question, id) => {
    const result = ask(question);
    expect(leadIds(result)).toContain(id);
  });

  test.each([
    'what is the korean government doing about this brain drain? any new law?', // the article reports none
    'how much is the korean govt spending on AI data centers',
    '한국 정부는 이 상황에 대해 공식 입장 냈어?',
    'What is Japan’s total AI budget for 2025?', // `budget` is only in the name of the Budget Office
    '리벨리온 일본 법인의 대표는 누구입니까?', // the subsidiary's head is not named
  ])('what the article does not report is not answered: %s', (question) => {
    expect(answerFound(ask(question))).toBe(false);
  });

  test.each([
    '오픈AI는 일본에 얼마 투자했어?', // 186억 달러 is Google, MS and AWS
    '이랜서 직원 수 몇 명이야?', // 41만 are freelancers, not staff
    'EU AI Act는 언제부터 시행돼?',
    '리벨리온 작년 매출 얼마야?',
    '구글 혼자 일본에 얼마 투자했어?',
  ])('what the article does not say about what it names: %s', (question) => {
    const result = ask(question);
    expect(answerFound(result)).toBe(false);
    expect(result.kind).toBe('partial');
  });
});

describe('chat spellings, numbers in words and words typed together', () => {
  // Sino-Korean numerals are grammar: 이천삼십이 is 2032, 사십만 is 40만.
  test.each([
    ['이천삼십이년까지', '2032년까지'],
    ['삼십퍼센트', '30퍼센트'],
    ['사십만', '40만'],
    ['사십일만명', '41만명'],
    ['사백오십억엔', '450억엔'],
    ['일조팔천삼백십억', '1조8310억'],
  ])('%s → %s', (word, number) => {
    expect(sinoKoreanNumber(word)).toBe(number);
  });

  test.each(['이', '오만', '천만에', '일이', '사장', '이천'])('%s stays a word', (word) => {
    expect(sinoKoreanNumber(word)).toBeUndefined();
  });

  test('a vowel slipped in chat is the word it slipped from: 대퓨 → 대표, 투쟈 → 투자, 세게 → 세계', () => {
    expect(vowelSlips('대퓨')).toContain('대표');
    expect(vowelSlips('투쟈')).toContain('투자');
    expect(vowelSlips('세게')).toContain('세계');
    const heads = understand('리벨리온 대퓨 누구엿지', engine.lexicon, vocabulary).terms.map((t) => t.head);
    expect(heads).toContain('대표');
  });

  test('ㅢ typed for ㅣ, and ㅚ or ㅞ for ㅙ, are slips too: 어듸 → 어디, 웨그래 → 왜그래', () => {
    expect(vowelSlips('어듸')).toContain('어디');
    expect(vowelSlips('웨그래')).toContain('왜그래');
    const { types } = understand('올거나이즈 본사 어듸야', engine.lexicon, vocabulary);
    expect(types.has('place')).toBe(true);
    expect(types.has('yesno')).toBe(false);
  });

  test('a verb typed with 거 is a verb (`깎아주는거` → 깎다), laughter typed onto a word is dropped', () => {
    const { terms } = understand(
      '법인세 삼십퍼센트 깎아주는거 이천삼십이년까지 맞음ㅋㅋ?',
      engine.lexicon,
      vocabulary,
    );
    expect(terms.map((t) => t.head)).toEqual(expect.arrayContaining(['법인세', '30', '깎다', '2032']));
    expect(terms.at(-1)?.role).toBe('question'); // 맞음, with the laughter gone
  });

  test('the unit after a number is split from the word typed after it: 2022년글로벌VC국내투자액', () => {
    const heads = understand('2022년글로벌VC국내투자액', engine.lexicon, vocabulary).terms.map((t) => t.head);
    expect(heads).toEqual(expect.arrayContaining(['2022', '글로벌', 'vc']));
  });

  test('which + a city or a person asks where or who: which Japanese city, which US president', () => {
    expect([
      ...understand('which japanese city did allganize move its hq to', engine.lexicon, vocabulary).types,
    ]).toContain('place');
    expect([
      ...understand('Which US president signed the order?', engine.lexicon, vocabulary).types,
    ]).toContain('person');
  });
});

describe('the knowledge file’s own lexicon', () => {
  test('a set of equivalent words in the knowledge file is understood after a reload', async () => {
    const { dir, cleanup } = await tempDir('kb-lexicon-');
    try {
      const file = path.join(dir, 'korean-ai-startups-japan.json');
      const data = JSON.parse(await readFile('knowledge/korean-ai-startups-japan.json', 'utf8'));
      await writeJson(file, { ...data, lexicon: [] });
      const service = await createKnowledgeService({ dir });
      // 꿀단지 (a honey pot) is no word of the article, nor of the general lexicon.
      const question = { kind: 'ask', text: '일본 데이터센터 꿀단지 얼마야?' } as const;
      expect(answerFound(answer(service.engine, question))).toBe(false);
      await writeJson(file, {
        ...data,
        lexicon: [{ words: ['꿀단지', '보조금'], note: 'slang for subsidy' }],
      });
      expect((await service.reload()).ok).toBe(true);
      const after = answer(service.engine, question);
      expect(after.kind).toBe('facts');
      expect(after.kind === 'facts' && after.facts[0]?.fact.id).toBe('japan-datacenter-subsidy');
    } finally {
      await cleanup();
    }
  });

  test('a set of one word is rejected, naming the file and the JSON path', async () => {
    const { dir, cleanup } = await tempDir('kb-lexicon-');
    try {
      const data = JSON.parse(await readFile('knowledge/korean-ai-startups-japan.json', 'utf8'));
      await writeJson(path.join(dir, 'a.json'), { ...data, lexicon: [{ words: ['꿀단지'] }] });
      const result = await loadKnowledgeBase(dir);
      expect(result.ok).toBe(false);
      const errors = result.ok ? [] : result.errors;
      expect(errors.some((e) => e.path === 'lexicon[0].words' && /two words/.test(e.message))).toBe(true);
    } finally {
      await cleanup();
    }
  });

  test('the general lexicon is valid and merges sets that share a word', () => {
    const lexicon = new Lexicon(loadGeneralLexicon(), [['꿀단지', '보조금']]);
    const set = lexicon.sets.find((s) => s.some((p) => p.join(' ') === '꿀단지'));
    // 보조금 was already in the general set of 지원금 and subsidy: one set now holds them all.
    expect(set?.map((p) => p.join(' '))).toEqual(
      expect.arrayContaining(['보조금', '지원금', 'subsidy', '꿀단지']),
    );
  });
});

describe('the article’s passages as a second source', () => {
  test('a passage no fact covers answers, quoted, when one sentence holds every word asked', async () => {
    const { dir, cleanup } = await tempDir('kb-passage-');
    try {
      const data = JSON.parse(await readFile('knowledge/korean-ai-startups-japan.json', 'utf8'));
      data.passages.push({
        id: 'p46',
        kind: 'paragraph',
        text: '업스테이지의 도쿄 오피스는 시부야에 있어요.',
        en: "Upstage's Tokyo office is in Shibuya.",
      });
      await writeJson(path.join(dir, 'a.json'), data);
      const result = await loadKnowledgeBase(dir);
      if (!result.ok) throw new Error('does not load');
      const withPassage = buildEngine(result.kb);
      const reply = answer(withPassage, { kind: 'ask', text: '업스테이지 도쿄 오피스 시부야에 있어?' });
      expect(reply.kind).toBe('passage');
      expect(reply.kind === 'passage' && reply.passage.id).toBe('p46');
      // Without that passage the article does not say it: the reply does not confirm Shibuya, it says
      // so and shows what the article says of Upstage's office.
      const without = ask('업스테이지 도쿄 오피스 시부야에 있어?');
      expect(answerFound(without)).toBe(false);
      expect(without.kind === 'partial' && without.facts.map((f) => f.fact.id)).toContain(
        'upstage-tokyo-office',
      );
    } finally {
      await cleanup();
    }
  });
});

describe('what a question asks of, and what the article cannot answer', () => {
  const said = (a: Answer) => (a.kind === 'facts' ? a.facts.map((f) => f.fact.text.ko).join(' ') : '');

  // Each expected answer is the article's; each question after `not` asks what the article does not say.
  test.each([
    ['이랜서 프리랜서 몇 명?', '41만'], // counted: freelancers, the figure's own label
    ['올거나이즈 매출에서 일본 비중 얼마나 돼?', '70%'], // a share, asked as a share
    ['ㅇㄹㅅ 프리랜서 몇만명이라고? ㅋㅋ 엄청많네', '41만'], // a remark after the question
    ['이랜서 41만이 직원이야 프리랜서야?', '프리랜서'], // alternatives: the one the article has
    ['ㅇㄹㄴㅇㅈ 대표 누구?', '이창수'], // five initials, one slipped
    ['도쿄에 오피스 연 회사 어디였지? 리벨리온 말고', '업스테이지'], // a qualifier after the question
    ['2022년 수치는요? 글로벌 VC 국내 벤처투자액', '6097억'],
  ])('%s → %s', (question, expected) => {
    const result = ask(question);
    expect(result.kind).toBe('facts');
    expect(said(result)).toContain(expected);
  });

  test.each([
    '한국 AI 인재 몇 명이나 일본으로 넘어갔어?', // 41만 count freelancers, not talent that left
    'How many Korean AI startups have moved to Japan in total?',
    '올거나이즈 연 매출 총 얼마야?', // money asked: the 70% share does not answer it
    '일본 재생에너지 비중 몇 %임?', // the share is of revenue, not of renewables
    '일본 보조금 받은 데이터센터 어디어디야', // no data center is named
    '일본 데이터센터 보조금을 실제로 받은 회사는 어디인가요?', // the subsidy names no recipient
    '국내 VC들의 벤처 투자액은 얼마였어? 글로벌 VC 말고', // only global VC is given
    '올거나이즈 미국 법인도 있어?', // its subsidiary is in Japan
    '미국은 AI에 돈 얼마 투자하고 있어?', // 186억 달러 is US big tech's, not the US's
    '이 기사 나온 뒤에 한국 정부가 AI 지원책 새로 발표했어?', // after the article
    '글쓴이는 법인세를 구체적으로 몇 %까지 깎아줘야 한다고 하나요?', // the author gives no figure
    '이랜서 프리랜서 중 일본인 개발자는 몇명이에요', // not counted by country
  ])('not: %s', (question) => {
    expect(answerFound(ask(question))).toBe(false);
  });

  test.each([
    ['트웰브랩스 일본 법인 있어?', '트웰브랩스'], // a long word the article never uses, first
    ['한국벤처캐피탈협회 통계로는 2023년 투자액이 얼마로 나와?', '한국벤처캐피탈협회'], // a body by its ending
    ['Meta도 일본에 투자 발표했어?', 'meta'], // a capitalised Latin word in Korean
  ])('%s names something the article does not know: %s', (question, name) => {
    const result = ask(question);
    expect(result.kind).toBe('not-found');
    expect(result.kind === 'not-found' && result.unknown).toContain(name);
  });
});

test('a copula contracted onto a noun that ends in a vowel (`문젠데` for 문제인데, `이윤가` for 이유인가) leaves the noun', () => {
  const grammar = engine.lexicon.grammar;
  expect(nounStems(grammar, '문젠데')).toContain('문제');
  expect(nounStems(grammar, '이윤가요')).toContain('이유');
  // (a syllable with another final, or none, is no contraction)
  expect(nounStems(grammar, '보조금데')).not.toContain('보조그');
  const { terms } = understand('한국은 뭐가 문젠데', engine.lexicon, vocabulary);
  expect(terms.find((t) => t.surface === '문젠데')?.head).toBe('문제');
});

test('a final consonant typed apart (`대표 이르ㅁ`) is put back on its syllable when that makes a known word; chat letters (`정리ㄱ`) stay apart', () => {
  const heads = (text: string) => understand(text, engine.lexicon, vocabulary).terms.map((t) => t.head);
  expect(heads('이랜서 대표 이르ㅁ')).toContain('이름');
  expect(heads('정리ㄱ')).not.toContain('정릭');
  expect(answerFound(ask('e-lancer 대표 이르ㅁ'))).toBe(true);
});

test('a noun typed onto the question word after it (`최대몇퍼임`, `대표누구야`) reads as both words', () => {
  const heads = (text: string) => understand(text, engine.lexicon, vocabulary).terms.map((t) => t.head);
  expect(heads('법인세감면 최대몇퍼임')).toContain('최대');
  expect(understand('법인세감면 최대몇퍼임', engine.lexicon, vocabulary).unit).toBe('percent');
  expect(heads('리벨리온대표누구야')).toEqual(expect.arrayContaining(['대표', '누구']));
  expect(answerFound(ask('법인세감면 최대몇퍼임'))).toBe(true);
});
