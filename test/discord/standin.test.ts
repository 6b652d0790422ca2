/**
 * Proves the Discord stand-in with the REAL discord.js client and a tiny inline handler
 * (not the product bot).
 */
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inflateSync, constants as zlibConstants } from 'node:zlib';
import {
  ActionRowBuilder,
  AttachmentBuilder,
  ButtonBuilder,
  ButtonStyle,
  type Client,
  DiscordAPIError,
  EmbedBuilder,
  Events,
  InteractionContextType,
  MessageFlags,
  ModalBuilder,
  PermissionFlagsBits,
  type RateLimitData,
  RESTEvents,
  Routes,
  SlashCommandBuilder,
  StringSelectMenuBuilder,
  TextInputStyle,
} from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { createTestClient, type TestClient } from './client.ts';
import { DiscordStandin, GatewayOp, ROUTES } from './standin.ts';
import { CALLBACK_SCHEMA_BY_TYPE, REQUEST_BODY_SCHEMAS, schemaRefFor, validateBody } from './validation.ts';

type Json = Record<string, unknown>;

const COMPANIES = ['리벨리온', '리디', '라인', 'Rebellions'];

interface Seen {
  commands: Array<{
    name: string;
    locale: string;
    guildLocale: string | null;
    inGuild: boolean;
    option: string | null;
    memberCanSend: boolean | null;
    appCanEmbed: boolean;
  }>;
  messages: Array<{ id: string; content: string; inGuild: boolean; bot: boolean }>;
  errors: unknown[];
  responseMessageId?: string;
}

const seen: Seen = { commands: [], messages: [], errors: [] };

/** The tiny handler under which the stand-in is exercised. */
function installHandlers(client: Client): void {
  client.on(Events.InteractionCreate, async (interaction) => {
    try {
      if (interaction.isAutocomplete()) {
        const typed = interaction.options.getFocused();
        await interaction.respond(
          COMPANIES.filter((c) => c.startsWith(typed)).map((c) => ({ name: c, value: c })),
        );
        return;
      }
      if (interaction.isChatInputCommand()) {
        seen.commands.push({
          name: interaction.commandName,
          locale: interaction.locale,
          guildLocale: interaction.guildLocale,
          inGuild: interaction.inGuild(),
          option: interaction.options.getString('name'),
          memberCanSend: interaction.memberPermissions?.has(PermissionFlagsBits.SendMessages) ?? null,
          appCanEmbed: interaction.appPermissions.has(PermissionFlagsBits.EmbedLinks),
        });
        switch (interaction.commandName) {
          case 'company': {
            const name = interaction.options.getString('name', true);
            const embed = new EmbedBuilder()
              .setTitle(name)
              .setDescription(`About ${name}`)
              .addFields({ name: 'Source', value: 'knowledge base', inline: true })
              .setColor(0x5865f2)
              .setFooter({ text: interaction.locale });
            await interaction.reply({ embeds: [embed], allowedMentions: { parse: [] } });
            return;
          }
          case 'slow':
            await interaction.deferReply();
            await interaction.editReply({ content: 'done thinking' });
            await interaction.followUp({ content: 'one more thing', flags: MessageFlags.Ephemeral });
            return;
          case 'menu':
            await interaction.reply({
              content: 'Choose',
              components: [
                new ActionRowBuilder<ButtonBuilder>().addComponents(
                  new ButtonBuilder().setCustomId('confirm').setLabel('OK').setStyle(ButtonStyle.Primary),
                ),
                new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(
                  new StringSelectMenuBuilder()
                    .setCustomId('pick')
                    .addOptions({ label: 'A', value: 'a' }, { label: 'B', value: 'b' }),
                ),
              ],
            });
            return;
          case 'ping':
            await interaction.reply({ content: 'pong' });
            return;
          case 'file':
            await interaction.reply({
              content: 'attached',
              files: [
                new AttachmentBuilder(Buffer.from('hello world'), {
                  name: 'hello.txt',
                  description: 'greeting',
                }),
              ],
            });
            return;
          case 'form':
            await interaction.showModal(
              new ModalBuilder()
                .setCustomId('feedback')
                .setTitle('Feedback')
                .addLabelComponents((label) =>
                  label
                    .setLabel('Your question')
                    .setTextInputComponent((input) =>
                      input.setCustomId('q').setStyle(TextInputStyle.Paragraph),
                    ),
                ),
            );
            return;
          case 'fetch': {
            const response = await interaction.reply({ content: 'with response', withResponse: true });
            seen.responseMessageId = response.resource?.message?.id;
            return;
          }
          default:
            return; // 'raw': left to the test
        }
      }
      if (interaction.isButton() && interaction.customId === 'later') {
        await interaction.deferUpdate();
        await interaction.editReply({ content: 'updated later', components: [] });
      } else if (interaction.isButton()) {
        await interaction.update({ content: `confirmed by ${interaction.user.username}`, components: [] });
      } else if (interaction.isStringSelectMenu()) {
        await interaction.update({ content: `picked ${interaction.values.join(',')}` });
      }
    } catch (error) {
      seen.errors.push(error);
    }
  });
  client.on(Events.MessageCreate, async (message) => {
    seen.messages.push({
      id: message.id,
      content: message.content,
      inGuild: message.inGuild(),
      bot: message.author.bot,
    });
    if (message.author.bot) return;
    if (message.inGuild() && !message.mentions.users.has(client.user?.id ?? '')) return;
    try {
      await message.reply({ content: 'hello!', allowedMentions: { parse: [], repliedUser: false } });
    } catch (error) {
      seen.errors.push(error);
    }
  });
}

