import { ApiPropertyOptional } from '@nestjs/swagger';
import { NullableDateTime, NullableFlag, NullableText } from '../common/optional-properties';

/** A NOMIS case note. Classes, so that the same declarations are the OpenAPI schemas. */
export class CaseNoteAmendment {
  @NullableText()
  id!: string | null;

  @NullableDateTime()
  creationDateTime!: string | null;

  @NullableText()
  additionalNoteText!: string | null;
}

export class CaseNote {
  @NullableText()
  caseNoteId!: string | null;

  @NullableText()
  offenderIdentifier!: string | null;

  @NullableText()
  type!: string | null;

  @NullableText()
  typeDescription!: string | null;

  @NullableText()
  subType!: string | null;

  @NullableText()
  subTypeDescription!: string | null;

  @NullableDateTime()
  creationDateTime!: string | null;

  @NullableDateTime()
  occurrenceDateTime!: string | null;

  @NullableText()
  text!: string | null;

  @NullableText()
  locationId!: string | null;

  @NullableFlag()
  sensitive!: boolean | null;

  @ApiPropertyOptional({ type: [CaseNoteAmendment] })
  amendments!: CaseNoteAmendment[];
}

/** One page of case notes and the upstream's page numbers. */
export interface CaseNotesPage {
  content: CaseNote[];
  page: number;
  size: number;
  totalElements: number;
}
