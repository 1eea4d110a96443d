import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

/** HEAD's request models of the visit writes (`CreateVisitRequest`, `UpdateVisitRequest`, `CancelVisitRequest`). */

export const VISIT_TYPES = ['SOCIAL'] as const;
export const VISIT_RESTRICTIONS = ['OPEN', 'CLOSED', 'UNKNOWN'] as const;
export const VISIT_NOTE_TYPES = ['VISITOR_CONCERN', 'VISIT_OUTCOMES', 'VISIT_COMMENT', 'STATUS_CHANGED_REASON'];
export const USER_TYPES = ['PRISONER'] as const;
export const OUTCOME_STATUSES = [
  'ADMINISTRATIVE_CANCELLATION',
  'ADMINISTRATIVE_ERROR',
  'BATCH_CANCELLATION',
  'CANCELLATION',
  'COMPLETED_NORMALLY',
  'ESTABLISHMENT_CANCELLED',
  'NOT_RECORDED',
  'NO_VISITING_ORDER',
  'PRISONER_CANCELLED',
  'PRISONER_COMPLETED_EARLY',
  'PRISONER_REFUSED_TO_ATTEND',
  'TERMINATED_BY_STAFF',
  'VISITOR_CANCELLED',
  'VISITOR_COMPLETED_EARLY',
  'VISITOR_DECLINED_ENTRY',
  'VISITOR_DID_NOT_ARRIVE',
  'VISITOR_FAILED_SECURITY_CHECKS',
  'VISIT_ORDER_CANCELLED',
  'SUPERSEDED_CANCELLATION',
  'DETAILS_CHANGED_AFTER_BOOKING',
  'BOOKER_CANCELLED',
] as const;

/** Bounds every free text so that a message stays far below SQS's size limit. */
const MAX_TEXT = 4000;
/** A Java `LocalDateTime` as Jackson reads one: a local date and time, seconds and fraction optional. */
const LOCAL_DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?$/;

function NotBlank(field: string) {
  return (target: object, key: string) => {
    IsString({ message: `${field} must not be blank` })(target, key);
    Matches(/\S/, { message: `${field} must not be blank` })(target, key);
    MaxLength(MAX_TEXT, { message: `${field} must be at most ${MAX_TEXT} characters` })(target, key);
  };
}

function LocalDateTime(field: string) {
  return Matches(LOCAL_DATE_TIME, { message: `${field} must be a local date and time (yyyy-MM-ddTHH:mm:ss)` });
}

function OneOf(field: string, values: readonly string[]) {
  return IsIn(values, { message: `${field} must be one of ${values.join(', ')}` });
}

function OptionalText(field: string) {
  return (target: object, key: string) => {
    IsOptional()(target, key);
    IsString({ message: `${field} must be a string` })(target, key);
    MaxLength(MAX_TEXT, { message: `${field} must be at most ${MAX_TEXT} characters` })(target, key);
  };
}

export class VisitNoteRequest {
  @ApiProperty({ enum: VISIT_NOTE_TYPES, example: 'VISITOR_CONCERN' })
  @NotBlank('visitNotes.type')
  type!: string;

  @ApiProperty({ example: 'Visitor is concerned that his mother in-law is coming!' })
  @NotBlank('visitNotes.text')
  text!: string;
}

export class VisitContactRequest {
  @ApiProperty({ example: 'John Smith' })
  @NotBlank('visitContact.name')
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '01234 567890' })
  @OptionalText('visitContact.telephone')
  telephone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'email@example.com' })
  @OptionalText('visitContact.email')
  email?: string | null;
}

export class VisitorRequest {
  @ApiProperty({ description: 'Person ID (NOMIS) of the visitor', example: 123456 })
  @IsInt({ message: 'Nomis person ID must be positive' })
  @Min(1, { message: 'Nomis person ID must be positive' })
  nomisPersonId!: number;

  @ApiPropertyOptional({ type: Boolean, nullable: true, description: 'Whether the visitor is the contact for the visit' })
  @IsOptional()
  @IsBoolean({ message: 'visitors.visitContact must be a boolean' })
  visitContact?: boolean | null;
}

export class VisitorSupportRequest {
  @ApiProperty({ example: 'Visually impaired assistance' })
  @NotBlank('visitorSupport.description')
  description!: string;
}

/** The fields a created and an updated visit share. */
export class VisitDetailsRequest {
  @ApiProperty({ example: 'A1' })
  @NotBlank('visitRoom')
  visitRoom!: string;

  @ApiProperty({ enum: VISIT_TYPES, example: 'SOCIAL' })
  @OneOf('visitType', VISIT_TYPES)
  visitType!: (typeof VISIT_TYPES)[number];

