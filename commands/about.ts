import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { hideOption } from '../src/discord/options.ts';
import { answerInteraction } from '../src/discord/respond.ts';

export default {
  data: new SlashCommandBuilder()
    .setName('about')
    .setNameLocalizations({ ko: '소개' })
    .setDescription('What this bot knows and how to ask it')
    .setDescriptionLocalizations({ ko: '이 봇이 아는 것과 물어보는 법' })
    .addBooleanOption(hideOption)
    .toJSON(),
  async execute(interaction, context) {
    await answerInteraction(interaction, { kind: 'about' }, context);
  },
} satisfies Command;
