import { Injectable, OnApplicationShutdown, ServiceUnavailableException } from '@nestjs/common';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import {
  DeleteMessageBatchCommand,
  GetQueueUrlCommand,
  ReceiveMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';

/** An SNS topic ARN: its region is the fourth part. */
const TOPIC_ARN = /^arn:aws:sns:([a-z0-9-]+):\d{12}:[A-Za-z0-9_-]{1,256}$/;
/** The emulator accepts any credentials; these exist only so the SDK can sign its requests. */
const EMULATOR_CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };

export interface PublishedDomainEvent {
  messageId: string;
  eventType: string;
}

export interface ConsumerQueueMessage {
  messageId: string;
  body: unknown;
  attributes: Record<string, string>;
}

/**
 * Stands in for the HMPPS services that publish domain events: publishes an event to the domain events
 * topic of the SNS/SQS emulator (`DOMAIN_EVENTS_SNS_URL`, `DOMAIN_EVENTS_TOPIC_ARN`), with the `eventType`
 * message attribute HMPPS publishers set, as a real publisher would. It also reads a consumer's queue
 * there, standing in for the consumer. Nothing is sent until asked.
 */
@Injectable()
export class DomainEventsPublisher implements OnApplicationShutdown {
  private readonly topicArn?: string;
  private readonly sns?: SNSClient;
  private readonly sqs?: SQSClient;

  constructor() {
    const endpoint = process.env.DOMAIN_EVENTS_SNS_URL?.trim();
    const topicArn = process.env.DOMAIN_EVENTS_TOPIC_ARN?.trim();
    const region = topicArn ? TOPIC_ARN.exec(topicArn)?.[1] : undefined;
    if (!endpoint || !topicArn || !region) return;
    const settings = { region, endpoint, credentials: EMULATOR_CREDENTIALS, maxAttempts: 2 };
    this.topicArn = topicArn;
    this.sns = new SNSClient(settings);
    this.sqs = new SQSClient(settings);
  }

  async publish(event: { eventType: string; [field: string]: unknown }): Promise<PublishedDomainEvent> {
    const { sns, topicArn } = this.configured();
    const answer = await sns
      .send(
        new PublishCommand({
          TopicArn: topicArn,
          Message: JSON.stringify(event),
          MessageAttributes: { eventType: { DataType: 'String', StringValue: event.eventType } },
        }),
      )
      .catch((error: Error) => {
        throw new ServiceUnavailableException(`the domain events topic refused the event: ${error.name}`);
      });
    return { messageId: answer.MessageId ?? '', eventType: event.eventType };
  }

  /** Takes (receives and deletes) up to `max` messages from a queue on the emulator. */
  async take(queueName: string, max: number): Promise<ConsumerQueueMessage[]> {
    const { sqs } = this.configured();
    try {
      const { QueueUrl } = await sqs.send(new GetQueueUrlCommand({ QueueName: queueName }));
      const { Messages = [] } = await sqs.send(
        new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: max, MessageAttributeNames: ['All'] }),
      );
      if (Messages.length > 0) {
        await sqs.send(
          new DeleteMessageBatchCommand({
            QueueUrl,
            Entries: Messages.map((message, index) => ({
              Id: String(index),
              ReceiptHandle: message.ReceiptHandle,
            })),
          }),
        );
      }
      return Messages.map((message) => ({
        messageId: message.MessageId ?? '',
        body: parsed(message.Body ?? ''),
        attributes: Object.fromEntries(
          Object.entries(message.MessageAttributes ?? {}).map(([name, value]) => [
            name,
            value.StringValue ?? '',
          ]),
        ),
      }));
    } catch (error) {
      throw new ServiceUnavailableException(`queue ${queueName} cannot be read: ${(error as Error).name}`);
    }
  }

  onApplicationShutdown(): void {
    this.sns?.destroy();
    this.sqs?.destroy();
  }

  private configured(): { sns: SNSClient; sqs: SQSClient; topicArn: string } {
    if (!this.sns || !this.sqs || !this.topicArn)
      throw new ServiceUnavailableException(
        'No domain events topic: set DOMAIN_EVENTS_SNS_URL (the SNS/SQS emulator) and DOMAIN_EVENTS_TOPIC_ARN',
      );
    return { sns: this.sns, sqs: this.sqs, topicArn: this.topicArn };
  }
}

function parsed(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}