const commandDefinitions = () => [
  new SlashCommandBuilder()
    .setName('company')
    .setDescription('Look up a company')
    .setDescriptionLocalizations({ ko: '회사 정보를 찾습니다' })
    .setDefaultMemberPermissions(PermissionFlagsBits.SendMessages)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addStringOption((o) =>
      o
        .setName('name')
        .setDescription('Company name')
        .setRequired(true)
        .setAutocomplete(true)
        .setMaxLength(100),
    )
    .toJSON(),
  new SlashCommandBuilder().setName('slow').setDescription('Deferred answer').toJSON(),
  new SlashCommandBuilder().setName('menu').setDescription('Components').toJSON(),
  new SlashCommandBuilder().setName('ping').setDescription('Ping').toJSON(),
];

let standin: DiscordStandin;
let tc: TestClient;
const rateLimits: RateLimitData[] = [];

beforeAll(async () => {
  standin = await new DiscordStandin({ heartbeatIntervalMs: 2000 }).start();
  tc = await createTestClient(standin, { setup: installHandlers });
  tc.client.rest.on(RESTEvents.RateLimited, (info) => rateLimits.push(info));
});

afterAll(async () => {
  await tc?.destroy();
  await standin?.stop();
});

afterEach(() => {
  const errors = seen.errors.splice(0);
  try {
    standin.assertNoViolations();
  } finally {
    standin.takeViolations();
  }
  expect(errors).toEqual([]);
});

describe('login', () => {
  it('logs the real discord.js client in and caches the guild', async () => {
    const { client } = tc;
    expect(client.isReady()).toBe(true);
    expect(client.user.id).toBe(standin.botUser.id);
    expect(client.application.id).toBe(standin.applicationId);
    const guild = client.guilds.cache.get(standin.guildId());
    expect(guild?.name).toBe('Test Guild');
    expect(guild?.preferredLocale).toBe('ko');
    expect(guild?.channels.cache.get(standin.channelId('general'))?.name).toBe('general');
    expect(guild?.members.me?.id).toBe(standin.botUser.id);
    expect(guild?.members.cache.get(standin.userId('tester'))?.user.username).toBe('tester');

    // What discord.js calls at login: only GET /gateway/bot (authenticated), then the gateway.
    expect(new Set(standin.requests.map((r) => `${r.method} ${r.route} ${r.status}`))).toEqual(
      new Set([`GET ${ROUTES.gatewayBot} 200`]),
    );
    expect(standin.requests.every((r) => r.authenticated)).toBe(true);
    const [connection] = standin.gateway.connections;
    expect(connection?.query).toEqual({ v: '10', encoding: 'json' }); // no zlib-sync installed -> no compress
    const identify = standin.gateway.received.find((p) => p.op === GatewayOp.Identify);
    expect(identify?.d).toMatchObject({ token: '[redacted]', intents: 4609, shard: [0, 1], compress: false });
    // Heartbeats (interval 2000 ms here) are acknowledged.
    await standin.waitForGateway((p) => p.op === GatewayOp.Heartbeat);
    await vi.waitFor(() => expect(tc.client.ws.ping).toBeGreaterThanOrEqual(0));
  });

  it('rejects a bad token (REST 401 -> TokenInvalid) without leaking it', async () => {
    await expect(createTestClient(standin, { token: 'definitely-wrong', timeoutMs: 5000 })).rejects.toThrow(
      /token/i,
    );
    const last = standin.requests.at(-1);
    expect(last).toMatchObject({ route: ROUTES.gatewayBot, status: 401, authenticated: false });
    expect(JSON.stringify(standin.requests)).not.toContain(standin.botToken);
    expect(JSON.stringify(standin.gateway.received)).not.toContain(standin.botToken);
  });
});

