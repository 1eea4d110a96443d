import { QueueDeclaration } from '@libs/queue';

/**
 * The consumers' own queues that integration events are sent to, by HMPPS SQS id: the ids HEAD's
 * environments declare (`hmpps.sqs.queues.<id>` in its `application-<env>.yml`) and `testqueue`, its
 * integration tests' queue. A consumer names its queue by id (`queue-name` in the consumer file); the
 * environment names the SQS queue (`HMPPS_SQS_QUEUES_<ID>_QUEUE_NAME`). None has a local name: a queue
 * exists only where the environment names it, on the emulator too. A new consumer queue is a new id here.
 */
export const CONSUMER_EVENT_QUEUES: Record<string, QueueDeclaration> = Object.fromEntries(
  [
    'mappssubscriberqueue',
    'plpsubscriberqueue',
    'pndsubscriberqueue',
    'bmadleysubscriberqueue',
    'testclientsubscriberqueue',
    'kilcosubscriberqueue',
    'catssubscriberqueue',
    'mojeswsubscriberqueue',
    'ctrlosubscriberqueue',
    'dasosubscriberqueue',
    'testqueue',
  ].map((id) => [id, {}]),
);
