const AUDIT_SOURCE_LENGTH = 20;

/** `yyyyMMdd:HHmmssSS` in UTC, where `SS` is hundredths of a second. */
function keyTimestamp(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    `${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}:` +
    `${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}${pad(Math.floor(now.getUTCMilliseconds() / 10))}`
  );
}

/**
 * The per-request key sent upstream (`BRM-Key` / `QueryID`), put on every audit and log line. Built
 * per request: the reference kept it in a field shared by concurrent requests.
 */
export function requestKey(now: Date, requestId: string, auditSource: string, acceptVersion: string): string {
  return `${keyTimestamp(now)}-${requestId}-${auditSource.slice(0, AUDIT_SOURCE_LENGTH)}-${acceptVersion}`;
}
