import { entityCommand } from '../src/discord/entity-command.ts';

export default entityCommand({
  name: { en: 'company', ko: '회사' },
  description: {
    en: 'A company in the article: what it does and what it did in Japan',
    ko: '기사에 나오는 회사: 하는 일과 일본에서 한 일',
  },
  option: {
    name: { en: 'name', ko: '이름' },
    description: {
      en: 'Company name, in Korean or English (e.g. 리벨리온, Rebellions)',
      ko: '회사 이름, 한글이나 영어로 (예: 리벨리온, Rebellions)',
    },
  },
  asks: 'company',
  lists: 'company',
});
