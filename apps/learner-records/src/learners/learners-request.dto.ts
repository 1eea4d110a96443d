import { Gender, GENDERS } from '../common/gender';
import { GENDER_ENUM } from '../common/gender-field';
import {
  IsCalendarDate,
  IsEmail,
  IsName,
  IsPlaceOfBirth,
  IsPostcode,
  IsSchoolAtAge16,
  JsonEnumValue,
  JsonText,
  Optional,
  Required,
} from '../common/validation-rules';

/** Demographics to find a learner's ULN with (`POST /learners`). */
export class LearnersRequest {
  @Required({ example: 'Test', pattern: "^[A-Za-z' ,.-]{3,35}$" })
  @JsonText()
  @IsName()
  givenName!: string;

  @Required({ example: 'Tester', pattern: "^[A-Za-z' ,.-]{3,35}$" })
  @JsonText()
  @IsName()
  familyName!: string;

  @Required({
    example: '1976-08-16',
    format: 'date',
    description: 'YYYY-MM-DD; must be a real calendar date',
  })
  @JsonText()
  @IsCalendarDate()
  dateOfBirth!: string;

  @Required({ enum: GENDERS, example: 'FEMALE', description: 'Case-insensitive' })
  @JsonEnumValue(GENDER_ENUM)
  gender!: Gender;

  @Required({
    example: 'CV49EE',
    description: 'UK postcode, BFPO number or Eircode, upper case, at most one space',
  })
  @JsonText()
  @IsPostcode()
  lastKnownPostCode!: string;

  @Optional({ example: 'Testname' })
  @JsonText()
  @IsName()
  previousFamilyName?: string;

  @Optional({ maxLength: 254 })
  @JsonText()
  @IsSchoolAtAge16()
  schoolAtAge16?: string;

  @Optional({ maxLength: 35 })
  @JsonText()
  @IsPlaceOfBirth()
  placeOfBirth?: string;

  @Optional({
    example: 'test.tester@example.com',
    description: 'An empty string is not an e-mail address',
  })
  @JsonText()
  @IsEmail()
  emailAddress?: string;
}
