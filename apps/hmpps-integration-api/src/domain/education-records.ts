/** A prisoner's level of education and qualifications, as recorded in PLP. */
export interface PrisonerEducation {
  educationLevel: string;
  qualifications: { subject: string; level: string; grade: string }[];
}

export interface EducationAssessmentSummary {
  basicSkillsAssessmentRequired: boolean;
}

/** The fields every SAN schedule version has. */
interface SanScheduleVersion {
  nomisNumber: string;
  reference: string;
  status: string;
  createdBy: string;
  createdByDisplayName: string;
  createdAt: string;
  createdAtPrison: string;
  updatedBy: string;
  updatedByDisplayName: string;
  updatedAt: string;
  updatedAtPrison: string;
  deadlineDate: string | null;
  exemptionReason: string | null;
  version: number | null;
}

/** One version of the Support for Additional Needs plan creation schedule. */
export interface PlanCreationSchedule extends SanScheduleVersion {
  planCompletedDate: string | null;
  planCompletedBy: string | null;
  planKeyedInBy: string | null;
  planCompletedByJobRole: string | null;
  exemptionDetail: string | null;
  needSources: string[] | null;
}

/** One version of a Support for Additional Needs plan review schedule. */
export interface PlanReviewSchedule extends SanScheduleVersion {
  reviewCompletedDate: string | null;
  reviewKeyedInBy: string | null;
  reviewCompletedBy: string | null;
  reviewCompletedByJobRole: string | null;
}
