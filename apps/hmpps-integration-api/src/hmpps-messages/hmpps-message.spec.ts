import { HMPPS_MESSAGE_EVENT_TYPES } from './hmpps-message';

/** HEAD's `HmppsMessageEventType` constants, in its order: name, type, eventTypeCode. */
const HEAD_EVENT_TYPES = [
  ['TEST_EVENT', 'test-event', 'TestEvent'],
  ['VISIT_CREATED', 'visit-someone-in-prison.visit.created', 'VisitCreated'],
  ['VISIT_UPDATED', 'visit-someone-in-prison.visit.updated', 'VisitUpdated'],
  ['VISIT_CANCELLED', 'visit-someone-in-prison.visit.cancelled', 'VisitCancelled'],
  ['LOCATION_DEACTIVATE', 'locations-inside-prison.location.deactivate', 'LocationTemporarilyDeactivated'],
  [
    'EDUCATION_ASSESSMENT_EVENT_CREATED',
    'education-assessment-event.created',
    'EducationAssessmentEventCreated',
  ],
  ['MARK_PRISONER_ATTENDANCE', 'mark-prisoner-attendance', 'MarkPrisonerAttendance'],
  [
    'DEALLOCATE_PRISONER_FROM_ACTIVITY_SCHEDULE',
    'deallocate-prisoner-from-activity-schedule',
    'DeallocatePrisonerFromActivitySchedule',
  ],
  [
    'ALLOCATE_PRISONER_TO_ACTIVITY_SCHEDULE',
    'allocate-prisoner-to-activity-schedule',
    'AllocatePrisonerToActivitySchedule',
  ],
  [
    'EDUCATION_COURSE_COMPLETION_CREATED',
    'education-course.completion.created',
    'educationCourseCompletionCreated',
  ],
];

describe('HMPPS_MESSAGE_EVENT_TYPES', () => {
  it('holds exactly HEAD’s HmppsMessageEventType constants, with their types and codes', () => {
    const table = Object.entries(HMPPS_MESSAGE_EVENT_TYPES).map(([name, { type, code }]) => [
      name,
      type,
      code,
    ]);
    expect(table).toEqual(HEAD_EVENT_TYPES);
  });
});
