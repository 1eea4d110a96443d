/** Per-request values every registry call forwards; the inbound Authorization never is. */
export interface CallContext {
  readonly brmKey: string;
  readonly correlationId: string;
  readonly requestId: string;
}

/** A registry's raw answer; the lookup service maps it. */
export interface RegistryAnswer {
  readonly status: number;
  readonly text: string;
}

export function tracingHeaders(context: CallContext): Record<string, string> {
  return { 'X-Correlation-Id': context.correlationId, 'X-Request-ID': context.requestId };
}

export const USER_AGENT = 'birth-registration-matching';
export const JSON_UTF8 = 'application/json; charset=utf-8';
