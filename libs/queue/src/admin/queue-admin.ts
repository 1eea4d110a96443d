import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageBatchCommand,
  Message,
  PurgeQueueCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
} from '@aws-sdk/client-sqs';
import { Injectable } from '@nestjs/common';
import { AwsClients } from '../aws-clients';
import { queueDepth } from '../health/queue-attributes';
import { DestinationKind } from '../outbox/outbox-message.entity';
import { OutboxRelay } from '../outbox/outbox.relay';
import { OutboxStore } from '../outbox/outbox.store';
import { OUTBOX_DLQ_SUFFIX } from '../queue.options';
import { UnknownQueueError } from '../unknown-queue.error';

export interface DlqCount {
  /** The dead-letter store: a real SQS DLQ name, or `<destination id>-outbox-dlq`. */
  dlqName: string;
  messagesFoundCount: number;
}

export interface DlqPeek {
  messagesFoundCount: number;
  messages: { messageId: string; body: unknown }[];
}

/** Upper bound of one look at a dead-letter queue, so one admin call stays bounded in time. */
export const MAX_PEEK = 1_000;
/** How long peeked SQS messages stay hidden while the look collects them; released right after. */
const PEEK_VISIBILITY_SECONDS = 30;

type Store =
  | { type: 'sqs-dlq'; queueName: string; dlqName: string }
  | { type: 'outbox'; kind: DestinationKind; destination: string; name: string };

/**
 * The HMPPS SQS library's queue administration, over two kinds of dead-letter store:
 * - the real SQS DLQ of each configured queue that has one (`…_DLQ_NAME`), where SQS moves a message
 *   its consumers failed `dlqMaxReceiveCount` times;
 * - the outbox dead-letter store of each destination (`<id>-outbox-dlq`): messages SQS/SNS refused
 *   `maxAttempts` times, kept in the app's database until retried or purged.
 * Names are matched exactly against the configuration; anything else is `UnknownQueueError`.
 */
@Injectable()
export class QueueAdmin {
  constructor(
    private readonly clients: AwsClients,
    private readonly store: OutboxStore,
    private readonly relay: OutboxRelay,
  ) {}

  /** Moves every message of the store back to its queue (or makes dead letters due again); the count found. */
  async retryDlq(dlqName: string): Promise<number> {
    const store = this.dlq(dlqName);
    if (store.type === 'outbox') {
      const revived = await this.store.reviveDead(store.kind, store.destination);
      this.relay.wake();
      return revived;
    }
    return this.redrive(store.dlqName, store.queueName);
  }

  /**
   * One entry per configured queue, in configuration order (its SQS DLQ and its outbox dead letters
   * together), then one per topic (its outbox dead letters).
   */
  async retryAllDlqs(): Promise<DlqCount[]> {
    const counts: DlqCount[] = [];
    for (const queue of this.clients.config.queues) {
      const outbox = this.outboxName(queue.id);
      const found = (await this.retryDlq(outbox)) + (queue.dlqName ? await this.retryDlq(queue.dlqName) : 0);
      counts.push({ dlqName: queue.dlqName ?? outbox, messagesFoundCount: found });
    }
    for (const topic of this.clients.config.topics) {
      const outbox = this.outboxName(topic.id);
      counts.push({ dlqName: outbox, messagesFoundCount: await this.retryDlq(outbox) });
    }
    return counts;
  }

  /** Empties a queue, an SQS DLQ or an outbox dead-letter store; the count found (0: nothing done). */
  async purge(name: string): Promise<number> {
    const queue = this.clients.config.queues.find((q) => q.name === name || q.dlqName === name);
    if (queue) {
      const { messages } = await queueDepth(this.clients, name);
      if (messages > 0)
        await this.clients.sqs.send(new PurgeQueueCommand({ QueueUrl: await this.clients.queueUrl(name) }));
      return messages;
    }
    const store = this.dlq(name);
    if (store.type !== 'outbox') throw new UnknownQueueError(name);
    return this.store.purgeDead(store.kind, store.destination);
  }

