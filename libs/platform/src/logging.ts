import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import pino, { type DestinationStream } from 'pino';

/**
 * Everything that may carry a credential or personal data is censored before a log line is written.
 * pino's redaction works on paths, so list both the header names and the common body field names.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.passphrase',
  '*.secret',
  '*.clientSecret',
  '*.client_secret',
  '*.access_token',
  '*.accessToken',
  '*.token',
  '*.authorization',
];

/** What the platform puts on the raw request for the logger (see bootstrap's onRequest hook). */
export type LoggedRequest = IncomingMessage & { id?: string; route?: string };

let destination: DestinationStream | undefined;

/** Tests send logs to a stream they read; production logs go to stdout. */
export function setLogDestination(stream: DestinationStream | undefined): void {
  destination = stream;
}

/**
 * The level of audit log lines. An audit trail written to the log must not follow LOG_LEVEL: at `warn`
 * (production's usual level) it would be dropped. Tests keep it off stdout unless they set it.
 */
export function auditLogLevel(): string {
  return process.env.AUDIT_LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info');
}

/**
 * stdout. Outside tests it is written asynchronously (lines written while a write is in flight go out
 * together; pino flushes what is left when the process exits): a synchronous write per line to a pipe
 * was 18% of a busy app's CPU. Tests keep `process.stdout`, whose writes they capture.
 */
function standardOutput(): DestinationStream {
  return process.env.NODE_ENV === 'test' ? process.stdout : pino.destination({ dest: 1, sync: false });
}

export function loggerParams(appName: string): Params {
  const level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'warn' : 'info');
  return {
    pinoHttp: [
      {
        name: appName,
        level,
        redact: { paths: REDACTED_PATHS, censor: '[REDACTED]' },
        // Fastify assigns the id (see bootstrap) before the logger sees the request.
        genReqId: (req: IncomingMessage) => req.id ?? randomUUID(),
        serializers: {
          // No headers: they carry credentials, usernames and consumer names, and serialising (and
          // redacting) them for every request cost more than anything else in the log path.
          req: (req: { id: string; method: string; raw: LoggedRequest }) => ({
            id: req.id,
            method: req.method,
            route: req.raw.route ?? 'unmatched',
          }),
        },
        customLogLevel: (_req: IncomingMessage, res: ServerResponse, err?: Error) =>
          err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
      },
      destination ?? standardOutput(),
    ],
  };
}
