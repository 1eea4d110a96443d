/** What the strategy and the key set are built from (AuthModule.forRoot options over the environment). */
export interface AuthSettings {
  jwksUrl: string;
  /** The `iss` every token must carry. */
  issuer: string;
  /** The `aud` a token must carry, when set. */
  audience?: string;
  jwksRefreshIntervalMs: number;
}

export const AUTH_SETTINGS = Symbol('AUTH_SETTINGS');
