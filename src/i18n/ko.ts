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
