import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { reloadAndLog, reloadEverywhere } from '../src/discord/cluster.ts';
import { type Command, UserError } from '../src/discord/command.ts';
import { isAdmin, sendReply } from '../src/discord/respond.ts';
import { replyLanguage } from '../src/render/payload.ts';
import { renderReload } from '../src/render/reload.ts';

export default {
  data: new SlashCommandBuilder()
    .setName('reload')
    .setNameLocalizations({ ko: '다시불러오기' })
    .setDescription('Admins: re-read the knowledge base without restarting the bot')
    .setDescriptionLocalizations({ ko: '관리자: 봇을 재시작하지 않고 지식 베이스를 다시 불러와요' })
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .toJSON(),
  async execute(interaction, context) {
    const language = replyLanguage(interaction.locale);
    // Discord hides the command from non-admins, but server owners can override that: check again.
    if (!isAdmin(interaction, context))
      throw new UserError(
        language === 'ko'
          ? '지식 베이스는 서버 관리 권한이 있는 관리자만 다시 불러올 수 있어요.'
          : 'Only admins (Manage Server) can reload the knowledge base.',
      );
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
