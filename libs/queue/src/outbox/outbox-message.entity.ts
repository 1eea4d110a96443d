import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type DestinationKind = 'queue' | 'topic';

/**
 * One message waiting to leave the app (or given up on: `deadAt` set). A row is written in the same
 * transaction as the change it reports and deleted once SQS/SNS has accepted the message.
 */
@Entity({ name: 'outbox_message' })
@Index('outbox_message_due_idx', ['nextAttemptAt'], { where: 'dead_at IS NULL' })
@Index('outbox_message_dead_idx', ['destination', 'deadAt'], { where: 'dead_at IS NOT NULL' })
export class OutboxMessageEntity {
  /** The message's stable id: the `eventId` attribute of every delivery of it. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'varchar', length: 5 })
  kind!: DestinationKind;

  /** The queue or topic id (`audit`, `domainevents`, …), never a caller-chosen value. */
  @Column({ type: 'varchar', length: 64 })
  destination!: string;

  @Column({ type: 'text' })
  body!: string;

  /** SQS/SNS String message attributes, name → value. */
  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  attributes!: Record<string, string>;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  /** Times SQS/SNS refused the message (an unreachable SQS does not count). */
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  /** The relay pass that holds the row, until `claimedUntil`; another replica may take it afterwards. */
  @Column({ name: 'claimed_by', type: 'uuid', nullable: true })
  claimedBy!: string | null;

  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true })
  claimedUntil!: Date | null;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  @Column({ name: 'dead_at', type: 'timestamptz', nullable: true })
  deadAt!: Date | null;
}