describe('application commands', () => {
  it('registers guild and global commands in bulk, validated against the spec', async () => {
    const guildId = standin.guildId();
    const guildSet = await tc.client.application.commands.set(commandDefinitions(), guildId);
    expect([...guildSet.values()].map((c) => c.name).sort()).toEqual(['company', 'menu', 'ping', 'slow']);
    const globalSet = await tc.client.application.commands.set(commandDefinitions().slice(0, 1));
    expect(globalSet.first()?.defaultMemberPermissions?.has(PermissionFlagsBits.SendMessages)).toBe(true);

    const puts = standin.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.route)).toEqual([ROUTES.guildCommands, ROUTES.globalCommands]);
    for (const put of puts) {
      expect(put).toMatchObject({
        status: 200,
        valid: true,
        schema: 'ApplicationCommandUpdateRequest[] | null',
      });
      // discord.js sends the permission bit set as a string (documented), the spec says integer.
      expect(put.exceptionsApplied).toEqual(['default_member_permissions-string']);
      const company = (put.body as Json[]).find((c) => c.name === 'company');
      expect(company).toMatchObject({
        default_member_permissions: String(PermissionFlagsBits.SendMessages),
        description_localizations: { ko: '회사 정보를 찾습니다' },
        contexts: [0, 1],
        options: [{ type: 3, name: 'name', required: true, autocomplete: true, max_length: 100 }],
      });
    }
    expect(standin.commands(guildId)).toHaveLength(4);
    expect(standin.commands()).toHaveLength(1);

    // A re-registration keeps ids (as Discord does for same name+type) and GET lists them.
    const again = await tc.client.application.commands.set(commandDefinitions(), guildId);
    expect([...again.keys()].sort()).toEqual([...guildSet.keys()].sort());
    const fetched = await tc.client.application.commands.fetch({ guildId });
    expect(fetched.size).toBe(4);
  });
});

