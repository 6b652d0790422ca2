import { josa } from 'es-hangul';
import type { Catalogue } from './catalogue.ts';

const MONEY_SCALE: Record<number, string> = {
  1: '',
  1e4: '만 ',
  1e6: '백만 ',
  1e8: '억 ',
  1e9: '십억 ',
  1e12: '조 ',
};
const CURRENCY = { KRW: '원', JPY: '엔', USD: '달러' } as const;

export const ko: Catalogue = {
  chart: {
    year: (year) => `${year}년`,
    subtitle: (subjects, unit) => [...subjects, `단위: ${unit}`].join(' · '),
    source: (reporters, article, paragraphs) =>
      `출처: ${[...reporters, `${article} 문단 ${paragraphs.join(', ')}`].join(' · ')}`,
    altText: (title, subjects, points, source) =>
      `막대 그래프: ${title}${subjects.length ? ` (${subjects.join(', ')})` : ''}. ${points.join(', ')}. ${source}`,
    choice: (title, subjects, span) =>
      `${title}${subjects.length ? ` — ${subjects.join(', ')}` : ''}${span ? ` (${span})` : ''}`,
    listTitle: '그래프로 볼 수 있는 수치',
    listIntro: (count) =>
      `지식 베이스에서 그래프로 그릴 수 있는 수치가 ${count}개 있어요. \`/chart\`로 골라 보세요.`,
    listMore: (count) => `…외 ${count}개 (이름을 입력하면 자동 완성돼요)`,
    listEmpty: '지식 베이스에 그래프로 그릴 만한 수치(여러 해에 걸친 같은 수치나 견줄 만한 금액)가 없어요.',
    unknownSeries: (typed) =>
      `“${typed}”에 해당하는 그래프가 없어요. \`/chart\`만 입력하면 전체 목록을 볼 수 있어요.`,
    off: '이 봇에서는 그래프가 꺼져 있어요.',
    seriesTitle: '수치',
  },
  units: {
    percent: '%',
    people: '명',
    organizations: '곳',
    companies: '곳',
    money: (currency, scale) => `${MONEY_SCALE[scale] ?? ''}${CURRENCY[currency]}`,
  },
  feedback: {
    helpful: '도움이 됐어요',
    notHelpful: '아니에요',
    thanksHelpful: '고마워요! 도움이 됐다니 다행이에요.',
    thanksNotHelpful:
      '알려 줘서 고마워요. 질문과 보여 드린 내용을 기록해 두었어요. 지식 베이스를 고치는 데 쓸게요.',
    alreadyVoted: '이 답에는 이미 의견을 남기셨어요.',
    off: '고마워요! (이 봇은 의견을 기록하지 않도록 설정돼 있어요.)',
  },
  askMessage: {
    postButton: '채널에 올리기',
    noTextTitle: '물어볼 글이 없어요',
    noText:
      '이 메시지에는 글이 없어요 (비어 있거나 그림·파일만 있어요). 글로 된 질문이 있는 메시지에서 써 주세요.',
    posted: '채널에 올렸어요.',
  },
  answer: {
    yes: '네',
    no: '아니요',
    says: (what) => `기사에 따르면: ${what}`,
    accordingTo: (what) => `기사에 따르면 ${what}`,
    asked: (question) => `↪ ${question}`,
    personWithRole: (name, role) => `${name} (${role})`,
    paragraph: (id, section) => `문단 ${id}${section ? ` · ${section}` : ''}`,
    fromPassage: '기사 본문에 이렇게 나와요:',
    partNotCovered: '기사에 없는 내용이에요',
    summaryTitle: (of) => `요약: ${of}`,
    listTitle: (kind, count) => {
      const [noun, counter] = {
        companies: ['회사', '곳'],
        people: ['인물', '명'],
        countries: ['나라·지역', '곳'],
        figures: ['수치', '개'],
        reasons: ['이유', '가지'],
        measures: ['정책·지원책', '가지'],
        rows: ['비교표 항목', '개'],
      }[kind];
      return `${noun} ${count}${counter}`;
    },
    compareTitle: (names) => names.join(' vs '),
    sideNotSaid: '기사에 이 점에 대한 내용이 없어요.',
  },
  card: {
    kinds: {
      profile: '개요',
      'japan-move': '일본 진출',
      policy: '정책',
      statistic: '통계',
      quote: '발언',
      comparison: '한국과 일본 비교',
      reason: '이유',
      trend: '흐름',
      reaction: '반응',
      opinion: '글쓴이의 의견',
    },
    figures: '수치',
    sources: '기사 속 출처',
    people: '인물',
    company: '소속',
    policy: 'AI 정책',
    aspect: '구분',
    articleTitle: '이 기사',
    fields: { date: '게시일', author: '글쓴이', title: '제목', category: '분류' },
    aboutTitle: '이 봇이 아는 것',
    aboutIntro: (articles) =>
      `이 봇은 아래 기사의 내용만으로 답해요. 기사에 없는 내용은 없다고 말하고, 지어내지 않아요.\n\n${articles}`,
    knowledge: '지식 베이스',
    counts: (c) => `기사 ${c.articles} · 항목 ${c.entities} · 사실 ${c.facts} · 문단 ${c.passages}`,
    howToAsk: '물어보는 법',
    howToAskExamples:
      '`/company 리벨리온` 회사\n`/policy 일본` 나라별 AI 정책\n`/compare` 한국과 일본 비교\n`/ask 일본 법인세 감면은 언제까지야?`\n봇을 멘션하고 질문해도 돼요. 봇의 답에 답장하면 이어서 물어볼 수 있어요.',
  },
  refusal: {
    notFoundTitle: '기사에서 찾지 못했어요',
    partialTitle: '기사에 없는 내용이에요',
    saysInstead: '대신 기사가 말하는 것',
    didYouMean: '혹시 이것을 찾으셨나요?',
    notSaid: (subject, what) =>
      what
        ? `기사는 ${subject}에 대해 “${what}”${josa(what, '을/를').slice(what.length)} 말하지 않아요.`
        : `기사는 ${subject}에 대해 그 내용을 말하지 않아요.`,
    saidOf: (owners) => `그건 ${owners}에 대한 내용이에요.`,
    kinds: {
      person: '누구인지',
      time: '시기',
      amount: '수치',
      place: '장소',
      which: '어느 회사인지',
      profile: '무슨 일을 하는 곳인지',
    },
    unknownCompany: (q) => `${q}: 이 기사에 나오는 회사가 아니에요.`,
    unknownPolicy: (q) => `${q}: 이 기사는 일본, 한국, 미국, EU, 중국의 AI 정책만 다뤄요.`,
    noComparison: '비교표가 지식 베이스에 없어요.',
    notCovered: (q) =>
      `${q}에 대한 내용은 이 기사에 없어요. 기사에 나오는 회사, 인물, 정책, 수치에 대해 물어봐 주세요.`,
    emptyQuestion: '질문을 적어 주세요. 예: `일본 법인세 감면은 언제까지야?`',
    unknownNames: (names) => `${names.join(', ')}: 기사에 나오지 않아요.`,
  },
  notice: {
    unknownCommandTitle: '알 수 없는 명령어예요',
    unknownCommand: (typed, list) => `\`/${typed}\` 대신 ${list} 중 하나를 써 주세요.`,
    userErrorTitle: '할 수 없어요',
    errorTitle: '문제가 생겼어요',
    error: '답을 보내는 중에 오류가 났어요. 잠시 뒤에 다시 해 주세요.',
  },
  misses: {
    notFoundTitle: '기사에서 찾지 못한 질문',
    notHelpfulTitle: '도움이 안 됐다는 답 (👎)',
    notHelpfulEmpty: '아직 도움이 안 됐다는 의견이 없어요.',
    notHelpfulOff: '의견 기록이 꺼져 있어요 (`FEEDBACK_LOG=off`).',
    notHelpfulFooter: '답이 틀렸거나 부족했던 질문: 사실이나 별칭을 고치는 데 쓰세요',
    votes: (up, down, voters) => `👍 ${up} · 👎 ${down} · ${voters}명이 의견을 남겼어요`,
    times: (count, users) => `${count}회 · ${users}명`,
    shown: '보여 준 내용',
  },
};
