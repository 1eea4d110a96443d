import { EnvInteger, EnvRequired, EnvSchema, EnvUrl, loadEnv, PlatformEnv } from '@libs/platform';
import { IsIn, IsOptional, Matches, registerDecorator, ValidateIf } from 'class-validator';
import { queueVariable, topicVariable, type SqsDeclarations } from './sqs-config';

type Decorate = (target: object, property: string) => void;
type EnvObject = Record<string, unknown>;

const DEFAULT_REGION = 'eu-west-2';
const DEFAULT_LOCALSTACK_URL = 'http://localhost:4566';
const ID = /^[a-z][a-z0-9]*$/;
// SQS: up to 80 alphanumerics, hyphens and underscores (FIFO queues, with `.fifo`, are not supported here).
export const QUEUE_NAME = /^[A-Za-z0-9_-]{1,80}$/;
export const TOPIC_ARN = /^arn:aws:sns:[a-z0-9-]+:\d{12}:([A-Za-z0-9_-]{1,256})$/;

const onAws = (env: EnvObject) => (env.HMPPS_SQS_PROVIDER ?? 'aws') === 'aws';

function rule(name: string, holds: (env: EnvObject) => string[]): Decorate {
  return (target, property) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: property,
      validator: {
        validate: (_value: unknown, args) => holds(args?.object as EnvObject).length === 0,
        defaultMessage: (args) => holds(args?.object as EnvObject).join('; '),
      },
    });
}

/**
 * The app's environment schema plus the HMPPS SQS library's variables for the queues and topics it
 * declares (`HMPPS_SQS_PROVIDER`, `HMPPS_SQS_REGION`, `HMPPS_SQS_LOCALSTACK_URL`,
 * `HMPPS_SQS_QUEUES_<ID>_QUEUE_NAME` / `_DLQ_NAME` / `_DLQ_MAX_RECEIVE_COUNT` / `_VISIBILITY_TIMEOUT` /
 * `_ERROR_VISIBILITY_TIMEOUT` / `_SUBSCRIBE_TOPIC_ID` / `_SUBSCRIBE_FILTER`, `HMPPS_SQS_TOPICS_<ID>_ARN`) and the
 * relay's `OUTBOX_MAX_ATTEMPTS` and `OUTBOX_RETRY_DELAY_MS`, so they are checked with everything else by the
 * platform's one loader. With provider `aws` a required queue or topic must be named; with `localstack`
 * the declarations' local names apply.
 */
