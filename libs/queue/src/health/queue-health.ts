import { GetTopicAttributesCommand } from '@aws-sdk/client-sns';
import { Injectable, OnModuleInit, Optional } from '@nestjs/common';
import { HealthDetail, HealthRegistry } from '@libs/platform';
import { AwsClients } from '../aws-clients';
import { OutboxStore } from '../outbox/outbox.store';
import { ResolvedQueue, ResolvedTopic } from '../sqs-config';
import { queueDepth } from './queue-attributes';

const TIMEOUT_MS = 2_000;

/**
 * `/health` components as hmpps-sqs reports them: `<queueId>-health` (queueName, messagesOnQueue,
 * messagesInFlight; with a DLQ also dlqStatus, dlqName, messagesOnDlq, DOWN without a redrive policy),
 * `<topicId>-health` (topicArn, subscriptions), and `outbox` (what waits to leave).
 */
@Injectable()
export class QueueHealth implements OnModuleInit {
  constructor(
    private readonly clients: AwsClients,
    private readonly store: OutboxStore,
    @Optional() private readonly registry?: HealthRegistry,
  ) {}

  onModuleInit(): void {
    for (const queue of this.clients.config.queues)
      this.registry?.register(`${queue.id}-health`, () => this.queue(queue));
    for (const topic of this.clients.config.topics)
      this.registry?.register(`${topic.id}-health`, () => this.topic(topic));
    this.registry?.register('outbox', () => this.outbox());
  }

  async queue(queue: ResolvedQueue): Promise<HealthDetail> {
    const details: Record<string, unknown> = { queueName: queue.name };
    let up = true;
    try {
      const depth = await queueDepth(this.clients, queue.name);
      Object.assign(details, { messagesOnQueue: depth.messages, messagesInFlight: depth.inFlight });
      if (queue.dlqName && !depth.redrivePolicy) {
        up = false;
        details.dlqStatus = 'DOWN';
        details.error = `the main queue for ${queue.id} is missing a RedrivePolicy`;
      }
    } catch (error) {
      up = false;
      details.error = failure(error);
    }
    if (queue.dlqName) {
      details.dlqName = queue.dlqName;
      try {
        details.messagesOnDlq = (await queueDepth(this.clients, queue.dlqName)).messages;
        details.dlqStatus ??= 'UP';
      } catch (error) {
        up = false;
        details.dlqStatus = 'DOWN';
        details.dlqError = failure(error);
      }
    }
    return { status: up ? 'UP' : 'DOWN', details };
  }

  async topic(topic: ResolvedTopic): Promise<HealthDetail> {
    try {
      const arn = await this.clients.topicArn(topic.id);
      const answer = await this.clients.sns.send(new GetTopicAttributesCommand({ TopicArn: arn }), {
        abortSignal: AbortSignal.timeout(TIMEOUT_MS),
      });
      return {
        status: 'UP',
        details: {
          topicArn: arn,
          subscriptionsConfirmed: answer.Attributes?.SubscriptionsConfirmed ?? '0',
          subscriptionsPending: answer.Attributes?.SubscriptionsPending ?? '0',
        },
      };
    } catch (error) {
      return { status: 'DOWN', details: { topicArn: topic.arn, error: failure(error) } };
    }
  }

  /** UP while the table can be read: messages waiting for an unreachable SQS are the relay's job, not a fault. */
  async outbox(): Promise<HealthDetail> {
    const stats = await this.store.stats();
    const sum = (pick: (s: (typeof stats)[number]) => number) =>
      stats.reduce((total, s) => total + pick(s), 0);
    return {
      status: 'UP',
      details: {
        pendingMessages: sum((s) => s.pending),
        deadLetterMessages: sum((s) => s.dead),
        oldestPendingAgeSeconds: Math.round(Math.max(0, ...stats.map((s) => s.oldestPendingAgeSeconds))),
      },
    };
  }
}

/** The kind of failure, never the SDK's full text (which may name hosts and accounts). */
function failure(error: unknown): string {
  const name = (error as { name?: string })?.name;
  return name && name !== 'Error' ? name : 'unreachable';
}
