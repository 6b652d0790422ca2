/**
 * Request-body validation against Discord's official OpenAPI schemas (npm `discord-api-spec`,
 * zod/mini build). Maps each stand-in route (+ interaction callback type) to the spec schema(s)
 * named by the spec's `Paths[route][method].requestBody`, applies the documented spec exceptions
 * (see spec-exceptions.ts) to a copy of the body, and turns zod issues into Discord-style
 * `Invalid Form Body` error trees.
 */
import * as spec from 'discord-api-spec/zod';
import * as z from 'zod/mini';
import { SPEC_EXCEPTIONS } from './spec-exceptions.ts';

type Schema = z.ZodMiniType;
type Issue = z.core.$ZodIssue;

/** Spec schemas by name (the spec type name, i.e. the export name without `Schema`). */
const SCHEMAS: Readonly<Record<string, Schema>> = {
  ApplicationCommandAutocompleteCallbackRequest: spec.ApplicationCommandAutocompleteCallbackRequestSchema,
  ApplicationCommandCreateRequest: spec.ApplicationCommandCreateRequestSchema,
  ApplicationCommandPatchRequestPartial: spec.ApplicationCommandPatchRequestPartialSchema,
  ApplicationCommandUpdateRequest: spec.ApplicationCommandUpdateRequestSchema,
  CreateMessageInteractionCallbackRequest: spec.CreateMessageInteractionCallbackRequestSchema,
  CreatePrivateChannelRequest: spec.CreatePrivateChannelRequestSchema,
  IncomingWebhookRequestPartial: spec.IncomingWebhookRequestPartialSchema,
  IncomingWebhookUpdateRequestPartial: spec.IncomingWebhookUpdateRequestPartialSchema,
  LaunchActivityInteractionCallbackRequest: spec.LaunchActivityInteractionCallbackRequestSchema,
  MessageCreateRequest: spec.MessageCreateRequestSchema,
  MessageEditRequestPartial: spec.MessageEditRequestPartialSchema,
  ModalInteractionCallbackRequest: spec.ModalInteractionCallbackRequestSchema,
  PongInteractionCallbackRequest: spec.PongInteractionCallbackRequestSchema,
  SocialLayerSKUPurchaseEligibilityInteractionCallbackRequest:
    spec.SocialLayerSKUPurchaseEligibilityInteractionCallbackRequestSchema,
  UpdateMessageInteractionCallbackRequest: spec.UpdateMessageInteractionCallbackRequestSchema,
};

/** Spec schemas of what the stand-in answers (its own objects, checked so that it answers like Discord). */
const RESPONSE_SCHEMAS: Readonly<Record<string, Schema>> = {
  MessageResponse: spec.MessageResponseSchema,
};

/**
 * Interaction callback type -> spec schema. The spec's requestBody for
 * `POST /interactions/{interaction_id}/{interaction_token}/callback` is the union of these,
 * each discriminated by a `type` literal.
 */
export const CALLBACK_SCHEMA_BY_TYPE: Readonly<Record<number, string>> = {
  1: 'PongInteractionCallbackRequest',
  4: 'CreateMessageInteractionCallbackRequest',
  5: 'CreateMessageInteractionCallbackRequest',
  6: 'UpdateMessageInteractionCallbackRequest',
  7: 'UpdateMessageInteractionCallbackRequest',
  8: 'ApplicationCommandAutocompleteCallbackRequest',
  9: 'ModalInteractionCallbackRequest',
  12: 'LaunchActivityInteractionCallbackRequest',
  13: 'SocialLayerSKUPurchaseEligibilityInteractionCallbackRequest',
};

/**
 * A body schema reference: alternatives (any may match, as in the spec's `A | B`), with
 * `Name[]` meaning "array of Name" and `nullable` meaning the spec allows `| null`.
 */
export interface BodySchemaRef {
  readonly alternatives: readonly string[];
  readonly nullable?: boolean;
}

/**
 * Route table: `METHOD /spec/path` -> the spec's requestBody. Mirrors discord-api-spec `Paths`
 * (standin.test.ts cross-checks this table against the spec's TypeScript source).
 */
