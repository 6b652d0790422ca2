/**
 * The HTTP side of monitoring (`METRICS_PORT`): `GET /healthz` (200, or 503 with the reason as JSON)
 * and `GET /metrics` (Prometheus text format). Nothing else is served. It listens on `127.0.0.1`
 * unless `METRICS_HOST` says otherwise: the figures are for the operator's Prometheus, not the world.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { HealthReport } from './health.ts';

/** Where the answers come from: one process's `Monitoring`, or a ShardingManager gathering its shards. */
export interface MonitoringEndpoints {
  health(): HealthReport | Promise<HealthReport>;
  exposition(): Promise<{ contentType: string; body: string }>;
}

export interface MonitoringServer {
  readonly host: string;
  /** The port it listens on (the one the OS picked when `METRICS_PORT=0`). */
  readonly port: number;
  close(): Promise<void>;
}

export async function startMonitoringServer(
  endpoints: MonitoringEndpoints,
  options: { readonly host: string; readonly port: number; readonly logger: Logger },
): Promise<MonitoringServer> {
  const { logger } = options;
  const server = createServer((request, response) => {
    handle(endpoints, request, response).catch((error: unknown) => {
      logger.error('monitoring.request_failed', { path: pathOf(request), error });
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'internal error\n');
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `METRICS_PORT ${options.port} on ${options.host} is already in use`
            : `could not listen on ${options.host}:${options.port} (${error.code ?? error.message})`,
        ),
      );
    server.once('error', failed);
    server.listen(options.port, options.host, () => {
      server.off('error', failed);
      resolve();
    });
  });
  server.on('error', (error) => logger.error('monitoring.server_error', { error }));
  const { port } = server.address() as AddressInfo;
  logger.info('monitoring.listening', { host: options.host, port });
  return {
    host: options.host,
    port,
    async close() {
      // Prometheus keeps its connection open between scrapes: that must not hold a shutdown.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function handle(
  endpoints: MonitoringEndpoints,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const path = pathOf(request);
  if (path !== '/healthz' && path !== '/metrics') {
    send(response, 404, 'text/plain; charset=utf-8', 'not found: try /healthz or /metrics\n');
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('allow', 'GET, HEAD');
    send(response, 405, 'text/plain; charset=utf-8', 'method not allowed\n');
    return;
  }
  if (path === '/healthz') {
    const report = await endpoints.health();
    send(
      response,
      report.status === 'ok' ? 200 : 503,
      'application/json; charset=utf-8',
      `${JSON.stringify(report)}\n`,
    );
    return;
  }
  const { contentType, body } = await endpoints.exposition();
  send(response, 200, contentType, body);
}

function pathOf(request: IncomingMessage): string {
  return new URL(request.url ?? '/', 'http://localhost').pathname;
}

function send(response: ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, {
    'content-type': contentType,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  // Node leaves the body out of a HEAD response by itself.
  response.end(body);
}

/**
 * For entry points: serves `endpoints` when `METRICS_PORT` is set (on `METRICS_HOST`). A port that
 * cannot be opened is one line on stderr and exit code 1: monitoring was asked for, and a bot that
 * silently runs without it would look down to its operator.
 */
export async function serveMonitoringOrExit(
  endpoints: MonitoringEndpoints,
  config: Pick<Config, 'METRICS_PORT' | 'METRICS_HOST'>,
  logger: Logger,
): Promise<MonitoringServer | undefined> {
  if (config.METRICS_PORT === undefined) return undefined;
  try {
    return await startMonitoringServer(endpoints, {
      host: config.METRICS_HOST,
      port: config.METRICS_PORT,
      logger,
    });
  } catch (error) {
    console.error(`Monitoring: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
