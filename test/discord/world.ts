/**
 * The stand-in's little Discord world: users, guilds (roles, channels, members), DM channels,
 * messages and registered application commands, plus builders for the JSON objects Discord sends.
 */
import type { APIEmbed, APIMessage, APIRole, APIUser, UserFlags } from 'discord.js';
import { ChannelType, EmbedType, MessageType, PermissionFlagsBits, PermissionsBitField } from 'discord.js';

export type Json = Record<string, unknown>;

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A real-looking snowflake (timestamp-based, unique within the process). */
export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | increment).toString();
}

/**
 * A snowflake for a guild that Discord routes to shard `shardId` of `shardCount`
 * (`(guild_id >> 22) % shard_count`, https://discord.com/developers/docs/events/gateway#sharding).
 */
export function snowflakeOnShard(shardId: number, shardCount: number, at: number = Date.now()): string {
  if (!(Number.isInteger(shardCount) && shardCount >= 1 && shardId >= 0 && shardId < shardCount))
    throw new Error(`stand-in: no shard ${shardId} of ${shardCount}`);
  const count = BigInt(shardCount);
  const offset = (BigInt(shardId) - ((BigInt(at) - DISCORD_EPOCH) % count) + count) % count;
  return snowflake(at + Number(offset));
}

/** The shard Discord routes a guild's events to: `(guild_id >> 22) % shard_count`. */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

export function isoNow(): string {
  return new Date().toISOString();
}

export const ALL_PERMISSIONS = PermissionsBitField.All;

/** Default @everyone permissions of a new guild (close to what Discord gives a fresh server). */
export const DEFAULT_EVERYONE_PERMISSIONS =
  PermissionFlagsBits.CreateInstantInvite |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.Stream |
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.MentionEveryone |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.Connect |
  PermissionFlagsBits.Speak |
  PermissionFlagsBits.UseVAD |
  PermissionFlagsBits.ChangeNickname |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.CreatePrivateThreads |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.UseExternalStickers |
  PermissionFlagsBits.SendVoiceMessages |
  PermissionFlagsBits.SendPolls |
  PermissionFlagsBits.UseExternalApps;

/** Default permissions of the bot's managed role (what a typical invite link grants). */
export const DEFAULT_BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.UseApplicationCommands;

export interface UserSeed {
  id?: string;
  username: string;
  globalName?: string | null;
  bot?: boolean;
}

export interface RoleSeed {
  id?: string;
  name: string;
  permissions?: bigint | string;
  color?: number;
  mentionable?: boolean;
}

export interface ChannelSeed {
  id?: string;
  name: string;
  /** Defaults to a text channel. */
  type?: ChannelType;
  topic?: string | null;
  nsfw?: boolean;
}

export interface MemberSeed {
  /** User id or username. */
  user: string;
  /** Role ids or names. */
  roles?: string[];
  nick?: string | null;
}

export interface GuildSeed {
  id?: string;
  name: string;
  /** Guild's community locale (interaction `guild_locale`). Default `en-US`. */
  preferredLocale?: string;
  /** Owner (user id or username); defaults to the first member. */
  owner?: string;
  everyonePermissions?: bigint | string;
  botPermissions?: bigint | string;
  roles?: RoleSeed[];
  channels?: ChannelSeed[];
  /** Members besides the bot (user ids or usernames). */
  members?: Array<string | MemberSeed>;
}

export interface WorldSeed {
  bot?: { id?: string; username?: string };
  /** Application id; defaults to the bot user id (as for every modern application). */
  applicationId?: string;
  users?: UserSeed[];
  guilds?: GuildSeed[];
}

export interface MemberState {
  userId: string;
  roles: string[];
  nick: string | null;
  joinedAt: string;
}

export interface GuildState {
  id: string;
  name: string;
  preferredLocale: string;
  ownerId: string;
  roles: APIRole[];
  channels: Json[];
  members: Map<string, MemberState>;
  createdAt: string;
}

export interface ChannelState {
  id: string;
  guildId?: string;
  /** DM recipient (for DM channels). */
  recipientId?: string;
  object: Json;
}

export interface StoredCommand extends Json {
  id: string;
  name: string;
  type: number;
  guild_id?: string;
}

