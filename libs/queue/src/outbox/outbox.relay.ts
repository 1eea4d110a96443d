import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { settledWithin } from '@libs/platform';
import { RELAY_SETTINGS, RelaySettings } from '../queue.options';
import { MessageTransport, SendOutcome } from '../transport/message-transport';
import { OutboxMetrics } from './outbox.metrics';
import { ClaimedMessage, OutboxStore } from './outbox.store';

const STOP_TIMEOUT_MS = 10_000;
const MAX_IDLE_AFTER_ERROR_MS = 10_000;

/**
 * Forwards outbox rows to SQS/SNS: claim a batch (one statement), send it (no transaction open),
 * then delete what was accepted, count a refusal against the rest or put them back when SQS could not
 * be reached. Delivery is at least once: a relay that dies between sending and deleting leaves its
 * claim to expire, and those messages (only those) are sent again, with the same `eventId`.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private running?: Promise<void>;
  private stopping = false;
  private wakeUp?: () => void;
  private woken = false;
  /** Consecutive "could not reach" results per destination, for its back-off. */
  private readonly unreachable = new Map<string, number>();

  constructor(
    private readonly store: OutboxStore,
    private readonly transport: MessageTransport,
    private readonly metrics: OutboxMetrics,
    @Inject(RELAY_SETTINGS) private readonly settings: RelaySettings,
  ) {}

  onApplicationBootstrap(): void {
    if (this.settings.enabled) this.running = this.loop();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.wake();
    if (!this.running) return;
    // The pass in progress finishes (its sends are bounded in time) before the database closes.
    if (!(await settledWithin(this.running, STOP_TIMEOUT_MS))) {
      this.logger.warn(`the outbox relay's pass did not finish within ${STOP_TIMEOUT_MS} ms of shutdown`);
    }
  }

  /** Something was written: look now rather than at the next poll (many wakes make one pass). */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /** One pass over the due messages; resolves how many it claimed. Exposed for tests. */
  async pass(): Promise<number> {
    const claimId = randomUUID();
    const claimed = await this.store.claim(claimId, this.settings.batchSize, this.settings.leaseSeconds);
    const groups = new Map<string, ClaimedMessage[]>();
    for (const message of claimed) {
      const key = `${message.kind}:${message.destination}`;
      groups.set(key, [...(groups.get(key) ?? []), message]);
    }
    await Promise.all([...groups.values()].map((messages) => this.forward(claimId, messages)));
    return claimed.length;
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      let claimed = 0;
      try {
        this.woken = false;
        claimed = await this.pass();
        failures = 0;
      } catch (error) {
        failures += 1;
        if (failures === 1 || failures % 30 === 0)
          this.logger.warn(`outbox relay pass failed (${failures} in a row): ${(error as Error).message}`);
      }
      if (claimed >= this.settings.batchSize || this.stopping) continue;
      const idle = failures
        ? Math.min(MAX_IDLE_AFTER_ERROR_MS, this.settings.pollIntervalMs * 2 ** Math.min(failures, 10))
        : this.settings.pollIntervalMs;
      await this.sleep(idle);
    }
  }

  private sleep(ms: number): Promise<void> {
    if (this.woken) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = () => {
        this.wakeUp = undefined;
        // Next turn of the event loop, so that writes raised together are claimed together.
        setImmediate(done);
      };
    });
  }

  private async forward(claimId: string, messages: ClaimedMessage[]): Promise<void> {
    const { kind, destination } = messages[0];
    const outcomes = await this.transport.send(kind, destination, messages);
    const sent = outcomes.filter((outcome) => outcome.outcome === 'sent').map((outcome) => outcome.id);
    const rejected = byError(outcomes, 'rejected');
    const unreachable = byError(outcomes, 'unreachable');

    await this.store.delete(sent, claimId);
    this.metrics.countSends(destination, 'sent', sent.length);

    for (const [error, ids] of rejected) {
      const dead = await this.store.reject(ids, claimId, error, {
        baseDelaySeconds: this.settings.retryDelayMs / 1000,
        maxDelaySeconds: this.settings.maxRetryDelayMs / 1000,
        maxAttempts: this.settings.maxAttempts,
      });
      this.metrics.countSends(destination, 'rejected', ids.length);
      this.metrics.countSends(destination, 'dead_lettered', dead);
      this.logger.warn(
        `${ids.length} message(s) to ${kind} ${destination} refused (${dead} dead-lettered): ${error}`,
      );
    }

    const before = this.unreachable.get(destination) ?? 0;
    if (unreachable.size === 0) {
      if (before > 0 && sent.length > 0) this.logger.log(`${kind} ${destination} is reachable again`);
      if (sent.length > 0) this.unreachable.delete(destination);
      return;
    }
    this.unreachable.set(destination, before + 1);
    const delaySeconds =
      (Math.min(this.settings.maxUnreachableDelayMs, 500 * 2 ** Math.min(before, 20)) / 1000) *
      (0.5 + Math.random() / 2);
    for (const [error, ids] of unreachable) {
      await this.store.release(ids, claimId, error, delaySeconds);
      this.metrics.countSends(destination, 'unreachable', ids.length);
      if (before === 0) this.logger.warn(`${kind} ${destination} cannot be reached; messages wait: ${error}`);
    }
  }
}

function byError(outcomes: SendOutcome[], kind: 'rejected' | 'unreachable'): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const outcome of outcomes) {
    if (outcome.outcome !== kind) continue;
    groups.set(outcome.error, [...(groups.get(outcome.error) ?? []), outcome.id]);
  }
  return groups;
}
