/** A contact (appointment, letter, call…) recorded against a probation case in nDelius. */
export interface ContactEvent {
  contactEventIdentifier: number;
  offenderHmppsId: string;
  creationDateTime: string;
  updateDateTime: string;
  contactDateTime: string;
  contactType: string;
  outcome: string | null;
  location: string | null;
  area: string;
  pdu: string;
  teamId: string;
  teamName: string;
  officerId: string;
  officerName: string;
  description: string;
  notes: string | null;
}

/** One page of a case's contact events, with nDelius' totals. */
export interface ContactEventPage {
  content: ContactEvent[];
  totalResults: number;
  totalPages: number;
}

/** Who may (restrictedTo) or may not (excludedFrom) see a limited access case. */
export interface AccessLimitations {
  excludedFrom: { email: string }[];
  exclusionMessage: string | null;
  restrictedTo: { email: string }[];
  restrictionMessage: string | null;
}

/** The latest completed OASys assessment of a case. */
export interface AssessmentSummary {
  initiationDate: string | null;
  completedDate: string | null;
  assessmentType: string | null;
  status: string | null;
  assessorName: string | null;
  countersignerName: string | null;
}

export const COURT_OUTCOME_TYPES = ['SENTENCING', 'APPEAL', 'REMAND', 'OTHER'] as const;
export type CourtOutcomeType = (typeof COURT_OUTCOME_TYPES)[number];

/** A summary of a prisoner's sentenced court cases. */
export interface CourtCasesSummary {
  dateOfFirstConviction: string | null;
  courtOutcome: { outcomeType: CourtOutcomeType; outcomeName: string | null } | null;
  courtCode: string | null;
}
