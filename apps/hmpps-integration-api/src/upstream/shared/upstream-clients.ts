import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { HealthRegistry } from '@libs/platform';
import {
  ClientCredentialsTokenProvider,
  TokenProvider,
  UpstreamHttpClient,
  UpstreamMetrics,
} from '@libs/upstream';
import { currentConsumer } from '../../consumers/authorised-consumer';
import { AppConfig, UpstreamKey } from '../../config';

/** Every upstream answers this unauthenticated path (HMPPS services' standard ping). */
const HEALTH_PING_PATH = '/health/ping';

/**
 * Builds the HTTP client of each upstream with the shared policy (time budget, retries, breaker) and
 * one HMPPS Auth client-credentials token provider, so a single cached token serves every gateway. A
 * request made on behalf of an end user (`X-On-Behalf-Of`) gets that user's token instead, so upstreams
 * can apply the user's access rules.
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

  /** The token for the request being served: its end user's, or the client's own. */
  private readonly onBehalfOfCaller: TokenProvider = {
    getToken: () => this.tokensForCaller().getToken(),
    invalidate: (token) => this.tokensForCaller().invalidate(token),
  };

  private tokensForCaller(): TokenProvider {
    const user = currentConsumer.getStore()?.onBehalfOf;
    return user ? this.tokenProvider.forUser(user) : this.tokenProvider;
  }

  /** `name` is the upstream's short name in errors, metrics and `/health` (e.g. `prison-api`). */
  create(key: UpstreamKey, name: string): UpstreamHttpClient {
    return this.createAt(this.config.values.upstreamUrls[key], name);
  }

  /** A client for an upstream whose URL is optional configuration (Manage Users). */
  createAt(baseUrl: string, name: string): UpstreamHttpClient {
    const client = new UpstreamHttpClient(
      {
        name,
        baseUrl,
        timeoutMs: this.config.values.upstreamTimeoutMs,
        retries: this.config.values.upstreamRetries,
        tokenProvider: this.onBehalfOfCaller,
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
