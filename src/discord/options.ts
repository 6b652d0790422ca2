import type {
  SlashCommandBooleanOption,
  SlashCommandBuilder,
  SlashCommandOptionsOnlyBuilder,
} from 'discord.js';

type Builder = SlashCommandBuilder | SlashCommandOptionsOnlyBuilder;

/** `hide`: reply only to the user who asked (ephemeral). */
export const hideOption = (option: SlashCommandBooleanOption) =>
  option
    .setName('hide')
    .setNameLocalizations({ ko: '나만보기' })
    .setDescription('Reply only to me')
    .setDescriptionLocalizations({ ko: '나에게만 보이게 답하기' });

/** `hide` and `mention`, which every answer command takes. */
export function addAudienceOptions<T extends Builder>(builder: T): T {
  builder
    .addBooleanOption(hideOption)
    .addUserOption((option) =>
      option
        .setName('mention')
        .setNameLocalizations({ ko: '멘션' })
        .setDescription('Someone to aim the answer at (the only person the reply pings)')
        .setDescriptionLocalizations({ ko: '답을 전할 사람 (답장에서 알림을 받는 유일한 사람)' }),
    );
  return builder;
}