export const REQUEST_BODY_SCHEMAS: Readonly<Record<string, BodySchemaRef | 'by-callback-type'>> = {
  'POST /interactions/{interaction_id}/{interaction_token}/callback': 'by-callback-type',
  'POST /webhooks/{webhook_id}/{webhook_token}': {
    alternatives: ['IncomingWebhookRequestPartial', 'IncomingWebhookUpdateRequestPartial'],
  },
  'PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original': {
    alternatives: ['IncomingWebhookUpdateRequestPartial'],
  },
  'PATCH /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}': {
    alternatives: ['IncomingWebhookUpdateRequestPartial'],
  },
  'POST /channels/{channel_id}/messages': { alternatives: ['MessageCreateRequest'] },
  'PATCH /channels/{channel_id}/messages/{message_id}': { alternatives: ['MessageEditRequestPartial'] },
  'POST /users/@me/channels': { alternatives: ['CreatePrivateChannelRequest'] },
  'PUT /applications/{application_id}/commands': {
    alternatives: ['ApplicationCommandUpdateRequest[]'],
    nullable: true,
  },
  'POST /applications/{application_id}/commands': { alternatives: ['ApplicationCommandCreateRequest'] },
  'PATCH /applications/{application_id}/commands/{command_id}': {
    alternatives: ['ApplicationCommandPatchRequestPartial'],
  },
  'PUT /applications/{application_id}/guilds/{guild_id}/commands': {
    alternatives: ['ApplicationCommandUpdateRequest[]'],
    nullable: true,
  },
  'POST /applications/{application_id}/guilds/{guild_id}/commands': {
    alternatives: ['ApplicationCommandCreateRequest'],
  },
  'PATCH /applications/{application_id}/guilds/{guild_id}/commands/{command_id}': {
    alternatives: ['ApplicationCommandPatchRequestPartial'],
  },
};

export interface SimpleIssue {
  /** Dotted path into the body, e.g. `data.embeds.0.title` (empty for the root). */
  path: string;
  code: string;
  message: string;
}

export interface ValidationResult {
  ok: boolean;
  /** Human-readable schema name, e.g. `CreateMessageInteractionCallbackRequest`. */
  schema: string;
  /** Flattened issues (unions resolved to their closest alternative). */
  issues: SimpleIssue[];
  /** Raw zod issues (JSON-safe copy). */
  rawIssues: unknown[];
  /** Ids of spec exceptions that rewrote part of the body before validation. */
  exceptionsApplied: string[];
}

/** Returns the schema reference for a request, or undefined when the route takes no body. */
export function schemaRefFor(method: string, specRoute: string, body: unknown): BodySchemaRef | undefined {
  const entry = REQUEST_BODY_SCHEMAS[`${method} ${specRoute}`];
  if (entry === undefined) return undefined;
  if (entry !== 'by-callback-type') return entry;
  const type = isRecord(body) ? body.type : undefined;
  const name = typeof type === 'number' ? CALLBACK_SCHEMA_BY_TYPE[type] : undefined;
  // Unknown callback type: validate against the whole union so the issue says what is allowed.
  return { alternatives: name ? [name] : [...new Set(Object.values(CALLBACK_SCHEMA_BY_TYPE))] };
}

export function describeSchemaRef(ref: BodySchemaRef): string {
  return ref.alternatives.join(' | ') + (ref.nullable ? ' | null' : '');
}

/** Validates a body against a schema reference, applying the spec exceptions first. */
export function validateBody(ref: BodySchemaRef, body: unknown): ValidationResult {
  const schema = describeSchemaRef(ref);
  if (body === null && ref.nullable) {
    return { ok: true, schema, issues: [], rawIssues: [], exceptionsApplied: [] };
  }
  let best: { issues: Issue[]; applied: string[] } | undefined;
  for (const alternative of ref.alternatives) {
    const isArray = alternative.endsWith('[]');
    const name = isArray ? alternative.slice(0, -2) : alternative;
    const base = SCHEMAS[name];
    if (!base) throw new Error(`validation: unknown spec schema ${name}`);
    const copy = structuredClone(body);
    const applied = applyExceptions(name, copy, isArray);
    const result = (isArray ? z.array(base) : base).safeParse(copy);
    if (result.success) {
      return { ok: true, schema, issues: [], rawIssues: [], exceptionsApplied: applied };
    }
    const issues = result.error.issues as Issue[];
    if (!best || issues.length < best.issues.length) best = { issues, applied };
  }
  const issues = best?.issues ?? [];
  return {
    ok: false,
    schema,
    issues: flattenIssues(issues, []),
    rawIssues: JSON.parse(JSON.stringify(issues, jsonSafe)) as unknown[],
    exceptionsApplied: best?.applied ?? [],
  };
}

