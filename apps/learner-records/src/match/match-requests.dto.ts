import { ApiProperty } from '@nestjs/swagger';
import { JsonEnum, JsonField } from '../common/json-field';
import { IsName, IsStorableText, IsUln } from '../common/validation-rules';
import { MATCH_TYPES, MatchType } from './match-type';

const MATCH_TYPE_ENUM: JsonEnum = {
  name: 'MatchType',
  values: MATCH_TYPES,
  invalidValue: 'Invalid Match Type value',
};

/** The ULN a person confirmed for a prisoner (`POST /match/{nomisId}`). */
export class ConfirmMatchRequest {
  @ApiProperty({ example: '1026893096', pattern: '^[0-9]{1,10}$' })
  @JsonField({ required: true })
  @IsUln()
  matchingUln!: string;

  @ApiProperty({ example: 'Sample', description: "The learner's given name as LRS spells it" })
  @JsonField({ required: true })
  @IsName()
  givenName!: string;

  @ApiProperty({ example: 'Tester' })
  @JsonField({ required: true })
  @IsName()
  familyName!: string;

  @ApiProperty({ enum: MATCH_TYPES, example: 'Exact Match', description: 'Case-insensitive' })
  @JsonField({ required: true, enum: MATCH_TYPE_ENUM })
  matchType!: MatchType;

  @ApiProperty({ example: '1', description: 'Free text, no control characters', maxLength: 255 })
  @JsonField({ required: true })
  @IsStorableText()
  countOfReturnedUlns!: string;
}

/** Why a prisoner cannot be matched (`POST /match/{nomisId}/no-match`). */
export class ConfirmNoMatchRequest {
  @ApiProperty({ enum: MATCH_TYPES, example: 'No Match', description: 'Case-insensitive' })
  @JsonField({ required: true, enum: MATCH_TYPE_ENUM })
  matchType!: MatchType;

  @ApiProperty({ example: '0', description: 'Free text, no control characters', maxLength: 255 })
  @JsonField({ required: true })
  @IsStorableText()
  countOfReturnedUlns!: string;
}
