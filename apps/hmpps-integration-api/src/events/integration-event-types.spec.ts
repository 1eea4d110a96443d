import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalisePath } from '../consumers/path-patterns';
import { AdditionalInformation, DomainEvent, PoisonMessageError } from './domain-event';
import { INTEGRATION_EVENT_TYPE_NAMES, INTEGRATION_EVENT_TYPES } from './integration-event-types';

/** A domain event with only what the rules read; `info` fills `additionalInformation`. */
function event(
  eventType: string,
  info?: Partial<AdditionalInformation> | null,
  extra: Partial<DomainEvent> = {},
): DomainEvent {
  return {
    eventType,
    occurredAt: '2026-01-15T10:00:00Z',
    personReference: { identifiers: [{ type: 'CRN', value: 'X777776' }] },
    additionalInformation:
      info === null
        ? null
        : {
            registerTypeDescription: null,
            registerTypeCode: null,
            nomsNumber: null,
            prisonerId: null,
            prisonerNumber: null,
            alertCode: null,
            contactPersonId: null,
            reference: null,
            categoriesChanged: [],
            key: null,
            prisonId: null,
            reason: null,
            removedNomsNumber: null,
            contactEventId: null,
            mappaCategory: null,
            ...info,
          },
    reason: null,
    prisonerId: null,
    prisonId: null,
    detailUrl: null,
    ...extra,
  };
}

const typesOf = (domainEvent: DomainEvent) =>
  INTEGRATION_EVENT_TYPES.filter((type) => type.matches(domainEvent)).map((type) => type.name);

/** What a new person (a new probation case, or a new prisoner) makes, in HEAD's order. */
const NEW_PERSON = [
  'KEY_DATES_AND_ADJUSTMENTS_PRISONER_RELEASE',
  'PERSON_STATUS_CHANGED',
  'PERSON_ADDRESS_CHANGED',
  'PERSON_CONTACTS_CHANGED',
  'PERSON_IEP_LEVEL_CHANGED',
  'PERSON_VISIT_RESTRICTIONS_CHANGED',
  'PERSON_ALERTS_CHANGED',
  'PERSON_CASE_NOTES_CHANGED',
  'PERSON_NAME_CHANGED',
  'PERSON_CELL_LOCATION_CHANGED',
  'PERSON_SENTENCES_CHANGED',
  'PERSON_RESPONSIBLE_OFFICER_CHANGED',
  'PERSON_PROTECTED_CHARACTERISTICS_CHANGED',
  'PERSON_REPORTED_ADJUDICATIONS_CHANGED',
  'PERSON_NUMBER_OF_CHILDREN_CHANGED',
  'PERSON_PHYSICAL_CHARACTERISTICS_CHANGED',
  'PERSON_IMAGES_CHANGED',
];
const NEW_PERSON_TAIL = [
  'PERSON_HEALTH_AND_DIET_CHANGED',
  'PERSON_CARE_NEEDS_CHANGED',
  'PERSON_LANGUAGES_CHANGED',
];
const PRISONER = ['PRISONERS_CHANGED', 'PRISONER_CHANGED'];
const COMPLETE =
  'https://oasys.service.justice.gov.uk/eor/oasys/ass/asssumm/R007565/ALLOW/2513077240/COMPLETE';
const INCOMPLETE = COMPLETE.replace('COMPLETE', 'LOCKED_INCOMPLETE');
const updated = (...categoriesChanged: string[]) =>
  event('prisoner-offender-search.prisoner.updated', { nomsNumber: 'A1234BC', categoriesChanged });

