import { ApiPropertyOptional } from '@nestjs/swagger';

export interface CodeDescription {
  code: string | null;
  description: string | null;
}

export interface Disability {
  disabilityType: CodeDescription | null;
  condition: CodeDescription | null;
  startDate: string | null;
  endDate: string | null;
  notes: string | null;
}

export interface ReasonableAdjustment {
  treatmentCode: string | null;
  commentText: string | null;
  startDate: string | null;
  endDate: string | null;
  treatmentDescription: string | null;
}

const Text = () => ApiPropertyOptional({ type: String });

/**
 * A class, so that the same declaration is the OpenAPI schema. The document describes the fields as it has
 * since the seed era: not nullable, and the disabilities and adjustments as objects of no stated shape.
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

  @ApiPropertyOptional({ type: Object, isArray: true })
  disabilities!: Disability[];

  @Text()
  maritalStatus!: string | null;

  @ApiPropertyOptional({ type: Object, isArray: true })
  reasonableAdjustments!: ReasonableAdjustment[];
}