  /** Up to `max` messages of a dead-letter store, left where they are. */
  async peek(dlqName: string, max: number): Promise<DlqPeek> {
    const limit = Math.max(0, Math.min(MAX_PEEK, Math.floor(max)));
    const store = this.dlq(dlqName);
    if (store.type === 'outbox') {
      const [found, letters] = await Promise.all([
        this.store.countDead(store.kind, store.destination),
        this.store.deadLetters(store.kind, store.destination, limit),
      ]);
      return {
        messagesFoundCount: found,
        messages: letters.map((l) => ({ messageId: l.id, body: parsed(l.body) })),
      };
    }
    const { messages: found } = await queueDepth(this.clients, store.dlqName);
    const url = await this.clients.queueUrl(store.dlqName);
    const seen = new Map<string, Message>();
    try {
      while (seen.size < Math.min(found, limit)) {
        const batch = await this.receive(url, Math.min(10, limit - seen.size), PEEK_VISIBILITY_SECONDS);
        if (batch.length === 0) break;
        for (const message of batch) if (message.MessageId) seen.set(message.MessageId, message);
      }
    } finally {
      // Unlike the library (messages stayed hidden for the visibility timeout), looking changes nothing.
      await this.release(url, [...seen.values()]);
    }
    return {
      messagesFoundCount: found,
      messages: [...seen.values()].map((m) => ({ messageId: m.MessageId ?? '', body: parsed(m.Body ?? '') })),
    };
  }

  /** Every dead-letter store name this app has. */
  dlqNames(): string[] {
    return [
      ...this.clients.config.queues.flatMap((queue) => (queue.dlqName ? [queue.dlqName] : [])),
      ...[...this.clients.config.queues, ...this.clients.config.topics].map((d) => this.outboxName(d.id)),
    ];
  }

  private outboxName(id: string): string {
    return `${id}${OUTBOX_DLQ_SUFFIX}`;
  }

  private dlq(name: string): Store {
    const queue = this.clients.config.queues.find((q) => q.dlqName === name);
    if (queue?.dlqName) return { type: 'sqs-dlq', queueName: queue.name, dlqName: queue.dlqName };
    for (const [kind, destinations] of [
      ['queue', this.clients.config.queues],
      ['topic', this.clients.config.topics],
    ] as const) {
      const destination = destinations.find((d) => this.outboxName(d.id) === name);
      if (destination) return { type: 'outbox', kind, destination: destination.id, name };
    }
    throw new UnknownQueueError(name);
  }

  /** Receive, resend to the main queue (body and attributes), delete: as many as the DLQ held at the start. */
  private async redrive(dlqName: string, queueName: string): Promise<number> {
    const { messages: found } = await queueDepth(this.clients, dlqName);
    const [dlqUrl, queueUrl] = await Promise.all([
      this.clients.queueUrl(dlqName),
      this.clients.queueUrl(queueName),
    ]);
    let moved = 0;
    while (moved < found) {
      const batch = await this.receive(dlqUrl, Math.min(10, found - moved), PEEK_VISIBILITY_SECONDS);
      if (batch.length === 0) break;
      const sent = await this.clients.sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: batch.map((message, index) => ({
            Id: String(index),
            MessageBody: message.Body ?? '',
            MessageAttributes: message.MessageAttributes,
          })),
        }),
      );
      const accepted = new Set((sent.Successful ?? []).map((entry) => Number(entry.Id)));
      const resent = batch.filter((_, index) => accepted.has(index));
      if (resent.length)
        await this.clients.sqs.send(
          new DeleteMessageBatchCommand({
            QueueUrl: dlqUrl,
            Entries: resent.map((message, index) => ({
              Id: String(index),
              ReceiptHandle: message.ReceiptHandle,
            })),
          }),
        );
      await this.release(
        dlqUrl,
        batch.filter((_, index) => !accepted.has(index)),
      );
      if (resent.length === 0) throw new Error(`${queueName} refused the messages of ${dlqName}`);
      moved += resent.length;
    }
    return found;
  }

  private async receive(url: string, max: number, visibilitySeconds: number): Promise<Message[]> {
    const answer = await this.clients.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: url,
        MaxNumberOfMessages: max,
        VisibilityTimeout: visibilitySeconds,
        WaitTimeSeconds: 0,
        MessageAttributeNames: ['All'],
      }),
    );
    return answer.Messages ?? [];
  }

  private async release(url: string, messages: Message[]): Promise<void> {
    for (let start = 0; start < messages.length; start += 10) {
      await this.clients.sqs.send(
        new ChangeMessageVisibilityBatchCommand({
          QueueUrl: url,
          Entries: messages.slice(start, start + 10).map((message, index) => ({
            Id: String(index),
            ReceiptHandle: message.ReceiptHandle,
            VisibilityTimeout: 0,
          })),
        }),
      );
    }
  }
}

function parsed(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}
