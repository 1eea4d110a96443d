import { ConfigProblems, DatabaseEnv, EnvRequired, loadEnv } from '@libs/platform';
import { resolveSqsConfig, SqsDeclarations } from './sqs-config';
import { withSqsEnv } from './sqs-env';

const declared: SqsDeclarations = {
  queues: {
    audit: { localName: 'audit', required: true },
    activities: { localName: 'activities' },
    domainqueue: { localName: 'events', localDlqName: 'events-dlq', subscribeTopicId: 'domainevents' },
  },
  topics: { domainevents: { localArn: 'arn:aws:sns:eu-west-2:000000000000:domainevents' } },
};

class AppEnv extends withSqsEnv(DatabaseEnv, declared) {
  @EnvRequired()
  APP_SETTING!: string;
}

function problems(source: Record<string, string>): readonly string[] {
  try {
    loadEnv('app', AppEnv, source);
    return [];
  } catch (error) {
    if (error instanceof ConfigProblems) return error.problems;
    throw error;
  }
}

describe('withSqsEnv', () => {
  it("reports the app's and the queues' problems in one report (provider aws needs named queues)", () => {
    expect(problems({ HMPPS_SQS_QUEUES_AUDIT_DLQ_MAX_RECEIVE_COUNT: '0' })).toEqual([
      'APP_SETTING is required',
      'HMPPS_SQS_QUEUES_AUDIT_QUEUE_NAME is required',
      'HMPPS_SQS_QUEUES_AUDIT_DLQ_MAX_RECEIVE_COUNT must be at least 1',
    ]);
  });

  it('reads named queues and topics with provider aws, leaving out optional ones nobody named', () => {
    const env = loadEnv('app', AppEnv, {
      APP_SETTING: 'x',
      HMPPS_SQS_QUEUES_AUDIT_QUEUE_NAME: 'hmpps-audit-queue',
      HMPPS_SQS_QUEUES_AUDIT_VISIBILITY_TIMEOUT: '60',
    });
    expect(env.APP_SETTING).toBe('x');
    expect(resolveSqsConfig(declared, env)).toEqual({
      provider: 'aws',
      region: 'eu-west-2',
      localstackUrl: 'http://localhost:4566',
      queues: [
        {
          id: 'audit',
          name: 'hmpps-audit-queue',
          dlqName: undefined,
          dlqMaxReceiveCount: 5,
          visibilityTimeout: 60,
          errorVisibilityTimeout: 0,
          subscribeTopicId: undefined,
          subscribeFilter: undefined,
        },
      ],
      topics: [],
    });
  });

  it('uses the local names with provider localstack', () => {
    const env = loadEnv('app', AppEnv, { APP_SETTING: 'x', HMPPS_SQS_PROVIDER: 'localstack' });
    const config = resolveSqsConfig(declared, env);
    expect(config.queues.map((queue) => [queue.name, queue.dlqName])).toEqual([
      ['audit', undefined],
      ['activities', undefined],
      ['events', 'events-dlq'],
    ]);
    expect(config.topics).toEqual([
      { id: 'domainevents', arn: 'arn:aws:sns:eu-west-2:000000000000:domainevents', name: 'domainevents' },
    ]);
  });

  it('leaves out a queue without a local name on the emulator too, until the environment names it', () => {
    const withConsumerQueue: SqsDeclarations = { ...declared, queues: { ...declared.queues, consumer: {} } };
    const source = { HMPPS_SQS_PROVIDER: 'localstack' };
    const unnamed = resolveSqsConfig(withConsumerQueue, loadEnv('app', withSqsEnv(DatabaseEnv, withConsumerQueue), source));
    expect(unnamed.queues.map((queue) => queue.id)).toEqual(['audit', 'activities', 'domainqueue']);
    const named = resolveSqsConfig(
      withConsumerQueue,
      loadEnv('app', withSqsEnv(DatabaseEnv, withConsumerQueue), {
        ...source,
        HMPPS_SQS_QUEUES_CONSUMER_QUEUE_NAME: 'consumer-events',
      }),
    );
    expect(named.queues.find((queue) => queue.id === 'consumer')?.name).toBe('consumer-events');
  });

  it('refuses bad names, ARNs, providers and regions, and names used twice', () => {
    expect(
      problems({
        APP_SETTING: 'x',
        HMPPS_SQS_PROVIDER: 'localstack',
        HMPPS_SQS_REGION: 'moon',
        HMPPS_SQS_QUEUES_ACTIVITIES_QUEUE_NAME: 'audit',
        HMPPS_SQS_QUEUES_DOMAINQUEUE_DLQ_NAME: 'bad name!',
        HMPPS_SQS_TOPICS_DOMAINEVENTS_ARN: 'domainevents',
      }),
    ).toEqual([
      'queue names are used twice: audit',
      'HMPPS_SQS_REGION must be an AWS region such as eu-west-2',
      'HMPPS_SQS_TOPICS_DOMAINEVENTS_ARN must be an SNS topic ARN (arn:aws:sns:<region>:<account>:<name>)',
      'HMPPS_SQS_QUEUES_DOMAINQUEUE_DLQ_NAME is not a valid SQS queue name',
    ]);
    expect(problems({ APP_SETTING: 'x', HMPPS_SQS_PROVIDER: 'sqs' })[0]).toBe(
      'HMPPS_SQS_PROVIDER must be aws or localstack',
    );
  });
});
