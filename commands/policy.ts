import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { addAudienceOptions } from '../src/discord/options.ts';
import { answerInteraction, autocompleteEntities } from '../src/discord/respond.ts';

export default {
  data: addAudienceOptions(
    new SlashCommandBuilder()
      .setName('policy')
      .setNameLocalizations({ ko: '정책' })
      .setDescription("A country's or region's AI policy, as the article reports it")
      .setDescriptionLocalizations({ ko: '기사에 나온 나라·지역별 AI 정책' })
      .addStringOption((option) =>
        option
          .setName('country')
          .setNameLocalizations({ ko: '나라' })
          .setDescription('Japan, Korea, USA, EU or China (e.g. japan, 일본)')
          .setDescriptionLocalizations({ ko: '일본, 한국, 미국, EU, 중국 (예: 일본, japan)' })
          .setRequired(true)
          .setMaxLength(100)
          .setAutocomplete(true),
      ),
  ).toJSON(),
  async execute(interaction, context) {
    await answerInteraction(
      interaction,
      { kind: 'policy', query: interaction.options.getString('country', true) },
      context,
    );
  },
  async autocomplete(interaction, context) {
    await autocompleteEntities(interaction, 'region', context);
  },
} satisfies Command;
