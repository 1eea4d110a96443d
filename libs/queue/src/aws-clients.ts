import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  SetQueueAttributesCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { ResolvedQueue, ResolvedTopic, SqsConfig } from './sqs-config';

/** The emulator accepts any credentials; these exist only so the SDK can sign its requests. */
const EMULATOR_CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };
const CONNECT_TIMEOUT_MS = 3_000;
// Above the listeners' 20 s long poll.
const REQUEST_TIMEOUT_MS = 25_000;

/**
 * One SQS and one SNS client for the app (keep-alive pools), and the queue URLs they resolve.
 * Provider `aws`: the SDK's default credential chain, i.e. the pod's IRSA web identity in the cluster
 * (`AWS_ROLE_ARN`, `AWS_WEB_IDENTITY_TOKEN_FILE`). Provider `localstack`: the emulator's endpoint and
 * throwaway static credentials.
 */
export class AwsClients {
  readonly sqs: SQSClient;
  readonly sns: SNSClient;
  private readonly urls = new Map<string, Promise<string>>();
  private readonly topicArns = new Map<string, string>();
  private provisioned?: Promise<void>;

  constructor(readonly config: SqsConfig) {
    const settings = {
      region: config.region,
      // The outbox relay retries on its own schedule; the SDK adds one quick retry at most.
      maxAttempts: 2,
      requestHandler: { connectionTimeout: CONNECT_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS },
      ...(config.provider === 'localstack'
        ? { endpoint: config.localstackUrl, credentials: EMULATOR_CREDENTIALS }
        : {}),
    };
    this.sqs = new SQSClient(settings);
    this.sns = new SNSClient(settings);
  }

  queue(id: string): ResolvedQueue | undefined {
    return this.config.queues.find((queue) => queue.id === id);
  }

  topic(id: string): ResolvedTopic | undefined {
    return this.config.topics.find((topic) => topic.id === id);
  }

  /** The URL of a queue by name (resolved once; forgotten after a failure so the next call asks again). */
  queueUrl(name: string): Promise<string> {
    let url = this.urls.get(name);
    if (!url) {
      url = this.ensureProvisioned()
        .then(() => this.sqs.send(new GetQueueUrlCommand({ QueueName: name })))
        .then((answer) => {
          if (!answer.QueueUrl) throw new Error(`SQS gave no URL for queue ${name}`);
          return answer.QueueUrl;
        });
      this.urls.set(name, url);
      url.catch(() => this.urls.delete(name));
    }
    return url;
  }

  /** Forget a queue's URL (e.g. after SQS said the queue does not exist). */
  forgetQueueUrl(name: string): void {
    this.urls.delete(name);
  }

  async topicArn(id: string): Promise<string> {
    const topic = this.topic(id);
    if (!topic) throw new Error(`topic ${id} is not configured`);
    await this.ensureProvisioned();
    return this.topicArns.get(id) ?? topic.arn;
  }

  /**
   * With provider `localstack` the app creates its queues (each DLQ first, then the queue with its
   * redrive policy), topics and subscriptions, as hmpps-sqs does on LocalStack; in AWS they exist
   * already. Until it succeeds once (e.g. the emulator starts after the app), every use tries again.
   */
  ensureProvisioned(): Promise<void> {
    if (this.config.provider !== 'localstack') return Promise.resolve();
    if (!this.provisioned) {
      this.provisioned = this.provision();
      this.provisioned.catch(() => (this.provisioned = undefined));
    }
    return this.provisioned;
  }

  /** After the relay and listeners have stopped (they stop in `beforeApplicationShutdown`). */
  onApplicationShutdown(): void {
    this.sqs.destroy();
    this.sns.destroy();
  }

  private async provision(): Promise<void> {
    for (const topic of this.config.topics) {
      const created = await this.sns.send(new CreateTopicCommand({ Name: topic.name }));
      if (created.TopicArn) this.topicArns.set(topic.id, created.TopicArn);
    }
    for (const queue of this.config.queues) {
      const attributes: Record<string, string> = { VisibilityTimeout: String(queue.visibilityTimeout) };
      if (queue.dlqName) {
        const dlqUrl = await this.createQueue(queue.dlqName);
        const dlqArn = await this.queueArn(dlqUrl);
        attributes.RedrivePolicy = JSON.stringify({
          deadLetterTargetArn: dlqArn,
          maxReceiveCount: String(queue.dlqMaxReceiveCount),
        });
      }
      const url = await this.createQueue(queue.name);
      // Set rather than passed to CreateQueue, so that a queue created by an earlier run gets them too.
      await this.sqs.send(new SetQueueAttributesCommand({ QueueUrl: url, Attributes: attributes }));
      const topicArn = queue.subscribeTopicId && this.topicArns.get(queue.subscribeTopicId);
      if (topicArn) {
        await this.sns.send(
          new SubscribeCommand({
            TopicArn: topicArn,
            Protocol: 'sqs',
            Endpoint: await this.queueArn(url),
            Attributes: queue.subscribeFilter ? { FilterPolicy: queue.subscribeFilter } : undefined,
          }),
        );
      }
    }
  }

  private async createQueue(name: string): Promise<string> {
    const created = await this.sqs.send(new CreateQueueCommand({ QueueName: name }));
    if (!created.QueueUrl) throw new Error(`SQS gave no URL for queue ${name}`);
    return created.QueueUrl;
  }

  private async queueArn(url: string): Promise<string> {
    const answer = await this.sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }),
    );
    const arn = answer.Attributes?.QueueArn;
    if (!arn) throw new Error(`SQS gave no ARN for queue ${url}`);
    return arn;
  }
}
