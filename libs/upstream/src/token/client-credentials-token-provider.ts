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

/** The token state of one subject: the client itself, or one user the client acts for. */
interface Subject {
  username?: string;
  cached?: CachedToken;
  inFlight?: Promise<string>;
}

const DEFAULT_SKEW_MS = 60_000;
const DEFAULT_TIMEOUT_MS = 5_000;
/** Users whose tokens are kept at once; the longest unused one is forgotten first. */
const MAX_USERS = 1000;

/**
 * OAuth2 client-credentials tokens, cached until shortly before they expire, with at most one token
 * request in flight per subject however many callers ask at once. HMPPS Auth also issues them on behalf
 * of a user (`forUser`), each user's token cached on its own.
 */
export class ClientCredentialsTokenProvider implements TokenProvider {
  private readonly client: Subject = {};
  private readonly users = new Map<string, Subject>();
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
    return this.tokenFor(this.client);
  }

  invalidate(token?: string): void {
    invalidate(this.client, token);
  }

  /**
   * Tokens for the client acting on behalf of `username` (HMPPS Auth's `username` parameter), so that
   * upstreams can apply that user's access rules. Only the `hmpps-basic` style supports it.
   */
  forUser(username: string): TokenProvider {
    if (this.options.style !== 'hmpps-basic') {
      throw new Error(`${this.options.name}: tokens on behalf of a user need the hmpps-basic style`);
    }
    let subject = this.users.get(username);
    if (subject) this.users.delete(username);
    else subject = { username };
    this.users.set(username, subject);
    if (this.users.size > MAX_USERS) this.users.delete(this.users.keys().next().value as string);
    const user = subject;
    return { getToken: () => this.tokenFor(user), invalidate: (token) => invalidate(user, token) };
  }

  async close(): Promise<void> {
    await this.http.close();
  }

  private tokenFor(subject: Subject): Promise<string> {
    if (subject.cached && Date.now() < subject.cached.refreshAt) return Promise.resolve(subject.cached.token);
    subject.inFlight ??= this.fetchToken(subject).finally(() => {
      subject.inFlight = undefined;
    });
    return subject.inFlight;
  }

  private async fetchToken(subject: Subject): Promise<string> {
    this.requests++;
    const requestedAt = Date.now();
    // Getting a client-credentials token changes nothing upstream, so the POST may be retried.
    const response = await this.http.request<TokenAnswer>({
      ...this.tokenRequest(subject.username),
      idempotent: true,
    });
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
      subject.cached = {
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

  private tokenRequest(username: string | undefined): UpstreamRequest {
    const { style, clientId, clientSecret, resource } = this.options;
    if (style === 'hmpps-basic') {
      const credentials = Buffer.from(`${clientId}:${clientSecret}`).toString('base64');
      return {
        method: 'POST',
        path: '',
        query: { grant_type: 'client_credentials', username },
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

function invalidate(subject: Subject, token: string | undefined): void {
  if (token === undefined || subject.cached?.token === token) subject.cached = undefined;
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
