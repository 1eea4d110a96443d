export { QueueModule } from './queue.module';
export { Outbox } from './outbox/outbox.service';
export type { OutboxEntry, OutboxSendOptions } from './outbox/outbox.service';
export { OutboxRelay } from './outbox/outbox.relay';
export { OutboxMessageEntity } from './outbox/outbox-message.entity';
export { OUTBOX_MIGRATIONS } from './outbox/outbox.migrations';
export { QueueAdmin, MAX_PEEK } from './admin/queue-admin';
export type { DlqCount, DlqPeek } from './admin/queue-admin';
export { QueueListeners } from './listener/queue-listeners';
export type { MessageHandler, ReceivedMessage } from './listener/queue-listeners';
export { Audit } from './audit/audit.decorator';
export type { AuditSpec } from './audit/audit.decorator';
export { AuditPublisher } from './audit/audit.publisher';
export type { AuditEvent, AuditMessage } from './audit/audit.publisher';
export { AwsClients } from './aws-clients';
export { resolveSqsConfig, queueVariable, topicVariable } from './sqs-config';
export { withSqsEnv, sqsEnvOf } from './sqs-env';
export type {
  QueueDeclaration,
  ResolvedQueue,
  ResolvedTopic,
  SqsConfig,
  SqsDeclarations,
  TopicDeclaration,
} from './sqs-config';
export { EVENT_ID_ATTRIBUTE } from './transport/message-attributes';
export { UnknownQueueError } from './unknown-queue.error';
export { AUDIT_QUEUE, OUTBOX_DLQ_SUFFIX } from './queue.options';
export { sqsDeclarations } from './queue.options';
export type { AuditSettings, QueueModuleOptions, RelaySettings } from './queue.options';

import { OutboxMessageEntity } from './outbox/outbox-message.entity';
/** Add to the app's `DatabaseModule.forRoot({ entities })`. */
export const OUTBOX_ENTITIES = [OutboxMessageEntity];