describe('interactions', () => {
  it('answers a chat-input command with reply (embed, allowedMentions parse: [])', async () => {
    const ix = await standin.chatInput({
      name: 'company',
      options: [{ name: 'name', type: 3, value: '리벨리온' }],
      locale: 'ko',
    });
    expect(ix.callback?.type).toBe(4);
    expect(ix.callback?.request).toMatchObject({
      valid: true,
      schema: 'CreateMessageInteractionCallbackRequest',
      status: 204,
      authenticated: false,
    });
    expect(ix.callback?.data).toMatchObject({
      embeds: [
        {
          title: '리벨리온',
          description: 'About 리벨리온',
          color: 0x5865f2,
          fields: [{ name: 'Source', value: 'knowledge base', inline: true }],
          footer: { text: 'ko' },
        },
      ],
      allowed_mentions: { parse: [] },
    });
    expect(ix.original?.embeds[0]?.title).toBe('리벨리온');
    // The registered command id is used, and the handler saw the realistic context.
    expect((ix.payload.data as Json).id).toBe(
      standin.commands(standin.guildId()).find((c) => c.name === 'company')?.id,
    );
    expect(seen.commands.at(-1)).toEqual({
      name: 'company',
      locale: 'ko',
      guildLocale: 'ko',
      inGuild: true,
      option: '리벨리온',
      memberCanSend: true,
      appCanEmbed: true,
    });
  });

  it('answers a chat-input command in a DM (user instead of member)', async () => {
    const ix = await standin.chatInput({
      name: 'company',
      options: [{ name: 'name', type: 3, value: 'Rebellions' }],
      dm: true,
    });
    expect(ix.payload).toMatchObject({ context: 1, user: { username: 'tester' } });
    expect(ix.payload.member).toBeUndefined();
    expect(ix.callback?.type).toBe(4);
    expect(ix.original?.channel_id).toBe(standin.dmChannelId('tester'));
    expect(seen.commands.at(-1)).toMatchObject({
      inGuild: false,
      guildLocale: null,
      locale: 'en-US',
      memberCanSend: null,
      appCanEmbed: true,
    });
  });

  it('handles deferReply + editReply + followUp', async () => {
    const ix = await standin.chatInput({ name: 'slow' }, { until: (h) => h.followups.length === 1 });
    expect(ix.callback?.type).toBe(5);
    expect(ix.edits).toHaveLength(1);
    expect(ix.edits[0]?.target).toBe('@original');
    expect(ix.edits[0]?.body).toMatchObject({ content: 'done thinking' });
    expect(ix.original?.content).toBe('done thinking');
    expect(ix.original?.flags ?? 0).toBe(0); // no longer loading
    expect(ix.followups[0]).toMatchObject({ content: 'one more thing', flags: MessageFlags.Ephemeral });
    expect(ix.requests.map((r) => `${r.method} ${r.route} ${r.status}`)).toEqual([
      `POST ${ROUTES.interactionCallback} 204`,
      `PATCH ${ROUTES.webhookOriginal} 200`,
      `POST ${ROUTES.webhook} 200`,
    ]);
    expect(ix.requests.every((r) => r.valid === true)).toBe(true);
  });

  it('accepts multipart replies (payload_json + files)', async () => {
    const ix = await standin.chatInput({ name: 'file' });
    const request = ix.callback?.request;
    expect(request?.headers['content-type']).toMatch(/^multipart\/form-data/);
    expect(request?.files).toEqual([
      { field: 'files[0]', name: 'hello.txt', contentType: expect.any(String), size: 11 },
    ]);
    expect(request).toMatchObject({ valid: true, schema: 'CreateMessageInteractionCallbackRequest' });
    expect(request?.body).toMatchObject({
      type: 4,
      data: { content: 'attached', attachments: [{ id: '0', description: 'greeting' }] },
    });
    expect(ix.original?.attachments).toMatchObject([
      { filename: 'hello.txt', size: 11, description: 'greeting' },
    ]);
  });

  it('returns the interaction callback response when asked (withResponse)', async () => {
    const ix = await standin.chatInput({ name: 'fetch' });
    expect(ix.callback?.request).toMatchObject({ status: 200, query: { with_response: 'true' } });
    await vi.waitFor(() => expect(seen.responseMessageId).toBe(ix.original?.id));
  });

  it('responds to autocomplete with choices', async () => {
    const ix = await standin.autocomplete({
      name: 'company',
      options: [{ name: 'name', type: 3, value: '리' }],
      focused: 'name',
      locale: 'ko',
    });
    expect(ix.callback?.type).toBe(8);
    expect(ix.callback?.request).toMatchObject({
      valid: true,
      schema: 'ApplicationCommandAutocompleteCallbackRequest',
    });
    expect(ix.choices).toEqual([
      { name: '리벨리온', value: '리벨리온' },
      { name: '리디', value: '리디' },
    ]);
  });

  it('updates the message for a button and a string select', async () => {
    const menu = await standin.chatInput({ name: 'menu' });
    const messageId = menu.original?.id ?? '';
    expect(menu.original?.components).toHaveLength(2);

    const click = await standin.button({ customId: 'confirm', message: messageId });
    expect(click.callback?.type).toBe(7);
    expect(click.callback?.request).toMatchObject({
      valid: true,
      schema: 'UpdateMessageInteractionCallbackRequest',
    });
    expect(click.original).toMatchObject({ id: messageId, content: 'confirmed by tester', components: [] });

    const menu2 = await standin.chatInput({ name: 'menu' });
    const pick = await standin.selectMenu({
      customId: 'pick',
      values: ['b'],
      message: menu2.original?.id ?? '',
    });
    expect(pick.callback?.type).toBe(7);
    expect(pick.callback?.data).toMatchObject({ content: 'picked b' });
    expect(pick.original?.content).toBe('picked b');

    // deferUpdate (type 6) + editReply on a synthesized component message.
    const later = await standin.button({ customId: 'later' }, { until: (h) => h.edits.length === 1 });
    expect(later.callback?.type).toBe(6);
    expect(later.callback?.request).toMatchObject({
      valid: true,
      schema: 'UpdateMessageInteractionCallbackRequest',
    });
    expect(later.edits[0]?.target).toBe('@original');
    expect(later.edits[0]?.message).toMatchObject({ id: later.sourceMessage?.id, content: 'updated later' });
  });

  it('shows a modal (callback type 9)', async () => {
    const ix = await standin.chatInput({ name: 'form' });
    expect(ix.callback?.type).toBe(9);
    expect(ix.callback?.request).toMatchObject({ valid: true, schema: 'ModalInteractionCallbackRequest' });
    expect(ix.callback?.data).toMatchObject({
      custom_id: 'feedback',
      title: 'Feedback',
      components: [{ type: 18, label: 'Your question', component: { type: 4, custom_id: 'q', style: 2 } }],
    });
    expect(ix.original).toBeUndefined();
  });
});

