/**
 * The app's SQS queues and SNS topics, configured as the HMPPS SQS library (hmpps-sqs-spring-boot-starter)
 * configures them: each app declares its queue and topic ids in code, the environment names them with
 * the variables Spring derives from `hmpps.sqs.*` (`HMPPS_SQS_QUEUES_<ID>_QUEUE_NAME` for
 * `hmpps.sqs.queues.<id>.queueName`, …).
 */

export type SqsProvider = 'aws' | 'localstack';

export interface QueueDeclaration {
  /**
   * Queue name with provider `localstack` when `HMPPS_SQS_QUEUES_<ID>_QUEUE_NAME` is not set. Without one
   * the queue exists only where the environment names it, on the emulator too (e.g. a consumer's queue).
   */
  localName?: string;
  /** Dead-letter queue name with provider `localstack` when `…_DLQ_NAME` is not set. */
  localDlqName?: string;
  /**
   * With provider `aws` the queue must be named, or the app does not start. An optional queue without a
   * name is left out (not published to, not in health or queue admin), as an unconfigured hmpps-sqs queue.
   */
  required?: boolean;
  /** The topic this queue receives (subscribed on the emulator only, as hmpps-sqs does on LocalStack). */
  subscribeTopicId?: string;
  /** SNS filter policy of that subscription (JSON). */
  subscribeFilter?: string;
}

export interface TopicDeclaration {
  /** Topic ARN with provider `localstack` when `HMPPS_SQS_TOPICS_<ID>_ARN` is not set. */
  localArn: string;
  required?: boolean;
}

export interface ResolvedQueue {
  id: string;
  name: string;
  dlqName?: string;
  /** Receives before SQS moves a message to the DLQ (`hmpps.sqs.queues.<id>.dlqMaxReceiveCount`, default 5). */
  dlqMaxReceiveCount: number;
  /** Seconds a received message stays hidden (default 30). */
  visibilityTimeout: number;
  /** Seconds a message that failed in a listener stays hidden before its next delivery (default 0). */
  errorVisibilityTimeout: number;
  subscribeTopicId?: string;
  subscribeFilter?: string;
}

export interface ResolvedTopic {
  id: string;
  arn: string;
  /** The last part of the ARN. */
  name: string;
}

export interface SqsConfig {
  provider: SqsProvider;
  region: string;
  /** The emulator's endpoint (provider `localstack`). */
  localstackUrl: string;
  /** Configured queues, in declaration order. */
  queues: ResolvedQueue[];
  topics: ResolvedTopic[];
}

export interface SqsDeclarations {
  queues: Record<string, QueueDeclaration>;
  topics: Record<string, TopicDeclaration>;
}

export function queueVariable(id: string, property: string): string {
  return `HMPPS_SQS_QUEUES_${id.toUpperCase()}_${property}`;
}

export function topicVariable(id: string): string {
  return `HMPPS_SQS_TOPICS_${id.toUpperCase()}_ARN`;
}

const TOPIC_NAME = /:([^:]+)$/;

/**
 * The queues and topics an app uses, from its environment as `withSqsEnv` validated it: a declaration
 * without a name (provider `aws`, an optional queue nobody configured) is left out, as an unconfigured
 * hmpps-sqs queue is.
 */
export function resolveSqsConfig(declared: SqsDeclarations, validated: object): SqsConfig {
  const env = validated as Record<string, unknown>;
  const value = (name: string) => env[name] as string | undefined;
  const provider = value('HMPPS_SQS_PROVIDER') === 'localstack' ? 'localstack' : 'aws';
  const local = provider === 'localstack';
  const topics: ResolvedTopic[] = Object.entries(declared.topics).flatMap(([id, declaration]) => {
    const arn = value(topicVariable(id)) ?? (local ? declaration.localArn : undefined);
    return arn === undefined ? [] : [{ id, arn, name: TOPIC_NAME.exec(arn)![1] }];
  });
  const queues: ResolvedQueue[] = Object.entries(declared.queues).flatMap(([id, declaration]) => {
    const name = value(queueVariable(id, 'QUEUE_NAME')) ?? (local ? declaration.localName : undefined);
    if (name === undefined) return [];
    const setting = (property: string) => env[queueVariable(id, property)] as number | undefined;
    return [
      {
        id,
        name,
        dlqName: value(queueVariable(id, 'DLQ_NAME')) ?? (local ? declaration.localDlqName : undefined),
        dlqMaxReceiveCount: setting('DLQ_MAX_RECEIVE_COUNT') ?? 5,
        visibilityTimeout: setting('VISIBILITY_TIMEOUT') ?? 30,
        errorVisibilityTimeout: setting('ERROR_VISIBILITY_TIMEOUT') ?? 0,
        subscribeTopicId: value(queueVariable(id, 'SUBSCRIBE_TOPIC_ID')) ?? declaration.subscribeTopicId,
        subscribeFilter: value(queueVariable(id, 'SUBSCRIBE_FILTER')) ?? declaration.subscribeFilter,
      },
    ];
  });
  return {
    provider,
    region: value('HMPPS_SQS_REGION')!,
    localstackUrl: value('HMPPS_SQS_LOCALSTACK_URL')!.replace(/\/$/, ''),
    queues,
    topics,
  };
}
