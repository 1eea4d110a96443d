import { openTestLogCapture } from '@libs/platform';

export interface CapturedLogs {
  /** Everything written to stdout since capture started. */
  text(): string;
  /** The JSON log lines (pino output), parsed; other output is skipped. */
  lines(): Array<Record<string, unknown>>;
  /** Stops capturing and lets stdout through again. */
  stop(): void;
}

function parseLine(line: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(line);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Captures what the apps log to stdout (the platform's pino logger writes there), so a test can assert
 * that a secret or personal data never reaches the logs. Call `stop()` in `finally`/`afterEach`.
 */
export function captureLogs(): CapturedLogs {
  const chunks: string[] = [];
  // Under Jest the platform drops log lines unless a test looks (logging.ts): this one does.
  const endCapture = openTestLogCapture();
  const originalWrite = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const callback = rest.find((arg): arg is () => void => typeof arg === 'function');
    callback?.();
    return true;
  }) as typeof process.stdout.write;
  return {
    text: () => chunks.join(''),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .map(parseLine)
        .filter((line): line is Record<string, unknown> => line !== undefined),
    stop: () => {
      process.stdout.write = originalWrite;
      endCapture();
    },
  };
}
