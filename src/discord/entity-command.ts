import { SlashCommandBuilder } from 'discord.js';
import type { EntityType } from '../knowledge/schema.ts';
import type { Command } from './command.ts';
import { addAudienceOptions } from './options.ts';
import { answerInteraction, autocompleteEntities } from './respond.ts';

interface Localised {
  readonly en: string;
  readonly ko: string;
}

/** A command that looks up one entity by name, with autocomplete: `/company`, `/policy`. */
export function entityCommand(spec: {
  readonly name: Localised;
  readonly description: Localised;
  readonly option: { readonly name: Localised; readonly description: Localised };
  /** What the engine resolves the typed name as. */
  readonly asks: 'company' | 'policy';
  /** What autocomplete lists. */
  readonly lists: EntityType;
}): Command {
  const optionName = spec.option.name.en;
  return {
    data: addAudienceOptions(
      new SlashCommandBuilder()
        .setName(spec.name.en)
        .setNameLocalizations({ ko: spec.name.ko })
        .setDescription(spec.description.en)
        .setDescriptionLocalizations({ ko: spec.description.ko })
        .addStringOption((option) =>
          option
            .setName(optionName)
            .setNameLocalizations({ ko: spec.option.name.ko })
            .setDescription(spec.option.description.en)
            .setDescriptionLocalizations({ ko: spec.option.description.ko })
            .setRequired(true)
            .setMaxLength(100)
            .setAutocomplete(true),
        ),
    ).toJSON(),
    async execute(interaction, context) {
      await answerInteraction(
        interaction,
        { kind: spec.asks, query: interaction.options.getString(optionName, true) },
        context,
      );
    },
    async autocomplete(interaction, context) {
      await autocompleteEntities(interaction, spec.lists, context);
    },
  };
}