export const DEFAULT_SEED: Required<Pick<WorldSeed, 'users' | 'guilds'>> = {
  users: [
    { username: 'tester', globalName: 'Tester' },
    { username: 'other-user', globalName: 'Other' },
  ],
  guilds: [
    {
      name: 'Test Guild',
      preferredLocale: 'ko',
      channels: [{ name: 'general' }, { name: 'random' }],
      roles: [{ name: 'Moderator', permissions: PermissionFlagsBits.ManageMessages, mentionable: true }],
      members: ['tester', { user: 'other-user', roles: ['Moderator'] }],
    },
  ],
};

export class World {
  readonly bot: APIUser;
  readonly applicationId: string;
  readonly users = new Map<string, APIUser>();
  readonly guilds = new Map<string, GuildState>();
  readonly channels = new Map<string, ChannelState>();
  readonly messages = new Map<string, APIMessage>();
  /** Messages deleted (by anyone): a reply may still point at one, as on Discord. */
  readonly deletedMessages = new Map<string, APIMessage>();
  readonly globalCommands = new Map<string, StoredCommand>();
  readonly guildCommands = new Map<string, Map<string, StoredCommand>>();
  private readonly dmByUser = new Map<string, string>();
  private componentIds = 0;

  constructor(seed: WorldSeed = {}) {
    const botId = seed.bot?.id ?? snowflake();
    this.bot = {
      ...userObject({ id: botId, username: seed.bot?.username ?? 'qa-bot', bot: true }),
      bot: true,
    };
    this.users.set(botId, this.bot);
    this.applicationId = seed.applicationId ?? botId;
    for (const user of seed.users ?? DEFAULT_SEED.users) {
      const object = userObject({ ...user, id: user.id ?? snowflake() });
      this.users.set(object.id, object);
    }
    for (const guild of seed.guilds ?? DEFAULT_SEED.guilds) this.addGuild(guild);
  }

  /** Resolves a user by id or username. */
  user(ref: string): APIUser {
    const direct = this.users.get(ref);
    if (direct) return direct;
    for (const user of this.users.values()) if (user.username === ref) return user;
    throw new Error(`stand-in: unknown user ${JSON.stringify(ref)}`);
  }

  guild(ref?: string): GuildState {
    if (ref === undefined) {
      const first = this.guilds.values().next();
      if (first.done) throw new Error('stand-in: no guild configured');
      return first.value;
    }
    const direct = this.guilds.get(ref);
    if (direct) return direct;
    for (const guild of this.guilds.values()) if (guild.name === ref) return guild;
    throw new Error(`stand-in: unknown guild ${JSON.stringify(ref)}`);
  }

  /** Resolves a channel by id, or by name within a guild (default: the first guild). */
  channel(ref: string, guildRef?: string): ChannelState {
    const direct = this.channels.get(ref);
    if (direct) return direct;
    const guild = this.guild(guildRef);
    for (const channel of this.channels.values()) {
      if (channel.guildId === guild.id && channel.object.name === ref) return channel;
    }
    throw new Error(`stand-in: unknown channel ${JSON.stringify(ref)}`);
  }

  /** The DM channel between the bot and a user (created on first use, as Discord does). */
  dmChannel(userRef: string): ChannelState {
    const user = this.user(userRef);
    const existing = this.dmByUser.get(user.id);
    if (existing) {
      const channel = this.channels.get(existing);
      if (channel) return channel;
    }
    const id = snowflake();
    const state: ChannelState = {
      id,
      recipientId: user.id,
      object: {
        id,
        type: ChannelType.DM,
        last_message_id: null,
        flags: 0,
        recipients: [user],
      },
    };
    this.channels.set(id, state);
    this.dmByUser.set(user.id, id);
    return state;
  }

  member(guildId: string, userId: string): MemberState | undefined {
    return this.guilds.get(guildId)?.members.get(userId);
  }

  /** Member permissions in a guild (roles OR'ed; owner/administrator = all). Overwrites are ignored. */
  permissions(guildId: string, userId: string): bigint {
    const guild = this.guilds.get(guildId);
    if (!guild) return 0n;
    if (guild.ownerId === userId) return ALL_PERMISSIONS;
    const member = guild.members.get(userId);
    let bits = 0n;
    for (const role of guild.roles) {
      if (role.id === guild.id || member?.roles.includes(role.id)) bits |= BigInt(role.permissions);
    }
    return bits & PermissionFlagsBits.Administrator ? ALL_PERMISSIONS : bits;
  }

