export { QueueModule } from './queue.module';
export { QueueService } from './queue.service';
export type { DlqMessage, DlqRetryCount, QueueHandler, QueueSendOptions } from './queue.service';
export { AuditPublisher } from './audit.publisher';
export type { AuditEvent, AuditMessage } from './audit.publisher';
export { UnknownQueueError } from './unknown-queue.error';
export { AUDIT_QUEUE } from './queue.options';
export type { QueueModuleOptions } from './queue.options';
