import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { PublishBatchCommand } from '@aws-sdk/client-sns';
import { AwsClients } from '../aws-clients';
import { DestinationKind } from '../outbox/outbox-message.entity';
import { messageAttributes } from './message-attributes';

export interface OutgoingMessage {
  id: string;
  body: string;
  attributes: Record<string, string>;
}

/**
 * `sent`: SQS/SNS accepted it. `rejected`: SQS/SNS refused it (bad message, unknown queue, no access):
 * counts against the message's attempts. `unreachable`: nothing answered, or SQS/SNS failed on its side
 * (timeouts, 5xx, throttling): the message waits without using an attempt.
 */
export type SendOutcome =
  { id: string; outcome: 'sent' } | { id: string; outcome: 'rejected' | 'unreachable'; error: string };

/** SQS and SNS take at most 10 entries and 256 KiB per batch call. */
const MAX_ENTRIES = 10;
const MAX_BATCH_BYTES = 256 * 1024;
const PARALLEL_CALLS = 4;

/** Sends messages to one configured queue or topic, in batch calls, and says what became of each. */
export class MessageTransport {
  constructor(private readonly clients: AwsClients) {}

  async send(
    kind: DestinationKind,
    destination: string,
    messages: OutgoingMessage[],
  ): Promise<SendOutcome[]> {
    const batches = chunk(messages);
    const outcomes: SendOutcome[] = [];
    let next = 0;
    const worker = async () => {
      while (next < batches.length) {
        const batch = batches[next++];
        outcomes.push(...(await this.sendBatch(kind, destination, batch)));
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_CALLS, batches.length) }, worker));
    return outcomes;
  }

  private async sendBatch(
    kind: DestinationKind,
    destination: string,
    batch: OutgoingMessage[],
  ): Promise<SendOutcome[]> {
    let queueName: string | undefined;
    try {
      if (kind === 'queue') {
        const queue = this.clients.queue(destination);
        if (!queue) return failAll(batch, 'rejected', `queue ${destination} is not configured`);
        queueName = queue.name;
        const answer = await this.clients.sqs.send(
          new SendMessageBatchCommand({
            QueueUrl: await this.clients.queueUrl(queue.name),
            Entries: batch.map((message, index) => ({
              Id: String(index),
              MessageBody: message.body,
              MessageAttributes: messageAttributes(message.id, message.attributes),
            })),
          }),
        );
        return outcomesOf(batch, answer.Successful ?? [], answer.Failed ?? []);
      }
      const answer = await this.clients.sns.send(
        new PublishBatchCommand({
          TopicArn: await this.clients.topicArn(destination),
          PublishBatchRequestEntries: batch.map((message, index) => ({
            Id: String(index),
            Message: message.body,
            MessageAttributes: messageAttributes(message.id, message.attributes),
          })),
        }),
      );
      return outcomesOf(batch, answer.Successful ?? [], answer.Failed ?? []);
    } catch (error) {
      const failure = classify(error);
      if (queueName && failure.missingQueue) this.clients.forgetQueueUrl(queueName);
      return failAll(batch, failure.outcome, failure.message);
    }
  }
}

function chunk(messages: OutgoingMessage[]): OutgoingMessage[][] {
  const batches: OutgoingMessage[][] = [];
  let current: OutgoingMessage[] = [];
  let bytes = 0;
  for (const message of messages) {
    const size = messageBytes(message);
    if (current.length === MAX_ENTRIES || (current.length > 0 && bytes + size > MAX_BATCH_BYTES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(message);
    bytes += size;
  }
  if (current.length) batches.push(current);
  return batches;
}

/** What SQS counts against its size limit: the body and each attribute's name, type and value. */
export function messageBytes(message: {
  id: string;
  body: string;
  attributes: Record<string, string>;
}): number {
  const attributes = Object.entries(messageAttributes(message.id, message.attributes)).reduce(
    (sum, [name, value]) =>
      sum + Buffer.byteLength(name) + 'String'.length + Buffer.byteLength(value.StringValue ?? ''),
    0,
  );
  return Buffer.byteLength(message.body) + attributes;
}

function outcomesOf(
  batch: OutgoingMessage[],
  successful: { Id?: string }[],
  failed: { Id?: string; SenderFault?: boolean; Code?: string; Message?: string }[],
): SendOutcome[] {
  const accepted = new Set(successful.map((entry) => entry.Id));
  const refused = new Map(failed.map((entry) => [entry.Id, entry]));
  return batch.map((message, index): SendOutcome => {
    if (accepted.has(String(index))) return { id: message.id, outcome: 'sent' };
    const failure = refused.get(String(index));
    const error = failure
      ? `${failure.Code ?? 'Error'}: ${failure.Message ?? ''}`.trim()
      : 'no answer for entry';
    return { id: message.id, outcome: failure?.SenderFault ? 'rejected' : 'unreachable', error };
  });
}

function failAll(
  batch: OutgoingMessage[],
  outcome: 'rejected' | 'unreachable',
  error: string,
): SendOutcome[] {
  return batch.map((message) => ({ id: message.id, outcome, error }));
}

interface AwsError {
  name?: string;
  message?: string;
  $fault?: 'client' | 'server';
  $metadata?: { httpStatusCode?: number };
  $retryable?: { throttling?: boolean };
}

/** An answer with a 4xx (other than throttling) is SQS refusing; anything else is "could not send". */
function classify(error: unknown): {
  outcome: 'rejected' | 'unreachable';
  message: string;
  missingQueue: boolean;
} {
  const aws = error as AwsError;
  const status = aws?.$metadata?.httpStatusCode;
  const message = `${aws?.name ?? 'Error'}: ${aws?.message ?? String(error)}`;
  const missingQueue = /QueueDoesNotExist|NonExistentQueue/.test(`${aws?.name} ${aws?.message}`);
  const refused =
    status !== undefined && status >= 400 && status < 500 && status !== 429 && !aws.$retryable?.throttling;
  return { outcome: refused || missingQueue ? 'rejected' : 'unreachable', message, missingQueue };
}
