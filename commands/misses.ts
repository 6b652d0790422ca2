import { adminCommandBuilder, requireAdmin } from '../src/discord/admin.ts';
import type { Command } from '../src/discord/command.ts';
import { sendReply } from '../src/discord/respond.ts';
import { renderMisses } from '../src/render/misses.ts';
import { replyLanguage } from '../src/render/payload.ts';

export default {
  data: adminCommandBuilder({
    name: { en: 'misses', ko: '못찾은질문' },
    description: {
      en: 'Admins: questions the knowledge base could not answer, and answers marked not helpful',
      ko: '관리자: 지식 베이스가 답하지 못한 질문과 도움이 안 됐다는 답 (많은 순)',
    },
  }).toJSON(),
  async execute(interaction, context) {
    requireAdmin(interaction, context, {
      ko: '관리자만 볼 수 있어요.',
      en: 'Only admins (Manage Server) can see the misses.',
    });
    const top = context.misses ? await context.misses.top(15) : undefined;
    const feedback = context.feedback ? await context.feedback.summary(10) : 'off';
    await sendReply(interaction, renderMisses(top, replyLanguage(interaction.locale), feedback));
  },
} satisfies Command;
