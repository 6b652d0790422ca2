import { josa } from 'es-hangul';
import type { FoundBy } from '../import/candidates.ts';
import type { ImportProblem } from '../import/problems.ts';
import { formatKnowledgeError } from '../knowledge/loader.ts';
import type { Catalogue } from './catalogue.ts';
import { durationParts } from './duration.ts';
import { koreanAmount } from './numbers.ts';

const MONEY_SCALE: Record<number, string> = {
  1: '',
  1e4: '만 ',
  1e6: '백만 ',
  1e8: '억 ',
  1e9: '십억 ',
  1e12: '조 ',
};
const CURRENCY = { KRW: '원', JPY: '엔', USD: '달러' } as const;
const CHART_NUMBER = new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 2 });
const NUMBER = new Intl.NumberFormat('ko-KR');
const n = (value: number) => NUMBER.format(value);
/** The counter word after a figure; a bare count has none. */
const COUNTER = { people: '명', organizations: '개', companies: '개', count: '' } as const;

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
    tableSays: (row) => `표에는 “${row}”`,
    asked: (question) => `↪ ${question}`,
    personWithRole: (name, role) => `${name} (${role})`,
    figureOfYear: (year, figure) => `${year}년 ${figure}`,
    paragraph: (id, section) => `문단 ${id}${section ? ` · ${section}` : ''}`,
    original: (sentence) => `원문: “${sentence}”`,
    fromPassage: '기사 본문에 이렇게 나와요:',
    partNotCovered: '기사에 없는 내용이에요',
    computed: (op, value, percent, year) =>
      op === 'sum'
        ? `합계 ${value}`
        : op === 'max' || op === 'min'
          ? `가장 ${op === 'max' ? '많은' : '적은'} 해: ${year}년 (${value})`
          : `${value} ${op === 'fall' ? '감소' : '증가'}${percent === undefined ? '' : ` (${percent}%)`}`,
    sizeLine: (asked, name, mine, theirs) =>
      asked === 'larger'
        ? `더 큰 쪽: **${name}** — ${mine} > ${theirs}`
        : `더 작은 쪽: **${name}** — ${mine} < ${theirs}`,
    ratio: (times) => `약 ${times}배`,
    summaryTitle: (of) => `요약: ${of}`,
    articleSummaryTitle: '기사 요약',
    listTitle: (kind, count) => {
      const [noun, counter] = {
        companies: ['회사', '곳'],
        people: ['인물', '명'],
        countries: ['나라·지역', '곳'],
        figures: ['수치', '개'],
        years: ['연도', '개'],
        reasons: ['이유', '가지'],
        measures: ['정책·지원책', '가지'],
        rows: ['표 항목', '개'],
      }[kind];
      return `${noun} ${count}${counter}`;
    },
    compareTitle: (names) => names.join(' vs '),
    sideNotSaid: '기사에 이 점에 대한 내용이 없어요.',
    clarifyTitle: (person) => (person ? '누구를 말씀하시는 거예요?' : '어느 회사를 말씀하시는 거예요?'),
    clarify:
      '이 질문은 앞에서 말한 것을 가리키는데, 이어지는 대화가 없어요. 아래에서 고르면 그것에 대해 답할게요. 봇의 답에 답장으로 물으면 그 답에 이어서 답해요.',
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
    onlyTogether: (owners) => `기사에는 ${josa(owners, '을/를')} 합친 수치만 나와요.`,
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
    slowDownTitle: '잠시만요',
    slowDown: (seconds) => `질문이 너무 빨라요. ${seconds}초 뒤에 다시 물어봐 주세요.`,
    entryGone: '그 항목은 이제 지식 베이스에 없어요.',
    questionGone: '이 버튼이 답할 질문을 찾지 못했어요. 질문을 다시 보내 주세요.',
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
    notFoundOff: '못 찾은 질문 기록이 꺼져 있어요 (`MISS_LOG=off`).',
    notFoundEmpty: '아직 못 찾은 질문이 없어요.',
    notFoundFooter: '지식 베이스에 추가할 내용을 찾는 데 쓰세요',
  },
  import: {
    doneTitle: '기사를 초안으로 가져왔어요',
    failedTitle: '가져오지 못했어요: 지식 베이스는 그대로예요',
    added: (s) =>
      `문단 ${s.passages} · 사실 ${s.facts} · 수치 ${s.figures} · 항목 ${s.entities.created} (지식 베이스의 기존 항목 ${s.entities.reused}) · 섹션 ${s.sections}${s.comparisons ? ` · 표 ${s.comparisons}` : ''}`,
    addedField: '추가한 내용',
    reviewField: '검토할 것',
    review: (s) =>
      `초안 항목 ${s.drafts}개: 하나씩 확인하고 \`"draft": true\`를 지워 주세요 (\`npm run kb:check\`가 위치를 알려 줘요). 아직 번역이 없어서 영어 질문에도 한국어로 답해요.`,
    candidatesField: '찾은 항목',
    foundBy: (how) => FOUND_BY[how],
    note: (note) =>
      note.kind === 'no-author'
        ? '글쓴이를 찾지 못해 "author"를 "unknown"으로 두었어요.'
        : note.kind === 'no-date'
          ? `날짜를 찾지 못해 "date"를 가져온 날(${note.date})로 두었어요.`
          : '분류를 찾지 못해 "category"를 "기타"로 두었어요.',
    unlinked: (count) => `아는 항목이 나오지 않는 문장 ${count}개는 사실로 만들지 않고 문단으로만 두었어요.`,
    previous: (s) =>
      s.previous === 'replaced'
        ? '있던 파일을 새로 바꿨어요.'
        : s.previous === 'merged'
          ? `기존 초안 위에 다시 가져왔어요: 편집자가 고친 항목 ${s.kept}개는 그대로 두었어요.`
          : undefined,
    problem: (p) => PROBLEM(p),
    refused: '기사는 서버 관리 권한이 있는 관리자만 가져올 수 있어요.',
    oneSource: '파일(txt, md, html)이나 url 중 하나만 주세요.',
    reloadField: '다시 불러오기',
  },
  untranslated: '이 기사는 아직 영어 번역이 없어서 한국어로 답했어요.',
  reload: {
    doneTitle: '지식 베이스를 다시 불러왔어요',
    rejectedTitle: '다시 불러오지 못했어요: 이전 지식 베이스로 계속 답해요',
    entities: '항목',
    facts: '사실',
    added: '추가',
    removed: '삭제',
    changed: '변경',
    moreErrors: (count) => `… 외 ${count}개`,
    stillServing: (counts) => `계속 사용 중: ${counts}`,
    shard: (id) => `샤드 ${id}`,
    noAnswer: { timeout: '제시간에 답하지 않았어요', error: '답하지 못했어요' },
    shardRejected: (errors, serving) => `거부됨 (오류 ${errors}개); 계속 사용 중: ${serving}`,
    shardErrors: (shard) => `${shard}: 오류`,
    allShardsReloaded: (count) => `모든 샤드(${count}개)에서 지식 베이스를 다시 불러왔어요`,
    shardsFailed: (failed, all, keeping) => {
      const where = all ? '어느 샤드에서도' : `${failed.join(', ')}에서`;
      const keeps = all ? '이전 지식 베이스로 계속 답해요' : '그 샤드는 이전 지식 베이스로 계속 답해요';
      return `${where} 다시 불러오지 못했어요${keeping ? `: ${keeps}` : ''}`;
    },
  },
  figure: {
    money: (value, currency) => `${koreanAmount(value)} ${CURRENCY[currency]}`,
    percent: (value) => `${value}%`,
    year: (value) => `${value}년`,
    count: (value, unit, approx) =>
      `${koreanAmount(value)}${approx && unit !== 'count' ? '여' : ''}${COUNTER[unit] ? ` ${COUNTER[unit]}` : ''}`,
    qualified: {
      approx: (amount) => `약 ${amount}`,
      max: (amount) => `최대 ${amount}`,
      min: (amount) => `최소 ${amount}`,
      until: (amount) => `${amount}까지`,
    },
    approxInAmount: (unit) => unit !== 'percent' && !Object.hasOwn(CURRENCY, unit),
  },
  chartStyle: {
    number: (value) => CHART_NUMBER.format(value),
    label: (text) => text,
    labelWidth: 12,
  },
  stats: {
    command: {
      name: '통계',
      description: '관리자: 가동 시간, 최근 24시간 질문 수, 답변 시간, 지식 베이스',
    },
    refusal: '통계는 서버 관리 권한이 있는 관리자만 볼 수 있어요.',
    title: '봇 상태',
    uptime: '가동 시간',
    serversAndShards: '서버 · 샤드',
    serversAndShardsValue: (guilds, shards) => `서버 ${n(guilds)}개 · 샤드 ${n(shards)}개`,
    questions: ({ sinceStart, durationMs }) =>
      sinceStart ? `시작한 뒤 질문 (${duration(durationMs)})` : '최근 24시간 질문',
    questionsValue: ({ found, notFound, error }) =>
      `답변 **${n(found)}** · 못 찾음 **${n(notFound)}** · 오류 **${n(error)}**`,
    sources: {
      slash: '슬래시 명령',
      mention: '멘션',
      dm: 'DM',
      'context-menu': '컨텍스트 메뉴',
      'auto-answer': '자동 답변',
    },
    answerTime: '답변 시간 (24시간)',
    answerTimeValue: (p50, p99) => `p50 **${p50}** · p99 **${p99}**`,
    noAnswersYet: '아직 답변이 없어요',
    knowledge: '지식 베이스',
    knowledgeValue: (c) =>
      `기사 ${n(c.articles)} · 항목 ${n(c.entities)} · 사실 ${n(c.facts)} · 문단 ${n(c.passages)}`,
    loadedAt: '불러온 때',
    lastReload: '마지막 다시 불러오기',
    noReload: '시작한 뒤로 없어요',
    reloadOk: (before, after) => `✅ 사실 ${n(before)} → ${n(after)}`,
    reloadRejected: (errors) => `❌ 거부됨 (오류 ${n(errors)}개): 이전 지식 베이스로 계속 답했어요`,
    shards: (ids) => `샤드 ${ids.join(', ')}`,
    missingShards: (ids) => `답하지 않은 샤드: ${ids.join(', ')} (그 수치는 빠져 있어요)`,
    duration,
    milliseconds: (ms) =>
      ms < 1000 ? `${ms < 10 ? ms.toFixed(1) : Math.round(ms)}ms` : `${(ms / 1000).toFixed(2)}초`,
  },
};

