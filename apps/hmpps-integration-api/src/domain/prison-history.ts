/** A cell-sharing risk assessment (CSRA) recorded in NOMIS. */
export interface CellShareRiskAssessment {
  bookingId: number | null;
  assessmentSeq: number | null;
  offenderNo: string | null;
  classificationCode: string | null;
  assessmentCode: string | null;
  cellSharingAlertFlag: boolean | null;
  assessmentDate: string | null;
  assessmentAgencyId: string | null;
  assessmentComment: string | null;
  assessorUser: string | null;
  nextReviewDate: string | null;
}

export interface MovementDates {
  reasonInToPrison: string | null;
  dateInToPrison: string | null;
  inwardType: string | null;
  reasonOutOfPrison: string | null;
  dateOutOfPrison: string | null;
  outwardType: string | null;
  admittedIntoPrisonId: string | null;
  releaseFromPrisonId: string | null;
}

export interface Transfer {
  dateOutOfPrison: string | null;
  dateInToPrison: string | null;
  transferReason: string | null;
  fromPrisonId: string | null;
  toPrisonId: string | null;
}

/** One spell in prison, from entry to release; its times are instants (UTC, `Z`). */
export interface PrisonPeriod {
  entryDate: string | null;
  releaseDate: string | null;
  movementDates: MovementDates[];
  transfers: Transfer[];
  prisons: string[];
}

export interface PrisonTimeline {
  prisonPeriod: PrisonPeriod[];
}
