/** Supplies bearer tokens for an upstream; `invalidate` drops a token the upstream refused. */
export interface TokenProvider {
  getToken(): Promise<string>;
  /** Forget the cached token; when `token` is given, only if it is still the cached one. */
  invalidate(token?: string): void;
}