describe('messages', () => {
  it('replies to a mention in a guild channel (and ignores an unmentioned message)', async () => {
    const plain = standin.sendMessage({ content: 'not for the bot' });
    const mention = standin.sendMessage({ content: 'what is this article about?', mentionBot: true });
    expect(mention.mentions.map((u) => u.id)).toEqual([standin.botUser.id]);
    const reply = await standin.waitForReplyTo(mention.id);
    expect(reply).toMatchObject({ status: 200, valid: true, schema: 'MessageCreateRequest' });
    expect(reply.body).toMatchObject({
      content: 'hello!',
      message_reference: { message_id: mention.id, fail_if_not_exists: true },
      allowed_mentions: { parse: [], replied_user: false },
    });
    expect(reply.path).toBe(`/channels/${standin.channelId('general')}/messages`);
    // Without the MESSAGE_CONTENT intent the unmentioned message arrives with empty content.
    expect(seen.messages.find((m) => m.id === plain.id)?.content).toBe('');
    expect(seen.messages.find((m) => m.id === mention.id)?.content).toContain('what is this article about?');
    expect(
      standin.requests.some((r) => JSON.stringify(r.body ?? null).includes(`"message_id":"${plain.id}"`)),
    ).toBe(false);
  });

  it('replies to a DM', async () => {
    const dm = standin.sendMessage({ content: '안녕하세요', dm: true });
    const reply = await standin.waitForReplyTo(dm.id);
    expect(reply.path).toBe(`/channels/${standin.dmChannelId('tester')}/messages`);
    expect(reply).toMatchObject({ status: 200, valid: true });
    expect(reply.body).toMatchObject({
      message_reference: { message_id: dm.id },
      allowed_mentions: { parse: [], replied_user: false },
    });
    expect(seen.messages.find((m) => m.id === dm.id)).toMatchObject({
      content: '안녕하세요',
      inGuild: false,
    });
  });

  it('a reply to the bot: its reference, the message it replies to (one level), the ping; read back by id, 404 once deleted', async () => {
    const mention = standin.sendMessage({ content: 'hi', mentionBot: true });
    const answer = (await standin.waitForReplyTo(mention.id)).response as Json & { id: string };
    const event = (id: string) =>
      standin.gateway.dispatched.find((d) => d.t === 'MESSAGE_CREATE' && d.d.id === id)?.d;
    const general = standin.channelId('general');
    const guild = standin.guildId();

    const pinging = standin.sendMessage({ content: 'and then?', replyTo: answer.id });
    expect(event(pinging.id)).toMatchObject({
      type: 19,
      content: 'and then?',
      message_reference: { type: 0, message_id: answer.id, channel_id: general, guild_id: guild },
      referenced_message: { id: answer.id, author: { id: standin.botUser.id } },
      mentions: [expect.objectContaining({ id: standin.botUser.id })],
    });
    // Discord nests one level: the answer, as a reply carries it, has no `referenced_message` of its own.
    expect(event(pinging.id)?.referenced_message).not.toHaveProperty('referenced_message');

    // The ping off, and the answer left out (the bot must fetch it): no text without Message Content.
    const quiet = standin.sendMessage({
      content: 'and then?',
      replyTo: answer.id,
      replyPing: false,
      includeReferenced: false,
    });
    expect(event(quiet.id)).toMatchObject({ mentions: [], content: '' });
    expect(event(quiet.id)).not.toHaveProperty('referenced_message');
    const channel = tc.client.channels.cache.get(general);
    if (!channel?.isTextBased()) throw new Error('no text channel');
    const read = await channel.messages.fetch({ message: answer.id, force: true });
    expect(read.author.id).toBe(standin.botUser.id);
    expect(standin.requests.at(-1)).toMatchObject({ route: ROUTES.channelMessage, status: 200 });

    // Deleted: a reply still points at it, with `referenced_message: null`, and fetching it is a 404.
    standin.deleteMessage(answer.id);
    const late = standin.sendMessage({ content: 'hello?', replyTo: answer.id, mentionBot: true });
    expect(event(late.id)).toMatchObject({
      message_reference: { message_id: answer.id },
      referenced_message: null,
    });
    await expect(channel.messages.fetch({ message: answer.id, force: true })).rejects.toMatchObject({
      code: 10008,
      status: 404,
    });
  });
});

