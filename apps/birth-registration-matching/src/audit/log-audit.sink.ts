import { Injectable } from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { AuditEvent, AuditSink } from './audit-event';

/** Writes each audit event as one `audit` log line (the app has no database by design). */
@Injectable()
export class LogAuditSink extends AuditSink {
  constructor(@InjectPinoLogger('BrmAudit') private readonly logger: PinoLogger) {
    super();
  }

  send(event: AuditEvent): void {
    this.logger.info({ audit: event }, `audit ${event.auditType}`);
  }
}
