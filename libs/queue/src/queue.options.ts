export interface QueueModuleOptions {
  /** The app's queues; each gets a dead-letter queue `<name>-dlq`. `audit` is always added. */
  queues: string[];
  /** Failed attempts retried before a message moves to its dead-letter queue. Default 3. */
  retryLimit?: number;
  /** Wait before each retry. Default 5 s. */
  retryDelaySeconds?: number;
  /** How often a worker looks for new messages. Default 2 s (pg-boss allows 0.5 s at least). */
  pollingIntervalSeconds?: number;
  /** `service` of audit events; defaults to the PlatformModule app name. */
  auditService?: string;
}

export const QUEUE_MODULE_OPTIONS = Symbol('QUEUE_MODULE_OPTIONS');

export const AUDIT_QUEUE = 'audit';
export const DLQ_SUFFIX = '-dlq';
