import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MetricsService } from './metrics.service';

const METRICS_PORT_OFFSET = 10_000;

/**
 * The metrics port: `METRICS_PORT` when set (`0` = any free port), otherwise the app's port + 10000
 * (8080 → 18080), or any free port when the app itself listens on one.
 */
export function metricsPort(appPort: number, env: NodeJS.ProcessEnv = process.env): number {
  const setting = env.METRICS_PORT?.trim();
  const defaultPort = appPort === 0 ? 0 : appPort + METRICS_PORT_OFFSET;
  const port = setting ? (/^\d{1,5}$/.test(setting) ? Number(setting) : NaN) : defaultPort;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(
      setting
        ? `METRICS_PORT must be a port number (0-65535), not "${setting}"`
        : `the default metrics port (${appPort} + ${METRICS_PORT_OFFSET}) is not a port: set METRICS_PORT`,
    );
  }
  return port;
}

/**
 * Prometheus metrics on a port of their own, never on the app's public port: the ingress, and the
 * consumers behind it, never see them, and the scraper needs no token or consumer permission.
 * `GET /metrics` only; anything else is 404. Started by `bootstrap` once the app listens, closed with it.
 */
@Injectable()
export class MetricsServer implements OnApplicationShutdown {
  private server?: Server;
  private address?: string;

  constructor(private readonly metrics: MetricsService) {}

  /** Resolves with the base URL, e.g. `http://127.0.0.1:18080`. */
  async listen(port: number, host: string): Promise<string> {
    const { registry } = this.metrics;
    const server = createServer((request, response) => {
      const path = (request.url ?? '').split('?', 1)[0];
      if ((request.method !== 'GET' && request.method !== 'HEAD') || path !== '/metrics') {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
        return;
      }
      registry.metrics().then(
        (text) => response.writeHead(200, { 'content-type': registry.contentType }).end(text),
        () =>
          response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Metrics failed\n'),
      );
    });
    // A slow or stuck client must not hold a socket for long: scrapes are small and quick.
    server.headersTimeout = 5_000;
    server.requestTimeout = 10_000;
    server.listen(port, host);
    await Promise.race([
      once(server, 'listening'),
      once(server, 'error').then(([error]) => {
        throw new Error(`metrics server cannot listen on ${host}:${port}: ${(error as Error).message}`);
      }),
    ]);
    this.server = server;
    const { port: bound } = server.address() as AddressInfo;
    this.address = `http://${host.includes(':') ? `[${host}]` : host}:${bound}`;
    return this.address;
  }

  /** The base URL once listening. */
  get url(): string | undefined {
    return this.address;
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    const closed = once(server, 'close');
    server.close();
    server.closeAllConnections();
    await closed;
  }
}
