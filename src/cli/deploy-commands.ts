/**
 * `npm run deploy-commands`: registers the slash commands, in one server when DISCORD_GUILD_ID is
 * set (instant, for development) or globally. `--dry-run` prints the registration JSON and touches no
 * network. The commands come from the same registry the bot dispatches from.
 */
import { REST, Routes } from 'discord.js';
import { loadConfigOrExit } from '../config.ts';
import { loadCommands } from '../discord/command.ts';

const dryRun = process.argv.includes('--dry-run');
const config = loadConfigOrExit();
const body = [...(await loadCommands()).values()].map((command) => command.data);

if (dryRun) {
  console.log(JSON.stringify(body, null, 2));
  process.exit(0);
}
if (!config.DISCORD_TOKEN || !config.DISCORD_CLIENT_ID) {
  console.error('Set DISCORD_TOKEN and DISCORD_CLIENT_ID in .env to deploy commands (or use --dry-run).');
  process.exit(1);
}
const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(
  config.DISCORD_TOKEN,
);
const route = config.DISCORD_GUILD_ID
  ? Routes.applicationGuildCommands(config.DISCORD_CLIENT_ID, config.DISCORD_GUILD_ID)
  : Routes.applicationCommands(config.DISCORD_CLIENT_ID);
try {
  const result = (await rest.put(route, { body })) as unknown[];
  console.log(
    `Registered ${result.length} commands ${config.DISCORD_GUILD_ID ? `in server ${config.DISCORD_GUILD_ID}` : 'globally (may take up to an hour to appear)'}.`,
  );
} catch (error) {
  console.error(
    `Registration failed: ${error instanceof Error ? error.message.replaceAll(config.DISCORD_TOKEN, '[redacted]') : 'unknown error'}`,
  );
  process.exit(1);
}
