import { adminCommandBuilder, requireAdmin } from '../src/discord/admin.ts';
import { reloadAndLog, reloadEverywhere } from '../src/discord/cluster.ts';
import type { Command } from '../src/discord/command.ts';
import { sendReply } from '../src/discord/respond.ts';
import { replyLanguage } from '../src/render/payload.ts';
import { renderReload } from '../src/render/reload.ts';

export default {
  data: adminCommandBuilder({
    name: { en: 'reload', ko: '다시불러오기' },
    description: {
      en: 'Admins: re-read the knowledge base without restarting the bot',
      ko: '관리자: 봇을 재시작하지 않고 지식 베이스를 다시 불러와요',
    },
  }).toJSON(),
  async execute(interaction, context) {
    const language = replyLanguage(interaction.locale);
    requireAdmin(interaction, context, {
      ko: '지식 베이스는 서버 관리 권한이 있는 관리자만 다시 불러올 수 있어요.',
      en: 'Only admins (Manage Server) can reload the knowledge base.',
    });
    await interaction.deferReply({ flags: 'Ephemeral' });
    const request = { by: interaction.user.id, requestId: interaction.id };
    // Sharded: every shard's process reloads its own snapshot; one result per shard comes back.
    const results = await reloadEverywhere(
      interaction.client,
      request,
      () => reloadAndLog(context.service, context.logger, request),
      { logger: context.logger },
    );
    await sendReply(interaction, renderReload(results, language));
  },
} satisfies Command;