  @ApiProperty({ enum: VISIT_RESTRICTIONS, example: 'OPEN' })
  @OneOf('visitRestriction', VISIT_RESTRICTIONS)
  visitRestriction!: (typeof VISIT_RESTRICTIONS)[number];

  @ApiProperty({ description: 'When the visit starts (local time)', example: '2018-12-01T13:45:00' })
  @LocalDateTime('startTimestamp')
  startTimestamp!: string;

  @ApiProperty({ description: 'When the visit ends (local time)', example: '2018-12-01T14:45:00' })
  @LocalDateTime('endTimestamp')
  endTimestamp!: string;

  @ApiPropertyOptional({ type: [VisitNoteRequest], description: 'At most one note of each type' })
  @IsOptional()
  @IsArray({ message: 'visitNotes must be a list' })
  @ArrayMaxSize(100, { message: 'visitNotes must have at most 100 items' })
  @ValidateNested({ each: true })
  @Type(() => VisitNoteRequest)
  visitNotes?: VisitNoteRequest[];

  @ApiProperty({ type: VisitContactRequest })
  @IsObject({ message: 'visitContact must not be null' })
  @ValidateNested()
  @Type(() => VisitContactRequest)
  visitContact!: VisitContactRequest;

  @ApiPropertyOptional({ type: [VisitorRequest], nullable: true })
  @IsOptional()
  @IsArray({ message: 'visitors must be a list' })
  @ArrayMaxSize(100, { message: 'visitors must have at most 100 items' })
  @ValidateNested({ each: true })
  @Type(() => VisitorRequest)
  visitors?: VisitorRequest[] | null;

  @ApiPropertyOptional({ type: VisitorSupportRequest, nullable: true })
  @IsOptional()
  @IsObject({ message: 'visitorSupport must be an object' })
  @ValidateNested()
  @Type(() => VisitorSupportRequest)
  visitorSupport?: VisitorSupportRequest | null;
}

export class CreateVisitRequest extends VisitDetailsRequest {
  @ApiProperty({ example: 'A1234AA' })
  @NotBlank('prisonerId')
  prisonerId!: string;

  @ApiProperty({ description: 'The prison, a 3-character code', example: 'MDI' })
  @NotBlank('prisonId')
  prisonId!: string;

  @ApiProperty({ description: 'The visit’s reference in the client system', example: 'client-ref-1' })
  @NotBlank('clientVisitReference')
  clientVisitReference!: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'When the client created the visit', example: '2018-12-01T13:45:00' })
  @IsOptional()
  @LocalDateTime('createDateTime')
  createDateTime?: string | null;
}

export class UpdateVisitRequest extends VisitDetailsRequest {}

export class CancelOutcomeRequest {
  @ApiProperty({ enum: OUTCOME_STATUSES, example: 'VISITOR_CANCELLED' })
  @OneOf('cancelOutcome.outcomeStatus', OUTCOME_STATUSES)
  outcomeStatus!: (typeof OUTCOME_STATUSES)[number];

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Visitor is unwell' })
  @OptionalText('cancelOutcome.text')
  text?: string | null;
}

export class CancelVisitRequest {
  @ApiProperty({ type: CancelOutcomeRequest })
  @IsObject({ message: 'cancelOutcome must not be null' })
  @ValidateNested()
  @Type(() => CancelOutcomeRequest)
  cancelOutcome!: CancelOutcomeRequest;

  @ApiProperty({ enum: USER_TYPES, example: 'PRISONER' })
  @OneOf('userType', USER_TYPES)
  userType!: (typeof USER_TYPES)[number];

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Username of whoever actioned the request' })
  @OptionalText('actionedBy')
  actionedBy?: string | null;
}

/** HEAD's `VisitReferences`. */
export class VisitReferences {
  @ApiProperty({ type: [String], example: ['dfs-wjs-eqr', 'abc-123-def'] })
  visitReferences!: string[];
}

/** Visit notes, contact, visitors and support as HEAD writes them into a message. */
export function visitDetailsAttributes(request: VisitDetailsRequest) {
  return {
    visitRoom: request.visitRoom,
    visitType: request.visitType,
    visitRestriction: request.visitRestriction,
    startTimestamp: request.startTimestamp,
    endTimestamp: request.endTimestamp,
    visitNotes: (request.visitNotes ?? []).map((note) => ({ type: note.type, text: note.text })),
    visitContact: {
      name: request.visitContact.name,
      telephone: request.visitContact.telephone ?? null,
      email: request.visitContact.email ?? null,
    },
    visitors: (request.visitors ?? []).map((visitor) => ({
      nomisPersonId: visitor.nomisPersonId,
      visitContact: visitor.visitContact ?? null,
    })),
    visitorSupport: request.visitorSupport ? { description: request.visitorSupport.description } : null,
  };
}
