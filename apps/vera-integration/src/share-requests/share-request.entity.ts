import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type SharePattern = 'A' | 'C';
export type ShareStatus = 'PENDING' | 'SHARED' | 'REJECTED_OR_EXPIRED';

/**
 * One share request made for a provider. It holds what is needed to show and poll the request
 * (QR image and link, or the code to show), never the learner's data.
 */
@Entity({ name: 'vera_share_requests' })
@Index('vera_share_requests_ukprn_idx', ['ukprn', 'createdAt'])
export class ShareRequestEntity {
  @PrimaryColumn({ name: 'correlation_id', type: 'varchar', length: 200 })
  correlationId!: string;

  @Column({ type: 'varchar', length: 8 })
  ukprn!: string;

  @Column({ type: 'char', length: 1 })
  pattern!: SharePattern;

  @Column({ type: 'varchar', length: 24 })
  status!: ShareStatus;

  @Column({ name: 'qr_code', type: 'text', nullable: true })
  qrCode!: string | null;

  @Column({ type: 'text', nullable: true })
  link!: string | null;

  @Column({ name: 'display_code', type: 'varchar', length: 32, nullable: true })
  displayCode!: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ name: 'last_polled_at', type: 'timestamptz', nullable: true })
  lastPolledAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
