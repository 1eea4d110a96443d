import {
  IsName,
  IsStorableText,
  IsUln,
  JsonEnum,
  JsonEnumValue,
  JsonText,
  Required,
} from '../common/validation-rules';
import { MATCH_TYPES, MatchType } from './match-type';

const MATCH_TYPE_ENUM: JsonEnum = {
  name: 'MatchType',
  values: MATCH_TYPES,
  invalidValue: 'Invalid Match Type value',
};

/** The ULN a person confirmed for a prisoner (`POST /match/{nomisId}`). */
export class ConfirmMatchRequest {
  @Required({ example: '1026893096', pattern: '^[0-9]{1,10}$' })
  @JsonText()
  @IsUln()
  matchingUln!: string;

  @Required({ example: 'Sample', description: "The learner's given name as LRS spells it" })
  @JsonText()
  @IsName()
  givenName!: string;

  @Required({ example: 'Tester' })
  @JsonText()
  @IsName()
  familyName!: string;

  @Required({ enum: MATCH_TYPES, example: 'Exact Match', description: 'Case-insensitive' })
  @JsonEnumValue(MATCH_TYPE_ENUM)
  matchType!: MatchType;

  @Required({ example: '1', description: 'Free text, no control characters', maxLength: 255 })
  @JsonText()
  @IsStorableText()
  countOfReturnedUlns!: string;
}

/** Why a prisoner cannot be matched (`POST /match/{nomisId}/no-match`). */
export class ConfirmNoMatchRequest {
  @Required({ enum: MATCH_TYPES, example: 'No Match', description: 'Case-insensitive' })
  @JsonEnumValue(MATCH_TYPE_ENUM)
  matchType!: MatchType;

  @Required({ example: '0', description: 'Free text, no control characters', maxLength: 255 })
  @JsonText()
  @IsStorableText()
  countOfReturnedUlns!: string;
}
