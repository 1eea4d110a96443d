import { ApiError } from '@libs/errors';
import { UpstreamStatusError, UpstreamTimeoutError } from '@libs/upstream';
import { lrsError, lrsTimeout, lrsUnderMaintenance, unexpected } from '../errors/learner-records-errors';

/** The HTTP answer behind a failed SOAP call, when there was one. */
interface FailedAnswer {
  status: number;
  text: string;
}

const SOAP_FAULT = /<(?:[\w.-]+:)?Fault[\s>]/;

const EXCEPTION_FIELDS = [
  'ErrorCode',
  'ErrorActor',
  'Description',
  'FurtherDetails',
  'ErrorTimestamp',
] as const;

/**
 * Turns a failed LRS call into the documented answer, in the reference's decision order: a timeout is
 * 408; the DfE maintenance page (`UnsupportedHttpVerb`) is 424; a SOAP fault is 500 `LRS Error` with the
 * fault's MIAPAPIException details, whatever namespace prefix LRS uses; an error status without that
 * detail (a bare SOAP fault included) is 500 `Unparsable LRS Error`; anything else is 500.
 * A SOAP fault sent with a 2xx status is an error too, where the reference answered 200 with no data.
 */
export function lrsFailure(error: unknown): ApiError {
  const message = messageOf(error);
  if (isTimeout(error)) return lrsTimeout(message);
  const answer = failedAnswerOf(error);
  if (!answer) return unexpected(message);
  const is2xx = answer.status >= 200 && answer.status < 300;
  if (!is2xx && answer.text.includes('UnsupportedHttpVerb')) return lrsUnderMaintenance();
  const exception = miapApiException(answer.text);
  if (exception) return lrsError(`LRS returned an error: ${exception}`);
  if (!is2xx) return unexpected('Unparsable LRS Error');
  // Only reachable because we treat a 2xx fault as an error; the reference had no such case.
  if (SOAP_FAULT.test(answer.text)) return lrsError('LRS returned an error without detail');
  return unexpected(`LRS answer unreadable: ${message}`);
}

/**
 * Whether a failed call (other than a timeout or connection error) means LRS itself is unavailable, for
 * the circuit breaker: the maintenance page, or a 5xx that is not a SOAP fault (a proxy's 503, an HTML
 * error page). A SOAP fault is LRS refusing this one request while working, so it never opens the circuit.
 */
export function isLrsOutage(error: unknown): boolean {
  const answer = failedAnswerOf(error);
  if (!answer || (answer.status >= 200 && answer.status < 300)) return false;
  if (answer.text.includes('UnsupportedHttpVerb')) return true;
  return answer.status >= 500 && !SOAP_FAULT.test(answer.text);
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  // The `soap` client rejects an answer that is not XML with a plain `{ Fault: { faultstring } }`.
  const faultstring = (error as { Fault?: { faultstring?: unknown } } | null)?.Fault?.faultstring;
  return typeof faultstring === 'string' ? faultstring : String(error);
}

function isTimeout(error: unknown): boolean {
  if (error instanceof UpstreamTimeoutError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ECONNABORTED' || code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT';
}

function failedAnswerOf(error: unknown): FailedAnswer | undefined {
  if (error instanceof UpstreamStatusError) return { status: error.status, text: error.text };
  // The `soap` client rejects with the HTTP response attached (`response`) and its text (`body`).
  const failure = error as { response?: { status?: unknown; data?: unknown }; body?: unknown } | null;
  const status = failure?.response?.status;
  if (typeof status !== 'number') return undefined;
  const body = failure?.body ?? failure?.response?.data;
  return { status, text: typeof body === 'string' ? body : '' };
}

function miapApiException(text: string): string | undefined {
  const block = /<((?:[\w.-]+:)?)MIAPAPIException\b[^>]*>([\s\S]*?)<\/\1MIAPAPIException>/.exec(text);
  if (!block) return undefined;
  const values = EXCEPTION_FIELDS.map((field) => {
    const child = new RegExp(`<((?:[\\w.-]+:)?)${field}\\b[^>]*>([\\s\\S]*?)</\\1${field}>`).exec(block[2]);
    return child ? xmlUnescape(child[2]) : 'null';
  });
  const [errorCode, errorActor, description, furtherDetails, errorTimestamp] = values;
  return (
    `MIAPAPIException(errorCode=${errorCode}, errorActor=${errorActor}, description=${description}, ` +
    `furtherDetails=${furtherDetails}, errorTimestamp=${errorTimestamp})`
  );
}

function xmlUnescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_match, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}
