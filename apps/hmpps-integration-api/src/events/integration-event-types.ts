import { FeatureFlagName } from '../feature-flags/feature-flags';
import { AdditionalInformation, DomainEvent, PoisonMessageError } from './domain-event';
import { DomainEventName as D } from './domain-event-names';

const { ProbationCase, PrisonerOffenderSearch, PrisonOffenderEvents } = D;

const REGISTRATION_EVENTS = Object.values(ProbationCase.Registration);
const NEW_PERSON_EVENTS = [
  ProbationCase.Engagement.CREATED,
  ProbationCase.PrisonIdentifier.ADDED,
  PrisonerOffenderSearch.Prisoner.CREATED,
  PrisonerOffenderSearch.Prisoner.RECEIVED,
];
const NEW_PRISONER_EVENTS = [
  PrisonerOffenderSearch.Prisoner.CREATED,
  PrisonerOffenderSearch.Prisoner.RECEIVED,
];
const PRISONER_EVENTS = [...NEW_PRISONER_EVENTS, PrisonerOffenderSearch.Prisoner.UPDATED];
const PERSON_EVENTS = [
  ProbationCase.Engagement.CREATED,
  ProbationCase.PrisonIdentifier.ADDED,
  PrisonerOffenderSearch.Prisoner.CREATED,
  PrisonerOffenderSearch.Prisoner.UPDATED,
  PrisonerOffenderSearch.Prisoner.RECEIVED,
  PrisonOffenderEvents.Prisoner.MERGED,
  ...Object.values(ProbationCase.Sentence),
];
const KEY_DATES_RELEASE_EVENTS = [
  PrisonerOffenderSearch.Prisoner.RELEASED,
  PrisonOffenderEvents.Prisoner.RELEASED,
  D.CalculateReleaseDates.Prisoner.CHANGED,
];
const CONTACT_EVENT_CREATED_EVENTS = [
  ProbationCase.MappaExport.CREATED,
  ProbationCase.MappaInformation.CREATED,
  ProbationCase.AssessmentSummary.CREATED,
  ProbationCase.Cas3Booking.CREATED,
  ProbationCase.SupervisionAppointment.CREATED,
  ProbationCase.Supervision.CREATED,
];
const CONTACT_EVENT_CHANGED_EVENTS = [
  ProbationCase.MappaInformation.UPDATED,
  ProbationCase.MappaExport.TERMINATED,
  ProbationCase.MappaInformation.DELETED,
];
const PERSON_ADDRESS_EVENTS = Object.values(ProbationCase.Address);
const RESPONSIBLE_OFFICER_EVENTS = [...Object.values(D.Person.Community.Manager), D.Probation.Staff.UPDATED];
const ALERT_EVENTS = Object.values(D.Person.Alert);
const LICENCE_CONDITION_EVENTS = Object.values(D.CreateAndVaryALicence.Licence);
const RISK_SCORE_EVENTS = [
  ProbationCase.RiskScores.OGRS.MANUAL_CALCULATION,
  D.RiskAssessment.Scores.OGRS.DETERMINED,
  D.RiskAssessment.Scores.RSR.DETERMINED,
];
const PERSON_CONTACT_EVENTS = [
  PrisonOffenderEvents.Prisoner.CONTACT_ADDED,
  PrisonOffenderEvents.Prisoner.CONTACT_APPROVED,
  PrisonOffenderEvents.Prisoner.CONTACT_UNAPPROVED,
  PrisonOffenderEvents.Prisoner.CONTACT_REMOVED,
];
const PERSON_IEP_EVENTS = Object.values(D.Incentives.IEPReview);
const PERSON_VISITOR_RESTRICTION_EVENTS = Object.values(PrisonOffenderEvents.Prisoner.PersonRestriction);
const PERSON_CASE_NOTE_EVENTS = Object.values(D.Person.CaseNote);
const PERSON_ADJUDICATION_EVENTS = [
  D.Adjudication.Hearing.CREATED,
  D.Adjudication.Hearing.DELETED,
  D.Adjudication.Hearing.COMPLETED,
  D.Adjudication.Punishments.CREATED,
  D.Adjudication.Report.CREATED,
];
// HEAD leaves the non-associations service's own events (non-associations.created, …) out.
const PERSON_NON_ASSOCIATION_EVENTS = [PrisonOffenderEvents.Prisoner.NonAssociationDetail.CHANGED];
const VISIT_CHANGED_EVENTS = Object.values(D.PrisonVisit);
const LOCATION_EVENTS = Object.values(D.LocationsInsidePrison.Location);
const PRISON_CAPACITY_EVENTS = [
  D.LocationsInsidePrison.Location.CREATED,
  D.LocationsInsidePrison.Location.DELETED,
  D.LocationsInsidePrison.Location.DEACTIVATED,
  D.LocationsInsidePrison.Location.REACTIVATED,
  D.LocationsInsidePrison.SignedOpCapacity.AMENDED,
];
const LIMITED_ACCESS_EVENTS = [ProbationCase.Exclusion.UPDATED, ProbationCase.Restriction.UPDATED];