export function withSqsEnv<T extends EnvSchema>(Base: T, declared: SqsDeclarations): T {
  const defaults: Record<string, unknown> = {
    HMPPS_SQS_PROVIDER: 'aws',
    HMPPS_SQS_REGION: DEFAULT_REGION,
    HMPPS_SQS_LOCALSTACK_URL: DEFAULT_LOCALSTACK_URL,
    OUTBOX_MAX_ATTEMPTS: 5,
    OUTBOX_RETRY_DELAY_MS: 2_000,
  };
  const Schema = class extends (Base as EnvSchema) {
    constructor() {
      super();
      for (const [name, value] of Object.entries(defaults)) (this as EnvObject)[name] ??= value;
    }
  } as T;
  Object.defineProperty(Schema, 'name', { value: `${Base.name}WithSqs` });
  const proto = Schema.prototype as object;
  const declare = (name: string, ...decorators: Decorate[]) =>
    decorators.forEach((decorate) => decorate(proto, name));

  // Each has a default (set by the constructor), so none is required.
  declare(
    'HMPPS_SQS_PROVIDER',
    IsOptional(),
    IsIn(['aws', 'localstack'], { message: 'HMPPS_SQS_PROVIDER must be aws or localstack' }),
    rule('sqsDeclarations', (env) => consistencyProblems(declared, env)),
  );
  declare(
    'HMPPS_SQS_REGION',
    IsOptional(),
    Matches(/^[a-z]{2}(-[a-z]+)+-\d$/, {
      message: 'HMPPS_SQS_REGION must be an AWS region such as eu-west-2',
    }),
  );
  declare('HMPPS_SQS_LOCALSTACK_URL', IsOptional(), EnvUrl());
  declare('OUTBOX_MAX_ATTEMPTS', IsOptional(), EnvInteger({ min: 1, max: 100 }));
  declare('OUTBOX_RETRY_DELAY_MS', IsOptional(), EnvInteger({ min: 10, max: 3_600_000 }));

  for (const [id, topic] of Object.entries(declared.topics)) {
    const variable = topicVariable(id);
    declare(
      variable,
      ValidateIf((env: EnvObject) => env[variable] !== undefined || (onAws(env) && topic.required === true)),
      EnvRequired(),
      Matches(TOPIC_ARN, {
        message: `${variable} must be an SNS topic ARN (arn:aws:sns:<region>:<account>:<name>)`,
      }),
    );
  }
  for (const [id, queue] of Object.entries(declared.queues)) {
    const name = queueVariable(id, 'QUEUE_NAME');
    declare(
      name,
      ValidateIf((env: EnvObject) => env[name] !== undefined || (onAws(env) && queue.required === true)),
      EnvRequired(),
      Matches(QUEUE_NAME, { message: `${name} is not a valid SQS queue name` }),
    );
    declare(
      queueVariable(id, 'DLQ_NAME'),
      IsOptional(),
      Matches(QUEUE_NAME, {
        message: `${queueVariable(id, 'DLQ_NAME')} is not a valid SQS queue name`,
      }),
    );
    declare(queueVariable(id, 'DLQ_MAX_RECEIVE_COUNT'), IsOptional(), EnvInteger({ min: 1, max: 1000 }));
    declare(queueVariable(id, 'VISIBILITY_TIMEOUT'), IsOptional(), EnvInteger({ min: 0, max: 43_200 }));
    declare(queueVariable(id, 'ERROR_VISIBILITY_TIMEOUT'), IsOptional(), EnvInteger({ min: 0, max: 43_200 }));
    declare(queueVariable(id, 'SUBSCRIBE_TOPIC_ID'), IsOptional());
    declare(queueVariable(id, 'SUBSCRIBE_FILTER'), IsOptional());
  }
  return Schema;
}

/** What no single variable shows: ids, names used twice, subscriptions to topics that are not configured. */
function consistencyProblems(declared: SqsDeclarations, env: EnvObject): string[] {
  const problems: string[] = [];
  const local = env.HMPPS_SQS_PROVIDER === 'localstack';
  const value = (name: string) => env[name] as string | undefined;
  for (const id of [...Object.keys(declared.queues), ...Object.keys(declared.topics)]) {
    if (!ID.test(id)) problems.push(`queue or topic id ${id} must be lower-case letters and digits`);
  }
  const topicIds = Object.entries(declared.topics)
    .filter(([id, topic]) => value(topicVariable(id)) ?? (local ? topic.localArn : undefined))
    .map(([id]) => id);
  const names: string[] = [];
  for (const [id, queue] of Object.entries(declared.queues)) {
    const name = value(queueVariable(id, 'QUEUE_NAME')) ?? (local ? queue.localName : undefined);
    if (name === undefined) continue;
    names.push(name);
    const dlq = value(queueVariable(id, 'DLQ_NAME')) ?? (local ? queue.localDlqName : undefined);
    if (dlq !== undefined) names.push(dlq);
    const subscribes = value(queueVariable(id, 'SUBSCRIBE_TOPIC_ID')) ?? queue.subscribeTopicId;
    if (local && subscribes && !topicIds.includes(subscribes)) {
      problems.push(`queue ${id} subscribes to topic ${subscribes}, which is not configured`);
    }
  }
  const repeated = [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
  if (repeated.length) problems.push(`queue names are used twice: ${repeated.join(', ')}`);
  const clashing = Object.keys(declared.queues).filter((id) => id in declared.topics);
  if (clashing.length) problems.push(`ids are both a queue and a topic: ${clashing.join(', ')}`);
  return problems;
}

/**
 * The validated SQS settings of an app: its own environment when its schema includes them
 * (`withSqsEnv`), otherwise read now through the same schema over the process env.
 */
export function sqsEnvOf(appEnv: PlatformEnv | undefined, declared: SqsDeclarations): EnvObject {
  if (appEnv && 'HMPPS_SQS_PROVIDER' in appEnv) return appEnv as unknown as EnvObject;
  return loadEnv('queue', withSqsEnv(PlatformEnv, declared)) as unknown as EnvObject;
}
