import { ApiPropertyOptional } from '@nestjs/swagger';
import { NullableText } from '../common/optional-properties';

/** A prisoner's security category and its assessments, from Prison API. */
export class RiskCategoryAssessment {
  @NullableText()
  classificationCode!: string | null;

  @NullableText()
  classification!: string | null;

  @NullableText()
  assessmentCode!: string | null;

  @NullableText()
  assessmentDescription!: string | null;

  @NullableText()
  assessmentDate!: string | null;

  @NullableText()
  nextReviewDate!: string | null;

  @NullableText()
  assessmentAgencyId!: string | null;

  @NullableText()
  assessmentStatus!: string | null;

  @NullableText()
  assessmentComment!: string | null;
}

export class RiskCategory {
  @NullableText()
  offenderNo!: string | null;

  @ApiPropertyOptional({ type: [RiskCategoryAssessment] })
  assessments!: RiskCategoryAssessment[];

  @NullableText()
  category!: string | null;

  @NullableText()
  categoryCode!: string | null;
}