/** nDelius register types (`registerTypeCode` of registration events) and what they are. */
export const RegisterType = {
  MAPPA: 'MAPP', // Multi-Agency Public Protection Arrangements
  CHILD_CONCERNS: 'RCCO', // a child is at risk from the person
  CHILD_PROTECTION: 'RCPR', // a child is subject to a protection plan
  RISK_TO_VULNERABLE_ADULT: 'RVAD',
  STREET_GANGS: 'STRG', // involved in serious group offending
  VISOR: 'AVIS', // has a ViSOR record
  WEAPONS: 'WEAP', // known to use or carry a weapon
  LOW_ROSH: 'RLRH',
  MEDIUM_ROSH: 'RMRH',
  HIGH_ROSH: 'RHRH',
  SERIOUS_FURTHER_OFFENCE: 'ASFO', // subject to a serious further offence review
  WARRANT_SUMMONS: 'WRSM', // an outstanding warrant or summons
} as const;

const DYNAMIC_RISK_REGISTER_TYPES: string[] = [
  RegisterType.CHILD_CONCERNS,
  RegisterType.CHILD_PROTECTION,
  RegisterType.RISK_TO_VULNERABLE_ADULT,
  RegisterType.STREET_GANGS,
  RegisterType.VISOR,
  RegisterType.WEAPONS,
  RegisterType.LOW_ROSH,
  RegisterType.MEDIUM_ROSH,
  RegisterType.HIGH_ROSH,
];
const PROBATION_STATUS_REGISTER_TYPES: string[] = [
  RegisterType.SERIOUS_FURTHER_OFFENCE,
  RegisterType.WARRANT_SUMMONS,
];

/** Prisoner search's `categoriesChanged` values HEAD's rules look at. */
const PERSONAL_DETAILS = 'PERSONAL_DETAILS';
const LOCATION = 'LOCATION';
const SENTENCE = 'SENTENCE';
const PHYSICAL_DETAILS = 'PHYSICAL_DETAILS';
const EDUCATION_ASSESSMENTS_CATEGORIES = [SENTENCE, LOCATION];

const is =
  (...types: readonly string[]) =>
  (event: DomainEvent): boolean =>
    types.includes(event.eventType);
const isNewPerson = is(...NEW_PERSON_EVENTS);
const either =
  (...rules: ((event: DomainEvent) => boolean)[]) =>
  (event: DomainEvent): boolean =>
    rules.some((rule) => rule(event));

/** A prisoner record update that changed one of these categories. */
const prisonerUpdated =
  (...categories: string[]) =>
  (event: DomainEvent): boolean =>
    event.eventType === PrisonerOffenderSearch.Prisoner.UPDATED &&
    (event.additionalInformation?.categoriesChanged ?? []).some((category) => categories.includes(category));

