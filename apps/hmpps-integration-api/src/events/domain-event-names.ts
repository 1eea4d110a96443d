/** The HMPPS domain event types the integration events are made from (`eventType` of each event). */
export const DomainEventName = {
  ProbationCase: {
    Registration: {
      ADDED: 'probation-case.registration.added',
      UPDATED: 'probation-case.registration.updated',
      DELETED: 'probation-case.registration.deleted',
      DEREGISTERED: 'probation-case.registration.deregistered',
    },
    Engagement: { CREATED: 'probation-case.engagement.created' },
    PrisonIdentifier: { ADDED: 'probation-case.prison-identifier.added' },
    Address: {
      CREATED: 'probation-case.address.created',
      UPDATED: 'probation-case.address.updated',
      DELETED: 'probation-case.address.deleted',
    },
    RiskScores: { OGRS: { MANUAL_CALCULATION: 'probation-case.risk-scores.ogrs.manual-calculation' } },
    MappaInformation: {
      CREATED: 'probation-case.mappa-information.created',
      UPDATED: 'probation-case.mappa-information.updated',
      DELETED: 'probation-case.mappa-information.deleted',
    },
    MappaExport: {
      CREATED: 'probation-case.mappa-export.created',
      TERMINATED: 'probation-case.mappa-export.terminated',
    },
    AssessmentSummary: { CREATED: 'probation-case.assessment-summary.created' },
    SupervisionAppointment: { CREATED: 'probation-case.supervision-appointment.created' },
    Supervision: { CREATED: 'probation-case.supervision.created' },
    Cas3Booking: { CREATED: 'probation-case.cas3-booking.created' },
    Exclusion: { UPDATED: 'probation-case.exclusion.updated' },
    Restriction: { UPDATED: 'probation-case.restriction.updated' },
    Sentence: {
      CREATED: 'probation-case.sentence.created',
      AMENDED: 'probation-case.sentence.amended',
      TERMINATED: 'probation-case.sentence.terminated',
      UNTERMINATED: 'probation-case.sentence.unterminated',
      DELETED: 'probation-case.sentence.deleted',
      MOVED: 'probation-case.sentence.moved',
    },
  },
  Probation: { Staff: { UPDATED: 'probation.staff.updated' } },
  PLP: {
    InductionSchedule: { UPDATED: 'plp.induction-schedule.updated' },
    ReviewSchedule: { UPDATED: 'plp.review-schedule.updated' },
  },
  SAN: {
    PlanCreationSchedule: { UPDATED: 'san.plan-creation-schedule.updated' },
    ReviewSchedule: { UPDATED: 'san.review-schedule.updated' },
  },
  CreateAndVaryALicence: {
    Licence: {
      ACTIVATED: 'create-and-vary-a-licence.licence.activated',
      INACTIVATED: 'create-and-vary-a-licence.licence.inactivated',
    },
  },
  Person: {
    Alert: {
      CREATED: 'person.alert.created',
      CHANGED: 'person.alert.changed',
      UPDATED: 'person.alert.updated',
      DELETED: 'person.alert.deleted',
    },
    Community: {
      Manager: {
        ALLOCATED: 'person.community.manager.allocated',
        TRANSFERRED: 'person.community.manager.transferred',
      },
    },
    CaseNote: {
      CREATED: 'person.case-note.created',
      UPDATED: 'person.case-note.updated',
      DELETED: 'person.case-note.deleted',
    },
  },
  PrisonerOffenderSearch: {
    Prisoner: {
      CREATED: 'prisoner-offender-search.prisoner.created',
      RECEIVED: 'prisoner-offender-search.prisoner.received',
      UPDATED: 'prisoner-offender-search.prisoner.updated',
      RELEASED: 'prisoner-offender-search.prisoner.released',
    },
  },
  PrisonOffenderEvents: {
    Prisoner: {
      RELEASED: 'prison-offender-events.prisoner.released',
      RECEIVED: 'prison-offender-events.prisoner.received',
      CONTACT_ADDED: 'prison-offender-events.prisoner.contact-added',
      CONTACT_APPROVED: 'prison-offender-events.prisoner.contact-approved',
      CONTACT_UNAPPROVED: 'prison-offender-events.prisoner.contact-unapproved',
      CONTACT_REMOVED: 'prison-offender-events.prisoner.contact-removed',
      MERGED: 'prison-offender-events.prisoner.merged',
      Restriction: { CHANGED: 'prison-offender-events.prisoner.restriction.changed' },
      PersonRestriction: {
        UPSERTED: 'prison-offender-events.prisoner.person-restriction.upserted',
        DELETED: 'prison-offender-events.prisoner.person-restriction.deleted',
      },
      NonAssociationDetail: { CHANGED: 'prison-offender-events.prisoner.non-association-detail.changed' },
    },
  },
  CalculateReleaseDates: { Prisoner: { CHANGED: 'calculate-release-dates.prisoner.changed' } },
  RiskAssessment: {
    Scores: {
      OGRS: { DETERMINED: 'risk-assessment.scores.ogrs.determined' },
      RSR: { DETERMINED: 'risk-assessment.scores.rsr.determined' },
    },
  },
  Assessment: { Summary: { PRODUCED: 'assessment.summary.produced' } },
  Incentives: {
    IEPReview: {
      INSERTED: 'incentives.iep-review.inserted',
      UPDATED: 'incentives.iep-review.updated',
      DELETED: 'incentives.iep-review.deleted',
    },
  },
  PrisonVisit: {
    BOOKED: 'prison-visit.booked',
    CHANGED: 'prison-visit.changed',
    CANCELLED: 'prison-visit.cancelled',
  },
  Adjudication: {
    Hearing: {
      CREATED: 'adjudication.hearing.created',
      // Sic: the adjudications service names it so.
      COMPLETED: 'adjudication.hearingCompleted.created',
      DELETED: 'adjudication.hearing.deleted',
    },
    Punishments: { CREATED: 'adjudication.punishments.created' },
    Report: { CREATED: 'adjudication.report.created' },
  },
  LocationsInsidePrison: {
    Location: {
      CREATED: 'location.inside.prison.created',
      AMENDED: 'location.inside.prison.amended',
      DELETED: 'location.inside.prison.deleted',
      DEACTIVATED: 'location.inside.prison.deactivated',
      REACTIVATED: 'location.inside.prison.reactivated',
    },
    SignedOpCapacity: { AMENDED: 'location.inside.prison.signed-op-cap.amended' },
  },
} as const;
