import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { Gender, GENDERS } from '../common/gender';
import { GENDER_ENUM } from '../common/gender-field';
import { JsonField } from '../common/json-field';
import {
  IsCalendarDate,
  IsEmail,
  IsName,
  IsPlaceOfBirth,
  IsPostcode,
  IsSchoolAtAge16,
} from '../common/validation-rules';

/** Demographics to find a learner's ULN with (`POST /learners`). */
export class LearnersRequest {
  @ApiProperty({ example: 'Test', pattern: "^[A-Za-z' ,.-]{3,35}$" })
  @JsonField({ required: true })
  @IsName()
  givenName!: string;

  @ApiProperty({ example: 'Tester', pattern: "^[A-Za-z' ,.-]{3,35}$" })
  @JsonField({ required: true })
  @IsName()
  familyName!: string;

  @ApiProperty({
    example: '1976-08-16',
    format: 'date',
    description: 'YYYY-MM-DD; must be a real calendar date',
  })
  @JsonField({ required: true })
  @IsCalendarDate()
  dateOfBirth!: string;

  @ApiProperty({ enum: GENDERS, example: 'FEMALE', description: 'Case-insensitive' })
  @JsonField({ required: true, enum: GENDER_ENUM })
  gender!: Gender;

  @ApiProperty({
    example: 'CV49EE',
    description: 'UK postcode, BFPO number or Eircode, upper case, at most one space',
  })
  @JsonField({ required: true })
  @IsPostcode()
  lastKnownPostCode!: string;

  @ApiPropertyOptional({ example: 'Testname' })
  @JsonField({ required: false })
  @IsOptional()
  @IsName()
  previousFamilyName?: string;

  @ApiPropertyOptional({ maxLength: 254 })
  @JsonField({ required: false })
  @IsOptional()
  @IsSchoolAtAge16()
  schoolAtAge16?: string;

  @ApiPropertyOptional({ maxLength: 35 })
  @JsonField({ required: false })
  @IsOptional()
  @IsPlaceOfBirth()
  placeOfBirth?: string;

  @ApiPropertyOptional({
    example: 'test.tester@example.com',
    description: 'An empty string is not an e-mail address',
  })
  @JsonField({ required: false })
  @IsOptional()
  @IsEmail()
  emailAddress?: string;
}
