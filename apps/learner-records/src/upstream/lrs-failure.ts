import {
  readObject,
  readString,
  UpstreamError,
  UpstreamMalformedResponseError,
  UpstreamStatusError,
} from '@libs/upstream';

const UPSTREAM = 'lrs';

/** The fields of LRS's `MIAPAPIException` fault detail, in the order the reference prints them. */
export interface MiapApiException {
  errorCode: string | null;
  errorActor: string | null;
  description: string | null;
  furtherDetails: string | null;
  errorTimestamp: string | null;
}

/** LRS answered with the DfE maintenance page (`UnsupportedHttpVerb`) instead of the service. */
export class LrsMaintenanceError extends UpstreamError {
  constructor(readonly status: number) {
    super(UPSTREAM, `LRS is under maintenance (HTTP ${status})`);
  }
}

/**
 * LRS refused this one request with a SOAP fault: `exception` is its `MIAPAPIException` detail when it
 * carries one. The service itself is working, so the breaker never counts it.
 */
export class LrsFaultError extends UpstreamError {
  constructor(
    readonly status: number,
    readonly exception: MiapApiException | undefined,
  ) {
    super(UPSTREAM, `LRS answered a SOAP fault (HTTP ${status})`);
  }
}

/**
 * What a failed LRS call means, as a typed upstream error, in the reference's decision order: the
 * transport's own errors (timeout, connection, open circuit) as they are; the DfE maintenance page
 * (`LrsMaintenanceError`); a SOAP fault (`LrsFaultError`, with its `MIAPAPIException` detail read from the
 * fault the `soap` client parsed, whatever namespace prefix LRS used), also when sent with a 2xx status
 * (the reference answered 200 with no data); any other error status (`UpstreamStatusError`, "Unparsable
 * LRS Error"); any other 2xx answer the client could not read (`UpstreamMalformedResponseError`).
 */
export function toLrsError(error: unknown): UpstreamError {
  if (error instanceof UpstreamError) return error;
  const message = messageOf(error);
  const answer = failedAnswerOf(error);
  if (!answer) return new UpstreamError(UPSTREAM, message, { cause: error });
  const is2xx = answer.status >= 200 && answer.status < 300;
  if (!is2xx && answer.text.includes('UnsupportedHttpVerb')) return new LrsMaintenanceError(answer.status);
  const fault = soapFaultOf(error);
  if (fault) return new LrsFaultError(answer.status, miapApiException(fault));
  if (!is2xx) {
    return new UpstreamStatusError(UPSTREAM, answer.status, undefined, answer.text, 'Unparsable LRS Error');
  }
  return new UpstreamMalformedResponseError(UPSTREAM, `LRS answer unreadable: ${message}`, { cause: error });
}

/**
 * Whether a failure means LRS itself is unavailable, for the circuit breaker beyond the lib's outages
 * (timeouts, connection errors, 5xx that are not faults): the maintenance page. A SOAP fault is LRS
 * refusing one request while working, so it never opens the circuit.
 */
export function isLrsOutage(error: unknown): boolean {
  return error instanceof LrsMaintenanceError;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  // The `soap` client rejects an answer that is not XML with a plain `{ Fault: { faultstring } }`.
  return readString(readObject(readObject(error)?.Fault)?.faultstring) ?? String(error);
}

/** The HTTP answer behind a failed `soap` call: it rejects with the response attached and its text. */
function failedAnswerOf(error: unknown): { status: number; text: string } | undefined {
  const failure = error as { response?: { status?: unknown }; body?: unknown } | null;
  const status = failure?.response?.status;
  if (typeof status !== 'number') return undefined;
  return { status, text: typeof failure?.body === 'string' ? failure.body : '' };
}

/** The `Fault` element the `soap` client parsed (prefixes already resolved), when the answer held one. */
function soapFaultOf(error: unknown): Record<string, unknown> | undefined {
  const root = readObject((error as { root?: unknown } | null)?.root);
  const fault = readObject(readObject(readObject(root?.Envelope)?.Body)?.Fault);
  return fault ?? undefined;
}

function miapApiException(fault: Record<string, unknown>): MiapApiException | undefined {
  const detail = readObject(readObject(fault.detail)?.MIAPAPIException);
  if (!detail) return undefined;
  const text = (name: string) => readString(detail[name]);
  return {
    errorCode: text('ErrorCode'),
    errorActor: text('ErrorActor'),
    description: text('Description'),
    furtherDetails: text('FurtherDetails'),
    errorTimestamp: text('ErrorTimestamp'),
  };
}
