/**
 * The app's SQS queues and SNS topics, configured as the HMPPS SQS library (hmpps-sqs-spring-boot-starter)
 * configures them: each app declares its queue and topic ids in code, the environment names them with
 * the variables Spring derives from `hmpps.sqs.*` (`HMPPS_SQS_QUEUES_<ID>_QUEUE_NAME` for
 * `hmpps.sqs.queues.<id>.queueName`, …).
 */

export type SqsProvider = 'aws' | 'localstack';

export interface QueueDeclaration {
  /** Queue name with provider `localstack` when `HMPPS_SQS_QUEUES_<ID>_QUEUE_NAME` is not set. */
  localName: string;
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

export type Env = Record<string, string | undefined>;

const DEFAULT_REGION = 'eu-west-2';
const DEFAULT_LOCALSTACK_URL = 'http://localhost:4566';
const ID = /^[a-z][a-z0-9]*$/;
// SQS: up to 80 alphanumerics, hyphens and underscores (FIFO queues, with `.fifo`, are not supported here).
const QUEUE_NAME = /^[A-Za-z0-9_-]{1,80}$/;
const TOPIC_ARN = /^arn:aws:sns:[a-z0-9-]+:\d{12}:([A-Za-z0-9_-]{1,256})$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;

export function queueVariable(id: string, property: string): string {
  return `HMPPS_SQS_QUEUES_${id.toUpperCase()}_${property}`;
}

export function topicVariable(id: string): string {
  return `HMPPS_SQS_TOPICS_${id.toUpperCase()}_ARN`;
}

/** A configuration problem, each one named, so an operator fixes the deployment in one go. */
export class SqsConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`SQS configuration is invalid: ${problems.join('; ')}`);
    this.name = 'SqsConfigError';
  }
}

/** Reads and checks the configuration; throws `SqsConfigError` naming every problem at once. */
export function resolveSqsConfig(
  declared: { queues: Record<string, QueueDeclaration>; topics: Record<string, TopicDeclaration> },
  env: Env,
): SqsConfig {
  const problems: string[] = [];
  const value = (name: string): string | undefined => {
    const text = env[name]?.trim();
    return text ? text : undefined;
  };
  const wholeNumber = (name: string, fallback: number, min: number, max: number): number => {
    const text = value(name);
    if (text === undefined) return fallback;
    const parsed = Number(text);
    if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}`);
      return fallback;
    }
    return parsed;
  };

  const providerText = (value('HMPPS_SQS_PROVIDER') ?? 'aws').toLowerCase();
  if (providerText !== 'aws' && providerText !== 'localstack')
    problems.push('HMPPS_SQS_PROVIDER must be aws or localstack');
  const provider: SqsProvider = providerText === 'localstack' ? 'localstack' : 'aws';
  const local = provider === 'localstack';

  const region = value('HMPPS_SQS_REGION') ?? DEFAULT_REGION;
  if (!REGION.test(region)) problems.push('HMPPS_SQS_REGION must be an AWS region such as eu-west-2');

  const localstackUrl = value('HMPPS_SQS_LOCALSTACK_URL') ?? DEFAULT_LOCALSTACK_URL;
  if (local && !/^https?:\/\/[^/\s]+\/?$/.test(localstackUrl))
    problems.push('HMPPS_SQS_LOCALSTACK_URL must be an http(s) URL such as http://localhost:4566');

  const topics: ResolvedTopic[] = [];
  for (const [id, declaration] of Object.entries(declared.topics)) {
    if (!ID.test(id)) problems.push(`topic id ${id} must be lower-case letters and digits`);
    const variable = topicVariable(id);
    const arn = value(variable) ?? (local ? declaration.localArn : undefined);
    if (arn === undefined) {
      if (declaration.required) problems.push(`${variable} is required`);
      continue;
    }
    const match = TOPIC_ARN.exec(arn);
    if (!match) {
      problems.push(`${variable} must be an SNS topic ARN (arn:aws:sns:<region>:<account>:<name>)`);
      continue;
    }
    topics.push({ id, arn, name: match[1] });
  }

  const queues: ResolvedQueue[] = [];
  for (const [id, declaration] of Object.entries(declared.queues)) {
    if (!ID.test(id)) problems.push(`queue id ${id} must be lower-case letters and digits`);
    const nameVariable = queueVariable(id, 'QUEUE_NAME');
    const name = value(nameVariable) ?? (local ? declaration.localName : undefined);
    if (name === undefined) {
      if (declaration.required) problems.push(`${nameVariable} is required`);
      continue;
    }
    if (!QUEUE_NAME.test(name)) problems.push(`${nameVariable} is not a valid SQS queue name`);
    const dlqVariable = queueVariable(id, 'DLQ_NAME');
    const dlqName = value(dlqVariable) ?? (local ? declaration.localDlqName : undefined);
    if (dlqName !== undefined && !QUEUE_NAME.test(dlqName))
      problems.push(`${dlqVariable} is not a valid SQS queue name`);
    const subscribeTopicId = value(queueVariable(id, 'SUBSCRIBE_TOPIC_ID')) ?? declaration.subscribeTopicId;
    if (local && subscribeTopicId && !topics.some((topic) => topic.id === subscribeTopicId))
      problems.push(`queue ${id} subscribes to topic ${subscribeTopicId}, which is not configured`);
    queues.push({
      id,
      name,
      dlqName,
      dlqMaxReceiveCount: wholeNumber(queueVariable(id, 'DLQ_MAX_RECEIVE_COUNT'), 5, 1, 1000),
      visibilityTimeout: wholeNumber(queueVariable(id, 'VISIBILITY_TIMEOUT'), 30, 0, 43_200),
      errorVisibilityTimeout: wholeNumber(queueVariable(id, 'ERROR_VISIBILITY_TIMEOUT'), 0, 0, 43_200),
      subscribeTopicId,
      subscribeFilter: value(queueVariable(id, 'SUBSCRIBE_FILTER')) ?? declaration.subscribeFilter,
    });
  }

  const names = [...queues.flatMap((queue) => [queue.name, queue.dlqName ?? []].flat())];
  const repeated = [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
  if (repeated.length) problems.push(`queue names are used twice: ${repeated.join(', ')}`);
  const clashing = queues.filter((queue) => topics.some((topic) => topic.id === queue.id));
  if (clashing.length)
    problems.push(`ids are both a queue and a topic: ${clashing.map((q) => q.id).join(', ')}`);

  if (problems.length) throw new SqsConfigError(problems);
  return { provider, region, localstackUrl: localstackUrl.replace(/\/$/, ''), queues, topics };
}
