import { UpstreamMalformedResponseError } from '../errors/upstream-errors';
import type { UpstreamResponse } from './upstream-types';

const JSON_CONTENT_TYPE = /^application\/([\w.-]+\+)?json\b/i;

export function isJsonContentType(contentType: string | string[] | undefined): boolean {
  const value = Array.isArray(contentType) ? contentType[0] : contentType;
  return value !== undefined && JSON_CONTENT_TYPE.test(value.trim());
}

export interface RawAnswer {
  upstream: string;
  requestLine: string;
  status: number;
  headers: UpstreamResponse['headers'];
  bytes: Buffer;
  /** The caller wants the bytes of a successful answer (images, files) rather than text. */
  binary: boolean;
}

/**
 * Parses a JSON body when the content-type says JSON. A broken JSON body on a 2xx is an error (the caller
 * cannot use it); on an error status the status is what matters, so the raw text is kept and body left empty.
 * Error answers to binary requests are decoded like any other, so their JSON error bodies stay readable.
 */
export function decodeResponse<T>(answer: RawAnswer): UpstreamResponse<T> {
  const { upstream, requestLine, status, headers, bytes } = answer;
  const success = status >= 200 && status < 300;
  if (answer.binary && success) return { status, headers, body: bytes as T, text: '' };
  const text = bytes.toString('utf8');
  if (text === '') return { status, headers, body: undefined, text };
  if (!isJsonContentType(headers['content-type'])) return { status, headers, body: text as T, text };
  try {
    return { status, headers, body: JSON.parse(text) as T, text };
  } catch (error) {
    if (!success) return { status, headers, body: undefined, text };
    throw new UpstreamMalformedResponseError(
      upstream,
      `${upstream} sent a malformed JSON body (HTTP ${status}) for ${requestLine}`,
      { cause: error },
    );
  }
}
