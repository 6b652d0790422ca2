import { answerFreeText, replyToQuestion } from '../answering.ts';
import { chartReply } from '../charts/reply.ts';
import { catalogue } from '../i18n/catalogue.ts';
import { type ReplyPayload, replyLanguage } from '../render/payload.ts';
import { renderReload } from '../render/reload.ts';
import { renderNotice } from '../render/render.ts';
import type { KnowledgeService } from '../service.ts';
import { COMMAND_NAMES, parseInput } from './parse.ts';

export interface ConsoleReply {
  /** False when the knowledge base holds no answer to the input. */
  readonly found: boolean;
  readonly reply: ReplyPayload;
  /** Free text: the question as the engine asked it (a follow-up made whole), what a reply leans on. */
  readonly asked?: string;
}

/**
 * Answers one line of input as the bot would, with the same engine and the same rendering. The local
 * operator is an admin, so `/reload` reloads.
 */
export async function askOnce(
  service: KnowledgeService,
  input: string,
  options: { locale?: string; charts?: boolean; previous?: string | undefined } = {},
): Promise<ConsoleReply> {
  const language = replyLanguage(options.locale);
  const parsed = parseInput(input);
  switch (parsed.kind) {
    case 'reload': {
      const result = await service.reload();
      return { found: result.ok, reply: renderReload(result, language) };
    }
    case 'unknown-command': {
      const list = COMMAND_NAMES.map((c) => `/${c}`).join(', ');
      const { notice } = catalogue(language);
      return {
        found: false,
        reply: renderNotice(notice.unknownCommandTitle, notice.unknownCommand(parsed.command, list)),
      };
    }
    case 'chart':
      return chartReply(service.engine.kb, parsed.series, language, { charts: options.charts !== false });
    case 'question': {
      const { question } = parsed;
      const charts = { charts: options.charts !== false };
      // Free text as the bot answers `/ask` and mentions (feedback buttons included).
      const { found, reply, asked } =
        question.kind === 'ask'
          ? await answerFreeText(service.engine, question.text, {
              ...charts,
              locale: options.locale,
              source: 'ask',
              previous: options.previous,
            })
          : await replyToQuestion(service.engine, question, language, charts);
      const last = asked.at(-1);
      return last === undefined ? { found, reply } : { found, reply, asked: last };
    }
  }
}
