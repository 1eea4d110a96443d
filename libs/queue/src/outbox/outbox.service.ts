import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AwsClients } from '../aws-clients';
import { UnknownQueueError } from '../unknown-queue.error';
import { EVENT_ID_ATTRIBUTE, MAX_CALLER_ATTRIBUTES } from '../transport/message-attributes';
import { messageBytes } from '../transport/message-transport';
import { OutboxRelay } from './outbox.relay';
import { DestinationKind } from './outbox-message.entity';
import { NewOutboxMessage, OutboxStore } from './outbox.store';

export interface OutboxSendOptions {
  /** String message attributes, e.g. `{ eventType: 'mjma-jobs-board.job.expression-of-interest.created' }`. */
  attributes?: Record<string, string>;
  /** The message's stable id (a UUID; generated when absent), sent as the `eventId` attribute. */
  id?: string;
  /** Write in this transaction (TypeORM `EntityManager` of `dataSource.transaction(...)`). */
  manager?: EntityManager;
}

export interface OutboxEntry {
  kind: DestinationKind;
  destination: string;
  body: string | object;
  attributes?: Record<string, string>;
  id?: string;
}

const MAX_MESSAGE_BYTES = 256 * 1024;
const ATTRIBUTE_NAME = /^(?!aws\.|amazon\.)(?!.*\.\.)[A-Za-z0-9_-][A-Za-z0-9_.-]{0,255}(?<!\.)$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// What SQS accepts in a message (XML 1.0 characters); a lone surrogate cannot be stored as UTF-8 either.
const SQS_TEXT = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

/**
 * The one way messages leave the app: written to the `outbox_message` table (in the caller's
 * transaction when given), then forwarded to SQS/SNS by the relay, at least once, with a stable id.
 */
@Injectable()
export class Outbox {
  constructor(
    private readonly store: OutboxStore,
    private readonly clients: AwsClients,
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
  ) {}

  /** Queues `body` (an object is sent as JSON) for the SQS queue with this id; resolves its id once stored. */
  async sendToQueue(
    queueId: string,
    body: string | object,
    options: OutboxSendOptions = {},
  ): Promise<string> {
    const [id] = await this.add([{ kind: 'queue', destination: queueId, body, ...options }], options.manager);
    return id;
  }

  /** The same for the SNS topic with this id. */
  async publishToTopic(
    topicId: string,
    body: string | object,
    options: OutboxSendOptions = {},
  ): Promise<string> {
    const [id] = await this.add([{ kind: 'topic', destination: topicId, body, ...options }], options.manager);
    return id;
  }

  /** Several messages in one INSERT (all or none); resolves their ids in order. */
  async add(entries: OutboxEntry[], manager?: EntityManager): Promise<string[]> {
    const rows = entries.map((entry) => this.row(entry));
    await this.store.insert(rows, manager);
    // Outside a transaction the rows are visible now; inside one, the relay's next poll finds them.
    if (!manager) this.relay.wake();
    return rows.map((row) => row.id);
  }

  private row(entry: OutboxEntry): NewOutboxMessage {
    const known =
      entry.kind === 'queue' ? this.clients.queue(entry.destination) : this.clients.topic(entry.destination);
    if (!known) throw new UnknownQueueError(entry.destination);
    const body = typeof entry.body === 'string' ? entry.body : JSON.stringify(entry.body);
    const attributes = entry.attributes ?? {};
    const id = entry.id ?? randomUUID();
    if (!UUID.test(id)) throw new Error('an outbox message id must be a UUID');
    const names = Object.keys(attributes);
    if (names.length > MAX_CALLER_ATTRIBUTES)
      throw new Error(`a message takes at most ${MAX_CALLER_ATTRIBUTES} attributes`);
    for (const name of names) {
      if (name === EVENT_ID_ATTRIBUTE || !ATTRIBUTE_NAME.test(name))
        throw new Error(`${JSON.stringify(name)} cannot be a message attribute name`);
      if (!attributes[name] || !SQS_TEXT.test(attributes[name]))
        throw new Error(`message attribute ${name} must be non-empty text SQS accepts`);
    }
    if (!body || !SQS_TEXT.test(body)) throw new Error('a message body must be non-empty text SQS accepts');
    const row = { id: id.toLowerCase(), kind: entry.kind, destination: entry.destination, body, attributes };
    if (messageBytes(row) > MAX_MESSAGE_BYTES) throw new Error('a message is limited to 256 KiB');
    return row;
  }
}
