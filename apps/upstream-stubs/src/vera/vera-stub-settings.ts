/** Lifetimes the stub uses; shortened by tests through the stubs' environment. */
export interface VeraStubSettings {
  /** How long a QR code or mobile share request stays open before learner-data answers 408. */
  requestTtlSeconds: number;
  /** Lifetime of an Entra access token (`expires_in`). */
  tokenTtlSeconds: number;
}

function positiveInt(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

export function readVeraStubSettings(env: NodeJS.ProcessEnv = process.env): VeraStubSettings {
  return {
    requestTtlSeconds: positiveInt(env.VERA_STUB_REQUEST_TTL_SECONDS, 300),
    tokenTtlSeconds: positiveInt(env.VERA_STUB_TOKEN_TTL_SECONDS, 3599),
  };
}
