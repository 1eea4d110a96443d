/** A NOMIS case note (spec §5.3 #24). */
export interface CaseNoteAmendment {
  id: string | null;
  creationDateTime: string | null;
  additionalNoteText: string | null;
}

export interface CaseNote {
  caseNoteId: string | null;
  offenderIdentifier: string | null;
  type: string | null;
  typeDescription: string | null;
  subType: string | null;
  subTypeDescription: string | null;
  creationDateTime: string | null;
  occurrenceDateTime: string | null;
  text: string | null;
  locationId: string | null;
  sensitive: boolean | null;
  amendments: CaseNoteAmendment[];
}