function duration(ms: number): string {
  const { days, hours, minutes } = durationParts(ms);
  const parts = [days ? `${days}일` : '', hours ? `${hours}시간` : '', `${minutes}분`];
  return parts.filter(Boolean).join(' ');
}

const FOUND_BY: Record<FoundBy | 'known' | 'kept', string> = {
  country: '나라 이름',
  person: '직함(대표, CEO …) 앞의 이름',
  'beside-person': '인물의 소속',
  described: '회사로 소개됨',
  'said-company': '회사라고 나옴',
  listed: '기업들과 나란히 나옴',
  table: '표의 기업 열',
  source: '자료의 출처',
  latin: '로마자 이름',
  quoted: '따옴표 속 이름',
  known: '지식 베이스에 이미 있음',
  kept: '이전 초안에서 유지',
};

const FETCH: Record<Extract<ImportProblem, { kind: 'fetch' }>['reason'], (detail?: string) => string> = {
  scheme: () => 'http나 https 주소만 가져올 수 있어요.',
  credentials: () => '주소에 사용자 이름이나 비밀번호를 넣을 수 없어요.',
  address: (host) => `${host ?? '그 주소'}는 사설·로컬 네트워크 주소예요. 봇은 공개 주소만 가져와요.`,
  dns: (host) => `${host ?? ''} 호스트를 찾지 못했어요.`,
  redirects: () => '페이지가 3번 넘게 다른 주소로 넘겼어요.',
  status: (status) => `페이지가 기사 대신 ${status ?? '오류'} 응답을 보냈어요.`,
  type: (type) => `웹 페이지나 텍스트가 아니에요 (${type ?? '알 수 없는 형식'}).`,
  size: () => '페이지가 너무 커서 가져올 수 없어요.',
  timeout: () => '페이지가 너무 오래 응답하지 않았어요.',
  network: () => '페이지에 연결하지 못했어요.',
};

