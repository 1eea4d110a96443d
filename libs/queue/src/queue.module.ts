import { DynamicModule, Global, Module, Provider } from '@nestjs/common';
import { PlatformEnv } from '@libs/platform';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { QueueAdmin } from './admin/queue-admin';
import { AuditInterceptor } from './audit/audit.interceptor';
import { AuditPublisher } from './audit/audit.publisher';
import { AwsClients } from './aws-clients';
import { QueueHealth } from './health/queue-health';
import { QueueListeners } from './listener/queue-listeners';
import { OutboxMetrics } from './outbox/outbox.metrics';
import { OutboxRelay } from './outbox/outbox.relay';
import { Outbox } from './outbox/outbox.service';
import { OutboxStore } from './outbox/outbox.store';
import {
  DEFAULT_RELAY_SETTINGS,
  QUEUE_MODULE_OPTIONS,
  QueueModuleOptions,
  RELAY_SETTINGS,
  RelaySettings,
  sqsDeclarations,
} from './queue.options';

const SQS_ENV = Symbol('SQS_ENV');
import { resolveSqsConfig } from './sqs-config';
import { sqsEnvOf } from './sqs-env';
import { MessageTransport } from './transport/message-transport';

/** `OUTBOX_*` overrides of the relay's retry policy (validated with the SQS settings). */
function relaySettings(options: QueueModuleOptions, env: Record<string, unknown>): RelaySettings {
  return {
    ...DEFAULT_RELAY_SETTINGS,
    maxAttempts: env.OUTBOX_MAX_ATTEMPTS as number,
    retryDelayMs: env.OUTBOX_RETRY_DELAY_MS as number,
    ...options.relay,
  };
}

/**
 * SQS queues and SNS topics (HMPPS SQS configuration), the transactional outbox every outgoing message
 * goes through, its relay, inbound listeners, queue admin, health and metrics, and `@Audit`.
 * The app registers `OUTBOX_ENTITIES` and `OUTBOX_MIGRATIONS` with its `DatabaseModule`.
 */
@Global()
@Module({})
export class QueueModule {
  static forRoot(options: QueueModuleOptions): DynamicModule {
    const declared = sqsDeclarations(options);
    const providers: Provider[] = [
      { provide: QUEUE_MODULE_OPTIONS, useValue: options },
      {
        provide: SQS_ENV,
        inject: [{ token: PlatformEnv, optional: true }],
        useFactory: (env?: PlatformEnv) => sqsEnvOf(env, declared),
      },
      {
        provide: AwsClients,
        inject: [SQS_ENV],
        useFactory: (env: Record<string, unknown>) => new AwsClients(resolveSqsConfig(declared, env)),
      },
      {
        provide: RELAY_SETTINGS,
        inject: [SQS_ENV],
        useFactory: (env: Record<string, unknown>) => relaySettings(options, env),
      },
      {
        provide: MessageTransport,
        inject: [AwsClients],
        useFactory: (clients: AwsClients) => new MessageTransport(clients),
      },
      OutboxStore,
      OutboxMetrics,
      OutboxRelay,
      Outbox,
      QueueAdmin,
      QueueListeners,
      QueueHealth,
      AuditPublisher,
      { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
    ];
    return {
      module: QueueModule,
      global: true,
      providers,
      exports: [Outbox, AuditPublisher, QueueAdmin, QueueListeners, OutboxRelay, AwsClients],
    };
  }
}
