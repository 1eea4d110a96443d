import { AUDIT_QUEUE, DLQ_SUFFIX } from './queue.options';
import { UnknownQueueError } from './unknown-queue.error';

/** The app's queue names, each with its dead-letter queue; every lookup of an unknown name throws. */
export class QueueCatalogue {
  private readonly queues: readonly string[];

  constructor(configured: readonly string[]) {
    const clash = configured.find((name) => name.endsWith(DLQ_SUFFIX));
    if (clash) throw new Error(`queue name ${clash} is reserved for a dead-letter queue`);
    this.queues = [...new Set([AUDIT_QUEUE, ...configured])];
  }

  queueNames(): string[] {
    return [...this.queues];
  }

  dlqNames(): string[] {
    return this.queues.map(dlqOf);
  }

  isQueue(name: string): boolean {
    return this.queues.includes(name);
  }

  isDlq(name: string): boolean {
    return this.dlqNames().includes(name);
  }

  isKnown(name: string): boolean {
    return this.isQueue(name) || this.isDlq(name);
  }

  assertQueue(name: string): void {
    if (!this.isQueue(name)) throw new UnknownQueueError(name);
  }

  assertKnown(name: string): void {
    if (!this.isKnown(name)) throw new UnknownQueueError(name);
  }

  assertDlq(name: string): void {
    if (!this.isDlq(name)) throw new UnknownQueueError(name);
  }

  /** The queue a dead-letter queue belongs to. */
  originOf(dlq: string): string {
    this.assertDlq(dlq);
    return dlq.slice(0, -DLQ_SUFFIX.length);
  }
}

export function dlqOf(queue: string): string {
  return `${queue}${DLQ_SUFFIX}`;
}