describe('validation', () => {
  it('agrees with the spec: route table = Paths[route][method].requestBody', () => {
    const specFile = new URL(
      '../../node_modules/discord-api-spec/build/discord-api-spec.ts',
      import.meta.url,
    );
    const specSource = readFileSync(fileURLToPath(specFile), 'utf8');
    const pathsStart = specSource.indexOf('export interface Paths {');
    expect(pathsStart).toBeGreaterThan(-1);
    const paths = specSource.slice(pathsStart);
    for (const [key, ref] of Object.entries(REQUEST_BODY_SCHEMAS)) {
      const [method = '', route = ''] = key.split(' ');
      const start = paths.indexOf(`\n  "${route}": {`);
      expect(start, route).toBeGreaterThan(-1);
      const block = paths.slice(start, paths.indexOf('\n  },', start));
      const methodStart = block.indexOf(`\n    ${method.toLowerCase()}: {`);
      expect(methodStart, key).toBeGreaterThan(-1);
      const bodyMatch = /requestBody\?:([^;]+);/.exec(block.slice(methodStart));
      const names = (bodyMatch?.[1] ?? '')
        .split('|')
        .map((s) => s.trim())
        .filter((s) => s !== '' && s !== 'null');
      const expected =
        ref === 'by-callback-type' ? [...new Set(Object.values(CALLBACK_SCHEMA_BY_TYPE))] : ref.alternatives;
      expect(names.sort(), key).toEqual([...expected].sort());
    }
    // Every callback type maps to a schema whose `type` literal accepts it.
    for (const [type, name] of Object.entries(CALLBACK_SCHEMA_BY_TYPE)) {
      const ref = schemaRefFor('POST', ROUTES.interactionCallback, { type: Number(type) });
      expect(ref?.alternatives).toEqual([name]);
      const result = validateBody({ alternatives: [name] }, { type: Number(type) });
      expect(
        result.issues.filter((i) => i.path === 'type'),
        name,
      ).toEqual([]);
    }
    // Every served route exists in the spec.
    for (const route of Object.values(ROUTES)) expect(paths.includes(`\n  "${route}": {`), route).toBe(true);
  });

  it('catches bodies that violate the spec and answers 400 Invalid Form Body', async () => {
    const channelId = standin.channelId('general');
    const bad = tc.client.rest.post(Routes.channelMessages(channelId), {
      body: { content: 42, embeds: [{ title: 'x'.repeat(300) }] },
    });
    await expect(bad).rejects.toBeInstanceOf(DiscordAPIError);
    await expect(bad).rejects.toMatchObject({ status: 400, code: 50035 });
    let violations = standin.takeViolations();
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({
      kind: 'schema',
      schema: 'MessageCreateRequest',
      route: ROUTES.channelMessages,
    });
    expect(violations[0]?.issues.map((i) => i.path).sort()).toEqual(['content', 'embeds.0.title']);
    expect(violations[0]?.request.status).toBe(400);

    // The default_member_permissions exception only accepts the documented (decimal string) form.
    const badCommand = tc.client.rest.put(Routes.applicationCommands(standin.applicationId), {
      body: [{ name: 'bad', description: 'bad', default_member_permissions: 'eight' }],
    });
    await expect(badCommand).rejects.toMatchObject({ status: 400, code: 50035 });
    violations = standin.takeViolations();
    expect(violations.map((v) => v.issues.map((i) => i.path))).toEqual([['0.default_member_permissions']]);

    // An interaction callback with a 2001-character content.
    const raw = standin.sendInteraction({
      type: 2,
      ...standinContext(),
      data: { id: '1', name: 'raw', type: 1 },
    });
    const badCallback = tc.client.rest.post(Routes.interactionCallback(raw.id, raw.token), {
      body: { type: 4, data: { content: 'x'.repeat(2001) } },
      auth: false,
    });
    await expect(badCallback).rejects.toMatchObject({ status: 400, code: 50035 });
    violations = standin.takeViolations();
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ schema: 'CreateMessageInteractionCallbackRequest' });
    expect(violations[0]?.issues.map((i) => i.path)).toEqual(['data.content']);
    expect(raw.acknowledged).toBe(false);

    // Documented rules beyond the schema are reported as protocol violations.
    const upper = tc.client.rest.put(Routes.applicationCommands(standin.applicationId), {
      body: [{ name: 'Company', description: 'upper-case name' }],
    });
    await expect(upper).rejects.toMatchObject({ status: 400, code: 50035 });
    violations = standin.takeViolations();
    expect(violations).toMatchObject([{ kind: 'protocol', issues: [{ path: '0.name' }] }]);
    expect(() => standin.assertNoViolations()).not.toThrow();
  });
});