/** Validates an object the stand-in answers with (a message as `GET` returns it) against the spec. */
export function validateResponse(name: keyof typeof RESPONSE_SCHEMAS, body: unknown): ValidationResult {
  const schema = RESPONSE_SCHEMAS[name];
  if (!schema) throw new Error(`validation: unknown response schema ${name}`);
  const result = schema.safeParse(body);
  if (result.success) return { ok: true, schema: name, issues: [], rawIssues: [], exceptionsApplied: [] };
  const issues = result.error.issues as Issue[];
  return {
    ok: false,
    schema: name,
    issues: flattenIssues(issues, []),
    rawIssues: JSON.parse(JSON.stringify(issues, jsonSafe)) as unknown[],
    exceptionsApplied: [],
  };
}

function applyExceptions(schemaName: string, copy: unknown, isArray: boolean): string[] {
  const applied = new Set<string>();
  const targets = isArray ? (Array.isArray(copy) ? copy : []) : [copy];
  for (const exception of SPEC_EXCEPTIONS) {
    if (!exception.schemas.includes(schemaName)) continue;
    for (const target of targets) {
      if (isRecord(target) && exception.apply(target)) applied.add(exception.id);
    }
  }
  return [...applied];
}

function jsonSafe(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

/** Flattens union issues to the alternative with the fewest issues. */
function flattenIssues(issues: readonly Issue[], prefix: PropertyKey[]): SimpleIssue[] {
  const out: SimpleIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const branches = issue.errors
        .map((branch) => flattenIssues(branch, path))
        // A branch failing only at the union's own level (e.g. `undefined` expected) says little.
        .sort((a, b) => score(a, path.length) - score(b, path.length));
      const chosen = branches[0];
      if (chosen && chosen.length > 0) {
        out.push(...chosen);
        continue;
      }
    }
    out.push({ path: path.map(String).join('.'), code: issue.code, message: describeIssue(issue) });
  }
  return out;
}

function score(branch: SimpleIssue[], depth: number): number {
  const shallow = branch.every((i) => (i.path === '' ? 0 : i.path.split('.').length) <= depth);
  return branch.length + (shallow ? 1000 : 0);
}

function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Expected ${issue.expected}, received ${describeInput(issue.input)}`;
    case 'too_big':
      return `Must be ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}${
        issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : ''
      }`;
    case 'too_small':
      return `Must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}${
        issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : ''
      }`;
    case 'invalid_value':
      return `Expected one of ${issue.values.map((v) => JSON.stringify(v, jsonSafe)).join(', ')}`;
    case 'invalid_format':
      return `Invalid ${issue.format}`;
    default:
      return issue.message;
  }
}

function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing (field is required)';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

/** Discord error codes for form errors (as seen in `Invalid Form Body` responses). */
function discordFormCode(issue: SimpleIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.message.includes('required') ? 'BASE_TYPE_REQUIRED' : 'BASE_TYPE_BAD_TYPE';
    case 'too_big':
      return issue.message.includes('characters') ? 'BASE_TYPE_MAX_LENGTH' : 'BASE_TYPE_MAX';
    case 'too_small':
      return issue.message.includes('characters') ? 'BASE_TYPE_MIN_LENGTH' : 'BASE_TYPE_MIN';
    case 'invalid_value':
      return 'BASE_TYPE_CHOICES';
    case 'invalid_format':
      return 'BASE_TYPE_BAD_FORMAT';
    default:
      return 'BASE_TYPE_INVALID';
  }
}

export interface DiscordErrorTree {
  [key: string]: DiscordErrorTree | Array<{ code: string; message: string }>;
}

/** Builds Discord's nested `errors` object: `{ embeds: { 0: { title: { _errors: [...] } } } }`. */
export function toDiscordErrors(issues: readonly SimpleIssue[]): DiscordErrorTree {
  const root: DiscordErrorTree = {};
  for (const issue of issues) {
    let node = root;
    for (const key of issue.path === '' ? [] : issue.path.split('.')) {
      const next = node[key];
      if (next === undefined || Array.isArray(next)) {
        const created: DiscordErrorTree = {};
        node[key] = created;
        node = created;
      } else {
        node = next;
      }
    }
    const list = node._errors;
    const entry = { code: discordFormCode(issue), message: issue.message };
    if (Array.isArray(list)) list.push(entry);
    else node._errors = [entry];
  }
  return root;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
