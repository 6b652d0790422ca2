/**
 * Fetching a page for an import, against a local HTTP server on 127.0.0.1. The private-address rule
 * is on in every test except where a test allows exactly 127.0.0.1, to reach that server; redirects
 * to other private addresses are refused before any connection is made.
 */
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { type FetchPolicy, FetchRefused, fetchPage, isPublicAddress } from '../../src/import/fetch.ts';

const ARTICLE =
  '<html><head><title>기사</title></head><body><article><p>본문입니다.</p></article></body></html>';
let server: http.Server;
let base: string;
const requests: string[] = [];
const hosts: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    requests.push(url);
    hosts.push(req.headers.host ?? '');
    if (url === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(ARTICLE);
    } else if (url === '/slow') {
      const timer = setTimeout(() => res.end(ARTICLE), 30_000);
      res.on('close', () => clearTimeout(timer));
    } else if (url === '/huge') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const more = () => {
        while (sent < 200 && res.write(chunk)) sent++;
        if (sent < 200) res.once('drain', more);
        else res.end();
      };
      res.on('close', () => {
        sent = 200;
      });
      more();
    } else if (url === '/huge-declared') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
      res.end();
    } else if (url.startsWith('/redirect-to?')) {
      res.writeHead(302, { location: decodeURIComponent(url.slice('/redirect-to?'.length)) });
      res.end();
    } else if (url.startsWith('/hop/')) {
      const n = Number(url.slice(5));
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/article' });
      res.end();
    } else if (url === '/image') {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    } else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Not found</h1>');
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Only the local test server's address, nothing else private. */
const localServer: FetchPolicy = { allowAddress: (address) => address === '127.0.0.1' };

async function refusal(url: string, policy: FetchPolicy = {}): Promise<FetchRefused> {
  try {
    await fetchPage(url, policy);
  } catch (error) {
    if (error instanceof FetchRefused) return error;
    throw error;
  }
  throw new Error(`${url} was fetched`);
}

describe('with private addresses refused (the default)', () => {
  test('loopback by address, by name (the DNS answer is checked) and in IPv6 forms: nothing is sent', async () => {
    const before = requests.length;
    const port = new URL(base).port;
    for (const url of [
      `${base}/article`,
      `http://localhost:${port}/article`,
      `http://[::1]:${port}/article`,
      `http://[::ffff:127.0.0.1]:${port}/article`,
    ])
      expect((await refusal(url)).reason, url).toBe('address');
    expect(requests.length).toBe(before);
  });

  test('a host with one private address among its DNS answers is refused before connecting', async () => {
    const resolve = async () => [
      { address: '93.184.216.34', family: 4 as const },
      { address: '10.1.2.3', family: 4 as const },
    ];
    expect((await refusal('https://news.example/article', { resolve })).reason).toBe('address');
  });

  test('http and https only, and no credentials in the address', async () => {
    expect((await refusal('ftp://news.example/a.html')).reason).toBe('scheme');
    expect((await refusal('file:///etc/passwd')).reason).toBe('scheme');
    expect((await refusal('not a url')).reason).toBe('scheme');
    expect((await refusal('https://user:secret@news.example/')).reason).toBe('credentials');
  });

  test.each([
    ['127.0.0.1', false],
    ['10.0.0.1', false],
    ['172.16.5.4', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['224.0.0.1', false],
    ['::1', false],
    ['::', false],
    ['fe80::1', false],
    ['fd00::1', false],
    ['::ffff:10.0.0.1', false],
    ['::ffff:a00:1', false],
    ['64:ff9b::7f00:1', false],
    ['2002:7f00:1::1', false],
    ['93.184.216.34', true],
    ['2606:2800:220:1:248:1893:25c8:1946', true],
    ['::ffff:93.184.216.34', true],
  ])('%s is public: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});

describe('allowing exactly 127.0.0.1, to reach the local server', () => {
  test('a normal page: its bytes, type and charset', async () => {
    const page = await fetchPage(`${base}/article`, localServer);
    expect(page).toMatchObject({ url: `${base}/article`, type: 'text/html', charset: 'utf-8' });
    expect(page.body.toString('utf8')).toBe(ARTICLE);
  });

  test('a name is resolved here and the connection goes to the address that was checked', async () => {
    const port = new URL(base).port;
    const resolve = async () => [{ address: '127.0.0.1', family: 4 as const }];
    const page = await fetchPage(`http://news.test:${port}/article`, { ...localServer, resolve });
    expect(page.body.toString('utf8')).toBe(ARTICLE);
    expect(hosts.at(-1)).toBe(`news.test:${port}`);
  });

  test('a slow page: the time limit', async () => {
    expect((await refusal(`${base}/slow`, { ...localServer, timeoutMs: 200 })).reason).toBe('timeout');
  });

  test('a huge page: the size limit, declared or not', async () => {
    expect((await refusal(`${base}/huge`, { ...localServer, maxBytes: 1024 * 1024 })).reason).toBe('size');
    expect((await refusal(`${base}/huge-declared`, localServer)).reason).toBe('size');
  });

  test.each([
    'http://10.0.0.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[fd00::1]/',
    'http://192.168.0.1:8080/admin',
  ])('a redirect to a private address (%s) is refused before connecting', async (target) => {
    const refused = await refusal(`${base}/redirect-to?${encodeURIComponent(target)}`, localServer);
    expect(refused.reason).toBe('address');
  });

  test('three redirects are followed; a fourth is refused', async () => {
    expect((await fetchPage(`${base}/hop/2`, localServer)).url).toBe(`${base}/article`);
    expect((await refusal(`${base}/hop/3`, localServer)).reason).toBe('redirects');
  });

  test('a content type that is no article (an image)', async () => {
    const refused = await refusal(`${base}/image`, localServer);
    expect(refused).toMatchObject({ reason: 'type', detail: 'image/png' });
  });

  test('a 404', async () => {
    expect(await refusal(`${base}/missing`, localServer)).toMatchObject({ reason: 'status', detail: '404' });
  });
});

test('IMPORT_ALLOW_PRIVATE is read by the configuration: off unless set', () => {
  const parse = (env: Record<string, string>) => {
    const result = loadConfig(env, { dotenv: false });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    return result.config.IMPORT_ALLOW_PRIVATE;
  };
  expect(parse({})).toBe(false);
  expect(parse({ IMPORT_ALLOW_PRIVATE: 'true' })).toBe(true);
  expect(parse({ IMPORT_ALLOW_PRIVATE: 'false' })).toBe(false);
});
