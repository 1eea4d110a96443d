import { ApiProperty } from '@nestjs/swagger';
import { IsString, ValidateBy } from 'class-validator';
import { isPastDate, normaliseMobile } from '../vera/learner-inputs';

/** The learner's details for Pattern C (learner/check and learner/share-request). */
export class MobileDetailsDto {
  @ApiProperty({
    example: '07700 900123',
    description: 'Digits with an optional leading +; spaces are removed',
  })
  @IsString()
  @ValidateBy({
    name: 'isMobileNumber',
    validator: {
      validate: (value) => normaliseMobile(value) !== null,
      defaultMessage: () => 'mobileNumber must be 10 to 15 digits, optionally starting with +',
    },
  })
  mobileNumber!: string;

  @ApiProperty({ example: '2008-09-02', description: 'yyyy-MM-dd, a real date in the past' })
  @IsString()
  @ValidateBy({
    name: 'isPastDate',
    validator: {
      validate: (value) => isPastDate(value),
      defaultMessage: () => 'dateOfBirth must be a real past date as yyyy-MM-dd',
    },
  })
  dateOfBirth!: string;
}