function PROBLEM(p: ImportProblem): string {
  switch (p.kind) {
    case 'fetch':
      return FETCH[p.reason](p.detail);
    case 'unreadable':
      return `${p.path} 파일을 읽지 못했어요.`;
    case 'too-large':
      return `파일이 ${(p.bytes / 1024 / 1024).toFixed(1)} MB예요. ${(p.limit / 1024 / 1024).toFixed(0)} MB까지 가져올 수 있어요.`;
    case 'unsupported':
      return `.txt, .md, .html 파일만 가져올 수 있어요 (${p.what}).`;
    case 'not-text':
      return '텍스트가 아니에요 (UTF-8이나 페이지가 밝힌 문자 집합이어야 해요).';
    case 'no-article':
      return '기사를 찾지 못했어요: 제목과 문단이 하나 이상 있어야 해요.';
    case 'bad-id':
      return `“${p.id}”로는 아이디를 만들 수 없어요. 영문자나 숫자를 써 주세요.`;
    case 'exists':
      return `${p.file} 파일이 이미 있고 초안이 아니에요. 덮어쓰려면 replace로 가져오세요.`;
    case 'id-taken':
      return `기사 아이디 ${p.id}는 이미 ${p.file}에서 쓰고 있어요.`;
    case 'folder-invalid':
      return `지식 베이스 폴더에 먼저 고칠 문제가 있어요 (${p.errors.length}개): ${p.errors[0] ? formatKnowledgeError(p.errors[0]) : ''}`;
    case 'draft-invalid':
      return `초안이 지식 베이스 검사를 통과하지 못했어요 (${p.errors.length}개): ${p.errors[0] ? formatKnowledgeError(p.errors[0]) : ''}`;
    case 'write':
      return `${p.file} 파일을 쓰지 못했어요.`;
  }
}
