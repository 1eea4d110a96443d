import { ApiPropertyOptional } from '@nestjs/swagger';
import { NullableFlag, NullableInteger, NullableText } from '../common/optional-properties';

/**
 * A reported adjudication as Manage Adjudications records it, trimmed to the published fields. Classes, so that the same declarations are the OpenAPI schemas.
 */
export class OffenceRule {
  @NullableText()
  paragraphNumber!: string | null;

  @NullableText()
  paragraphDescription!: string | null;
}

export class HearingOutcome {
  @NullableText()
  code!: string | null;

  @NullableText()
  reason!: string | null;

  @NullableText()
  details!: string | null;

  @NullableText()
  plea!: string | null;
}

export class Hearing {
  @NullableText()
  dateTimeOfHearing!: string | null;

  @NullableText()
  oicHearingType!: string | null;

  @ApiPropertyOptional({ type: HearingOutcome, nullable: true })
  outcome!: HearingOutcome | null;
}

export class OutcomeDetail {
  @NullableText()
  code!: string | null;

  @NullableText()
  details!: string | null;

  @NullableText()
  reason!: string | null;

  @NullableText()
  quashedReason!: string | null;

  @NullableFlag()
  canRemove!: boolean | null;
}

export class IncidentDetails {
  @NullableText()
  dateTimeOfIncident!: string | null;
}

export class IncidentRole {
  @NullableText()
  roleCode!: string | null;

  @ApiPropertyOptional({ type: OffenceRule, nullable: true })
  offenceRule!: OffenceRule | null;
}

export class OffenceDetails {
  @NullableInteger()
  offenceCode!: number | null;

  @ApiPropertyOptional({ type: OffenceRule, nullable: true })
  offenceRule!: OffenceRule | null;
}

export class OutcomeWithReferral {
  @ApiPropertyOptional({ type: OutcomeDetail, nullable: true })
  outcome!: OutcomeDetail | null;

  @ApiPropertyOptional({ type: OutcomeDetail, nullable: true })
  referralOutcome!: OutcomeDetail | null;
}

export class AdjudicationOutcome {
  @ApiPropertyOptional({ type: Hearing, nullable: true })
  hearing!: Hearing | null;

  /** Null when Manage Adjudications has none. */
  @ApiPropertyOptional({ type: OutcomeWithReferral, nullable: true })
  outcome!: OutcomeWithReferral | null;
}

export class PunishmentSchedule {
  @NullableInteger()
  days!: number | null;

  @NullableText()
  startDate!: string | null;

  @NullableText()
  endDate!: string | null;

  @NullableText()
  suspendedUntil!: string | null;
}

export class Punishment {
  @NullableText()
  type!: string | null;

  @NullableText()
  privilegeType!: string | null;

  @NullableText()
  otherPrivilege!: string | null;

  @ApiPropertyOptional({ type: PunishmentSchedule })
  schedule!: PunishmentSchedule;
}

export class PunishmentComment {
  @NullableText()
  comment!: string | null;

  @NullableText()
  reasonForChange!: string | null;

  @NullableText()
  dateTime!: string | null;
}

export class Adjudication {
  @ApiPropertyOptional({ type: IncidentDetails })
  incidentDetails!: IncidentDetails;

  @NullableFlag()
  isYouthOffender!: boolean | null;

  @ApiPropertyOptional({ type: IncidentRole })
  incidentRole!: IncidentRole;

  @ApiPropertyOptional({ type: OffenceDetails })
  offenceDetails!: OffenceDetails;

  @NullableText()
  status!: string | null;

  @NullableText()
  statusReason!: string | null;

  @NullableText()
  statusDetails!: string | null;

  @ApiPropertyOptional({ type: [Hearing] })
  hearings!: Hearing[];

  @ApiPropertyOptional({ type: [AdjudicationOutcome] })
  outcomes!: AdjudicationOutcome[];

  @ApiPropertyOptional({ type: [Punishment] })
  punishments!: Punishment[];

  @ApiPropertyOptional({ type: [PunishmentComment] })
  punishmentComments!: PunishmentComment[];
}
