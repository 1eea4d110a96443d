/** A prisoner's security category and its assessments, from Prison API (spec §5.4 #29). */
export interface RiskCategoryAssessment {
  classificationCode: string | null;
  classification: string | null;
  assessmentCode: string | null;
  assessmentDescription: string | null;
  assessmentDate: string | null;
  nextReviewDate: string | null;
  assessmentAgencyId: string | null;
  assessmentStatus: string | null;
  assessmentComment: string | null;
}

export interface RiskCategory {
  offenderNo: string | null;
  assessments: RiskCategoryAssessment[];
  category: string | null;
  categoryCode: string | null;
}
