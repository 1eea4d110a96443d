import { settledWithin } from '@libs/platform';
import { BeforeApplicationShutdown, Logger, OnApplicationBootstrap } from '@nestjs/common';

/** How long shutdown waits for a run in progress (each upstream and database call in it is bounded too). */
const STOP_TIMEOUT_MS = 10_000;

/**
 * A job run at a fixed rate on every replica (Spring's `@Scheduled(fixedRate)`, as HEAD schedules its
 * event jobs), from start-up while it is enabled: each run starts one interval after the previous one
 * started, or at once when the previous one took longer or had more work than one run takes. Runs never
 * overlap; shutdown waits for the run in progress, so nothing is left half done when the database closes.
 */
export abstract class ScheduledJob implements OnApplicationBootstrap, BeforeApplicationShutdown {
  protected abstract readonly logger: Logger;
  private timer?: NodeJS.Timeout;
  private running: Promise<void> = Promise.resolve();
  private stopped = true;
  private failures = 0;

  protected constructor(
    private readonly description: string,
    private readonly enabled: boolean,
    private readonly intervalMs: number,
  ) {}

  /** One run; resolves true when there is more to do at once. */
  abstract pass(): Promise<boolean>;

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    this.stopped = false;
    this.schedule(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    if (!(await settledWithin(this.running, STOP_TIMEOUT_MS))) {
      this.logger.warn(`${this.description} did not finish within ${STOP_TIMEOUT_MS} ms of shutdown`);
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.run();
    }, delayMs);
  }

  private async run(): Promise<void> {
    const started = Date.now();
    let again = false;
    try {
      again = await this.pass();
      this.failures = 0;
    } catch (error) {
      this.failures += 1;
      // Logged the first time and then now and again, so an outage does not flood the log.
      if (this.failures === 1 || this.failures % 30 === 0)
        this.logger.error(
          `${this.description} failed (${this.failures} in a row): ${(error as Error).message}`,
        );
    }
    this.schedule(again ? 0 : Math.max(0, this.intervalMs - (Date.now() - started)));
  }
}
