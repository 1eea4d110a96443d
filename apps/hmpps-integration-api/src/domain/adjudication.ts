/** A reported adjudication as Manage Adjudications records it, trimmed to the published fields (spec §5.3 #20). */
export interface OffenceRule {
  paragraphNumber: string | null;
  paragraphDescription: string | null;
}

export interface HearingOutcome {
  code: string | null;
  reason: string | null;
  details: string | null;
  plea: string | null;
}

export interface Hearing {
  dateTimeOfHearing: string | null;
  oicHearingType: string | null;
  outcome: HearingOutcome | null;
}

export interface OutcomeDetail {
  code: string | null;
  details: string | null;
  reason: string | null;
  quashedReason: string | null;
  canRemove: boolean | null;
}

export interface Adjudication {
  incidentDetails: { dateTimeOfIncident: string | null };
  isYouthOffender: boolean | null;
  incidentRole: { roleCode: string | null; offenceRule: OffenceRule | null };
  offenceDetails: { offenceCode: number | null; offenceRule: OffenceRule | null };
  status: string | null;
  statusReason: string | null;
  statusDetails: string | null;
  hearings: Hearing[];
  outcomes: {
    hearing: Hearing | null;
    outcome: { outcome: OutcomeDetail | null; referralOutcome: OutcomeDetail | null } | null;
  }[];
  punishments: {
    type: string | null;
    privilegeType: string | null;
    otherPrivilege: string | null;
    schedule: {
      days: number | null;
      startDate: string | null;
      endDate: string | null;
      suspendedUntil: string | null;
    };
  }[];
  punishmentComments: { comment: string | null; reasonForChange: string | null; dateTime: string | null }[];
}
