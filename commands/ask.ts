import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { addAudienceOptions } from '../src/discord/options.ts';
import { answerInteraction } from '../src/discord/respond.ts';

export default {
  data: addAudienceOptions(
    new SlashCommandBuilder()
      .setName('ask')
      .setNameLocalizations({ ko: '질문' })
      .setDescription('Ask anything about the article, in Korean or English')
      .setDescriptionLocalizations({ ko: '기사에 대해 한국어나 영어로 무엇이든 물어보세요' })
      .addStringOption((option) =>
        option
          .setName('question')
          .setNameLocalizations({ ko: '질문' })
          .setDescription('e.g. Until when does Japan cut corporate tax?')
          .setDescriptionLocalizations({ ko: '예: 일본 법인세 감면은 언제까지야?' })
          .setRequired(true)
          .setMaxLength(500),
      ),
  ).toJSON(),
  async execute(interaction, context) {
    await answerInteraction(
      interaction,
      { kind: 'ask', text: interaction.options.getString('question', true) },
      context,
    );
  },
} satisfies Command;
