import { ApplicationCommandType, ContextMenuCommandBuilder } from 'discord.js';
import { answerTargetMessage } from '../src/discord/ask-message.ts';
import type { MessageCommand } from '../src/discord/command.ts';

export default {
  // Right-click a message → Apps → "기사로 답하기".
  data: {
    ...new ContextMenuCommandBuilder()
      .setName('Ask the article')
      .setNameLocalizations({ ko: '기사로 답하기' })
      .setType(ApplicationCommandType.Message)
      .toJSON(),
    type: ApplicationCommandType.Message,
  },
  async execute(interaction, context) {
    await answerTargetMessage(interaction, context);
  },
} satisfies MessageCommand;
