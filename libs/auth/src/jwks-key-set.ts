import { createPublicKey, KeyObject } from 'node:crypto';
import { JwksClient } from 'jwks-rsa';

/** The JWKS's keys by `kid`, and when they were fetched. */
interface FetchedKeys {
  byKid: Map<string, KeyObject>;
  /** The only key, when the set has exactly one: a token without `kid` may use it (as jwks-rsa allows). */
  only?: KeyObject;
  fetchedAt: number;
}

export interface KeySetOptions {
  jwksUrl: string;
  /**
   * The least time between two fetches of the key set, however many unknown `kid`s arrive: tokens naming
   * a key HMPPS Auth has not published can make at most one fetch per interval, shared by everyone.
   */
  refreshIntervalMs: number;
  /** Known keys are fetched again after this long (a key HMPPS Auth withdrew stops being trusted). */
  maxAgeMs: number;
  timeoutMs: number;
}

/**
 * HMPPS Auth's signing keys, fetched with jwks-rsa and held as parsed `KeyObject`s (verifying with PEM
 * text would parse the key again on every call).
 *
 * The set is fetched again only when it is older than `maxAgeMs`, or when a token names an unknown `kid`
 * and the last fetch is older than `refreshIntervalMs`; one fetch at a time, which every waiting token
 * shares. A `kid` still unknown after that is refused without another fetch, so callers sending made-up
 * `kid`s cannot spend a budget that a valid token with a freshly rotated key then lacks: that key is
 * found by the next fetch, at most one interval later. A failed fetch keeps the keys already known.
 */
export class JwksKeySet {
  private readonly client: JwksClient;
  private keys: FetchedKeys = { byKid: new Map(), fetchedAt: Number.NEGATIVE_INFINITY };
  private fetching?: Promise<void>;
  private lastAttempt = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: KeySetOptions) {
    // jwks-rsa's own cache and rate limit are off: its limit is spent by any unknown kid (finding 2).
    this.client = new JwksClient({
      jwksUri: options.jwksUrl,
      cache: false,
      rateLimit: false,
      timeout: options.timeoutMs,
    });
  }

  /** The key a token's `kid` names, or undefined when HMPPS Auth has not published it. */
  async keyFor(kid: string | undefined): Promise<KeyObject | undefined> {
    const now = Date.now();
    if (now - this.keys.fetchedAt >= this.options.maxAgeMs || !this.lookUp(kid)) await this.refresh(now);
    return this.lookUp(kid);
  }

  private lookUp(kid: string | undefined): KeyObject | undefined {
    return kid === undefined ? this.keys.only : this.keys.byKid.get(kid);
  }

  /** Joins the fetch in flight, or starts one if the last began an interval ago, or does nothing. */
  private refresh(now: number): Promise<void> {
    if (this.fetching) return this.fetching;
    if (now - this.lastAttempt < this.options.refreshIntervalMs) return Promise.resolve();
    this.lastAttempt = now;
    this.fetching = this.fetch().finally(() => (this.fetching = undefined));
    return this.fetching;
  }

  private async fetch(): Promise<void> {
    try {
      const signingKeys = await this.client.getSigningKeys();
      const byKid = new Map<string, KeyObject>();
      for (const signingKey of signingKeys) {
        if (signingKey.kid) byKid.set(signingKey.kid, createPublicKey(signingKey.getPublicKey()));
      }
      const only = signingKeys.length === 1 ? createPublicKey(signingKeys[0].getPublicKey()) : undefined;
      this.keys = { byKid, only, fetchedAt: Date.now() };
    } catch {
      // Unreachable or unusable JWKS: keep trusting the keys already known until the next attempt.
    }
  }
}
