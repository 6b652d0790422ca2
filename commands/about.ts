import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { addAudienceOptions } from '../src/discord/options.ts';
import { answerInteraction } from '../src/discord/respond.ts';

export default {
  // `mention` too: pointing a newcomer at how to ask is what /about is often for.
  data: addAudienceOptions(
    new SlashCommandBuilder()
      .setName('about')
      .setNameLocalizations({ ko: '소개' })
      .setDescription('What this bot knows and how to ask it')
      .setDescriptionLocalizations({ ko: '이 봇이 아는 것과 물어보는 법' }),
  ).toJSON(),
  async execute(interaction, context) {
    await answerInteraction(interaction, { kind: 'about' }, context);
  },
} satisfies Command;
