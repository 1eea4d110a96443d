/**
 * How long a client may take, per connection, before the server gives up on it. Without these a client
 * sending one body byte every few seconds holds its connection (and its request's memory) for ever:
 * Fastify switches Node's request timeout off by default.
 */
export interface HttpTimeouts {
  /** The whole request, head and body, must arrive within this (408 otherwise). */
  requestTimeoutMs: number;
  /** The request head must arrive within this (408 otherwise); at most `requestTimeoutMs`. */
  headersTimeoutMs: number;
  /** A kept-alive connection with no request in progress is closed after this. */
  keepAliveTimeoutMs: number;
  /** A socket with no traffic at all, in either direction, is closed after this (also while a handler runs). */
  idleTimeoutMs: number;
}

/** Each setting, its environment variable and its default. */
const SETTINGS: Array<[keyof HttpTimeouts, string, number]> = [
  ['requestTimeoutMs', 'HTTP_REQUEST_TIMEOUT_MS', 30_000],
  ['headersTimeoutMs', 'HTTP_HEADERS_TIMEOUT_MS', 10_000],
  // Above the 60 s an nginx ingress keeps idle upstream connections, so the app never closes one the
  // ingress is about to reuse.
  ['keepAliveTimeoutMs', 'HTTP_KEEP_ALIVE_TIMEOUT_MS', 65_000],
  // Above every upstream call's bound, so a slow upstream never cuts the caller's connection.
  ['idleTimeoutMs', 'HTTP_IDLE_TIMEOUT_MS', 120_000],
];

/** How often Node looks for requests past their request or headers timeout (its default is 30 s). */
export const TIMEOUT_CHECK_INTERVAL_MS = 1_000;

/** Deepest JSON nesting of a request body (arrays and objects); deeper bodies are refused with 400. */
export const MAX_JSON_DEPTH = 32;

/** The timeouts from the environment; any value that is not a positive whole number stops start-up, all named. */
export function httpTimeouts(env: NodeJS.ProcessEnv = process.env): HttpTimeouts {
  const problems: string[] = [];
  const timeouts = Object.fromEntries(
    SETTINGS.map(([key, variable, fallback]) => {
      const raw = env[variable];
      if (raw === undefined || raw === '') return [key, fallback];
      if (!/^[1-9][0-9]*$/.test(raw))
        problems.push(`${variable} must be a positive whole number of milliseconds`);
      return [key, Number(raw)];
    }),
  ) as unknown as HttpTimeouts;
  if (timeouts.headersTimeoutMs > timeouts.requestTimeoutMs) {
    problems.push('HTTP_HEADERS_TIMEOUT_MS must not be more than HTTP_REQUEST_TIMEOUT_MS');
  }
  if (problems.length > 0) throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  return timeouts;
}