/**
 * A registration event of one of these register types. HEAD reads the register type of a registration
 * event without a null check: one without `additionalInformation` fails, so its message is dead-lettered.
 */
const registration =
  (registerTypes: string[]) =>
  (event: DomainEvent): boolean => {
    if (!REGISTRATION_EVENTS.includes(event.eventType as (typeof REGISTRATION_EVENTS)[number])) return false;
    const info = requiredInformation(event);
    return info.registerTypeCode !== null && registerTypes.includes(info.registerTypeCode);
  };

/** An OASys assessment summary whose `detailUrl` ends in `COMPLETE`. */
const completedAssessment = (event: DomainEvent): boolean =>
  event.eventType === D.Assessment.Summary.PRODUCED && event.detailUrl?.split('/').pop() === 'COMPLETE';

/** A contact event of a known MAPPA category (1–4). */
const contactEvent =
  (...types: string[]) =>
  (event: DomainEvent): boolean => {
    const category = event.additionalInformation?.mappaCategory;
    return (
      types.includes(event.eventType) &&
      category !== null &&
      category !== undefined &&
      category >= 1 &&
      category <= 4
    );
  };

/** Reception for admission or transfer, or release proper (not a temporary absence, court or hospital). */
const baseLocationChanged = (event: DomainEvent): boolean => {
  const reason = event.additionalInformation?.reason;
  if (event.eventType === PrisonOffenderEvents.Prisoner.RECEIVED)
    return reason === 'ADMISSION' || reason === 'TRANSFERRED';
  if (event.eventType === PrisonOffenderEvents.Prisoner.RELEASED) return reason === 'RELEASED';
  return false;
};

function requiredInformation(event: DomainEvent): AdditionalInformation {
  if (!event.additionalInformation)
    throw new PoisonMessageError(`${event.eventType} has no additionalInformation`);
  return event.additionalInformation;
}

/** One of HEAD's integration event types: the API operation it points at and the domain events it is made from. */
export interface IntegrationEventType {
  name: string;
  /** The operation's path template, without the leading `/` (as HEAD writes it). */
  pathTemplate: string;
  /** Whether a domain event makes an event of this type. */
  matches(event: DomainEvent): boolean;
  /** Made only while this flag is on (a flag not set in the environment counts as off). */
  featureFlag?: FeatureFlagName;
  description: string;
  /** The person the event's URL names, when it is not the event's own (a merge names the removed number). */
  urlPersonOf?(event: DomainEvent): string;
}

const type = (
  name: string,
  pathTemplate: string,
  matches: (event: DomainEvent) => boolean,
  description: string,
  extra: Partial<IntegrationEventType> = {},
): IntegrationEventType => ({ name, pathTemplate, matches, description, ...extra });

