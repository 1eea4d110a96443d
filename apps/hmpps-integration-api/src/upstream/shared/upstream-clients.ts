import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { HealthRegistry } from '@libs/platform';
import { ClientCredentialsTokenProvider, UpstreamHttpClient, UpstreamMetrics } from '@libs/upstream';
import { AppConfig, UpstreamKey } from '../../config';

/** Every upstream answers this unauthenticated path (HMPPS services' standard ping). */
const HEALTH_PING_PATH = '/health/ping';

/**
 * Builds the HTTP client of each upstream with the shared policy (time budget, retries, breaker) and
 * one HMPPS Auth client-credentials token provider, so a single cached token serves every gateway.
 */
@Injectable()
export class UpstreamClients implements OnApplicationShutdown {
  readonly tokenProvider: ClientCredentialsTokenProvider;
  private readonly clients: UpstreamHttpClient[] = [];

  constructor(
    private readonly config: AppConfig,
    private readonly metrics: UpstreamMetrics,
    private readonly health: HealthRegistry,
  ) {
    const { hmppsAuthUrl, clientId, clientSecret, upstreamTimeoutMs } = config.values;
    this.tokenProvider = new ClientCredentialsTokenProvider(
      {
        name: 'hmpps-auth',
        tokenUrl: `${hmppsAuthUrl.replace(/\/$/, '')}/oauth/token`,
        clientId,
        clientSecret,
        style: 'hmpps-basic',
        timeoutMs: Math.min(upstreamTimeoutMs, 10_000),
      },
      metrics,
    );
  }

  /** `name` is the upstream's short name in errors, metrics and `/health` (e.g. `prison-api`). */
  create(key: UpstreamKey, name: string): UpstreamHttpClient {
    const client = new UpstreamHttpClient(
      {
        name,
        baseUrl: this.config.values.upstreamUrls[key],
        timeoutMs: this.config.values.upstreamTimeoutMs,
        retries: this.config.values.upstreamRetries,
        tokenProvider: this.tokenProvider,
      },
      this.metrics,
    );
    client.registerHealth(this.health, HEALTH_PING_PATH);
    this.clients.push(client);
    return client;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.clients.map((client) => client.close()), this.tokenProvider.close()]);
  }
}
