import { Inject, Injectable, Logger } from '@nestjs/common';
import { EventNotificationStore } from './event-notification.store';
import type { EventsSettings } from './events.config';
import { EVENTS_SETTINGS } from './events.tokens';
import { ScheduledJob } from './scheduled-job';

/** Rows deleted per statement, so that a large backlog never holds many locks at once. */
const DELETE_BATCH = 10_000;

/** HEAD's `DeleteProcessedEventsService`: processed events go once they are older than the retention period. */
@Injectable()
export class ProcessedEventsPurge extends ScheduledJob {
  protected readonly logger = new Logger(ProcessedEventsPurge.name);

  constructor(
    private readonly store: EventNotificationStore,
    @Inject(EVENTS_SETTINGS) private readonly settings: EventsSettings,
  ) {
    super('deleting processed events', settings.purge, settings.purgeIntervalMs);
  }

  /** One pass; resolves true when there may be more to delete at once. */
  async pass(): Promise<boolean> {
    const deleted = await this.store.deleteProcessed(this.settings.retentionSeconds, DELETE_BATCH);
    if (deleted > 0) this.logger.log(`deleted ${deleted} processed events`);
    return deleted === DELETE_BATCH;
  }
}
