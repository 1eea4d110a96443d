import { rawRequest } from '@libs/testing';
import { Pool } from 'undici';

/** A request exactly as sent: a raw path (no URL normalisation), repeatable headers and a raw or JSON body. */
export interface RequestSpec {
  method: string;
  /** Path and query as they go on the request line. */
  path: string;
  /** Pairs, so a header can be repeated or left out on purpose. */
  headers?: Array<[string, string]>;
  /** A string or Buffer is sent as it is; anything else as JSON. */
  body?: unknown;
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** Parsed JSON when the text parses, else undefined. */
  json: unknown;
  elapsedMs: number;
}

const clients = new Map<string, Pool>();

/** Kept-alive connections per app; several, so requests sent side by side are not queued behind each other. */
function clientFor(origin: string): Pool {
  let client = clients.get(origin);
  if (!client) {
    client = new Pool(origin, { connections: 32, headersTimeout: 30_000, bodyTimeout: 30_000 });
    clients.set(origin, client);
  }
  return client;
}

/** Closes the keep-alive connections to `origin` (before its server closes). */
export async function closeClient(origin: string): Promise<void> {
  const client = clients.get(origin);
  clients.delete(origin);
  await client?.close();
}

function encode(spec: RequestSpec): { body?: string | Buffer; headers: string[] } {
  const headers = (spec.headers ?? []).flat();
  if (spec.body === undefined || typeof spec.body === 'string' || Buffer.isBuffer(spec.body)) {
    return { body: spec.body as string | Buffer | undefined, headers };
  }
  const named = (spec.headers ?? []).some(([name]) => name.toLowerCase() === 'content-type');
  return {
    body: JSON.stringify(spec.body),
    headers: named ? headers : [...headers, 'content-type', 'application/json'],
  };
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Sends one request over a kept-alive connection; rejects only when no answer arrives (reset, refused). */
export async function send(origin: string, spec: RequestSpec): Promise<Answer> {
  const { body, headers } = encode(spec);
  const started = performance.now();
  const response = await clientFor(origin).request({
    method: spec.method as 'GET',
    path: spec.path,
    headers,
    body,
  });
  const text = await response.body.text();
  return {
    status: response.statusCode,
    headers: response.headers,
    text,
    json: parseJson(text),
    elapsedMs: performance.now() - started,
  };
}

/** A short description of a request for failure reports (long values cut). */
export function describeRequest(spec: RequestSpec): string {
  const body =
    spec.body === undefined
      ? ''
      : ` body=${(typeof spec.body === 'string' ? spec.body : Buffer.isBuffer(spec.body) ? `<${spec.body.length} bytes>` : JSON.stringify(spec.body)).slice(0, 300)}`;
  const headers = (spec.headers ?? [])
    .map(([name, value]) => `${name}: ${value.replace(/(bearer\s+)\S+/i, '$1<token>').slice(0, 80)}`)
    .join('; ');
  return `${spec.method} ${spec.path.slice(0, 300)}${headers ? ` [${headers}]` : ''}${body}`;
}

export function describeAnswer(answer: Answer): string {
  return `${answer.status} ${answer.text.slice(0, 300)}`;
}

/** A request written byte for byte to its own socket: for targets and headers an HTTP client would refuse or fix. */
export interface RawSpec {
  method: string;
  /** The request target exactly as it goes on the request line. */
  target: string;
  headers?: Array<[string, string]>;
  body?: string | Buffer;
}

export async function sendRaw(origin: string, spec: RawSpec): Promise<Answer> {
  const started = performance.now();
  const response = await rawRequest(origin, {
    method: spec.method,
    target: spec.target,
    headers: Object.fromEntries(spec.headers ?? []),
    body: spec.body,
  });
  return {
    status: response.status,
    headers: response.headers,
    text: response.text,
    json: parseJson(response.text),
    elapsedMs: performance.now() - started,
  };
}

export function describeRaw(spec: RawSpec): string {
  const visible = (text: string) => JSON.stringify(text).slice(1, -1);
  return describeRequest({ method: spec.method, path: visible(spec.target), headers: spec.headers });
}
