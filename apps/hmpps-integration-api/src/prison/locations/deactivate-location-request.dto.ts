import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export const DEACTIVATION_REASONS = [
  'DAMAGED',
  'DAMP',
  'MAINTENANCE',
  'MOTHBALLED',
  'PEST',
  'REFURBISHMENT',
  'SECURITY_SEALED',
  'STAFF_SHORTAGE',
  'OTHER',
] as const;

/** HEAD's `externalReference` that makes the request a test: a TestEvent message, no checks. */
export const TEST_EVENT_REFERENCE = 'TestEvent';

/** HEAD's `DeactivateLocationRequest`. */
export class DeactivateLocationRequest {
  @ApiProperty({ enum: DEACTIVATION_REASONS, description: 'Reason for temporary deactivation', example: 'MOTHBALLED' })
  @IsIn(DEACTIVATION_REASONS, { message: `deactivationReason must be one of ${DEACTIVATION_REASONS.join(', ')}` })
  deactivationReason!: (typeof DEACTIVATION_REASONS)[number];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 255,
    description: 'More about the deactivation; expected for the OTHER reason',
    example: 'Window broken',
  })
  @IsOptional()
  @IsString({ message: 'deactivationReasonDescription must be a string' })
  @MaxLength(255, { message: 'Other deactivation reason cannot be more than 255 characters' })
  deactivationReasonDescription?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2025-01-05' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'proposedReactivationDate must be a date (yyyy-MM-dd)' })
  @MaxLength(10, { message: 'proposedReactivationDate must be a date (yyyy-MM-dd)' })
  proposedReactivationDate?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'External reference' })
  @IsOptional()
  @IsString({ message: 'externalReference must be a string' })
  @MaxLength(255, { message: 'externalReference cannot be more than 255 characters' })
  externalReference?: string | null;
}
