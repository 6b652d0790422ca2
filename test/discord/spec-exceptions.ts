/**
 * The ONE place where the stand-in deliberately deviates from Discord's OpenAPI spec
 * (`discord-api-spec`) because the spec disagrees with Discord's documentation.
 *
 * Every exception is a targeted pre-processing step applied to a *copy* of the request body
 * before it is validated; the recorded body is never altered. An exception must only make a
 * value acceptable when it has the documented shape, so a body that is wrong by the
 * documentation still fails validation.
 *
 * Rule for adding an entry: only add exceptions that a real request actually hit, and justify them
 * from the documentation (discord-api-types mirrors the docs, and discord.js is what real bots run).
 */

export interface SpecException {
  /** Stable identifier, recorded on each request the exception was applied to. */
  readonly id: string;
  /** Spec schema names (without the `Schema` suffix) the exception applies to. */
  readonly schemas: readonly string[];
  /** What the spec says versus what the documentation says. */
  readonly disagreement: string;
  /** Why the documentation wins. */
  readonly reason: string;
  /**
   * Rewrites one request object (an element, for array bodies) in place.
   * Returns true when something was rewritten.
   */
  apply(target: Record<string, unknown>): boolean;
}

const DECIMAL_STRING = /^(0|[1-9][0-9]*)$/;

export const SPEC_EXCEPTIONS: readonly SpecException[] = [
  {
    id: 'default_member_permissions-string',
    schemas: [
      'ApplicationCommandUpdateRequest',
      'ApplicationCommandCreateRequest',
      'ApplicationCommandPatchRequestPartial',
    ],
    disagreement:
      'discord-api-spec types `default_member_permissions` as an integer (0..2^54); the documentation ' +
      '(Application Commands > Application Command Object) types it as a "?string" permission bit set.',
    reason:
      'Permission bit sets are serialized as strings everywhere in the documentation (they exceed 2^53). ' +
      'discord-api-types (which mirrors the documentation) declares `default_member_permissions: Permissions | null` ' +
      'with `type Permissions = string`, and discord.js ApplicationCommandManager.transformCommand sends ' +
      '`new PermissionsBitField(...).bitfield.toString()`. Only decimal digit strings are accepted; the ' +
      'numeric range check of the spec still applies to the converted value.',
    apply(target) {
      const value = target.default_member_permissions;
      if (typeof value === 'string' && DECIMAL_STRING.test(value)) {
        target.default_member_permissions = Number(value);
        return true;
      }
      return false;
    },
  },
];
