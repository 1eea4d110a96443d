import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** OpenAPI description of the request body; validation itself is `validatePayload` (field order matters). */
export class MatchRequestDto {
  @ApiPropertyOptional({
    description:
      'Digits only: 9 for england/wales, 10 for scotland, 1 or more for northern ireland. Absent or null: search by details.',
    example: '123456789',
  })
  birthReferenceNumber?: string;

  @ApiProperty({ description: "Child's first name(s), 1-250 characters", example: 'Adam' })
  firstName!: string;

  @ApiPropertyOptional({ description: "Child's additional names, 1-250 characters", example: 'David' })
  additionalNames?: string;

  @ApiProperty({ description: "Child's last name, 1-250 characters", example: 'Smith' })
  lastName!: string;

  @ApiProperty({ description: 'yyyy-MM-dd, from 1900-01-01', example: '2012-02-16' })
  dateOfBirth!: string;

  @ApiProperty({ enum: ['england', 'wales', 'scotland', 'northern ireland'], example: 'england' })
  whereBirthRegistered!: string;
}
