import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ConnectionStatus } from '../upstream/connection-check';

/** A provider's DfE (Entra) credentials. The secret is stored sealed; see SecretCipher. */
@Entity({ name: 'vera_providers' })
export class ProviderEntity {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  ukprn!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName!: string;

  @Column({ name: 'client_id', type: 'varchar', length: 200, unique: true })
  clientId!: string;

  @Column({ name: 'secret_key_id', type: 'varchar', length: 32 })
  secretKeyId!: string;

  @Column({ name: 'secret_ciphertext', type: 'text' })
  secretCiphertext!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 100, nullable: true })
  tenantId!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  resource!: string | null;

  /** The last "test connection" (a token fetched with these credentials when they were set or changed). */
  @Column({ name: 'connection_status', type: 'varchar', length: 16, default: 'UNTESTED' })
  connectionStatus!: 'UNTESTED' | ConnectionStatus;

  @Column({ name: 'connection_checked_at', type: 'timestamptz', nullable: true })
  connectionCheckedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
