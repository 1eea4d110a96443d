import { QueueDeclaration, TopicDeclaration } from '@libs/queue';
import { CONSUMER_EVENT_QUEUES } from './events/consumer-queues';

/**
 * The app's SQS queues by HMPPS SQS id (names from `HMPPS_SQS_QUEUES_<ID>_QUEUE_NAME`; the local names
 * are the reference's local configuration, used with `HMPPS_SQS_PROVIDER=localstack`).
 */
export const HMPPS_QUEUES: Record<string, QueueDeclaration> = {
  /** The HMPPS Audit service's queue: one event per successful operation. */
  audit: { localName: 'audit', required: true },
  /** The jobs board's queue (its team owns it): expressions of interest (#46). */
  jobsboardintegration: { localName: 'jobsboard-integration', required: true },
  // HEAD's write queues, each owned by the service that consumes it; declared for the HEAD operations.
  activities: { localName: 'activities' },
  locations: { localName: 'locations' },
  visits: { localName: 'visits' },
  assessmentevents: { localName: 'assessmentevents' },
  educationcoursecompletionevents: { localName: 'education-course-completion-events' },
  /** Inbound HMPPS domain events (HEAD's events to consumers), with a DLQ and redrive policy. */
  hmppsdomainqueue: {
    localName: 'hmpps_integrations_events_queue',
    localDlqName: 'hmpps_integrations_events_queue_dlq',
    subscribeTopicId: 'domainevents',
  },
  /** Consumers' queues for integration events (configured only where the environment names them). */
  ...CONSUMER_EVENT_QUEUES,
};

/** SNS topics by id (`HMPPS_SQS_TOPICS_<ID>_ARN`). */
export const HMPPS_TOPICS: Record<string, TopicDeclaration> = {
  domainevents: { localArn: 'arn:aws:sns:eu-west-2:000000000000:domainevents-topic' },
};