describe('unsupported routes', () => {
  it('reports routes the stand-in does not emulate', async () => {
    await expect(tc.client.rest.get(Routes.guildBans(standin.guildId()))).rejects.toMatchObject({
      status: 404,
    });
    const violations = standin.takeViolations();
    expect(violations).toMatchObject([{ kind: 'unsupported', method: 'GET' }]);
  });
});

/** Guild context for hand-built interaction payloads. */
function standinContext(): Json {
  const guildId = standin.guildId();
  const user = standin.world.user('tester');
  return {
    guild_id: guildId,
    channel_id: standin.channelId('general'),
    member: { ...standin.world.memberObject(guildId, user.id), permissions: '0' },
    app_permissions: '0',
    guild_locale: 'ko',
  };
}

describe('gateway', () => {
  it('resumes after the connection drops with 1006 and 4000, replaying missed events', async () => {
    const identifies = standin.gateway.received.filter((p) => p.op === GatewayOp.Identify).length;
    const [sessionId] = standin.gateway.activeSessionIds;
    for (const code of [1006, 4000]) {
      const mark = standin.gateway.received.length;
      const resumed = once(tc.client, Events.ShardResume);
      standin.dropConnection(code);
      expect(standin.gateway.connected).toBe(false);
      // Dispatched while disconnected: buffered, then replayed after RESUME.
      const pending = standin.chatInput({ name: 'ping' });
      const resume = await standin.waitForGateway((p) => p.op === GatewayOp.Resume, 5000, mark);
      expect(resume.d).toMatchObject({ token: '[redacted]', session_id: sessionId, seq: expect.any(Number) });
      await resumed;
      expect(standin.gateway.resumes.at(-1)).toEqual({ sessionId, seq: expect.any(Number), replayed: 1 });
      const ix = await pending;
      expect(ix.callback?.type).toBe(4);
      expect(ix.callback?.data).toMatchObject({ content: 'pong' });
    }
    expect(standin.gateway.received.filter((p) => p.op === GatewayOp.Identify)).toHaveLength(identifies);
    expect(standin.gateway.activeSessionIds).toEqual([sessionId]);
  });

  it('re-identifies after close 4009 (session timed out -> INVALID_SESSION) and keeps answering', async () => {
    const [oldSession] = standin.gateway.activeSessionIds;
    const mark = standin.gateway.received.length;
    const ready = once(tc.client, Events.ShardReady);
    standin.dropConnection(4009);
    // discord.js first tries to RESUME; the stand-in answers op 9 (d: false); the client re-IDENTIFYs.
    await standin.waitForGateway((p) => p.op === GatewayOp.Resume, 5000, mark);
    await standin.waitForGateway((p) => p.op === GatewayOp.Identify, 5000, mark);
    await ready;
    const [newSession] = standin.gateway.activeSessionIds;
    expect(newSession).toBeDefined();
    expect(newSession).not.toBe(oldSession);
    const ix = await standin.chatInput({ name: 'ping' });
    expect(ix.callback?.data).toMatchObject({ content: 'pong' });
  });

  it('follows op 7 RECONNECT with a RESUME', async () => {
    const mark = standin.gateway.received.length;
    const resumed = once(tc.client, Events.ShardResume);
    standin.requestReconnect();
    await standin.waitForGateway((p) => p.op === GatewayOp.Resume, 5000, mark);
    await resumed;
    const ix = await standin.chatInput({ name: 'ping' });
    expect(ix.callback?.type).toBe(4);
  });

  it('speaks zlib-stream transport compression and closes 4004 on a bad token (raw ws)', async () => {
    const received: Buffer[] = [];
    let decodedLength = 0;
    const decodeNext = (): Json => {
      const all = inflateSync(Buffer.concat(received), {
        finishFlush: zlibConstants.Z_SYNC_FLUSH,
      }).toString();
      const next = all.slice(decodedLength);
      decodedLength = all.length;
      return JSON.parse(next) as Json;
    };
    const ws = new WebSocket(`${standin.gatewayUrl}/?v=10&encoding=json&compress=zlib-stream`);
    const messages: Json[] = [];
    const arrived = vi.fn();
    ws.on('message', (data: Buffer) => {
      received.push(data);
      messages.push(decodeNext());
      arrived();
    });
    await once(ws, 'open');
    await vi.waitFor(() => expect(arrived).toHaveBeenCalledTimes(1));
    expect(messages[0]).toMatchObject({ op: 10, d: { heartbeat_interval: 2000 } });
    ws.send(JSON.stringify({ op: 1, d: null }));
    await vi.waitFor(() => expect(arrived).toHaveBeenCalledTimes(2));
    expect(messages[1]).toMatchObject({ op: 11 });
    ws.send(JSON.stringify({ op: 2, d: { token: 'wrong', intents: 0, properties: {} } }));
    const [code] = (await once(ws, 'close')) as [number];
    expect(code).toBe(4004);
  });
});

