import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A signed-in staff member's page session. Only the SHA-256 of the session id is stored, and the session's
 * contents (provider, username, form values such as a ULN being looked up) are sealed like provider secrets.
 * Deleting the row ends the session: its cookie is then worth nothing.
 */
@Entity({ name: 'vera_page_sessions' })
export class PageSessionEntity {
  @PrimaryColumn({ name: 'id_hash', type: 'char', length: 64 })
  idHash!: string;

  @Column({ type: 'varchar', length: 8 })
  ukprn!: string;

  @Column({ name: 'secret_key_id', type: 'varchar', length: 32 })
  secretKeyId!: string;

  @Column({ name: 'data_ciphertext', type: 'text' })
  dataCiphertext!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
