import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { EventNotificationStore } from './event-notification.store';
import type { EventsSettings } from './events.config';
import { EVENTS_SETTINGS } from './events.tokens';
import { RepeatingTask } from './repeating-task';

/** Rows deleted per statement, so that a large backlog never holds many locks at once. */
const DELETE_BATCH = 10_000;

/** HEAD's `DeleteProcessedEventsService`: processed events go once they are older than the retention period. */
@Injectable()
export class ProcessedEventsPurge implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ProcessedEventsPurge.name);
  private readonly task: RepeatingTask;

  constructor(
    private readonly store: EventNotificationStore,
    @Inject(EVENTS_SETTINGS) private readonly settings: EventsSettings,
  ) {
    this.task = new RepeatingTask(
      'deleting processed events',
      settings.purgeIntervalMs,
      () => this.pass(),
      this.logger,
    );
  }

  onApplicationBootstrap(): void {
    if (this.settings.purge) this.task.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.task.stop();
  }

  /** One pass; resolves true when there may be more to delete at once. */
  async pass(): Promise<boolean> {
    const deleted = await this.store.deleteProcessed(this.settings.retentionSeconds, DELETE_BATCH);
    if (deleted > 0) this.logger.log(`deleted ${deleted} processed events`);
    return deleted === DELETE_BATCH;
  }
}
