/** One HMRC-style data event: `detail` is a flat string map, as the platform audit expects. */
export interface AuditEvent {
  readonly auditSource: 'brm';
  readonly auditType: string;
  readonly tags: { readonly transactionName: string; readonly path: string };
  readonly detail: Readonly<Record<string, string>>;
}

/**
 * Where audit events go. The app has no database; the default sink writes one structured log line per
 * event for the log pipeline to route to the audit store. Failures never affect the caller's answer.
 */
export abstract class AuditSink {
  abstract send(event: AuditEvent): void;
}
