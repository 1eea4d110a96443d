import { UpstreamError, UpstreamStatusError } from '@libs/upstream';

/**
 * `OK`: Entra issued a token. `REJECTED`: Entra refused the tenant, client id, secret or resource (4xx).
 * `UNVERIFIED`: Entra could not be asked (down, slow, 5xx), so the credentials are neither known good nor bad.
 */
export type ConnectionStatus = 'OK' | 'REJECTED' | 'UNVERIFIED';

export interface ConnectionCheck {
  status: ConnectionStatus;
  checkedAt: Date;
  /** Entra's answer in its own words (never the secret), for the administrator. */
  detail?: string;
}

/** What a failed token request says about the credentials; errors that are not upstream failures are rethrown. */
export function failedCheck(error: unknown, checkedAt: Date): ConnectionCheck {
  if (error instanceof UpstreamStatusError && error.status < 500) {
    return { status: 'REJECTED', checkedAt, detail: entraError(error) };
  }
  if (error instanceof UpstreamError) return { status: 'UNVERIFIED', checkedAt, detail: error.message };
  throw error;
}

/** Entra's `error` and the AADSTS code of its description, e.g. `invalid_client (AADSTS7000215)`. */
function entraError(error: UpstreamStatusError): string {
  const body = (error.body ?? {}) as { error?: unknown; error_description?: unknown };
  const code = typeof body.error === 'string' ? body.error.slice(0, 64) : `status ${error.status}`;
  const aadsts =
    typeof body.error_description === 'string'
      ? /AADSTS\d{1,10}/.exec(body.error_description)?.[0]
      : undefined;
  return `Entra refused the credentials: ${code}${aadsts ? ` (${aadsts})` : ''}`;
}
