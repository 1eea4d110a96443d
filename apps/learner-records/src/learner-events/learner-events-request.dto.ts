import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { Gender, GENDERS } from '../common/gender';
import { GENDER_ENUM } from '../common/gender-field';
import { JsonField } from '../common/json-field';
import { IsCalendarDate, IsName, IsUln } from '../common/validation-rules';

/** Whose learning record to fetch (`POST /learner-events`). */
export class LearnerEventsRequest {
  @ApiProperty({ example: 'TestOne', pattern: "^[A-Za-z' ,.-]{3,35}$" })
  @JsonField({ required: true })
  @IsName()
  givenName!: string;

  @ApiProperty({ example: 'TesterOne', pattern: "^[A-Za-z' ,.-]{3,35}$" })
  @JsonField({ required: true })
  @IsName()
  familyName!: string;

  @ApiProperty({ example: '1174112637', pattern: '^[0-9]{1,10}$' })
  @JsonField({ required: true })
  @IsUln()
  uln!: string;

  @ApiPropertyOptional({
    example: '1980-11-01',
    format: 'date',
    description: 'YYYY-MM-DD; must be a real calendar date',
  })
  @JsonField({ required: false })
  @IsOptional()
  @IsCalendarDate()
  dateOfBirth?: string;

  @ApiPropertyOptional({ enum: GENDERS, description: 'Case-insensitive' })
  @JsonField({ required: false, enum: GENDER_ENUM })
  gender?: Gender;
}
