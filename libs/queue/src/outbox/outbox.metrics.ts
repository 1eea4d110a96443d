import { Injectable, Logger } from '@nestjs/common';
import { MetricsService } from '@libs/platform';
import { Counter, Gauge } from 'prom-client';
import { AwsClients } from '../aws-clients';
import { queueDepth } from '../health/queue-attributes';
import { DestinationStats, OutboxStore } from './outbox.store';

export type SendMetricOutcome = 'sent' | 'rejected' | 'unreachable' | 'dead_lettered';

const STATS_TTL_MS = 1_000;

/**
 * Outbox and queue metrics. Labels are the configured queue and topic ids only (a bounded set), and
 * every one of them is reported, as 0 when idle, so alert rules see the series from the start.
 */
@Injectable()
export class OutboxMetrics {
  private readonly logger = new Logger(OutboxMetrics.name);
  private readonly sends: Counter<'destination' | 'outcome'>;
  private stats?: { at: number; value: Promise<DestinationStats[]> };

  constructor(metrics: MetricsService, store: OutboxStore, clients: AwsClients) {
    const destinations = [...clients.config.queues, ...clients.config.topics].map((d) => d.id);
    const registers = [metrics.registry];
    const fromStats = (pick: (stats: DestinationStats) => number) =>
      async function (this: Gauge<'destination'>) {
        const all = await current().catch(() => undefined);
        if (!all) return; // the database is down: no value rather than a wrong one
        for (const destination of destinations)
          this.set(
            { destination },
            pick(all.find((s) => s.destination === destination) ?? zero(destination)),
          );
      };
    const current = (): Promise<DestinationStats[]> => {
      if (!this.stats || Date.now() - this.stats.at > STATS_TTL_MS)
        this.stats = { at: Date.now(), value: store.stats() };
      return this.stats.value;
    };
    new Gauge({
      name: 'outbox_pending_messages',
      help: 'Messages written to the outbox and not yet accepted by SQS/SNS (dead letters excluded)',
      labelNames: ['destination'],
      registers,
      collect: fromStats((stats) => stats.pending),
    });
    new Gauge({
      name: 'outbox_oldest_pending_age_seconds',
      help: 'Age of the oldest pending outbox message; grows while the relay is stalled or SQS is unreachable',
      labelNames: ['destination'],
      registers,
      collect: fromStats((stats) => stats.oldestPendingAgeSeconds),
    });
    new Gauge({
      name: 'outbox_dead_letter_messages',
      help: 'Messages SQS/SNS refused too often, waiting in the outbox dead-letter store for /queue-admin',
      labelNames: ['destination'],
      registers,
      collect: fromStats((stats) => stats.dead),
    });
    this.sends = new Counter({
      name: 'outbox_relay_sends_total',
      help: 'Messages the relay tried to send, by outcome (sent, rejected, unreachable, dead_lettered)',
      labelNames: ['destination', 'outcome'],
      registers,
    });
    for (const destination of destinations) this.sends.inc({ destination, outcome: 'sent' }, 0);
    const logger = this.logger;
    new Gauge({
      name: 'sqs_queue_messages',
      help: 'Approximate visible messages on each configured SQS queue and its dead-letter queue',
      labelNames: ['queue', 'type'],
      registers,
      async collect() {
        await Promise.all(
          clients.config.queues.flatMap((queue) =>
            [
              { type: 'queue', name: queue.name },
              ...(queue.dlqName ? [{ type: 'dlq', name: queue.dlqName }] : []),
            ].map(async ({ type, name }) => {
              try {
                this.set({ queue: queue.id, type }, (await queueDepth(clients, name)).messages);
              } catch (error) {
                this.remove({ queue: queue.id, type });
                logger.debug(`depth of ${name} unknown: ${(error as Error).message}`);
              }
            }),
          ),
        );
      },
    });
  }

  countSends(destination: string, outcome: SendMetricOutcome, count: number): void {
    if (count > 0) this.sends.inc({ destination, outcome }, count);
  }
}

function zero(destination: string): DestinationStats {
  return { destination, pending: 0, dead: 0, oldestPendingAgeSeconds: 0 };
}
