import { CaseNote } from '../../domain/case-note';

/** Offender Case Notes `CaseNote` (one entry of a `/search/case-notes/{id}` answer). */
export interface CaseNoteDto {
  caseNoteId?: string | null;
  offenderIdentifier?: string | null;
  type?: string | null;
  typeDescription?: string | null;
  subType?: string | null;
  subTypeDescription?: string | null;
  creationDateTime?: string | null;
  occurrenceDateTime?: string | null;
  text?: string | null;
  locationId?: string | null;
  sensitive?: boolean | null;
  amendments?:
    | {
        caseNoteAmendmentId?: number | string | null;
        creationDateTime?: string | null;
        additionalNoteText?: string | null;
      }[]
    | null;
}

/** Offender Case Notes `SearchNotesResponse`: one page of notes and its `PageMeta` (`page` from 1). */
export interface CaseNoteSearchResponseDto {
  content?: CaseNoteDto[] | null;
  metadata?: { totalElements?: number; page?: number; size?: number } | null;
  hasCaseNotes?: boolean;
}

export function toCaseNote(note: CaseNoteDto): CaseNote {
  return {
    caseNoteId: note.caseNoteId ?? null,
    offenderIdentifier: note.offenderIdentifier ?? null,
    type: note.type ?? null,
    typeDescription: note.typeDescription ?? null,
    subType: note.subType ?? null,
    subTypeDescription: note.subTypeDescription ?? null,
    creationDateTime: note.creationDateTime ?? null,
    occurrenceDateTime: note.occurrenceDateTime ?? null,
    text: note.text ?? null,
    locationId: note.locationId ?? null,
    sensitive: note.sensitive ?? null,
    amendments: (note.amendments ?? []).map((amendment) => ({
      // HEAD reads the upstream id as a String and writes it as `id`.
      id: amendment.caseNoteAmendmentId == null ? null : String(amendment.caseNoteAmendmentId),
      creationDateTime: amendment.creationDateTime ?? null,
      additionalNoteText: amendment.additionalNoteText ?? null,
    })),
  };
}
