import { UpstreamMalformedResponseError, UpstreamStatusError } from '../errors/upstream-errors';
import { UpstreamHttpClient } from '../http/upstream-http-client';
import type { UpstreamRequest } from '../http/upstream-types';
import type { UpstreamMetrics } from '../metrics/upstream-metrics';
import type { TokenProvider } from './token-provider';

export interface ClientCredentialsOptions {
  /** Upstream name of the token endpoint, used in errors and metrics, e.g. `hmpps-auth`. */
  name: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** `hmpps-basic`: HMPPS Auth (Basic auth, grant type in the query); `entra-v1`: Entra ID v1 form fields. */
  style: 'hmpps-basic' | 'entra-v1';
  /** Entra v1 `resource` (App ID URI of the API the token is for). */
  resource?: string;
  /** Refresh this long before the token expires (default 60000). */
  refreshSkewMs?: number;
  timeoutMs?: number;
}

interface TokenAnswer {
  access_token?: unknown;
  expires_in?: unknown;
  expires_on?: unknown;
}

interface CachedToken {
  token: string;
  /** Epoch ms after which the token is not handed out any more. */
  refreshAt: number;
}

const DEFAULT_SKEW_MS = 60_000;
const DEFAULT_TIMEOUT_MS = 5_000;

/**
 * OAuth2 client-credentials tokens, cached until shortly before they expire, with at most one token
 * request in flight however many callers ask at once.
 */
export class ClientCredentialsTokenProvider implements TokenProvider {
  private cached?: CachedToken;
  private inFlight?: Promise<string>;
  private requests = 0;
  private readonly http: UpstreamHttpClient;

  constructor(
    private readonly options: ClientCredentialsOptions,
    metrics?: UpstreamMetrics,
  ) {
    this.http = new UpstreamHttpClient(
      { name: options.name, baseUrl: options.tokenUrl, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS },
      metrics,
    );
  }

  /** Token requests sent so far. */
  get requestCount(): number {
    return this.requests;
  }

  getToken(): Promise<string> {
    if (this.cached && Date.now() < this.cached.refreshAt) return Promise.resolve(this.cached.token);
    this.inFlight ??= this.fetchToken().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  invalidate(token?: string): void {
    if (token === undefined || this.cached?.token === token) this.cached = undefined;
  }

  async close(): Promise<void> {
    await this.http.close();
  }

  private async fetchToken(): Promise<string> {
    this.requests++;
    const requestedAt = Date.now();
    // Getting a client-credentials token changes nothing upstream, so the POST may be retried.
    const response = await this.http.request<TokenAnswer>({ ...this.tokenRequest(), idempotent: true });
    if (response.status === 401) {
      throw new UpstreamStatusError(
        this.options.name,
        401,
        response.body,
        response.text,
        `Invalid credentials for ${this.options.name}: the token endpoint refused client id ${this.options.clientId}`,
      );
    }
    if (response.status < 200 || response.status >= 300) {
      throw new UpstreamStatusError(
        this.options.name,
        response.status,
        response.body,
        response.text,
        `${this.options.name} answered ${response.status} to the token request`,
      );
    }
    const answer = response.body;
    if (
      typeof answer !== 'object' ||
      answer === null ||
      typeof answer.access_token !== 'string' ||
      !answer.access_token
    ) {
      throw new UpstreamMalformedResponseError(
        this.options.name,
        `${this.options.name} sent a token answer without access_token`,
      );
    }
    const lifetimeMs = tokenLifetimeMs(answer, requestedAt);
    if (lifetimeMs !== undefined) {
      this.cached = {
        token: answer.access_token,
        refreshAt: requestedAt + lifetimeMs - this.skewFor(lifetimeMs),
      };
    }
    return answer.access_token;
  }

  /** A token that lives less than twice the skew would be refreshed at once; keep it for half its life. */
  private skewFor(lifetimeMs: number): number {
    const skew = this.options.refreshSkewMs ?? DEFAULT_SKEW_MS;
    return lifetimeMs < 2 * skew ? lifetimeMs / 2 : skew;
  }

  private tokenRequest(): UpstreamRequest {
    const { style, clientId, clientSecret, resource } = this.options;
    if (style === 'hmpps-basic') {
      const credentials = Buffer.from(`${clientId}:${clientSecret}`).toString('base64');
      return {
        method: 'POST',
        path: '',
        query: { grant_type: 'client_credentials' },
        headers: { authorization: `Basic ${credentials}` },
      };
    }
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
      resource: resource ?? '',
    });
    return {
      method: 'POST',
      path: '',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    };
  }
}

/** `expires_in` (seconds from now) wins over `expires_on` (epoch seconds); both may arrive as strings. */
function tokenLifetimeMs(answer: TokenAnswer, requestedAt: number): number | undefined {
  const expiresIn = numeric(answer.expires_in);
  if (expiresIn !== undefined) return expiresIn * 1000;
  const expiresOn = numeric(answer.expires_on);
  return expiresOn === undefined ? undefined : expiresOn * 1000 - requestedAt;
}

function numeric(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number > 0 ? number : undefined;
}
