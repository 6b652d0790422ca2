import { beforeAll, describe, expect, test } from 'vitest';
import { askOnce } from '../../src/console/ask.ts';
import { replyToText } from '../../src/render/text.ts';
import { createKnowledgeService, type KnowledgeService } from '../../src/service.ts';
import { loadQuestionCases, type QuestionCase, replyMatches } from './cases.ts';

const cases = loadQuestionCases();

describe('question set (console JSON contract, in-process)', () => {
  let service: KnowledgeService;
  beforeAll(async () => {
    service = await createKnowledgeService({ dir: 'knowledge' });
  });

  test.each(cases)('$id: $input', async (c: QuestionCase) => {
    const result = await askOnce(service, c.input, c.locale === undefined ? {} : { locale: c.locale });
    const text = replyToText(result.reply);
    const shown = `input ${JSON.stringify(c.input)}${c.locale ? ` (${c.locale})` : ''}; reply was:\n${text}`;
    expect(result.found, shown).toBe(c.expect.found);
    if (c.expect.found) {
      const missing = c.expect.contains.filter((s) => !replyMatches(text, s));
      expect(missing, `missing from reply to ${shown}`).toEqual([]);
    }
  });
});

const COMPANIES = [
  ['리벨리온', 'Rebellions'],
  ['올거나이즈', 'Allganize'],
  ['이랜서', 'Elancer'],
  ['업스테이지', 'Upstage'],
  ['뤼튼테크놀로지스', 'Wrtn Technologies'],
  ['파인더스AI', 'Finders AI'],
  ['피처링', 'Featuring'],
  ['채널톡', 'Channel Talk'],
  ['구글', 'Google'],
  ['마이크로소프트', 'Microsoft'],
  ['아마존웹서비스', 'Amazon Web Services'],
] as const;

const REGIONS = [
  ['일본', 'Japan'],
  ['한국', 'Korea'],
  ['미국', 'United States'],
  ['유럽연합', 'European Union'],
  ['중국', 'China'],
] as const;

/** Names the found:true cases of one command expect in their replies. */
function expectedNames(command: '/company' | '/policy'): string[] {
  return cases.flatMap((c) => (c.input.startsWith(`${command} `) && c.expect.found ? c.expect.contains : []));
}

describe('question set coverage', () => {
  const byTag = (tag: string) => cases.filter((c) => c.tags.includes(tag));

  test('has at least 100 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
  });

  test.each(COMPANIES)('/company covers %s', (ko, en) => {
    const names = expectedNames('/company');
    expect(names.includes(ko) || names.includes(en)).toBe(true);
  });

  test.each(REGIONS)('/policy covers %s', (ko, en) => {
    const names = expectedNames('/policy');
    expect(names.includes(ko) || names.includes(en)).toBe(true);
  });

  test.each(['typo', 'particle', 'initials', 'romanised', 'english', 'spacing', 'paraphrase'])(
    'at least 5 %s cases',
    (tag) => {
      expect(byTag(tag).length).toBeGreaterThanOrEqual(5);
    },
  );

  test('at least 15 uncovered free-text cases, all expecting found:false', () => {
    const uncovered = byTag('uncovered');
    expect(uncovered.length).toBeGreaterThanOrEqual(15);
    expect(uncovered.filter((c) => c.expect.found)).toEqual([]);
    expect(uncovered.filter((c) => c.input.startsWith('/'))).toEqual([]);
  });

  test('unknown names through /company and /policy expect found:false', () => {
    const unknown = byTag('unknown-name');
    expect(unknown.some((c) => c.input.startsWith('/company '))).toBe(true);
    expect(unknown.some((c) => c.input.startsWith('/policy '))).toBe(true);
    expect(unknown.filter((c) => c.expect.found)).toEqual([]);
  });
});
