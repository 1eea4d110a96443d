import { Adjudication, Hearing, OffenceRule, OutcomeDetail } from '../../domain/adjudication';

/**
 * Manage Adjudications `ReportedAdjudicationDto`, reduced to what is published: identifiers of staff,
 * locations and other prisoners stay behind.
 */
type Maybe<T> = T | null | undefined;

interface OffenceRuleDto {
  paragraphNumber?: string | null;
  paragraphDescription?: string | null;
}

interface HearingDto {
  dateTimeOfHearing?: string | null;
  oicHearingType?: string | null;
  outcome?: {
    code?: string | null;
    reason?: string | null;
    details?: string | null;
    plea?: string | null;
  } | null;
}

interface OutcomeDetailDto {
  code?: string | null;
  details?: string | null;
  reason?: string | null;
  quashedReason?: string | null;
  canRemove?: boolean | null;
}

export interface ReportedAdjudicationDto {
  incidentDetails?: { dateTimeOfIncident?: string | null } | null;
  isYouthOffender?: boolean | null;
  incidentRole?: { roleCode?: string | null; offenceRule?: OffenceRuleDto | null } | null;
  offenceDetails?: { offenceCode?: number | null; offenceRule?: OffenceRuleDto | null } | null;
  status?: string | null;
  statusReason?: string | null;
  statusDetails?: string | null;
  hearings?: HearingDto[] | null;
  outcomes?:
    | {
        hearing?: HearingDto | null;
        outcome?: { outcome?: OutcomeDetailDto | null; referralOutcome?: OutcomeDetailDto | null } | null;
      }[]
    | null;
  punishments?:
    | {
        type?: string | null;
        privilegeType?: string | null;
        otherPrivilege?: string | null;
        schedule?: {
          days?: number | null;
          startDate?: string | null;
          endDate?: string | null;
          suspendedUntil?: string | null;
        } | null;
      }[]
    | null;
  punishmentComments?:
    { comment?: string | null; reasonForChange?: string | null; dateTime?: string | null }[] | null;
}

function toOffenceRule(rule: Maybe<OffenceRuleDto>): OffenceRule | null {
  return rule
    ? {
        paragraphNumber: rule.paragraphNumber ?? null,
        paragraphDescription: rule.paragraphDescription ?? null,
      }
    : null;
}

function toHearing(hearing: Maybe<HearingDto>): Hearing | null {
  if (!hearing) return null;
  const outcome = hearing.outcome;
  return {
    dateTimeOfHearing: hearing.dateTimeOfHearing ?? null,
    oicHearingType: hearing.oicHearingType ?? null,
    outcome: outcome
      ? {
          code: outcome.code ?? null,
          reason: outcome.reason ?? null,
          details: outcome.details ?? null,
          plea: outcome.plea ?? null,
        }
      : null,
  };
}

function toOutcomeDetail(outcome: Maybe<OutcomeDetailDto>): OutcomeDetail | null {
  if (!outcome) return null;
  return {
    code: outcome.code ?? null,
    details: outcome.details ?? null,
    reason: outcome.reason ?? null,
    quashedReason: outcome.quashedReason ?? null,
    canRemove: outcome.canRemove ?? null,
  };
}

export function toAdjudication(adjudication: ReportedAdjudicationDto): Adjudication {
  return {
    incidentDetails: { dateTimeOfIncident: adjudication.incidentDetails?.dateTimeOfIncident ?? null },
    isYouthOffender: adjudication.isYouthOffender ?? null,
    incidentRole: {
      roleCode: adjudication.incidentRole?.roleCode ?? null,
      offenceRule: toOffenceRule(adjudication.incidentRole?.offenceRule),
    },
    offenceDetails: {
      offenceCode: adjudication.offenceDetails?.offenceCode ?? null,
      offenceRule: toOffenceRule(adjudication.offenceDetails?.offenceRule),
    },
    status: adjudication.status ?? null,
    statusReason: adjudication.statusReason ?? null,
    statusDetails: adjudication.statusDetails ?? null,
    hearings: (adjudication.hearings ?? []).flatMap((hearing) => toHearing(hearing) ?? []),
    outcomes: (adjudication.outcomes ?? []).map((outcome) => ({
      hearing: toHearing(outcome.hearing),
      outcome: outcome.outcome
        ? {
            outcome: toOutcomeDetail(outcome.outcome.outcome),
            referralOutcome: toOutcomeDetail(outcome.outcome.referralOutcome),
          }
        : null,
    })),
    punishments: (adjudication.punishments ?? []).map((punishment) => ({
      type: punishment.type ?? null,
      privilegeType: punishment.privilegeType ?? null,
      otherPrivilege: punishment.otherPrivilege ?? null,
      schedule: {
        days: punishment.schedule?.days ?? null,
        startDate: punishment.schedule?.startDate ?? null,
        endDate: punishment.schedule?.endDate ?? null,
        suspendedUntil: punishment.schedule?.suspendedUntil ?? null,
      },
    })),
    punishmentComments: (adjudication.punishmentComments ?? []).map((comment) => ({
      comment: comment.comment ?? null,
      reasonForChange: comment.reasonForChange ?? null,
      dateTime: comment.dateTime ?? null,
    })),
  };
}
