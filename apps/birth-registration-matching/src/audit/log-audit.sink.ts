import { AppLogger, InjectLogger, auditLogLevel } from '@libs/platform';
import { Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { AuditEvent, AuditSink } from './audit-event';

/**
 * Writes each audit event as one `audit` log line (the app has no database by design), at `info` on a
 * logger of its own level (AUDIT_LOG_LEVEL), so that LOG_LEVEL=warn does not drop the audit trail.
 * Each event carries its request key (`detail.brmKey`), which names the request.
 */
@Injectable()
export class LogAuditSink extends AuditSink {
  private readonly auditLog: Logger;

  constructor(@InjectLogger('BrmAudit') logger: AppLogger) {
    super();
    // Created once, outside any request, so it is a child of the root logger.
    // Without the root's redaction: an event is a flat map of known keys that holds no
    // credential, and matching every line against the wildcard paths was a tenth of the app's CPU.
    this.auditLog = logger.root.child({ context: 'BrmAudit' }, { level: auditLogLevel(), redact: [] });
  }

  send(event: AuditEvent): void {
    this.auditLog.info({ audit: event }, `audit ${event.auditType}`);
  }
}
