import {
  ChangeMessageVisibilityCommand,
  DeleteMessageCommand,
  Message,
  ReceiveMessageCommand,
} from '@aws-sdk/client-sqs';
import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { settledWithin } from '@libs/platform';
import { AwsClients } from '../aws-clients';
import { UnknownQueueError } from '../unknown-queue.error';

export interface ReceivedMessage {
  /** SQS's id of this message. */
  messageId: string;
  body: string;
  /** String message attributes (`eventType`, `eventId`, …). */
  attributes: Record<string, string>;
  /** How often SQS has delivered it (1 on the first delivery). */
  receiveCount: number;
}

/** Throw to have the message delivered again; after `dlqMaxReceiveCount` deliveries SQS moves it to the DLQ. */
export type MessageHandler = (message: ReceivedMessage) => Promise<void>;

const LONG_POLL_SECONDS = 20;
const MAX_IDLE_AFTER_ERROR_MS = 10_000;
const STOP_TIMEOUT_MS = 5_000;

/**
 * Consumers of the app's inbound queues (e.g. `hmppsdomainqueue`): long polling, up to 10 messages at a
 * time, a message deleted once its handler resolved. A handler that throws leaves the message to SQS:
 * visible again after the queue's `errorVisibilityTimeout`, dead-lettered by the queue's redrive policy.
 */
@Injectable()
export class QueueListeners implements BeforeApplicationShutdown {
  private readonly logger = new Logger(QueueListeners.name);
  private readonly stop = new AbortController();
  private readonly loops: Promise<void>[] = [];

  constructor(private readonly clients: AwsClients) {}

  /** Starts consuming the queue with this id until the app shuts down. */
  listen(queueId: string, handler: MessageHandler): void {
    const queue = this.clients.queue(queueId);
    if (!queue) throw new UnknownQueueError(queueId);
    if (this.stop.signal.aborted) throw new Error('the app is shutting down');
    this.loops.push(this.consume(queue.name, queue.errorVisibilityTimeout, handler));
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stop.abort();
    // An aborted receive ends at once; a handler in progress is given a bounded time to finish (a
    // message it leaves undeleted is simply delivered again).
    if (!(await settledWithin(Promise.all(this.loops), STOP_TIMEOUT_MS))) {
      this.logger.warn(`queue listeners did not stop within ${STOP_TIMEOUT_MS} ms of shutdown`);
    }
  }

  private async consume(queueName: string, errorVisibility: number, handler: MessageHandler): Promise<void> {
    let failures = 0;
    while (!this.stop.signal.aborted) {
      try {
        const url = await this.clients.queueUrl(queueName);
        const answer = await this.clients.sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: url,
            MaxNumberOfMessages: 10,
            WaitTimeSeconds: LONG_POLL_SECONDS,
            MessageAttributeNames: ['All'],
            MessageSystemAttributeNames: ['ApproximateReceiveCount'],
          }),
          { abortSignal: this.stop.signal },
        );
        failures = 0;
        await Promise.all(
          (answer.Messages ?? []).map((message) => this.handle(url, message, errorVisibility, handler)),
        );
      } catch (error) {
        if (this.stop.signal.aborted) return;
        failures += 1;
        if (failures === 1) this.logger.warn(`cannot receive from ${queueName}: ${(error as Error).message}`);
        await sleep(Math.min(MAX_IDLE_AFTER_ERROR_MS, 250 * 2 ** Math.min(failures, 10)), undefined, {
          signal: this.stop.signal,
        }).catch(() => undefined);
      }
    }
  }

  private async handle(
    url: string,
    message: Message,
    errorVisibility: number,
    handler: MessageHandler,
  ): Promise<void> {
    const received: ReceivedMessage = {
      messageId: message.MessageId ?? '',
      body: message.Body ?? '',
      attributes: Object.fromEntries(
        Object.entries(message.MessageAttributes ?? {}).flatMap(([name, value]) =>
          value.StringValue === undefined ? [] : [[name, value.StringValue]],
        ),
      ),
      receiveCount: Number(message.Attributes?.ApproximateReceiveCount ?? 1),
    };
    try {
      await handler(received);
    } catch (error) {
      this.logger.warn(
        `message ${received.messageId} failed (delivery ${received.receiveCount}): ${(error as Error).message}`,
      );
      await this.clients.sqs
        .send(
          new ChangeMessageVisibilityCommand({
            QueueUrl: url,
            ReceiptHandle: message.ReceiptHandle,
            VisibilityTimeout: errorVisibility,
          }),
        )
        .catch(() => undefined);
      return;
    }
    await this.clients.sqs.send(
      new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: message.ReceiptHandle }),
    );
  }
}
