import { adminCommandBuilder, requireAdmin } from '../src/discord/admin.ts';
import type { Command } from '../src/discord/command.ts';
import { sendReply } from '../src/discord/respond.ts';
import { catalogue } from '../src/i18n/catalogue.ts';
import { gatherStats } from '../src/metrics/stats.ts';
import { replyLanguage } from '../src/render/payload.ts';
import { renderStats } from '../src/render/stats.ts';

const ko = catalogue('ko').stats;
const en = catalogue('en').stats;

export default {
  data: adminCommandBuilder({
    name: { en: en.command.name, ko: ko.command.name },
    description: { en: en.command.description, ko: ko.command.description },
  }).toJSON(),
  async execute(interaction, context) {
    requireAdmin(interaction, context, { ko: ko.refusal, en: en.refusal });
    await interaction.deferReply({ flags: 'Ephemeral' });
    // Sharded: every shard's process is asked for its figures; one that does not answer is named.
    const summary = await gatherStats(interaction.client, () => context.monitoring.statsSnapshot());
    await sendReply(interaction, renderStats(summary, replyLanguage(interaction.locale)));
  },
} satisfies Command;
