import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { GUID } from '../common/guid';

/** Absent means "unchanged"; unlike @IsOptional, null is not let through (these columns cannot be empty). */
const IfPresent = () => ValidateIf((_object, value) => value !== undefined);
/** Surrounding spaces are never meant; trimming first means a name of spaces alone is blank. */
const Trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
/** GUIDs compare case-insensitively; stored in lower case, so the uniqueness constraint sees one value. */
const LowerCase = () => Transform(({ value }) => (typeof value === 'string' ? value.toLowerCase() : value));

/** An Entra tenant: its GUID or one of its verified domain names (e.g. `contoso.onmicrosoft.com`). */
const TENANT =
  /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})$/i;
/** The VERA App ID URI (`api://…`, `https://…`) or the application's GUID. */
const RESOURCE =
  /^(?:api:\/\/\S+|https:\/\/\S+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

const MESSAGES = {
  displayName: { message: 'displayName must not be blank' },
  clientId: { message: 'clientId must be a GUID such as 6a0c1f3e-2b7d-4c58-9e41-0f7b2d9a1c01' },
  tenantId: { message: 'tenantId must be a GUID or a domain name such as contoso.onmicrosoft.com' },
  resource: { message: 'resource must be an App ID URI (api://… or https://…) or a GUID' },
};

export class CreateProviderDto {
  @ApiProperty({ example: '10001234', description: 'UK Provider Reference Number, 8 digits' })
  @IsString()
  @Matches(/^\d{8}$/, { message: 'ukprn must be 8 digits' })
  ukprn!: string;

  @ApiProperty({ example: 'Riverside College', description: 'Shown to staff; not blank' })
  @Trimmed()
  @IsString()
  @Length(1, 200, MESSAGES.displayName)
  displayName!: string;

  @ApiProperty({
    example: '6a0c1f3e-2b7d-4c58-9e41-0f7b2d9a1c01',
    format: 'uuid',
    description: 'Entra client id (a GUID) DfE issued to this provider; unique across providers',
  })
  @LowerCase()
  @IsString()
  @Matches(GUID, MESSAGES.clientId)
  clientId!: string;

  @ApiProperty({
    description: 'Client secret; tested with Entra, then stored encrypted, never returned',
    writeOnly: true,
  })
  @IsString()
  @Length(1, 500)
  clientSecret!: string;

  @ApiPropertyOptional({ description: 'Entra tenant (GUID or domain); defaults to DFE_SECURITY_TENANT_ID' })
  @IsOptional()
  @IsString()
  @Matches(TENANT, MESSAGES.tenantId)
  tenantId?: string;

  @ApiPropertyOptional({ description: 'VERA App ID URI; defaults to DFE_SECURITY_RESOURCE' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  @Matches(RESOURCE, MESSAGES.resource)
  resource?: string;
}

/** Partial update: absent fields stay as they are; `tenantId`/`resource` set to null fall back to the defaults. */
export class UpdateProviderDto {
  @ApiPropertyOptional({ example: 'Riverside College' })
  @Trimmed()
  @IfPresent()
  @IsString()
  @Length(1, 200, MESSAGES.displayName)
  displayName?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @LowerCase()
  @IfPresent()
  @IsString()
  @Matches(GUID, MESSAGES.clientId)
  clientId?: string;

  @ApiPropertyOptional({
    writeOnly: true,
    description: 'A new secret is tested with Entra before it is stored',
  })
  @IfPresent()
  @IsString()
  @Length(1, 500)
  clientSecret?: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @Matches(TENANT, MESSAGES.tenantId)
  tenantId?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  @Matches(RESOURCE, MESSAGES.resource)
  resource?: string | null;
}
