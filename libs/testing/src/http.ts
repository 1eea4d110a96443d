import { Dispatcher, request } from 'undici';

export type QueryValue = string | number | boolean | undefined;

export interface HttpRequestOptions {
  headers?: Record<string, string>;
  /** A string or Buffer is sent as-is; anything else is sent as JSON with `content-type: application/json`. */
  body?: unknown;
  /** Array values repeat the parameter (`type=A&type=B`); undefined values are left out. */
  query?: Record<string, QueryValue | QueryValue[]>;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON when the response says JSON and parses; otherwise the text (empty string for no body). */
  body: any;
  text: string;
}

export interface HttpClient {
  request(method: Dispatcher.HttpMethod, path: string, options?: HttpRequestOptions): Promise<HttpResponse>;
  get(path: string, options?: HttpRequestOptions): Promise<HttpResponse>;
  post(path: string, options?: HttpRequestOptions): Promise<HttpResponse>;
  put(path: string, options?: HttpRequestOptions): Promise<HttpResponse>;
  patch(path: string, options?: HttpRequestOptions): Promise<HttpResponse>;
  delete(path: string, options?: HttpRequestOptions): Promise<HttpResponse>;
}

function buildUrl(baseUrl: string, path: string, query: HttpRequestOptions['query']): string {
  const url = new URL(baseUrl.replace(/\/$/, '') + path);
  for (const [name, value] of Object.entries(query ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined) {
        url.searchParams.append(name, String(item));
      }
    }
  }
  return url.toString();
}

function encodeBody(options: HttpRequestOptions): {
  body?: string | Buffer;
  headers: Record<string, string>;
} {
  const headers = { ...options.headers };
  if (options.body === undefined || typeof options.body === 'string' || Buffer.isBuffer(options.body)) {
    return { body: options.body, headers };
  }
  const hasContentType = Object.keys(headers).some((name) => name.toLowerCase() === 'content-type');
  return {
    body: JSON.stringify(options.body),
    headers: hasContentType ? headers : { ...headers, 'content-type': 'application/json' },
  };
}

function parseBody(text: string, contentType: string | string[] | undefined): unknown {
  if (
    text === '' ||
    !String(contentType ?? '')
      .toLowerCase()
      .includes('json')
  ) {
    return text;
  }
  try {
    return JSON.parse(text);
  } catch {
    // Tests of malformed upstream bodies need to see exactly what was sent.
    return text;
  }
}

/**
 * A small HTTP client for tests against `baseUrl`. It resolves for every status (tests assert on
 * statuses) and rejects only when no response arrives, e.g. a reset connection.
 */
export function http(baseUrl: string): HttpClient {
  const send = async (
    method: Dispatcher.HttpMethod,
    path: string,
    options: HttpRequestOptions = {},
  ): Promise<HttpResponse> => {
    const { body, headers } = encodeBody(options);
    const response = await request(buildUrl(baseUrl, path, options.query), { method, headers, body });
    const text = await response.body.text();
    return {
      status: response.statusCode,
      headers: response.headers,
      body: parseBody(text, response.headers['content-type']),
      text,
    };
  };
  return {
    request: send,
    get: (path, options) => send('GET', path, options),
    post: (path, options) => send('POST', path, options),
    put: (path, options) => send('PUT', path, options),
    patch: (path, options) => send('PATCH', path, options),
    delete: (path, options) => send('DELETE', path, options),
  };
}