  memberObject(guildId: string, userId: string, withUser = true): Json {
    const member = this.member(guildId, userId);
    const object: Json = {
      roles: member?.roles ?? [],
      nick: member?.nick ?? null,
      avatar: null,
      banner: null,
      joined_at: member?.joinedAt ?? isoNow(),
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      communication_disabled_until: null,
    };
    if (withUser) object.user = this.user(userId);
    return object;
  }

  /** The GUILD_CREATE payload (what discord.js caches the guild from). */
  guildCreatePayload(guildId: string): Json {
    const guild = this.guilds.get(guildId);
    if (!guild) throw new Error(`stand-in: unknown guild ${guildId}`);
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      icon_hash: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: guild.ownerId,
      afk_channel_id: null,
      afk_timeout: 300,
      widget_enabled: false,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: guild.channels[0]?.id ?? null,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      vanity_url_code: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      premium_progress_bar_enabled: false,
      preferred_locale: guild.preferredLocale,
      nsfw_level: 0,
      max_members: 500_000,
      max_video_channel_users: 25,
      max_stage_video_channel_users: 50,
      hub_type: null,
      incidents_data: null,
      roles: guild.roles,
      emojis: [],
      stickers: [],
      // GUILD_CREATE-only fields
      joined_at: guild.createdAt,
      large: false,
      unavailable: false,
      member_count: guild.members.size,
      voice_states: [],
      members: [...guild.members.keys()].map((userId) => this.memberObject(guild.id, userId)),
      channels: guild.channels,
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      lazy: true,
    };
  }

  /** Builds a message object as returned by REST (gateway adds guild_id/member). */
  buildMessage(input: {
    channelId: string;
    author: APIUser;
    content?: string;
    embeds?: unknown;
    components?: unknown;
    flags?: number;
    type?: MessageType;
    webhookId?: string;
    applicationId?: string;
    messageReference?: Json;
    referencedMessage?: APIMessage | null;
    mentions?: APIUser[];
    mentionRoles?: string[];
    mentionEveryone?: boolean;
    interactionMetadata?: Json;
    interaction?: Json;
    tts?: boolean;
    nonce?: string | number;
    attachments?: Json[];
  }): APIMessage {
    const message: Json = {
      id: snowflake(),
      channel_id: input.channelId,
      author: input.author,
      content: input.content ?? '',
      timestamp: isoNow(),
      edited_timestamp: null,
      tts: input.tts ?? false,
      mention_everyone: input.mentionEveryone ?? false,
      mentions: input.mentions ?? [],
      mention_roles: input.mentionRoles ?? [],
      attachments: input.attachments ?? [],
      embeds: this.normalizeEmbeds(input.embeds),
      components: this.normalizeComponents(input.components),
      pinned: false,
      type: input.type ?? MessageType.Default,
      flags: input.flags ?? 0,
    };
    if (input.webhookId) message.webhook_id = input.webhookId;
    if (input.applicationId) message.application_id = input.applicationId;
    if (input.messageReference) message.message_reference = input.messageReference;
    if (input.referencedMessage !== undefined) message.referenced_message = input.referencedMessage;
    if (input.interactionMetadata) message.interaction_metadata = input.interactionMetadata;
    if (input.interaction) message.interaction = input.interaction;
    if (input.nonce !== undefined) message.nonce = input.nonce;
    return message as unknown as APIMessage;
  }

  normalizeEmbeds(embeds: unknown): APIEmbed[] {
    if (!Array.isArray(embeds)) return [];
    return embeds.map((embed) => ({ type: EmbedType.Rich, ...(embed as APIEmbed) }));
  }

  /** Discord assigns a numeric `id` to every component in responses. */
  normalizeComponents(components: unknown): Json[] {
    if (!Array.isArray(components)) return [];
    const walk = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(walk);
      if (typeof value !== 'object' || value === null) return value;
      const copy: Json = {};
      for (const [key, inner] of Object.entries(value)) copy[key] = walk(inner);
      if (typeof copy.type === 'number' && copy.id === undefined) copy.id = ++this.componentIds;
      return copy;
    };
    return walk(components) as Json[];
  }

  /** Deletes a stored message, remembering it as deleted. */
  deleteMessage(id: string): APIMessage | undefined {
    const message = this.messages.get(id);
    if (!message) return undefined;
    this.messages.delete(id);
    this.deletedMessages.set(id, message);
    return message;
  }

  storeMessage(message: APIMessage): APIMessage {
    this.messages.set(message.id, message);
    const channel = this.channels.get(message.channel_id);
    if (channel) channel.object.last_message_id = message.id;
    return message;
  }

  private addGuild(seed: GuildSeed): void {
    const id = seed.id ?? snowflake();
    const everyone: APIRole = roleObject({
      id,
      name: '@everyone',
      permissions: seed.everyonePermissions ?? DEFAULT_EVERYONE_PERMISSIONS,
      position: 0,
    });
    const roles: APIRole[] = [everyone];
    for (const [index, role] of (seed.roles ?? []).entries()) {
      roles.push(
        roleObject({
          id: role.id ?? snowflake(),
          name: role.name,
          permissions: role.permissions ?? 0n,
          color: role.color ?? 0,
          mentionable: role.mentionable ?? false,
          position: index + 1,
        }),
      );
    }
    const botRole = roleObject({
      id: snowflake(),
      name: this.bot.username,
      permissions: seed.botPermissions ?? DEFAULT_BOT_PERMISSIONS,
      position: roles.length,
      managed: true,
      tags: { bot_id: this.bot.id },
    });
    roles.push(botRole);
    const roleId = (ref: string): string => {
      const role = roles.find((r) => r.id === ref || r.name === ref);
      if (!role) throw new Error(`stand-in: unknown role ${JSON.stringify(ref)} in guild ${seed.name}`);
      return role.id;
    };
    const createdAt = isoNow();
    const members = new Map<string, MemberState>();
    members.set(this.bot.id, { userId: this.bot.id, roles: [botRole.id], nick: null, joinedAt: createdAt });
    for (const entry of seed.members ?? []) {
      const memberSeed: MemberSeed = typeof entry === 'string' ? { user: entry } : entry;
      const user = this.user(memberSeed.user);
      members.set(user.id, {
        userId: user.id,
        roles: (memberSeed.roles ?? []).map(roleId),
        nick: memberSeed.nick ?? null,
        joinedAt: createdAt,
      });
    }
    const firstHuman = [...members.keys()].find((userId) => userId !== this.bot.id);
    const ownerId = seed.owner ? this.user(seed.owner).id : (firstHuman ?? this.bot.id);
    const channels: Json[] = (seed.channels ?? [{ name: 'general' }]).map((channel, position) => {
      const channelId = channel.id ?? snowflake();
      const type = channel.type ?? ChannelType.GuildText;
      const object: Json = {
        id: channelId,
        type,
        name: channel.name,
        position,
        permission_overwrites: [],
        parent_id: null,
        nsfw: channel.nsfw ?? false,
        flags: 0,
      };
      if (type === ChannelType.GuildText || type === ChannelType.GuildAnnouncement) {
        object.topic = channel.topic ?? null;
        object.last_message_id = null;
        object.rate_limit_per_user = 0;
      }
      if (type === ChannelType.GuildForum) {
        object.topic = channel.topic ?? null;
        object.last_message_id = null;
        object.rate_limit_per_user = 0;
        object.available_tags = [];
        object.default_reaction_emoji = null;
        object.default_sort_order = null;
        object.default_forum_layout = 0;
        object.default_thread_rate_limit_per_user = 0;
      }
      this.channels.set(channelId, { id: channelId, guildId: id, object });
      return object;
    });
    this.guilds.set(id, {
      id,
      name: seed.name,
      preferredLocale: seed.preferredLocale ?? 'en-US',
      ownerId,
      roles,
      channels,
      members,
      createdAt,
    });
  }
}

export function userObject(seed: UserSeed & { id: string }): APIUser {
  const user: APIUser = {
    id: seed.id,
    username: seed.username,
    discriminator: '0',
    global_name: seed.globalName ?? null,
    avatar: null,
    public_flags: 0 as UserFlags,
    flags: 0 as UserFlags,
    banner: null,
    accent_color: null,
    avatar_decoration_data: null,
    primary_guild: null,
  };
  if (seed.bot) user.bot = true;
  return user;
}

function roleObject(input: {
  id: string;
  name: string;
  permissions: bigint | string;
  position: number;
  color?: number;
  mentionable?: boolean;
  managed?: boolean;
  tags?: Json;
}): APIRole {
  const role: Json = {
    id: input.id,
    name: input.name,
    color: input.color ?? 0,
    colors: { primary_color: input.color ?? 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: input.position,
    permissions: BigInt(input.permissions).toString(),
    managed: input.managed ?? false,
    mentionable: input.mentionable ?? false,
    flags: 0,
  };
  if (input.tags) role.tags = input.tags;
  return role as unknown as APIRole;
}
