import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A one-time sign-in link for the pages, issued to an MIS. Only the ticket's SHA-256 is stored. */
@Entity({ name: 'vera_page_tickets' })
export class PageTicketEntity {
  @PrimaryColumn({ name: 'ticket_hash', type: 'char', length: 64 })
  ticketHash!: string;

  @Column({ type: 'varchar', length: 8 })
  ukprn!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  username!: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
