import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const text = () => ApiProperty({ type: String, nullable: true });

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

  @text()
  startDate!: string | null;

  @text()
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

  @text()
  startDate!: string | null;

  @text()
  endDate!: string | null;

  @text()
  treatmentDescription!: string | null;
}

const Text = () => ApiPropertyOptional({ type: String });

/**
 * A class, so that the same declaration is the OpenAPI schema. The document describes the fields as it has
 * since the seed era: not nullable.
 */
export class ProtectedCharacteristics {
  @ApiPropertyOptional({ type: 'integer' })
  age!: number | null;

  @Text()
  gender!: string | null;

  @Text()
  sexualOrientation!: string | null;

  @Text()
  ethnicity!: string | null;

  @Text()
  nationality!: string | null;

  @Text()
  religion!: string | null;

  @ApiPropertyOptional({ type: Disability, isArray: true })
  disabilities!: Disability[];

  @Text()
  maritalStatus!: string | null;

  @ApiPropertyOptional({ type: ReasonableAdjustment, isArray: true })
  reasonableAdjustments!: ReasonableAdjustment[];
}
