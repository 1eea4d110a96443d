import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NullableFlag, NullableInteger, NullableText } from '../common/optional-properties';

/** Classes, so that the same declarations are the OpenAPI schemas. */
export class VisitNote {
  @NullableText()
  type!: string | null;

  @NullableText()
  text!: string | null;
}

export class VisitContact {
  @NullableText()
  name!: string | null;

  @NullableText()
  telephone!: string | null;

  @NullableText()
  email!: string | null;
}

/** Manage Prison Visits may leave either out (null). */
export class Visitor {
  @NullableInteger()
  contactId!: number | null;

  @NullableFlag()
  visitContact!: boolean | null;
}

export class VisitorSupport {
  @NullableText()
  description!: string | null;
}

/** Where the visit was booked from outside Manage Prison Visits, that system and its reference. */
export class VisitExternalSystemDetails {
  @NullableText()
  clientName!: string | null;

  @NullableText()
  clientVisitReference!: string | null;
}

/** A prison visit (Manage Prison Visits), as the API hands it out. */
export class Visit {
  @NullableText()
  applicationReference!: string | null;

  @NullableText()
  reference!: string | null;

  @NullableText()
  prisonerId!: string | null;

  @NullableText()
  prisonId!: string | null;

  @NullableText()
  prisonName!: string | null;

  @NullableText()
  sessionTemplateReference!: string | null;

  @NullableText()
  visitRoom!: string | null;

  @NullableText()
  visitType!: string | null;

  @NullableText()
  visitStatus!: string | null;

  @NullableText()
  visitSubStatus!: string | null;

  @NullableText()
  outcomeStatus!: string | null;

  @NullableText()
  visitRestriction!: string | null;

  @NullableText()
  startTimestamp!: string | null;

  @NullableText()
  endTimestamp!: string | null;

  @ApiPropertyOptional({ type: [VisitNote] })
  visitNotes!: VisitNote[];

  @ApiPropertyOptional({ type: VisitContact, nullable: true })
  visitContact!: VisitContact | null;

  @ApiPropertyOptional({ type: [Visitor] })
  visitors!: Visitor[];

  @ApiPropertyOptional({ type: VisitorSupport, nullable: true })
  visitorSupport!: VisitorSupport | null;

  @ApiPropertyOptional({ type: VisitExternalSystemDetails, nullable: true })
  visitExternalSystemDetails!: VisitExternalSystemDetails | null;

  @NullableText()
  createdTimestamp!: string | null;

  @NullableText()
  modifiedTimestamp!: string | null;

  @NullableText()
  firstBookedDateTime!: string | null;
}

/** A restriction on a prisoner's visits (Prison API offender restrictions). */
export class PersonVisitRestriction {
  @ApiProperty({ type: 'integer', nullable: true })
  restrictionId!: number | null;

  @ApiProperty({ description: 'Empty where NOMIS has no comment' })
  comment!: string;

  @ApiProperty({ type: String, nullable: true })
  restrictionType!: string | null;

  @ApiProperty({ type: String, nullable: true })
  restrictionTypeDescription!: string | null;

  @ApiProperty({ type: String, nullable: true })
  startDate!: string | null;

  @ApiProperty({ type: String, nullable: true })
  expiryDate!: string | null;

  @ApiProperty({ type: Boolean, nullable: true })
  active!: boolean | null;
}

export class VisitOrders {
  @ApiPropertyOptional({ type: 'integer' })
  remainingVisitOrders!: number;

  @ApiPropertyOptional({ type: 'integer' })
  remainingPrivilegeVisitOrders!: number;
}
