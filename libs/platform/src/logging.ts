import pino, { type DestinationStream, type Logger } from 'pino';
import { asyncLogOutput } from './log-output';
import { traceLogFields } from './tracing/correlation';

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

let destination: DestinationStream | undefined;

/** Tests send logs to a stream they read; production logs go to stdout. */
export function setLogDestination(stream: DestinationStream | undefined): void {
  destination = stream;
}

/** Jest sets NODE_ENV=test; the logging defaults differ there so test output stays readable. */
function underJest(): boolean {
  return process.env.NODE_ENV === 'test';
}

/**
 * The level of audit log lines. An audit trail written to the log must not follow LOG_LEVEL: at `warn`
 * (production's usual level) it would be dropped. Tests keep it off stdout unless they set it.
 */
export function auditLogLevel(): string {
  return process.env.AUDIT_LOG_LEVEL ?? (underJest() ? 'silent' : 'info');
}

let openCaptures = 0;

/**
 * Under Jest the apps' log lines reach stdout only while a test captures them (libs/testing captureLogs
 * calls this and closes it when it stops) or when TEST_LOGS=1 asks to see them: `npm test` prints only
 * the results and the failures. Returns the function that ends the capture.
 */
export function openTestLogCapture(): () => void {
  openCaptures += 1;
  let open = true;
  return () => {
    if (open) openCaptures -= 1;
    open = false;
  };
}

/** Lines written while nobody looks are dropped: the level still applies, so what a capture sees is unchanged. */
const testOutput: DestinationStream = {
  write(line: string) {
    if (openCaptures > 0 || process.env.TEST_LOGS === '1') process.stdout.write(line);
  },
};

/** stdout; under Jest, `process.stdout` (whose writes tests capture) while a test looks, else nothing. */
function standardOutput(): DestinationStream {
  return underJest() ? testOutput : asyncLogOutput(1);
}

/** The app's root logger, built when the app is created, so LOG_LEVEL and a test's destination apply. */
export function createRootLogger(appName: string): Logger {
  const level = process.env.LOG_LEVEL ?? (underJest() ? 'warn' : 'info');
  return pino(
    {
      name: appName,
      level,
      redact: { paths: REDACTED_PATHS, censor: '[REDACTED]' },
      // Every line written while serving a request carries its trace and span ids.
      mixin: traceLogFields,
    },
    destination ?? standardOutput(),
  );
}
