import type { FastifyRequest } from 'fastify';
import { QueueDeclaration, SqsDeclarations, TopicDeclaration } from './sqs-config';

export interface RelaySettings {
  /** Off in a process that only writes to the outbox (tests); every app replica runs one otherwise. */
  enabled: boolean;
  /** Messages claimed per pass. Default 100. */
  batchSize: number;
  /** How often an idle relay looks for due messages (a write in this process wakes it at once). Default 1 s. */
  pollIntervalMs: number;
  /** How long a claim holds its rows; a relay that dies mid-batch frees them after this. Default 60 s. */
  leaseSeconds: number;
  /** Refusals by SQS/SNS before a message is dead-lettered (env `OUTBOX_MAX_ATTEMPTS`). Default 5. */
  maxAttempts: number;
  /** Wait after the first refusal, doubled after each (env `OUTBOX_RETRY_DELAY_MS`). Default 2 s. */
  retryDelayMs: number;
  /** Longest wait between refusals. Default 5 min. */
  maxRetryDelayMs: number;
  /** Longest wait between tries while SQS/SNS cannot be reached (no attempt is counted). Default 10 s. */
  maxUnreachableDelayMs: number;
}

export interface AuditSettings {
  /** `service` of every audit event; default the PlatformModule app name. */
  service?: string;
  /** `who` of an audited request (the consumer, the end user). */
  who: (request: FastifyRequest) => string | undefined;
  /** Turns `@Audit`'s details into the message's `details` (e.g. a JSON string). Default: unchanged. */
  encodeDetails?: (details: unknown) => unknown;
  /** A `correlationId` per event (learner-records: a random UUID). Default: none. */
  correlationId?: () => string;
}

export interface QueueModuleOptions {
  /** Queue ids (lower case, as in `hmpps.sqs.queues.<id>`) with their local defaults; `audit` is one. */
  queues: Record<string, QueueDeclaration>;
  /** Topic ids (`hmpps.sqs.topics.<id>`). */
  topics?: Record<string, TopicDeclaration>;
  /** How `@Audit` events are made; without it `@Audit` handlers fail to start. */
  audit?: AuditSettings;
  relay?: Partial<RelaySettings>;
}

export const QUEUE_MODULE_OPTIONS = Symbol('QUEUE_MODULE_OPTIONS');
export const RELAY_SETTINGS = Symbol('RELAY_SETTINGS');

export const AUDIT_QUEUE = 'audit';
/** The outbox dead-letter store of a destination is addressed in queue admin as `<id>-outbox-dlq`. */
export const OUTBOX_DLQ_SUFFIX = '-outbox-dlq';

export const DEFAULT_RELAY_SETTINGS: RelaySettings = {
  enabled: true,
  batchSize: 100,
  pollIntervalMs: 1_000,
  leaseSeconds: 60,
  maxAttempts: 5,
  retryDelayMs: 2_000,
  maxRetryDelayMs: 300_000,
  maxUnreachableDelayMs: 10_000,
};

/** The queues and topics of a module's options, as `withSqsEnv` and `resolveSqsConfig` take them. */
export function sqsDeclarations(options: Pick<QueueModuleOptions, 'queues' | 'topics'>): SqsDeclarations {
  return { queues: options.queues, topics: options.topics ?? {} };
}
