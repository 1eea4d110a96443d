import { Logger } from '@nestjs/common';

/**
 * Runs a task at a fixed rate (Spring's `@Scheduled(fixedRate)`, as HEAD schedules its event jobs): each
 * run starts one interval after the previous one started, or at once when the previous one took longer
 * or asked to run again (it had more work than one run takes). Runs never overlap; `stop` waits for the
 * run in progress, so nothing is left half done when the database closes.
 */
export class RepeatingTask {
  private timer?: NodeJS.Timeout;
  private running: Promise<void> = Promise.resolve();
  private stopped = true;
  private failures = 0;

  constructor(
    private readonly name: string,
    private readonly intervalMs: number,
    /** Resolves true when there is more to do at once. */
    private readonly task: () => Promise<boolean>,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
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
      again = await this.task();
      this.failures = 0;
    } catch (error) {
      this.failures += 1;
      // Logged the first time and then now and again, so an outage does not flood the log.
      if (this.failures === 1 || this.failures % 30 === 0)
        this.logger.error(`${this.name} failed (${this.failures} in a row): ${(error as Error).message}`);
    }
    this.schedule(again ? 0 : Math.max(0, this.intervalMs - (Date.now() - started)));
  }
}
