import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { addAudienceOptions } from '../src/discord/options.ts';
import { answerInteraction, autocompleteEntities } from '../src/discord/respond.ts';

export default {
  data: addAudienceOptions(
    new SlashCommandBuilder()
      .setName('company')
      .setNameLocalizations({ ko: '회사' })
      .setDescription('A company in the article: what it does and what it did in Japan')
      .setDescriptionLocalizations({ ko: '기사에 나오는 회사: 하는 일과 일본에서 한 일' })
      .addStringOption((option) =>
        option
          .setName('name')
          .setNameLocalizations({ ko: '이름' })
          .setDescription('Company name, in Korean or English (e.g. 리벨리온, Rebellions)')
          .setDescriptionLocalizations({ ko: '회사 이름, 한글이나 영어로 (예: 리벨리온, Rebellions)' })
          .setRequired(true)
          .setMaxLength(100)
          .setAutocomplete(true),
      ),
  ).toJSON(),
  async execute(interaction, context) {
    await answerInteraction(
      interaction,
      { kind: 'company', query: interaction.options.getString('name', true) },
      context,
    );
  },
  async autocomplete(interaction, context) {
    await autocompleteEntities(interaction, 'company', context);
  },
} satisfies Command;
