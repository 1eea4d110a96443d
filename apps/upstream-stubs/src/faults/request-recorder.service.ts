import { Injectable } from '@nestjs/common';

export type { RecordedRequest } from '@libs/testing';
import type { RecordedRequest } from '@libs/testing';

/** Enough for the longest test or benchmark scenario, small enough to keep memory flat under load. */
export const RECORDED_REQUESTS_LIMIT = 2000;
/** Bodies larger than this (as JSON text) are recorded as a size marker only. */
export const RECORDED_BODY_LIMIT_CHARS = 16 * 1024;

/** The credential itself never leaves the stubs; its scheme stays visible so tests can assert it was sent. */
function redactAuthorization(value: string | string[]): string {
  const scheme = String(value).split(/\s+/, 1)[0];
  return `${scheme} ***`;
}

function boundedBody(body: unknown): unknown {
  const size = typeof body === 'string' ? body.length : (JSON.stringify(body) ?? '').length;
  return size <= RECORDED_BODY_LIMIT_CHARS ? body : `[${size} characters not recorded]`;
}

/** The last requests the stub upstreams received, oldest first, so tests can assert which calls an app made. */
@Injectable()
export class RequestRecorder {
  private entries: RecordedRequest[] = [];

  record(request: {
    method: string;
    url: string;
    query: unknown;
    headers: Record<string, string | string[] | undefined>;
  }): RecordedRequest {
    const queryStart = request.url.indexOf('?');
    const { authorization, ...headers } = request.headers;
    const entry: RecordedRequest = {
      method: request.method,
      path: queryStart < 0 ? request.url : request.url.slice(0, queryStart),
      query: { ...(request.query as Record<string, unknown>) },
      headers:
        authorization === undefined
          ? headers
          : { ...headers, authorization: redactAuthorization(authorization) },
      at: new Date().toISOString(),
    };
    this.entries.push(entry);
    if (this.entries.length > RECORDED_REQUESTS_LIMIT) {
      this.entries.splice(0, this.entries.length - RECORDED_REQUESTS_LIMIT);
    }
    return entry;
  }

  /** Bodies are parsed after the request line and headers arrive, so they join their entry later. */
  attachBody(entry: RecordedRequest, body: unknown): void {
    if (body !== undefined) {
      entry.body = boundedBody(body);
    }
  }

  list(prefix?: string): RecordedRequest[] {
    return prefix ? this.entries.filter((entry) => entry.path.startsWith(prefix)) : [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }
}
