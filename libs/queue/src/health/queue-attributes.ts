import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { AwsClients } from '../aws-clients';

export interface QueueDepth {
  /** Visible messages (`ApproximateNumberOfMessages`). */
  messages: number;
  /** Received and not yet deleted (`ApproximateNumberOfMessagesNotVisible`). */
  inFlight: number;
  redrivePolicy?: string;
}

const TIMEOUT_MS = 2_000;

/** One GetQueueAttributes call for a queue by name, bounded in time (health, metrics, queue admin). */
export async function queueDepth(clients: AwsClients, name: string): Promise<QueueDepth> {
  const answer = await clients.sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: await clients.queueUrl(name),
      AttributeNames: [
        'ApproximateNumberOfMessages',
        'ApproximateNumberOfMessagesNotVisible',
        'RedrivePolicy',
      ],
    }),
    { abortSignal: AbortSignal.timeout(TIMEOUT_MS) },
  );
  const attributes = answer.Attributes ?? {};
  return {
    messages: Number(attributes.ApproximateNumberOfMessages ?? 0),
    inFlight: Number(attributes.ApproximateNumberOfMessagesNotVisible ?? 0),
    redrivePolicy: attributes.RedrivePolicy,
  };
}
