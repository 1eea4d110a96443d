import { QueryParams, UpstreamHttpClient, UpstreamRequest, UpstreamStatusError } from '@libs/upstream';
import {
  ServiceResult,
  success,
  UpstreamApi,
  upstreamApiError,
  UpstreamApiErrorType,
} from '../../common/upstream-api-error';
import { UpstreamKey } from '../../config';
import { UpstreamClients } from './upstream-clients';

/**
 * Which upstream refusals an operation reports as data. 404 and 409 always are;
 * 403 and 400 only when the operation asks, otherwise they fail the request like any other status.
 */
export interface ErrorPolicy {
  forbiddenAsError?: boolean;
  badRequestAsError?: boolean;
  /** Reports errors under another name than the gateway's (ARN's risk-management-plan calls). */
  causedBy?: UpstreamApi;
}

/**
 * The base of every gateway: one upstream, one HTTP client, and the reference's rules for turning
 * upstream statuses into `UpstreamApiError`s. Anything not covered (401, 5xx, timeouts) is thrown as an
 * `UpstreamError` and answered as a 5xx naming the upstream.
 */
export abstract class Gateway {
  protected readonly client: UpstreamHttpClient;

  protected constructor(
    clients: UpstreamClients,
    key: UpstreamKey,
    name: string,
    protected readonly api: UpstreamApi,
  ) {
    this.client = clients.create(key, name);
  }

  protected async call<T>(
    request: UpstreamRequest,
    policy: ErrorPolicy = {},
  ): Promise<ServiceResult<T | null>> {
    const response = await this.client.request<T>(request);
    const { status } = response;
    if (status >= 200 && status < 300) return success(response.body ?? null);
    const refusal = this.refusalType(status, policy);
    if (refusal) return { data: null, errors: [upstreamApiError(policy.causedBy ?? this.api, refusal)] };
    throw new UpstreamStatusError(
      this.client.name,
      status,
      response.body,
      response.text,
      `${this.client.name} answered ${status} to ${request.method} ${request.path}`,
    );
  }

  protected get<T>(
    path: string,
    query?: QueryParams,
    policy?: ErrorPolicy,
    headers?: Record<string, string>,
  ) {
    return this.call<T>({ method: 'GET', path, query, headers }, policy);
  }

  /** A POST that only reads (searches), so it is safe to retry. */
  protected search<T>(path: string, body: unknown, query?: QueryParams, policy?: ErrorPolicy) {
    return this.call<T>({ method: 'POST', path, body, query, idempotent: true }, policy);
  }

  private refusalType(status: number, policy: ErrorPolicy): UpstreamApiErrorType | undefined {
    if (status === 404) return UpstreamApiErrorType.ENTITY_NOT_FOUND;
    if (status === 409) return UpstreamApiErrorType.CONFLICT;
    if (status === 403 && policy.forbiddenAsError) return UpstreamApiErrorType.FORBIDDEN;
    if (status === 400 && policy.badRequestAsError) return UpstreamApiErrorType.BAD_REQUEST;
    return undefined;
  }
}

/**
 * Path segments are always encoded, so an id can never change the upstream path. A value that is only
 * `.` or `..` has no encoding that is not a dot segment (URL parsers read `%2E%2E` as `..` too), so it is
 * refused: such a value can only come from an upstream's answer, as callers' ids are checked by form.
 */
export function segment(value: string | number): string {
  const text = String(value);
  if (text === '.' || text === '..') throw new Error(`"${text}" cannot be an upstream path segment`);
  return encodeURIComponent(text);
}
