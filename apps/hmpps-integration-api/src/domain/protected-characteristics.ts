import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NullableInteger, NullableText } from '../common/optional-properties';

const text = () => ApiProperty({ type: String, nullable: true });
const date = () => ApiProperty({ type: String, format: 'date', nullable: true });

/**
 * A code and its description as Probation Offender Search gives them: passed on as they are, so either may
 * be absent.
 */
export class CodeDescription {
  @ApiPropertyOptional({ type: String, nullable: true })
  code!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  description!: string | null;
}

/** A disability recorded in nDelius. */
export class Disability {
  @ApiProperty({ type: CodeDescription, nullable: true })
  disabilityType!: CodeDescription | null;

  @ApiProperty({ type: CodeDescription, nullable: true })
  condition!: CodeDescription | null;

  @date()
  startDate!: string | null;

  @date()
  endDate!: string | null;

  @text()
  notes!: string | null;
}

/** A reasonable adjustment recorded in NOMIS. */
export class ReasonableAdjustment {
  @text()
  treatmentCode!: string | null;

  @text()
  commentText!: string | null;

  @date()
  startDate!: string | null;

  @date()
  endDate!: string | null;

  @text()
  treatmentDescription!: string | null;
}

/** A class, so that the same declaration is the OpenAPI schema; a field is null where the records have none. */
export class ProtectedCharacteristics {
  @NullableInteger()
  age!: number | null;

  @NullableText()
  gender!: string | null;

  @NullableText()
  sexualOrientation!: string | null;

  @NullableText()
  ethnicity!: string | null;

  @NullableText()
  nationality!: string | null;

  @NullableText()
  religion!: string | null;

  @ApiPropertyOptional({ type: Disability, isArray: true })
  disabilities!: Disability[];

  @NullableText()
  maritalStatus!: string | null;

  @ApiPropertyOptional({ type: ReasonableAdjustment, isArray: true })
  reasonableAdjustments!: ReasonableAdjustment[];
}
