import { ApiProperty } from '@nestjs/swagger';

/**
 * The probation and risk records (nDelius, ARN, Remand and Sentencing): classes, so that the same
 * declarations are the OpenAPI schemas.
 */

/** A contact (appointment, letter, call…) recorded against a probation case in nDelius. */
export class ContactEvent {
  @ApiProperty({ description: 'The contact event id in nDelius', example: 1 })
  contactEventIdentifier!: number;

  @ApiProperty({ description: 'The CRN of the person', example: 'X777776' })
  offenderHmppsId!: string;

  @ApiProperty({ format: 'date-time', description: 'When the contact was recorded (UTC)' })
  creationDateTime!: string;

  @ApiProperty({ format: 'date-time', description: 'When the contact was last changed (UTC)' })
  updateDateTime!: string;

  @ApiProperty({ format: 'date-time', description: 'When the contact took place (UTC)' })
  contactDateTime!: string;

  @ApiProperty({ example: 'Planned Office Visit (NS)' })
  contactType!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Attended - Complied' })
  outcome!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Leeds Office' })
  location!: string | null;

  @ApiProperty({ description: 'The probation region (provider)', example: 'North East Region' })
  area!: string;

  @ApiProperty({ description: 'The probation delivery unit', example: 'Leeds' })
  pdu!: string;

  @ApiProperty({ example: 'N07T01' })
  teamId!: string;

  @ApiProperty({ example: 'OMU A' })
  teamName!: string;

  @ApiProperty({ example: 'N07A060' })
  officerId!: string;

  @ApiProperty({ example: 'John Smith' })
  officerName!: string;

  @ApiProperty({ example: 'Office visit' })
  description!: string;

  @ApiProperty({ type: String, nullable: true })
  notes!: string | null;
}

/** One page of a case's contact events, with nDelius' totals. */
export interface ContactEventPage {
  content: ContactEvent[];
  totalResults: number;
  totalPages: number;
}

export class AccessLimitation {
  @ApiProperty({ example: 'officer@justice.gov.uk' })
  email!: string;
}

/** Who may (restrictedTo) or may not (excludedFrom) see a limited access case. */
export class AccessLimitations {
  @ApiProperty({ type: AccessLimitation, isArray: true, description: 'Users who may not see the case' })
  excludedFrom!: AccessLimitation[];

  @ApiProperty({ type: String, nullable: true })
  exclusionMessage!: string | null;

  @ApiProperty({ type: AccessLimitation, isArray: true, description: 'The only users who may see the case' })
  restrictedTo!: AccessLimitation[];

  @ApiProperty({ type: String, nullable: true })
  restrictionMessage!: string | null;
}

/** The latest completed OASys assessment of a case. */
export class AssessmentSummary {
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-01-05T11:28:32' })
  initiationDate!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-02-22T15:09:03' })
  completedDate!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'LAYER3' })
  assessmentType!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'COMPLETE' })
  status!: string | null;

  @ApiProperty({ type: String, nullable: true })
  assessorName!: string | null;

  @ApiProperty({ type: String, nullable: true })
  countersignerName!: string | null;
}

export const COURT_OUTCOME_TYPES = ['SENTENCING', 'APPEAL', 'REMAND', 'OTHER'] as const;
export type CourtOutcomeType = (typeof COURT_OUTCOME_TYPES)[number];

export class CourtOutcome {
  @ApiProperty({ enum: COURT_OUTCOME_TYPES, enumName: 'CourtOutcomeType' })
  outcomeType!: CourtOutcomeType;

  @ApiProperty({ type: String, nullable: true, example: 'Imprisonment' })
  outcomeName!: string | null;
}

/** A summary of a prisoner's sentenced court cases. */
export class CourtCasesSummary {
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The earliest conviction date' })
  dateOfFirstConviction!: string | null;

  @ApiProperty({ type: CourtOutcome, nullable: true, description: 'The outcome of the latest appearance' })
  courtOutcome!: CourtOutcome | null;

  @ApiProperty({ type: String, nullable: true, description: 'The court of the latest sentencing appearance' })
  courtCode!: string | null;
}
