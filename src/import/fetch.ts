/**
 * Fetching a page for an import, safely: http and https only, no credentials in the URL, a time limit
 * and a size limit, at most three redirects, the content type checked, and never a loopback, private,
 * link-local or otherwise non-public address (IPv4 or IPv6). The host is resolved here, every address
 * of every DNS answer is checked, and the connection goes to the address that was checked (so a DNS
 * answer cannot change between the check and the connection); every redirect is checked the same way.
 * The page's content is never logged.
 */
import { lookup } from 'node:dns/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { BlockList, isIP } from 'node:net';

export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

export interface FetchPolicy {
  /** Which addresses may be connected to. Default: public addresses only (`isPublicAddress`). */
  readonly allowAddress?: (address: string) => boolean;
  /** The whole fetch, redirects included. Default 10 s. */
  readonly timeoutMs?: number;
  /** The largest body accepted. Default 2 MB. */
  readonly maxBytes?: number;
  /** Default 3. */
  readonly maxRedirects?: number;
  /** The content types accepted: default an article's (`ARTICLE_TYPES`); `any` for a file whose name says. */
  readonly types?: readonly string[] | 'any';
  /** DNS. Default: the system resolver, every address (`dns.lookup` with `all`). */
  readonly resolve?: (host: string) => Promise<readonly ResolvedAddress[]>;
}

export interface FetchedPage {
  /** Where the content came from, after redirects. */
  readonly url: string;
  /** The media type, lower case, without parameters (`text/html`). */
  readonly type: string;
  /** The charset the server declared, if any. */
  readonly charset?: string | undefined;
  readonly body: Buffer;
}

export type FetchFailure =
  | 'scheme'
  | 'credentials'
  | 'address'
  | 'dns'
  | 'redirects'
  | 'status'
  | 'type'
  | 'size'
  | 'timeout'
  | 'network';

/** Why a page was not fetched; `detail` (a status, a type, a host) is safe to show, never the page. */
export class FetchRefused extends Error {
  constructor(
    readonly reason: FetchFailure,
    readonly detail?: string,
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = 'FetchRefused';
  }
}

/** Pages an article is read from. */
export const ARTICLE_TYPES: readonly string[] = [
  'text/html',
  'application/xhtml+xml',
  'text/plain',
  'text/markdown',
  'text/x-markdown',
];

const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  blocked.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const)
  blocked.addSubnet(network, prefix, 'ipv6');

