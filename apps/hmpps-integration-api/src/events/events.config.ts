import { DatabaseEnv, EnvInteger, EnvNumber, EnvUrl } from '@libs/platform';
import { IsOptional } from 'class-validator';
import { FeatureFlags } from '../feature-flags/feature-flags';

/**
 * The variables of the integration events. The defaults are HEAD's: a publisher pass every 10 s
 * (`notifier.schedule.rate`), events older than 5 minutes, at most 1,000 per claim, stuck after
 * 10 minutes, processed ones deleted every 10 s (`delete-processed-events.schedule.rate`) once 24 hours old.
 * Part of the app's environment schema (`HmppsIntegrationEnv` extends it), so they are checked at start
 * with every other variable.
 */
export class EventsEnv extends DatabaseEnv {
  /** The API's public address, which each event's `url` starts with (HEAD's `services.int-api.base-url`). */
  @IsOptional()
  @EnvUrl()
  INTEGRATION_API_BASE_URL?: string;

  /** Milliseconds from one publisher pass to the next. */
  @IsOptional()
  @EnvInteger({ min: 50, max: 3_600_000 })
  NOTIFIER_SCHEDULE_RATE = 10_000;

  /** Milliseconds from one deletion of processed events to the next. */
  @IsOptional()
  @EnvInteger({ min: 50, max: 86_400_000 })
  DELETE_PROCESSED_EVENTS_SCHEDULE_RATE = 10_000;

  /** How long an event waits before it is sent, so that identical events arriving meanwhile collapse into it. */
  @IsOptional()
  @EnvNumber({ min: 0, max: 86_400 })
  EVENTS_PUBLISH_DELAY_SECONDS = 300;

  /** Events claimed per publisher pass. */
  @IsOptional()
  @EnvInteger({ min: 1, max: 10_000 })
  EVENTS_BATCH_SIZE = 1_000;

  /** Pending or processing events older than this are reported as stuck. */
  @IsOptional()
  @EnvNumber({ min: 1, max: 604_800 })
  EVENTS_STUCK_AFTER_SECONDS = 600;

  /** How long processed events are kept. */
  @IsOptional()
  @EnvNumber({ min: 1, max: 31_536_000 })
  EVENTS_RETENTION_SECONDS = 86_400;
}

/** Which parts of the events run here (HEAD's event flags) and how. */
export interface EventsSettings {
  /** `enable-domain-events-queue-listener`: consume the domain events queue. */
  listen: boolean;
  /** `deduplicate-events`: store events and send them after the delay; off, send each one at once. */
  deduplicate: boolean;
  /** `enable-publish-pending-events`: claim and send stored events (and send at once without de-duplication). */
  publish: boolean;
  /** `enable-delete-processed-events`: delete processed events after the retention period. */
  purge: boolean;
  baseUrl: string;
  publishIntervalMs: number;
  purgeIntervalMs: number;
  publishDelaySeconds: number;
  batchSize: number;
  stuckAfterSeconds: number;
  retentionSeconds: number;
}

export function readEventsSettings(flags: FeatureFlags, env: EventsEnv): EventsSettings {
  return {
    listen: flags.isEnabled('enable-domain-events-queue-listener'),
    deduplicate: flags.isEnabled('deduplicate-events'),
    publish: flags.isEnabled('enable-publish-pending-events'),
    purge: flags.isEnabled('enable-delete-processed-events'),
    baseUrl: (env.INTEGRATION_API_BASE_URL ?? '').replace(/\/+$/, ''),
    publishIntervalMs: env.NOTIFIER_SCHEDULE_RATE,
    purgeIntervalMs: env.DELETE_PROCESSED_EVENTS_SCHEDULE_RATE,
    publishDelaySeconds: env.EVENTS_PUBLISH_DELAY_SECONDS,
    batchSize: env.EVENTS_BATCH_SIZE,
    stuckAfterSeconds: env.EVENTS_STUCK_AFTER_SECONDS,
    retentionSeconds: env.EVENTS_RETENTION_SECONDS,
  };
}

/** What cannot work with these flags: the schema reports it with the environment's other problems. */
export function eventsSettingsProblems(
  flags: FeatureFlags,
  env: Pick<EventsEnv, 'INTEGRATION_API_BASE_URL'>,
): string[] {
  const listen = flags.isEnabled('enable-domain-events-queue-listener');
  const problems: string[] = [];
  if (listen && !env.INTEGRATION_API_BASE_URL) {
    problems.push('INTEGRATION_API_BASE_URL is required while enable-domain-events-queue-listener is on');
  }
  // HEAD has no way to handle a domain event then: its listener finds no service to hand it to.
  if (listen && !flags.isEnabled('deduplicate-events') && !flags.isEnabled('enable-publish-pending-events')) {
    problems.push(
      'enable-domain-events-queue-listener with deduplicate-events off sends events at once, which needs enable-publish-pending-events',
    );
  }
  return problems;
}