/** Every row: a domain event and the integration events HEAD makes of it, in HEAD's order. */
const MAPPING: [string, DomainEvent, string[]][] = [
  [
    'a registration of a dynamic risk (RCCO) added',
    event('probation-case.registration.added', { registerTypeCode: 'RCCO' }),
    ['DYNAMIC_RISKS_CHANGED'],
  ],
  [
    'a high-RoSH registration deregistered',
    event('probation-case.registration.deregistered', { registerTypeCode: 'RHRH' }),
    ['DYNAMIC_RISKS_CHANGED'],
  ],
  [
    'a serious further offence registration updated',
    event('probation-case.registration.updated', { registerTypeCode: 'ASFO' }),
    ['PROBATION_STATUS_CHANGED'],
  ],
  [
    'a warrant registration deleted',
    event('probation-case.registration.deleted', { registerTypeCode: 'WRSM' }),
    ['PROBATION_STATUS_CHANGED'],
  ],
  [
    'a MAPPA registration added',
    event('probation-case.registration.added', { registerTypeCode: 'MAPP' }),
    ['MAPPA_DETAIL_CHANGED'],
  ],
  [
    'a victim-contact registration (no type of HEAD)',
    event('probation-case.registration.updated', { registerTypeCode: 'INVI' }),
    [],
  ],
  [
    'a manual OGRS calculation',
    event('probation-case.risk-scores.ogrs.manual-calculation'),
    ['RISK_SCORE_CHANGED'],
  ],
  ['OGRS determined', event('risk-assessment.scores.ogrs.determined'), ['RISK_SCORE_CHANGED']],
  ['RSR determined', event('risk-assessment.scores.rsr.determined'), ['RISK_SCORE_CHANGED']],
  [
    'a reception for admission',
    event('prison-offender-events.prisoner.received', { reason: 'ADMISSION' }),
    ['PRISONER_BASE_LOCATION_CHANGED'],
  ],
  [
    'a reception on transfer',
    event('prison-offender-events.prisoner.received', { reason: 'TRANSFERRED' }),
    ['PRISONER_BASE_LOCATION_CHANGED'],
  ],
  [
    'a return from temporary absence',
    event('prison-offender-events.prisoner.received', { reason: 'TEMPORARY_ABSENCE_RETURN' }),
    [],
  ],
  [
    'a release',
    event('prison-offender-events.prisoner.released', { reason: 'RELEASED' }),
    ['PRISONER_BASE_LOCATION_CHANGED', 'KEY_DATES_AND_ADJUSTMENTS_PRISONER_RELEASE'],
  ],
  [
    'a transfer out to court',
    event('prison-offender-events.prisoner.released', { reason: 'SENT_TO_COURT' }),
    ['KEY_DATES_AND_ADJUSTMENTS_PRISONER_RELEASE'],
  ],
  [
    'a release in prisoner search',
    event('prisoner-offender-search.prisoner.released'),
    ['KEY_DATES_AND_ADJUSTMENTS_PRISONER_RELEASE'],
  ],
  [
    'release dates recalculated',
    event('calculate-release-dates.prisoner.changed'),
    ['KEY_DATES_AND_ADJUSTMENTS_PRISONER_RELEASE'],
  ],
  [
    'a licence activated',
    event('create-and-vary-a-licence.licence.activated'),
    ['LICENCE_CONDITION_CHANGED'],
  ],
  [
    'a licence inactivated',
    event('create-and-vary-a-licence.licence.inactivated'),
    ['LICENCE_CONDITION_CHANGED'],
  ],
  [
    'a completed assessment summary',
    event('assessment.summary.produced', null, { detailUrl: COMPLETE }),
    ['RISK_OF_SERIOUS_HARM_CHANGED', 'ASSESSMENT_SUMMARY_CHANGE', 'NEEDS_CHANGED'],
  ],
  [
    'a locked incomplete assessment summary',
    event('assessment.summary.produced', null, { detailUrl: INCOMPLETE }),
    [],
  ],
  ['an assessment summary without a detail URL', event('assessment.summary.produced', null), []],
  [
    'a PLP induction schedule update',
    event('plp.induction-schedule.updated'),
    ['PLP_INDUCTION_SCHEDULE_CHANGED'],
  ],
  ['a PLP review schedule update', event('plp.review-schedule.updated'), ['PLP_REVIEW_SCHEDULE_CHANGED']],
  [
    'a SAN plan creation schedule update',
    event('san.plan-creation-schedule.updated'),
    ['SAN_PLAN_CREATION_SCHEDULE_CHANGED'],
  ],
  ['a SAN review schedule update', event('san.review-schedule.updated'), ['SAN_REVIEW_SCHEDULE_CHANGED']],
  ['a probation sentence moved', event('probation-case.sentence.moved'), ['PERSON_STATUS_CHANGED']],
  ['a probation sentence terminated', event('probation-case.sentence.terminated'), ['PERSON_STATUS_CHANGED']],
  ['a probation address updated', event('probation-case.address.updated'), ['PERSON_ADDRESS_CHANGED']],
  [
    'a prisoner contact approved',
    event('prison-offender-events.prisoner.contact-approved'),
    ['PERSON_CONTACTS_CHANGED'],
  ],
  [
    'a prisoner contact removed',
    event('prison-offender-events.prisoner.contact-removed'),
    ['PERSON_CONTACTS_CHANGED'],
  ],
  ['an IEP review deleted', event('incentives.iep-review.deleted'), ['PERSON_IEP_LEVEL_CHANGED']],
  [
    'a visitor restriction upserted',
    event('prison-offender-events.prisoner.person-restriction.upserted'),
    ['PERSON_VISITOR_RESTRICTIONS_CHANGED'],
  ],
  [
    'a prisoner restriction changed',
    event('prison-offender-events.prisoner.restriction.changed'),
    ['PERSON_VISIT_RESTRICTIONS_CHANGED'],
  ],
  [
    'a visit cancelled',
    event('prison-visit.cancelled'),
    ['PERSON_FUTURE_VISITS_CHANGED', 'PRISON_VISITS_CHANGED', 'VISIT_CHANGED'],
  ],
  ['an alert changed', event('person.alert.changed'), ['PERSON_ALERTS_CHANGED']],
  ['a case note deleted', event('person.case-note.deleted'), ['PERSON_CASE_NOTES_CHANGED']],
  [
    "a prisoner's personal details updated",
    updated('PERSONAL_DETAILS'),
    ['PERSON_STATUS_CHANGED', 'PERSON_NAME_CHANGED', ...PRISONER],
  ],
  [
    "a prisoner's location updated",
    updated('LOCATION'),
    [
      'PERSON_STATUS_CHANGED',
      'PERSON_CELL_LOCATION_CHANGED',
      ...PRISONER,
      'PERSON_EDUCATION_ASSESSMENTS_CHANGED',
    ],
  ],
  [
    "a prisoner's sentence updated",
    updated('SENTENCE'),
    [
      'PERSON_STATUS_CHANGED',
      'PERSON_SENTENCES_CHANGED',
      ...PRISONER,
      'PERSON_EDUCATION_ASSESSMENTS_CHANGED',
    ],
  ],
  [
    "a prisoner's physical details updated",
    updated('PHYSICAL_DETAILS'),
    ['PERSON_STATUS_CHANGED', 'PERSON_PHYSICAL_CHARACTERISTICS_CHANGED', ...PRISONER],
  ],
  [
    "a prisoner's alerts updated (no category of its own)",
    updated('ALERTS'),
    ['PERSON_STATUS_CHANGED', ...PRISONER],
  ],
  [
    'a community manager transferred',
    event('person.community.manager.transferred'),
    ['PERSON_RESPONSIBLE_OFFICER_CHANGED'],
  ],
  ['probation staff updated', event('probation.staff.updated'), ['PERSON_RESPONSIBLE_OFFICER_CHANGED']],
  [
    'an adjudication hearing completed',
    event('adjudication.hearingCompleted.created'),
    ['PERSON_REPORTED_ADJUDICATIONS_CHANGED'],
  ],
  [
    'an adjudication report created',
    event('adjudication.report.created'),
    ['PERSON_REPORTED_ADJUDICATIONS_CHANGED'],
  ],
  [
    'a prisoner received (a new prisoner)',
    event('prisoner-offender-search.prisoner.received'),
    [...NEW_PERSON, ...PRISONER, 'PRISONER_NON_ASSOCIATIONS_CHANGED', ...NEW_PERSON_TAIL],
  ],
  [
    'a prisoner created (a new prisoner)',
    event('prisoner-offender-search.prisoner.created'),
    [...NEW_PERSON, ...PRISONER, 'PRISONER_NON_ASSOCIATIONS_CHANGED', ...NEW_PERSON_TAIL],
  ],
  [
    'a probation case created (a new person)',
    event('probation-case.engagement.created'),
    [...NEW_PERSON, ...NEW_PERSON_TAIL],
  ],
  [
    'a prison identifier added to a probation case',
    event('probation-case.prison-identifier.added'),
    [...NEW_PERSON, ...NEW_PERSON_TAIL],
  ],
  [
    'a non-association detail changed',
    event('prison-offender-events.prisoner.non-association-detail.changed'),
    ['PRISONER_NON_ASSOCIATIONS_CHANGED'],
  ],
  ["the non-associations service's own event (HEAD leaves it out)", event('non-associations.created'), []],
  [
    'a location amended',
    event('location.inside.prison.amended'),
    ['PRISON_RESIDENTIAL_HIERARCHY_CHANGED', 'PRISON_LOCATION_CHANGED', 'PRISON_RESIDENTIAL_DETAILS_CHANGED'],
  ],
  [
    'a location deactivated',
    event('location.inside.prison.deactivated'),
    [
      'PRISON_RESIDENTIAL_HIERARCHY_CHANGED',
      'PRISON_LOCATION_CHANGED',
      'PRISON_RESIDENTIAL_DETAILS_CHANGED',
      'PRISON_CAPACITY_CHANGED',
    ],
  ],
  [
    'a signed operational capacity amended',
    event('location.inside.prison.signed-op-cap.amended'),
    ['PRISON_CAPACITY_CHANGED'],
  ],
  [
    'a MAPPA export created for category 3',
    event('probation-case.mappa-export.created', { mappaCategory: 3 }),
    ['CONTACT_EVENT_CREATED'],
  ],
  [
    'a supervision appointment for category 4',
    event('probation-case.supervision-appointment.created', { mappaCategory: 4 }),
    ['CONTACT_EVENT_CREATED'],
  ],
  [
    'MAPPA information updated for category 1',
    event('probation-case.mappa-information.updated', { mappaCategory: 1 }),
    ['CONTACT_EVENT_CHANGED'],
  ],
  [
    'MAPPA information of an unknown category (0)',
    event('probation-case.mappa-information.deleted', { mappaCategory: 0 }),
    [],
  ],
  ['MAPPA information without a category', event('probation-case.mappa-information.created'), []],
  [
    'a prisoner merge',
    event('prison-offender-events.prisoner.merged', { removedNomsNumber: 'A9999AA' }),
    ['PERSON_STATUS_CHANGED', 'PRISONER_MERGED'],
  ],
  ['an exclusion updated', event('probation-case.exclusion.updated'), ['PERSON_ACCESS_LIMITATIONS_CHANGED']],
  [
    'a restriction updated',
    event('probation-case.restriction.updated'),
    ['PERSON_ACCESS_LIMITATIONS_CHANGED'],
  ],
  ['a domain event HEAD does not map', event('unexpected.event.type'), []],
];

