/** Feedback: what the buttons carry, the vote log (once per person per answer, across restarts), /misses. */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerFreeText, withoutDiscordMarkup } from '../src/answering.ts';
import {
  feedbackCustomId,
  parseFeedbackCustomId,
  reference,
  resolveReferences,
} from '../src/feedback/buttons.ts';
import { FeedbackLog } from '../src/feedback/log.ts';
import { renderMisses } from '../src/render/misses.ts';
import { createKnowledgeService } from '../src/service.ts';
import { tempDir } from './fixtures/mini-knowledge.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('feedback-'));
});
afterEach(async () => cleanup());

const USER = '123456789012345678';
const OTHER = '223456789012345678';
const MESSAGE = '1300000000000000001';

describe('the buttons carry what a vote needs, in at most 100 characters', () => {
  it.each([
    ['a short question', '일본 법인세 감면은 언제까지야?'],
    [
      'a long one',
      '리벨리온이 일본 도쿄에 첫 해외법인을 세운 이유와 그 뒤에 한 일을 아주 자세하게 알려 줄 수 있을까요? '.repeat(
        3,
      ),
    ],
    ['emoji at the cut', `${'가'.repeat(60)}😀😀😀😀😀😀😀😀😀😀😀😀😀😀`],
    ['a lone surrogate', '리벨리온 \ud800 대표'],
  ])('%s', (_label, question) => {
    const shown = [
      reference('f', 'global-vc-korea-investment-decline'),
      reference('f', 'a'),
      reference('e', 'b'),
    ];
    for (const vote of ['up', 'down'] as const) {
      const id = feedbackCustomId({ vote, source: 'context-menu', shown, question });
      expect(id.length).toBeLessThanOrEqual(100);
      expect(id).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      const parsed = parseFeedbackCustomId(id);
      expect(parsed).toMatchObject({ vote, source: 'context-menu', shown });
      const clean = question.replace(/\s+/g, ' ').trim().replace('\ud800', '\ufffd');
      if (clean.length + 40 < 100) expect(parsed?.question).toBe(clean);
      else expect(clean.startsWith(parsed?.question.slice(0, -1) ?? '?')).toBe(true);
    }
  });

  it('other custom ids are not feedback', () => {
    for (const id of ['suggest:rebellions', 'fb:x:a::q', 'fb:u:z::q', 'post:ko:-'])
      expect(parseFeedbackCustomId(id)).toBeUndefined();
  });

  it('references resolve to fact and entity ids of the snapshot; unknown ones stay as they are', async () => {
    const service = await createKnowledgeService({ dir: 'knowledge' });
    const kb = service.engine.kb;
    expect(
      resolveReferences(kb, [
        reference('f', 'global-vc-korea-investment-2023'),
        reference('e', 'rebellions'),
        'fzzzzzzzz',
      ]),
    ).toEqual(['fact:global-vc-korea-investment-2023', 'entity:rebellions', 'fzzzzzzzz']);
  });

  it('found free-text answers carry 👍/👎 naming where they were asked; misses carry none', async () => {
    const service = await createKnowledgeService({ dir: 'knowledge' });
    const found = await answerFreeText(service.engine, '일본 법인세 감면은 언제까지야?', {
      source: 'mention',
      charts: false,
    });
    const buttons = found.reply.components.flatMap((r) => r.components);
    expect(buttons.map((b) => ('label' in b ? b.label : ''))).toEqual(['도움이 됐어요', '아니에요']);
    const ids = buttons.map((b) => ('custom_id' in b ? parseFeedbackCustomId(b.custom_id) : undefined));
    expect(ids.map((b) => [b?.vote, b?.source, b?.question])).toEqual([
      ['up', 'mention', '일본 법인세 감면은 언제까지야?'],
      ['down', 'mention', '일본 법인세 감면은 언제까지야?'],
    ]);
    expect(resolveReferences(service.engine.kb, ids[1]?.shown ?? [])).toEqual([
      'fact:japan-corporate-tax-cut',
    ]);
    const english = await answerFreeText(service.engine, 'Until when does Japan cut corporate tax?', {
      source: 'ask',
      locale: 'en-US',
      charts: false,
    });
    expect(
      english.reply.components.flatMap((r) => r.components).map((b) => ('label' in b ? b.label : '')),
    ).toEqual(['Helpful', 'Not helpful']);
    const miss = await answerFreeText(service.engine, '비트코인 가격은 얼마야?', {
      source: 'ask',
      charts: false,
    });
    expect(miss.found).toBe(false);
    expect(
      miss.reply.components
        .flatMap((r) => r.components)
        .some((b) => 'custom_id' in b && b.custom_id.startsWith('fb:')),
    ).toBe(false);
    const off = await answerFreeText(service.engine, '일본 법인세 감면은 언제까지야?', {
      source: 'ask',
      charts: false,
      feedback: false,
    });
    expect(off.reply.components).toEqual([]);
  });

  it('mentions of users, roles and channels and custom emoji are not words of the question', () => {
    expect(withoutDiscordMarkup('<@123456789012345678> <@!1> <@&2> <#3> <:kr:4> 일본   법인세?')).toBe(
      '일본 법인세?',
    );
  });
});

