import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ConnectionCheckView {
  @ApiProperty({
    enum: ['UNTESTED', 'OK', 'UNVERIFIED', 'REJECTED'],
    description:
      'OK: Entra issued a token for these credentials. UNVERIFIED: Entra could not be reached, so they are ' +
      'stored untested. REJECTED: Entra refused them (only ever stored by a later test). UNTESTED: never tested.',
  })
  status!: 'UNTESTED' | 'OK' | 'UNVERIFIED' | 'REJECTED';

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  checkedAt!: string | null;

  @ApiPropertyOptional({ description: "Entra's answer when the test was not OK (never the secret)" })
  detail?: string;
}

/** A provider as the admin API shows it: no secret, ever. */
export class ProviderView {
  @ApiProperty({ example: '10001234' })
  ukprn!: string;

  @ApiProperty({ example: 'Riverside College' })
  displayName!: string;

  @ApiProperty({ format: 'uuid', example: '6a0c1f3e-2b7d-4c58-9e41-0f7b2d9a1c01' })
  clientId!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Null: DFE_SECURITY_TENANT_ID applies' })
  tenantId!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Null: DFE_SECURITY_RESOURCE applies' })
  resource!: string | null;

  @ApiProperty({
    enum: ['database', 'configuration'],
    description: 'configuration: the single provider of the DFE_SECURITY_* variables (read-only here)',
  })
  source!: 'database' | 'configuration';

  @ApiProperty({ type: String, nullable: true, description: 'Which encryption key seals the secret' })
  secretKeyId!: string | null;

  @ApiProperty({ type: ConnectionCheckView })
  connection!: ConnectionCheckView;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  createdAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  updatedAt!: string | null;
}

export class ResealResultView {
  @ApiProperty({ description: 'Provider secrets and page sessions moved to the active key by this call' })
  resealed!: number;

  @ApiProperty({ example: '2027a' })
  activeKeyId!: string;
}
