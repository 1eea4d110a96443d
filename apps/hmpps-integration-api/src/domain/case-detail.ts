import { ApiPropertyOptional } from '@nestjs/swagger';
import { NullableInteger, NullableNumber, NullableText } from '../common/optional-properties';

/**
 * A probation case as the Effective Proposal Framework sees it. Classes, so that the same
 * declarations are the OpenAPI schemas.
 */
export class CaseDetailName {
  @NullableText()
  forename!: string | null;

  @NullableText()
  middleName!: string | null;

  @NullableText()
  surname!: string | null;
}

export class CaseCourt {
  @NullableText()
  name!: string | null;
}

export class CourtAppearance {
  @NullableText()
  date!: string | null;

  @ApiPropertyOptional({ type: CaseCourt, nullable: true })
  court!: CaseCourt | null;
}

export class CaseSentence {
  @NullableText()
  date!: string | null;

  @ApiPropertyOptional({ type: CaseCourt, nullable: true })
  sentencingCourt!: CaseCourt | null;

  @NullableText()
  releaseDate!: string | null;

  @NullableText()
  expectedReleaseDate!: string | null;
}

export class ResponsibleProvider {
  @NullableText()
  code!: string | null;

  @NullableText()
  name!: string | null;
}

export class CaseDetail {
  @NullableText()
  nomsId!: string | null;

  @ApiPropertyOptional({ type: CaseDetailName, nullable: true })
  name!: CaseDetailName | null;

  @NullableText()
  dateOfBirth!: string | null;

  @NullableText()
  gender!: string | null;

  @ApiPropertyOptional({ type: CourtAppearance, nullable: true })
  courtAppearance!: CourtAppearance | null;

  @ApiPropertyOptional({ type: CaseSentence, nullable: true })
  sentence!: CaseSentence | null;

  @ApiPropertyOptional({ type: ResponsibleProvider, nullable: true })
  responsibleProvider!: ResponsibleProvider | null;

  @NullableInteger()
  ogrsScore!: number | null;

  @NullableNumber()
  rsrScore!: number | null;

  @NullableInteger()
  age!: number | null;

  @NullableInteger()
  ageAtRelease!: number | null;
}
