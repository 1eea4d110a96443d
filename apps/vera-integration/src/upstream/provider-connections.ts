import { createHash } from 'node:crypto';
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { HealthRegistry } from '@libs/platform';
import {
  ClientCredentialsTokenProvider,
  observedHealth,
  UpstreamHttpClient,
  UpstreamMetrics,
} from '@libs/upstream';
import { VERA_CONFIG, VeraConfig } from '../config';
import { ProviderCredentials } from '../providers/provider-credentials';
import { ConnectionCheck, failedCheck } from './connection-check';
import { ENTRA_UPSTREAM, VERA_UPSTREAM } from './upstream-names';

interface ProviderConnection {
  /** Hash of everything the token depends on: changed credentials get a new token, never the old one. */
  fingerprint: string;
  tokens: ClientCredentialsTokenProvider;
  http: UpstreamHttpClient;
}

const CONNECTIONS_PER_PROVIDER = 10;

function fingerprint(c: ProviderCredentials): string {
  return createHash('sha256')
    .update([c.tenantId, c.clientId, c.resource, c.clientSecret].join('\0'))
    .digest('hex');
}

/** The Entra v1 client-credentials token source for one provider's credentials. */
export function entraTokenProvider(
  config: VeraConfig,
  credentials: ProviderCredentials,
  metrics: UpstreamMetrics,
): ClientCredentialsTokenProvider {
  return new ClientCredentialsTokenProvider(
    {
      name: ENTRA_UPSTREAM,
      tokenUrl: `${config.entraAuthorityUrl}/${encodeURIComponent(credentials.tenantId)}/oauth2/token`,
      clientId: credentials.clientId,
      clientSecret: credentials.clientSecret,
      resource: credentials.resource,
      style: 'entra-v1',
      timeoutMs: config.timeoutMs,
    },
    metrics,
  );
}

/**
 * One VERA HTTP client per provider, each with its own Entra token provider: DfE identifies the
 * provider by the token alone, so a token must never be used for another provider's call.
 *
 * `/health` has one component each for `vera` and `entra`, whatever the number of providers: each as
 * the latest call to it (for any provider) found it. Neither can be probed without a provider's
 * credentials, and one provider's refused credentials (a 4xx) are that provider's problem, not an outage.
 */
@Injectable()
export class ProviderConnections implements OnModuleDestroy {
  private readonly byUkprn = new Map<string, ProviderConnection>();

  constructor(
    @Inject(VERA_CONFIG) private readonly config: VeraConfig,
    private readonly metrics: UpstreamMetrics,
    health: HealthRegistry,
  ) {
    health.register(VERA_UPSTREAM, observedHealth(metrics, VERA_UPSTREAM));
    health.register(ENTRA_UPSTREAM, observedHealth(metrics, ENTRA_UPSTREAM));
  }

  clientFor(credentials: ProviderCredentials): UpstreamHttpClient {
    const current = fingerprint(credentials);
    const existing = this.byUkprn.get(credentials.ukprn);
    if (existing?.fingerprint === current) return existing.http;
    if (existing) void this.close(existing);
    const connection = this.connect(credentials, current);
    this.byUkprn.set(credentials.ukprn, connection);
    return connection.http;
  }

  /**
   * "Test connection": asks Entra for a token with these credentials. When it works, the connection is kept
   * for the provider, so its first VERA call uses the token just fetched; otherwise it is dropped.
   */
  async testCredentials(credentials: ProviderCredentials): Promise<ConnectionCheck> {
    const connection = this.connect(credentials, fingerprint(credentials));
    const checkedAt = new Date();
    try {
      await connection.tokens.getToken();
    } catch (error) {
      await this.close(connection);
      return failedCheck(error, checkedAt);
    }
    const existing = this.byUkprn.get(credentials.ukprn);
    if (existing) void this.close(existing);
    this.byUkprn.set(credentials.ukprn, connection);
    return { status: 'OK', checkedAt };
  }

  async onModuleDestroy(): Promise<void> {
    const all = [...this.byUkprn.values()];
    this.byUkprn.clear();
    await Promise.all(all.map((connection) => this.close(connection)));
  }

  private connect(credentials: ProviderCredentials, hash: string): ProviderConnection {
    const tokens = entraTokenProvider(this.config, credentials, this.metrics);
    const http = new UpstreamHttpClient(
      {
        name: VERA_UPSTREAM,
        baseUrl: this.config.apiBaseUrl,
        timeoutMs: this.config.timeoutMs,
        tokenProvider: tokens,
        connections: CONNECTIONS_PER_PROVIDER,
      },
      this.metrics,
    );
    return { fingerprint: hash, tokens, http };
  }

  private async close(connection: ProviderConnection): Promise<void> {
    await Promise.all([connection.http.close(), connection.tokens.close()]);
  }
}