describe('domain events → integration event types (HEAD IntegrationEventType)', () => {
  it('has exactly HEAD 49 types (the name hash HEAD pins in IntegrationEventTypeTest)', () => {
    const text = [...INTEGRATION_EVENT_TYPE_NAMES]
      .sort()
      .map((name) => `"${name}"`)
      .join(',');
    let javaHashCode = 0;
    for (const char of text) javaHashCode = (Math.imul(31, javaHashCode) + char.charCodeAt(0)) | 0;
    expect(INTEGRATION_EVENT_TYPE_NAMES).toHaveLength(49);
    expect(javaHashCode).toBe(1995054195);
  });

  it.each(MAPPING)('%s', (_, domainEvent, expected) => {
    expect(typesOf(domainEvent)).toEqual(expected);
  });

  it('covers every type in the table', () => {
    const covered = new Set(MAPPING.flatMap(([, , types]) => types));
    expect(INTEGRATION_EVENT_TYPE_NAMES.filter((name) => !covered.has(name))).toEqual([]);
  });

  // Placeholder names may differ (`{locationKey}` for the operation's `{key}`): each is one path segment.
  it('points every type at an operation of HEAD (contract/head-operations.json)', () => {
    const contract = JSON.parse(
      readFileSync(join(__dirname, '..', '..', 'contract', 'head-operations.json'), 'utf8'),
    ) as { operations: { path: string }[] };
    const paths = new Set(contract.operations.map((operation) => normalisePath(operation.path)));
    expect(
      INTEGRATION_EVENT_TYPES.filter((type) => !paths.has(normalisePath(type.pathTemplate))).map(
        (t) => t.name,
      ),
    ).toEqual([]);
  });

  it('cannot read a registration event without additionalInformation (HEAD fails it, so it is dead-lettered)', () => {
    expect(() => typesOf(event('probation-case.registration.added', null))).toThrow(PoisonMessageError);
    expect(typesOf(event('person.alert.created', null))).toEqual(['PERSON_ALERTS_CHANGED']);
  });
});
