import { DynamicModule, Global, Module, Provider } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
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
} from './queue.options';
import { Env, resolveSqsConfig, SqsConfigError } from './sqs-config';
import { MessageTransport } from './transport/message-transport';

function envOf(config?: ConfigService): Env {
  return new Proxy({} as Env, {
    get: (_, name: string) => (config ? config.get<string>(name) : process.env[name]),
  });
}

/** `OUTBOX_*` overrides of the relay's retry policy, checked with the SQS settings. */
function relaySettings(options: QueueModuleOptions, env: Env): RelaySettings {
  const problems: string[] = [];
  const number = (name: string, fallback: number, min: number, max: number) => {
    const text = env[name]?.trim();
    if (!text) return fallback;
    const value = Number(text);
    if (Number.isInteger(value) && value >= min && value <= max) return value;
    problems.push(`${name} must be a whole number from ${min} to ${max}`);
    return fallback;
  };
  const settings = {
    ...DEFAULT_RELAY_SETTINGS,
    maxAttempts: number('OUTBOX_MAX_ATTEMPTS', DEFAULT_RELAY_SETTINGS.maxAttempts, 1, 100),
    retryDelayMs: number('OUTBOX_RETRY_DELAY_MS', DEFAULT_RELAY_SETTINGS.retryDelayMs, 10, 3_600_000),
    ...options.relay,
  };
  if (problems.length) throw new SqsConfigError(problems);
  return settings;
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
    const providers: Provider[] = [
      { provide: QUEUE_MODULE_OPTIONS, useValue: options },
      {
        provide: AwsClients,
        inject: [{ token: ConfigService, optional: true }],
        useFactory: (config?: ConfigService) =>
          new AwsClients(
            resolveSqsConfig({ queues: options.queues, topics: options.topics ?? {} }, envOf(config)),
          ),
      },
      {
        provide: RELAY_SETTINGS,
        inject: [{ token: ConfigService, optional: true }],
        useFactory: (config?: ConfigService) => relaySettings(options, envOf(config)),
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
