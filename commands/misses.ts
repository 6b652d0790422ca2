import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { type Command, UserError } from '../src/discord/command.ts';
import { isAdmin, sendReply } from '../src/discord/respond.ts';
import { renderMisses } from '../src/render/misses.ts';
import { replyLanguage } from '../src/render/payload.ts';

export default {
  data: new SlashCommandBuilder()
    .setName('misses')
    .setNameLocalizations({ ko: '못찾은질문' })
    .setDescription('Admins: the most frequent recent questions the knowledge base could not answer')
    .setDescriptionLocalizations({ ko: '관리자: 지식 베이스가 답하지 못한 최근 질문 (많은 순)' })
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .toJSON(),
  async execute(interaction, context) {
    const language = replyLanguage(interaction.locale);
    if (!isAdmin(interaction, context))
      throw new UserError(
        language === 'ko' ? '관리자만 볼 수 있어요.' : 'Only admins (Manage Server) can see the misses.',
      );
    const top = context.misses ? await context.misses.top(15) : undefined;
    await sendReply(interaction, renderMisses(top, language));
  },
} satisfies Command;