/** The IPv4 address inside an IPv6 one that carries it (`::ffff:10.0.0.1`, NAT64, 6to4), if any. */
function embeddedIPv4(address: string): string | undefined {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|::ffff:0:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  const sixToFour = /^2002:([0-9a-f]{1,4}):([0-9a-f]{1,4}):/.exec(lower);
  const parts = hex ?? sixToFour;
  if (!parts) return undefined;
  const [high, low] = [Number.parseInt(parts[1]!, 16), Number.parseInt(parts[2]!, 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** Whether an address is on the public internet: not loopback, private, link-local, reserved … */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return !blocked.check(address, 'ipv4');
  if (family !== 6) return false;
  const inner = embeddedIPv4(address);
  if (inner) return isPublicAddress(inner);
  return !blocked.check(address, 'ipv6');
}

async function systemResolve(host: string): Promise<readonly ResolvedAddress[]> {
  const answers = await lookup(host, { all: true, verbatim: true });
  return answers.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
}

/** Checks a URL and resolves its host: the address to connect to, every answer allowed. */
async function checkedAddress(url: URL, policy: FetchPolicy): Promise<ResolvedAddress> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchRefused('scheme', url.protocol);
  if (url.username || url.password) throw new FetchRefused('credentials');
  const allow = policy.allowAddress ?? isPublicAddress;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let answers: readonly ResolvedAddress[];
  if (isIP(host)) answers = [{ address: host, family: isIP(host) === 6 ? 6 : 4 }];
  else {
    try {
      answers = await (policy.resolve ?? systemResolve)(host);
    } catch {
      throw new FetchRefused('dns', host);
    }
  }
  if (answers.length === 0) throw new FetchRefused('dns', host);
  // One address the policy refuses is enough to refuse the host: its DNS could hand out that one next.
  const refused = answers.find((a) => !allow(a.address));
  if (refused) throw new FetchRefused('address', host);
  return answers[0]!;
}

interface Response {
  readonly status: number;
  readonly location?: string | undefined;
  readonly type: string;
  readonly charset?: string | undefined;
  readonly body?: Buffer;
}

function mediaType(header: string | undefined): { type: string; charset?: string | undefined } {
  const [type = '', ...params] = (header ?? '').split(';').map((p) => p.trim());
  const charset = params
    .find((p) => /^charset=/i.test(p))
    ?.slice(8)
    .replace(/"/g, '');
  return { type: type.toLowerCase(), charset };
}

/** One request to `address`, the URL's host kept for the Host header and TLS. */
function requestOnce(
  url: URL,
  address: ResolvedAddress,
  policy: FetchPolicy,
  signal: AbortSignal,
): Promise<Response> {
  const maxBytes = policy.maxBytes ?? 2 * 1024 * 1024;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: 'GET',
        signal,
        headers: {
          'user-agent': 'article-qa-bot (knowledge import)',
          accept: 'text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.8',
          'accept-encoding': 'identity',
        },
        // Connect to the checked address, whatever the DNS would answer now.
        lookup: (_host, options, callback) => {
          if (options.all) callback(null, [{ address: address.address, family: address.family }]);
          else callback(null, address.address, address.family);
        },
      },
      (response) => readResponse(response, maxBytes, policy.types ?? ARTICLE_TYPES).then(resolve, reject),
    );
    request.on('error', (error) =>
      reject(
        signal.aborted
          ? new FetchRefused('timeout')
          : error instanceof FetchRefused
            ? error
            : new FetchRefused('network'),
      ),
    );
    request.end();
  });
}

async function readResponse(
  response: IncomingMessage,
  maxBytes: number,
  types: readonly string[] | 'any',
): Promise<Response> {
  const status = response.statusCode ?? 0;
  const { type, charset } = mediaType(response.headers['content-type']);
  if (status >= 300 && status < 400) {
    response.resume();
    return { status, location: response.headers.location, type };
  }
  if (status < 200 || status >= 300) {
    response.resume();
    throw new FetchRefused('status', String(status));
  }
  if (types !== 'any' && !types.includes(type)) {
    response.destroy();
    throw new FetchRefused('type', type || 'none');
  }
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw new FetchRefused('size', String(declared));
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.byteLength;
    if (size > maxBytes) {
      response.destroy();
      throw new FetchRefused('size', `more than ${maxBytes}`);
    }
    chunks.push(buffer);
  }
  return { status, type, charset, body: Buffer.concat(chunks) };
}

/** Fetches an article page under `policy`; throws `FetchRefused` saying why not. */
export async function fetchPage(address: string, policy: FetchPolicy = {}): Promise<FetchedPage> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new FetchRefused('scheme', 'not a URL');
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), policy.timeoutMs ?? 10_000);
  try {
    for (let redirects = 0; ; redirects++) {
      const target = await checkedAddress(url, policy);
      if (controller.signal.aborted) throw new FetchRefused('timeout');
      const response = await requestOnce(url, target, policy, controller.signal);
      if (response.body)
        return { url: url.href, type: response.type, charset: response.charset, body: response.body };
      if (!response.location) throw new FetchRefused('status', String(response.status));
      if (redirects >= (policy.maxRedirects ?? 3)) throw new FetchRefused('redirects');
      url = new URL(response.location, url);
    }
  } catch (error) {
    if (controller.signal.aborted && !(error instanceof FetchRefused && error.reason !== 'network'))
      throw new FetchRefused('timeout');
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