describe('FeedbackLog', () => {
  it('one vote per person per answer, also after a restart (the salt is kept beside the log)', async () => {
    const file = path.join(dir, 'var', 'feedback.jsonl');
    const log = new FeedbackLog(file);
    const vote = {
      vote: 'down',
      source: 'ask',
      messageId: MESSAGE,
      userId: USER,
      question: '질문',
      shown: ['fact:x'],
    } as const;
    // Two quick presses: counted once.
    expect(await Promise.all([log.vote(vote), log.vote(vote)])).toEqual(['recorded', 'duplicate']);
    expect(await log.vote({ ...vote, vote: 'up' })).toBe('duplicate');
    expect(await log.vote({ ...vote, userId: OTHER })).toBe('recorded');
    expect(await log.vote({ ...vote, messageId: '1300000000000000002' })).toBe('recorded');
    await log.summary();

    const restarted = new FeedbackLog(file);
    expect(await restarted.vote(vote)).toBe('duplicate');
    expect(await restarted.vote({ ...vote, userId: '323456789012345678', vote: 'up' })).toBe('recorded');
    const summary = await restarted.summary();
    expect(summary).toMatchObject({ helpful: 1, notHelpful: 3, voters: 3 });
    expect(summary.top).toEqual([
      { query: '질문', count: 3, users: 2, last: expect.any(String), shown: ['fact:x'] },
    ]);

    const text = await readFile(file, 'utf8');
    expect(text).not.toContain(USER);
    expect(text).not.toContain(MESSAGE);
    expect((await stat(`${file}.salt`)).mode & 0o777).toBe(0o600);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('a 👍 records no question; a log that cannot be written never fails the vote', async () => {
    const errors: unknown[] = [];
    const log = new FeedbackLog(path.join(dir, 'feedback.jsonl'), { salt: 'pepper' });
    await log.vote({ vote: 'up', source: 'mention', messageId: MESSAGE, userId: USER, question: 'q' });
    await log.summary();
    const [line] = (await readFile(path.join(dir, 'feedback.jsonl'), 'utf8')).trim().split('\n');
    expect(Object.keys(JSON.parse(line ?? '{}')).sort()).toEqual([
      'answer',
      'source',
      'time',
      'user',
      'vote',
    ]);

    const blocked = new FeedbackLog(path.join(dir, 'feedback.jsonl', 'nested.jsonl'), {
      salt: 'pepper',
      onError: (error) => errors.push(error),
    });
    expect(await blocked.vote({ vote: 'down', source: 'ask', messageId: MESSAGE, userId: USER })).toBe(
      'recorded',
    );
    await blocked.summary();
    expect(errors).toHaveLength(1);
  });

  it('rotates past maxBytes, keeping one previous file, and still counts both', async () => {
    const file = path.join(dir, 'feedback.jsonl');
    const log = new FeedbackLog(file, { salt: 'pepper', maxBytes: 1024 });
    for (let i = 0; i < 12; i++)
      await log.vote({
        vote: 'down',
        source: 'ask',
        messageId: `13000000000000000${10 + i}`,
        userId: USER,
        question: `질문 ${i % 2}`,
      });
    const summary = await log.summary();
    expect((await stat(`${file}.1`)).size).toBeGreaterThan(0);
    expect(summary.notHelpful).toBeGreaterThan(4);
    expect(summary.top.map((t) => t.query).sort()).toEqual(['질문 0', '질문 1']);
  });
});

describe('/misses shows "not found" and "not helpful" apart', () => {
  it('two embeds: the misses, then the 👎 answers with counts, people and what was shown', () => {
    const reply = renderMisses(
      [{ query: '삼성전자', count: 3, users: 2, last: '2026-01-02T00:00:00.000Z' }],
      'ko',
      {
        helpful: 5,
        notHelpful: 2,
        voters: 6,
        top: [
          {
            query: '리벨리온 매출',
            count: 2,
            users: 2,
            last: '2026-01-03T00:00:00.000Z',
            shown: ['fact:rebellions-tokyo-subsidiary'],
          },
        ],
      },
    );
    expect(reply.embeds.map((e) => e.title)).toEqual(['기사에서 찾지 못한 질문', '도움이 안 됐다는 답 (👎)']);
    expect(reply.embeds[0]?.description).toBe('1. 삼성전자 — 3회 · 2명 · 2026-01-02');
    expect(reply.embeds[1]?.description).toContain('👍 5 · 👎 2 · 6명이 의견을 남겼어요');
    expect(reply.embeds[1]?.description).toContain('1. 리벨리온 매출 — 2회 · 2명 · 2026-01-03');
    expect(reply.embeds[1]?.description).toContain('`fact:rebellions-tokyo-subsidiary`');
    expect(renderMisses([], 'en', 'off').embeds[1]?.description).toContain('FEEDBACK_LOG=off');
  });
});
