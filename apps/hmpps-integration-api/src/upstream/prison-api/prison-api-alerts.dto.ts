import { Alert } from '../../domain/alert';
import { RiskCategory, RiskCategoryAssessment } from '../../domain/risk-category';

/** Prison API `Alert` (`/api/offenders/{noms}/alerts/v2`). */
export interface NomisAlertDto {
  offenderNo?: string | null;
  alertType?: string | null;
  alertTypeDescription?: string | null;
  alertCode?: string | null;
  alertCodeDescription?: string | null;
  comment?: string | null;
  dateCreated?: string | null;
  dateExpires?: string | null;
  expired?: boolean | null;
  active?: boolean | null;
}

export function toAlert(alert: NomisAlertDto): Alert {
  return {
    offenderNo: alert.offenderNo ?? null,
    type: alert.alertType ?? null,
    typeDescription: alert.alertTypeDescription ?? null,
    code: alert.alertCode ?? null,
    codeDescription: alert.alertCodeDescription ?? null,
    comment: alert.comment ?? null,
    dateCreated: alert.dateCreated ?? null,
    dateExpired: alert.dateExpires ?? null,
    expired: alert.expired ?? null,
    active: alert.active ?? null,
  };
}

/** The category parts of Prison API `InmateDetail` (`/api/offenders/{noms}`, version 1.0). */
export interface NomisInmateDetailDto {
  offenderNo?: string | null;
  category?: string | null;
  categoryCode?: string | null;
  assessments?: Partial<Record<keyof RiskCategoryAssessment, string | null>>[] | null;
}

function toAssessment(
  assessment: Partial<Record<keyof RiskCategoryAssessment, string | null>>,
): RiskCategoryAssessment {
  return {
    classificationCode: assessment.classificationCode ?? null,
    classification: assessment.classification ?? null,
    assessmentCode: assessment.assessmentCode ?? null,
    assessmentDescription: assessment.assessmentDescription ?? null,
    assessmentDate: assessment.assessmentDate ?? null,
    nextReviewDate: assessment.nextReviewDate ?? null,
    assessmentAgencyId: assessment.assessmentAgencyId ?? null,
    assessmentStatus: assessment.assessmentStatus ?? null,
    assessmentComment: assessment.assessmentComment ?? null,
  };
}

export function toRiskCategory(inmate: NomisInmateDetailDto): RiskCategory {
  return {
    offenderNo: inmate.offenderNo ?? null,
    assessments: (inmate.assessments ?? []).map(toAssessment),
    category: inmate.category ?? null,
    categoryCode: inmate.categoryCode ?? null,
  };
}
