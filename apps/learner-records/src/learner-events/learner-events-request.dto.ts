import { Gender, GENDERS } from '../common/gender';
import { GENDER_ENUM } from '../common/gender-field';
import {
  IsCalendarDate,
  IsName,
  IsUln,
  JsonEnumValue,
  JsonText,
  Optional,
  Required,
} from '../common/validation-rules';

/** Whose learning record to fetch (`POST /learner-events`). */
export class LearnerEventsRequest {
  @Required({ example: 'TestOne', pattern: "^[A-Za-z' ,.-]{3,35}$" })
  @JsonText()
  @IsName()
  givenName!: string;

  @Required({ example: 'TesterOne', pattern: "^[A-Za-z' ,.-]{3,35}$" })
  @JsonText()
  @IsName()
  familyName!: string;

  @Required({ example: '1174112637', pattern: '^[0-9]{1,10}$' })
  @JsonText()
  @IsUln()
  uln!: string;

  @Optional({
    example: '1980-11-01',
    format: 'date',
    description: 'YYYY-MM-DD; must be a real calendar date',
  })
  @JsonText()
  @IsCalendarDate()
  dateOfBirth?: string;

  @Optional({ enum: GENDERS, description: 'Case-insensitive' })
  @JsonEnumValue(GENDER_ENUM)
  gender?: Gender;
}
