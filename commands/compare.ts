import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { addAudienceOptions } from '../src/discord/options.ts';
import { answerInteraction } from '../src/discord/respond.ts';

export default {
  data: addAudienceOptions(
    new SlashCommandBuilder()
      .setName('compare')
      .setNameLocalizations({ ko: '비교' })
      .setDescription("The article's Korea-vs-Japan AI policy table")
      .setDescriptionLocalizations({ ko: '기사의 한국과 일본 AI 정책 비교표' }),
  ).toJSON(),
  async execute(interaction, context) {
    await answerInteraction(interaction, { kind: 'compare' }, context);
  },
} satisfies Command;
