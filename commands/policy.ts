import { entityCommand } from '../src/discord/entity-command.ts';

export default entityCommand({
  name: { en: 'policy', ko: '정책' },
  description: {
    en: "A country's or region's AI policy, as the article reports it",
    ko: '기사에 나온 나라·지역별 AI 정책',
  },
  option: {
    name: { en: 'country', ko: '나라' },
    description: {
      en: 'Japan, Korea, USA, EU or China (e.g. japan, 일본)',
      ko: '일본, 한국, 미국, EU, 중국 (예: 일본, japan)',
    },
  },
  asks: 'policy',
  lists: 'region',
});
