import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';

/** Absent means "unchanged"; unlike @IsOptional, null is not let through (these columns cannot be empty). */
const IfPresent = () => ValidateIf((_object, value) => value !== undefined);

export class CreateProviderDto {
  @ApiProperty({ example: '10001234', description: 'UK Provider Reference Number, 8 digits' })
  @IsString()
  @Matches(/^\d{8}$/, { message: 'ukprn must be 8 digits' })
  ukprn!: string;

  @ApiProperty({ example: 'Riverside College' })
  @IsString()
  @Length(1, 200)
  displayName!: string;

  @ApiProperty({ description: 'Entra client id DfE issued to this provider; unique across providers' })
  @IsString()
  @Length(1, 200)
  clientId!: string;

  @ApiProperty({ description: 'Client secret; stored encrypted, never returned', writeOnly: true })
  @IsString()
  @Length(1, 500)
  clientSecret!: string;

  @ApiPropertyOptional({ description: 'Entra tenant; defaults to DFE_SECURITY_TENANT_ID' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  tenantId?: string;

  @ApiPropertyOptional({ description: 'VERA App ID URI; defaults to DFE_SECURITY_RESOURCE' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  resource?: string;
}

/** Partial update: absent fields stay as they are; `tenantId`/`resource` set to null fall back to the defaults. */
export class UpdateProviderDto {
  @ApiPropertyOptional()
  @IfPresent()
  @IsString()
  @Length(1, 200)
  displayName?: string;

  @ApiPropertyOptional()
  @IfPresent()
  @IsString()
  @Length(1, 200)
  clientId?: string;

  @ApiPropertyOptional({ writeOnly: true })
  @IfPresent()
  @IsString()
  @Length(1, 500)
  clientSecret?: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  tenantId?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  resource?: string | null;
}
