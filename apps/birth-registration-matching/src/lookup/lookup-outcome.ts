import { UpstreamError, UpstreamMalformedResponseError, UpstreamStatusError } from '@libs/upstream';
import { BrmError, BrmErrors } from '../errors/brm-errors';
import { BirthRecord, RecordParseError } from '../records/birth-record';
import type { Registry } from './registry';

/**
 * What a registry lookup came to. `connectorStatus` is the status the reference records in
 * its `<prefix>-connector-status-<code>` metric.
 */
export type LookupOutcome =
  | { readonly kind: 'records'; readonly records: readonly BirthRecord[]; readonly connectorStatus: number }
  | { readonly kind: 'not-found'; readonly connectorStatus: number }
  | {
      readonly kind: 'failed';
      readonly error: BrmError;
      readonly connectorStatus: number;
      readonly reason: string;
    };

const NOT_FOUND_STATUSES = new Set([403, 404, 501]);
const CLIENT_FAULT_STATUSES = new Set([400, 504]);

const UNEXPECTED_RESPONSE: Record<Registry, BrmError> = {
  gro: BrmErrors.groUnexpectedResponse,
  nrs: BrmErrors.nrsUnexpectedResponse,
  groni: BrmErrors.groNiUnexpectedResponse,
};

function failed(error: BrmError, connectorStatus: number, reason: string): LookupOutcome {
  return { kind: 'failed', error, connectorStatus, reason };
}

function unexpected(registry: Registry, reason: string): LookupOutcome {
  return failed(UNEXPECTED_RESPONSE[registry], 500, reason);
}

/** A registry that cannot be reached: GRO and DES name themselves; GRO-NI has no connection to lose. */
function unavailable(registry: Registry, status: number, reason: string): LookupOutcome {
  switch (registry) {
    case 'gro':
      return failed(BrmErrors.groConnectionDown, 503, reason);
    case 'nrs':
      // DES is the gateway in front of NRS: a bad gateway or no connection is DES's fault.
      return failed(status === 502 ? BrmErrors.desConnectionDown : BrmErrors.nrsConnectionDown, 503, reason);
    case 'groni':
      return unexpected(registry, reason);
  }
}

function parseJson(text: string): { ok: true; json: unknown } | { ok: false } {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Maps an HTTP answer, reading records from a 200 with the registry's reader. */
export function outcomeOfResponse(
  registry: Registry,
  status: number,
  text: string,
  readRecords: (json: unknown) => BirthRecord[],
): LookupOutcome {
  if (status === 200) {
    const parsed = parseJson(text);
    if (!parsed.ok) return unexpected(registry, 'answer 200 without a JSON body');
    try {
      return { kind: 'records', records: readRecords(parsed.json), connectorStatus: 200 };
    } catch (error) {
      if (error instanceof RecordParseError) return unexpected(registry, error.message);
      throw error;
    }
  }
  return outcomeOfErrorStatus(registry, status);
}

/** A registry's answer other than 200: some 4xx and 5xx mean "not found", the others a failure. */
function outcomeOfErrorStatus(registry: Registry, status: number): LookupOutcome {
  if (NOT_FOUND_STATUSES.has(status)) return { kind: 'not-found', connectorStatus: status };
  if (CLIENT_FAULT_STATUSES.has(status))
    return failed(UNEXPECTED_RESPONSE[registry], status, `answer ${status}`);
  if (status >= 500 && status <= 599) return unavailable(registry, status, `answer ${status}`);
  return unexpected(registry, `unexpected answer ${status}`);
}

/**
 * Maps a call that produced no answer. Timeouts, connection failures and an open circuit breaker all
 * mean the registry is unavailable; for Scotland that is reported as DES (treated as a 502).
 */
export function outcomeOfException(registry: Registry, error: unknown): LookupOutcome {
  const reason = error instanceof Error ? error.message : String(error);
  if (error instanceof UpstreamMalformedResponseError) return unexpected(registry, reason);
  // The upstream client rejects 5xx answers; they mean what they mean as answers (GRO's 501: not found).
  if (error instanceof UpstreamStatusError) return outcomeOfErrorStatus(registry, error.status);
  if (error instanceof UpstreamError) return unavailable(registry, 502, reason);
  return failed(BrmErrors.internalError, 500, reason);
}