describe('REST faults', () => {
  it('survives a 429 (retry_after 0.2 s) on the interaction callback', async () => {
    const rule = standin.failNext({
      method: 'POST',
      route: ROUTES.interactionCallback,
      status: 429,
      retryAfter: 0.2,
    });
    const ix = await standin.chatInput({ name: 'ping' });
    expect(rule.hits).toBe(1);
    expect(ix.requests.map((r) => r.status)).toEqual([429, 204]);
    expect(ix.requests[0]?.response).toMatchObject({ retry_after: 0.2, global: false });
    expect(ix.callback?.data).toMatchObject({ content: 'pong' });
  });

  it('survives a global 429 on channel messages', async () => {
    standin.failNext({ route: ROUTES.channelMessages, status: 429, retryAfter: 0.2, global: true });
    const mention = standin.sendMessage({ content: 'hi', mentionBot: true });
    const reply = await standin.waitForReplyTo(mention.id);
    const attempts = standin.requests.filter(
      (r) => r.route === ROUTES.channelMessages && JSON.stringify(r.body ?? null).includes(mention.id),
    );
    expect(attempts.map((r) => r.status)).toEqual([429, 200]);
    expect(reply.status).toBe(200);
    expect(rateLimits.at(-1)).toMatchObject({ global: true });
  });

  it('survives a bucket 429 on editReply (sequential handler)', async () => {
    standin.failNext({ method: 'PATCH', route: ROUTES.webhookOriginal, status: 429, retryAfter: 0.2 });
    const ix = await standin.chatInput({ name: 'slow' }, { until: (h) => h.followups.length === 1 });
    expect(ix.requests.map((r) => `${r.method} ${r.status}`)).toEqual([
      'POST 204',
      'PATCH 429',
      'PATCH 200',
      'POST 200',
    ]);
    expect(ix.requests[1]?.response).toMatchObject({ retry_after: 0.2, global: false });
    expect(ix.original?.content).toBe('done thinking');
    expect(rateLimits.at(-1)).toMatchObject({ global: false, method: 'PATCH' });
  });

  it('survives 500s on the interaction callback (discord.js retries)', async () => {
    const rule = standin.failNext({ route: ROUTES.interactionCallback, status: 500, times: 2 });
    const ix = await standin.chatInput({ name: 'ping' });
    expect(rule.hits).toBe(2);
    expect(ix.requests.map((r) => r.status)).toEqual([500, 500, 204]);
    expect(ix.callback?.data).toMatchObject({ content: 'pong' });
  });

  it('answers 10062 after the response window and 40060 on a second callback', async () => {
    const late = standin.sendInteraction({
      type: 2,
      ...standinContext(),
      data: { id: '1', name: 'raw', type: 1 },
    });
    standin.expireInteraction(late);
    const body = { type: 4, data: { content: 'late' } };
    await expect(
      tc.client.rest.post(Routes.interactionCallback(late.id, late.token), { body, auth: false }),
    ).rejects.toMatchObject({ status: 404, code: 10062 });

    const twice = standin.sendInteraction({
      type: 2,
      ...standinContext(),
      data: { id: '1', name: 'raw', type: 1 },
    });
    await tc.client.rest.post(Routes.interactionCallback(twice.id, twice.token), { body, auth: false });
    await expect(
      tc.client.rest.post(Routes.interactionCallback(twice.id, twice.token), { body, auth: false }),
    ).rejects.toMatchObject({ status: 400, code: 40060 });
    expect(twice.requests.map((r) => r.status)).toEqual([204, 400]);
  });

  it('delivers injected Discord JSON errors 10062 and 40060 to the handler', async () => {
    for (const code of [10062, 40060]) {
      standin.failNext({ route: ROUTES.interactionCallback, code });
      const ix = await standin.chatInput({ name: 'ping' }, { until: (h) => h.requests.length === 1 });
      expect(ix.acknowledged).toBe(false);
      expect(ix.requests[0]).toMatchObject({ status: code === 10062 ? 404 : 400, response: { code } });
      await vi.waitFor(() => expect(seen.errors).toHaveLength(1));
      expect(seen.errors[0]).toMatchObject({ code, status: code === 10062 ? 404 : 400 });
      seen.errors.length = 0;
    }
  });
});