/** HEAD's 49 integration event types, in HEAD's order (the order their events are made in). */
export const INTEGRATION_EVENT_TYPES: readonly IntegrationEventType[] = [
  type(
    'DYNAMIC_RISKS_CHANGED',
    'v1/persons/{hmppsId}/risks/dynamic',
    registration(DYNAMIC_RISK_REGISTER_TYPES),
    'Dynamic Risks Changed',
  ),
  type(
    'PROBATION_STATUS_CHANGED',
    'v1/persons/{hmppsId}/status-information',
    registration(PROBATION_STATUS_REGISTER_TYPES),
    'Probation Status Changed',
  ),
  type(
    'MAPPA_DETAIL_CHANGED',
    'v1/persons/{hmppsId}/risks/mappadetail',
    registration([RegisterType.MAPPA]),
    'MAPPA Detail Changed',
  ),
  type(
    'RISK_SCORE_CHANGED',
    'v1/persons/{hmppsId}/risks/scores',
    is(...RISK_SCORE_EVENTS),
    'Risk Score Changed',
  ),
  type(
    'PRISONER_BASE_LOCATION_CHANGED',
    'v1/persons/{hmppsId}/prisoner-base-location',
    baseLocationChanged,
    'Prisoner Base Location Changed',
    {
      featureFlag: 'prisoner-base-location-changed-notifications-enabled',
    },
  ),
  type(
    'KEY_DATES_AND_ADJUSTMENTS_PRISONER_RELEASE',
    'v1/persons/{hmppsId}/sentences/latest-key-dates-and-adjustments',
    either(isNewPerson, is(...KEY_DATES_RELEASE_EVENTS)),
    'Key Dates and Adjustments Prisoner Release',
  ),
  type(
    'LICENCE_CONDITION_CHANGED',
    'v1/persons/{hmppsId}/licences/conditions',
    is(...LICENCE_CONDITION_EVENTS),
    'Licence Condition Changed',
  ),
  type(
    'RISK_OF_SERIOUS_HARM_CHANGED',
    'v1/persons/{hmppsId}/risks/serious-harm',
    completedAssessment,
    'Risk of Serious Harm Changed',
  ),
  type(
    'ASSESSMENT_SUMMARY_CHANGE',
    'v1/persons/{hmppsId}/assessment-summary',
    completedAssessment,
    'Assessment Summary Changed',
    {
      featureFlag: 'use-assessment-summary-endpoint',
    },
  ),
  type('NEEDS_CHANGED', 'v1/persons/{hmppsId}/needs', completedAssessment, 'Needs Changed'),
  type(
    'PLP_INDUCTION_SCHEDULE_CHANGED',
    'v1/persons/{hmppsId}/plp-induction-schedule/history',
    is(D.PLP.InductionSchedule.UPDATED),
    'PLP Induction Schedule Changed',
  ),
  type(
    'PLP_REVIEW_SCHEDULE_CHANGED',
    'v1/persons/{hmppsId}/plp-review-schedule',
    is(D.PLP.ReviewSchedule.UPDATED),
    'PLP Review Schedule Changed',
  ),
  type(
    'SAN_PLAN_CREATION_SCHEDULE_CHANGED',
    'v1/persons/{hmppsId}/education/san/plan-creation-schedule',
    is(D.SAN.PlanCreationSchedule.UPDATED),
    'SAN Plan Creation Schedule Changed',
  ),
  type(
    'SAN_REVIEW_SCHEDULE_CHANGED',
    'v1/persons/{hmppsId}/education/san/review-schedule',
    is(D.SAN.ReviewSchedule.UPDATED),
    'SAN Review Schedule Changed',
  ),
  type('PERSON_STATUS_CHANGED', 'v1/persons/{hmppsId}', is(...PERSON_EVENTS), 'Person Status Changed'),
  type(
    'PERSON_ADDRESS_CHANGED',
    'v1/persons/{hmppsId}/addresses',
    either(isNewPerson, is(...PERSON_ADDRESS_EVENTS)),
    'Person Address Changed',
  ),
  type(
    'PERSON_CONTACTS_CHANGED',
    'v1/persons/{hmppsId}/contacts',
    either(isNewPerson, is(...PERSON_CONTACT_EVENTS)),
    'Person Contacts Changed',
  ),
  type(
    'PERSON_IEP_LEVEL_CHANGED',
    'v1/persons/{hmppsId}/iep-level',
    either(isNewPerson, is(...PERSON_IEP_EVENTS)),
    'Person IEP Level Changed',
  ),
  type(
    'PERSON_VISITOR_RESTRICTIONS_CHANGED',
    'v1/persons/{hmppsId}/visitor/{contactId}/restrictions',
    is(...PERSON_VISITOR_RESTRICTION_EVENTS),
    'Person Visitor Restrictions Changed',
  ),
  type(
    'PERSON_VISIT_RESTRICTIONS_CHANGED',
    'v1/persons/{hmppsId}/visit-restrictions',
    either(isNewPerson, is(PrisonOffenderEvents.Prisoner.Restriction.CHANGED)),
    'Person Visit Restrictions Changed',
  ),
  type(
    'PERSON_FUTURE_VISITS_CHANGED',
    'v1/persons/{hmppsId}/visit/future',
    is(...VISIT_CHANGED_EVENTS),
    'Person Future Visits Changed',
  ),
  type(
    'PERSON_ALERTS_CHANGED',
    'v1/persons/{hmppsId}/alerts',
    either(isNewPerson, is(...ALERT_EVENTS)),
    'Person Alerts Changed',
  ),
  type(
    'PERSON_CASE_NOTES_CHANGED',
    'v1/persons/{hmppsId}/case-notes',
    either(isNewPerson, is(...PERSON_CASE_NOTE_EVENTS)),
    'Person Case Notes Changed',
  ),
  type(
    'PERSON_NAME_CHANGED',
    'v1/persons/{hmppsId}/name',
    either(isNewPerson, prisonerUpdated(PERSONAL_DETAILS)),
    'Person Name Changed',
  ),
  type(
    'PERSON_CELL_LOCATION_CHANGED',
    'v1/persons/{hmppsId}/cell-location',
    either(isNewPerson, prisonerUpdated(LOCATION)),
    'Person Cell Location Changed',
  ),
  type(
    'PERSON_SENTENCES_CHANGED',
    'v1/persons/{hmppsId}/sentences',
    either(isNewPerson, prisonerUpdated(SENTENCE)),
    'Person Sentences Changed',
  ),
  type(
    'PERSON_RESPONSIBLE_OFFICER_CHANGED',
    'v1/persons/{hmppsId}/person-responsible-officer',
    either(isNewPerson, is(...RESPONSIBLE_OFFICER_EVENTS)),
    'Person Responsible Officer Changed',
  ),
  // HEAD found no specific domain event for these: a new person is the only trigger.
  type(
    'PERSON_PROTECTED_CHARACTERISTICS_CHANGED',
    'v1/persons/{hmppsId}/protected-characteristics',
    isNewPerson,
    'Person Protected Characteristics Changed',
  ),
  type(
    'PERSON_REPORTED_ADJUDICATIONS_CHANGED',
    'v1/persons/{hmppsId}/reported-adjudications',
    either(isNewPerson, is(...PERSON_ADJUDICATION_EVENTS)),
    'Person Reported Adjudications Changed',
  ),
  type(
    'PERSON_NUMBER_OF_CHILDREN_CHANGED',
    'v1/persons/{hmppsId}/number-of-children',
    isNewPerson,
    'Person Number of Children Changed',
  ),
  type(
    'PERSON_PHYSICAL_CHARACTERISTICS_CHANGED',
    'v1/persons/{hmppsId}/physical-characteristics',
    either(isNewPerson, prisonerUpdated(PHYSICAL_DETAILS)),
    'Person Physical Characteristics Changed',
  ),
  type('PERSON_IMAGES_CHANGED', 'v1/persons/{hmppsId}/images', isNewPerson, 'Person Images Changed'),
  type('PRISONERS_CHANGED', 'v1/prison/prisoners', is(...PRISONER_EVENTS), 'Prisoners Changed'),
  type('PRISONER_CHANGED', 'v1/prison/prisoners/{hmppsId}', is(...PRISONER_EVENTS), 'Prisoner Changed'),
  type(
    'PERSON_EDUCATION_ASSESSMENTS_CHANGED',
    'v1/persons/{hmppsId}/education/assessments',
    prisonerUpdated(...EDUCATION_ASSESSMENTS_CATEGORIES),
    'Person Education Assessments Changed',
  ),
  type(
    'PRISONER_NON_ASSOCIATIONS_CHANGED',
    'v1/prison/{prisonId}/prisoners/{hmppsId}/non-associations',
    either(is(...NEW_PRISONER_EVENTS), is(...PERSON_NON_ASSOCIATION_EVENTS)),
    'Prisoner Non-Associations Changed',
  ),
  type(
    'PRISON_VISITS_CHANGED',
    'v1/prison/{prisonId}/visit/search',
    is(...VISIT_CHANGED_EVENTS),
    'Prison Visits Changed',
  ),
  type(
    'PRISON_RESIDENTIAL_HIERARCHY_CHANGED',
    'v1/prison/{prisonId}/residential-hierarchy',
    is(...LOCATION_EVENTS),
    'Prison Residential Hierarchy Changed',
  ),
  type(
    'PRISON_LOCATION_CHANGED',
    'v1/prison/{prisonId}/location/{locationKey}',
    is(...LOCATION_EVENTS),
    'Prison Location Changed',
  ),
  type(
    'PRISON_RESIDENTIAL_DETAILS_CHANGED',
    'v1/prison/{prisonId}/residential-details',
    is(...LOCATION_EVENTS),
    'Prison Residential Details Changed',
  ),
  type(
    'PRISON_CAPACITY_CHANGED',
    'v1/prison/{prisonId}/capacity',
    is(...PRISON_CAPACITY_EVENTS),
    'Prison Capacity Changed',
  ),
  type('VISIT_CHANGED', 'v1/visit/{visitReference}', is(...VISIT_CHANGED_EVENTS), 'Visit Changed'),
  type(
    'CONTACT_EVENT_CREATED',
    'v1/persons/{hmppsId}/contact-events/{contactEventId}',
    contactEvent(...CONTACT_EVENT_CREATED_EVENTS),
    'Contact Event Created',
    {
      featureFlag: 'contact-events-notifications-enabled',
    },
  ),
  type(
    'CONTACT_EVENT_CHANGED',
    'v1/persons/{hmppsId}/contact-events/{contactEventId}',
    contactEvent(...CONTACT_EVENT_CHANGED_EVENTS),
    'Contact Event Changed',
    {
      featureFlag: 'contact-events-notifications-enabled',
    },
  ),
  type(
    'PERSON_HEALTH_AND_DIET_CHANGED',
    'v1/persons/{hmppsId}/health-and-diet',
    isNewPerson,
    'Person Health and Diet Changed',
  ),
  type(
    'PERSON_CARE_NEEDS_CHANGED',
    'v1/persons/{hmppsId}/care-needs',
    isNewPerson,
    'Person Care Needs Changed',
  ),
  type(
    'PERSON_LANGUAGES_CHANGED',
    'v1/persons/{hmppsId}/languages',
    isNewPerson,
    'Person Languages Changed',
    {
      featureFlag: 'person-languages-changed-notifications-enabled',
    },
  ),
  type(
    'PRISONER_MERGED',
    'v1/persons/{hmppsId}',
    is(PrisonOffenderEvents.Prisoner.MERGED),
    'Prisoner Merged',
    {
      featureFlag: 'prisoner-merge-notifications-enabled',
      // The URL of the merge names the number that went away, so consumers holding it can follow the merge.
      urlPersonOf: (event) => {
        const removed = event.additionalInformation?.removedNomsNumber;
        if (!removed) throw new PoisonMessageError('a prisoner merge event has no removedNomsNumber');
        return removed;
      },
    },
  ),
  type(
    'PERSON_ACCESS_LIMITATIONS_CHANGED',
    'v1/persons/{hmppsId}/access-limitations',
    is(...LIMITED_ACCESS_EVENTS),
    'Person Access Limitations Changed',
    {
      featureFlag: 'limited-access-notifications-enabled',
    },
  ),
];

export const INTEGRATION_EVENT_TYPE_NAMES: readonly string[] = INTEGRATION_EVENT_TYPES.map((t) => t.name);
