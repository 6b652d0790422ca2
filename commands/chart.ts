import { SlashCommandBuilder } from 'discord.js';
import { chartBook } from '../src/charts/book.ts';
import { seriesChoiceName } from '../src/charts/chart-data.ts';
import { chartReply } from '../src/charts/reply.ts';
import type { Command } from '../src/discord/command.ts';
import { addAudienceOptions } from '../src/discord/options.ts';
import { sendReply, withAudience } from '../src/discord/respond.ts';
import { DISCORD_LIMITS, truncate } from '../src/render/limits.ts';
import { replyLanguage } from '../src/render/payload.ts';

export default {
  data: addAudienceOptions(
    new SlashCommandBuilder()
      .setName('chart')
      .setNameLocalizations({ ko: '그래프' })
      .setDescription('A chart of figures from the article (leave empty to list them)')
      .setDescriptionLocalizations({ ko: '기사 속 수치를 그래프로 (비워 두면 목록)' })
      .addStringOption((option) =>
        option
          .setName('series')
          .setNameLocalizations({ ko: '수치' })
          .setDescription('Which figures, e.g. global VC investment')
          .setDescriptionLocalizations({ ko: '어떤 수치, 예: 글로벌 VC 투자액' })
          .setMaxLength(100)
          .setAutocomplete(true),
      ),
  ).toJSON(),
  async execute(interaction, context) {
    const { reply } = await chartReply(
      context.service.engine.kb,
      interaction.options.getString('series'),
      replyLanguage(interaction.locale),
      { charts: context.config.CHARTS },
    );
    await sendReply(interaction, withAudience(reply, interaction));
  },
  async autocomplete(interaction, context) {
    const language = replyLanguage(interaction.locale);
    const typed = String(interaction.options.getFocused() ?? '').slice(0, 200);
    const series = context.config.CHARTS
      ? chartBook(context.service.engine.kb).search(typed, DISCORD_LIMITS.autocompleteChoices)
      : [];
    await interaction.respond(
      series
        .filter((s) => s.id.length <= DISCORD_LIMITS.choiceValue)
        .map((s) => ({
          name: truncate(seriesChoiceName(s, language), DISCORD_LIMITS.choiceName),
          value: s.id,
        })),
    );
  },
} satisfies Command;
