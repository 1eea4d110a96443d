import type { EmulatedMessage } from '@libs/testing';
import { auditLog } from './head-audit';
import { expectHeadShape } from './head-contract';
import { as, useHmppsApi } from './hmpps-test-app';
import { courseCompletion } from './request-bodies';

/**
 * HEAD's education operations over real sockets: PLP education and assessments, SAN schedules, and the
 * writes, each checked on the queue or topic it reaches in the SQS/SNS emulator. Fixture prisoners:
 * G2996UX (MDI, with records everywhere), A1234AA (LEI, empty lists).
 */
const ALL = as('all-access');
const REQUEST_ID = '0650ba37-a977-4fbe-9000-4715aaecadba';
/** The domain events topic reaches the app's own inbound queue (its listener is off locally). */
const DOMAIN_EVENTS_QUEUE = 'hmpps_integrations_events_queue';
const ASSESSMENT_EVENTS_QUEUE = 'assessmentevents';
const COURSE_COMPLETION_QUEUE = 'education-course-completion-events';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const LONDON_LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}$/;

const withFlags = (flags: string) => ({
  headers: { ...as('feature-override-client').headers, 'x-feature-override': flags },
});

/** An SNS notification delivered to SQS: the published message and its attributes. */
function notification(message: EmulatedMessage): { event: Record<string, unknown>; eventType: string } {
  const envelope = message.json as { Message: string; MessageAttributes: Record<string, { Value: string }> };
  return { event: JSON.parse(envelope.Message), eventType: envelope.MessageAttributes.eventType.Value };
}

describe('HEAD education operations', () => {
  const context = useHmppsApi();
  const audit = auditLog(() => context.queues);

  it("grants the education role only HEAD's education paths", async () => {
    const education = as('role-based-redacted-client');
    expect((await context.api.get('/v1/persons/G2996UX/education/assessments', education)).status).toBe(200);
    // HEAD's ext-prisons-education role lists neither the education record nor course completion.
    expect((await context.api.get('/v1/persons/G2996UX/education', education)).status).toBe(403);
    const completion = await context.api.post('/v1/education/course-completion', {
      ...education,
      body: courseCompletion(),
    });
    expect(completion.status).toBe(403);
  });

  describe('GET /v1/persons/{hmppsId}/education', () => {
    it("answers the prisoner's education level and qualifications", async () => {
      const response = await context.api.get('/v1/persons/G2996UX/education', ALL);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        data: {
          educationLevel: 'SECONDARY_SCHOOL_TOOK_EXAMS',
          qualifications: [{ subject: 'Maths GCSE', level: 'LEVEL_2', grade: 'C' }],
        },
      });
      expectHeadShape('GET /v1/persons/{hmppsId}/education', response);
      expect(await audit.seen('GET_PRISONER_EDUCATION', { hmppsId: 'G2996UX' })).toHaveLength(1);
    });

    it("applies the consumer's prisons and maps PLP's answers", async () => {
      const outside = await context.api.get('/v1/persons/A1234AA/education', as('specific-prison'));
      expect(outside.status).toBe(404);
      expect(outside.body.userMessage).toBe('The requested resource could not be found');
      await context.stubs.setFault({ prefix: '/plp/person', status: 404, times: 1 });
      const missing = await context.api.get('/v1/persons/G2996UX/education', ALL);
      expect(missing.status).toBe(404);
      expect(missing.body.userMessage).toBe('Entity not found');
      await context.stubs.setFault({ prefix: '/plp/person', status: 500 });
      const failed = await context.api.get('/v1/persons/G2996UX/education', ALL);
      expect(failed.status).toBe(500);
      expect(failed.body.userMessage).toContain('plp');
    });
  });

  describe('GET /v1/persons/{hmppsId}/education/assessments', () => {
    it('answers whether a basic skills assessment is required', async () => {
      const response = await context.api.get('/v1/persons/A1234AA/education/assessments', ALL);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ data: { basicSkillsAssessmentRequired: false } });
      expectHeadShape('GET /v1/persons/{hmppsId}/education/assessments', response);
    });

    it('answers 400 for an invalid id, 404 for an unknown person (audited before the lookup, as HEAD), 500 on a timeout', async () => {
      const invalid = await context.api.get('/v1/persons/nope/education/assessments', ALL);
      expect(invalid.status).toBe(400);
      expect(invalid.body.userMessage).toBe('Invalid HMPPS ID: nope');
      const unknown = await context.api.get('/v1/persons/Z9999ZZ/education/assessments', ALL);
      expect(unknown.status).toBe(404);
      expect(unknown.body.userMessage).toBe('Could not find person with id: Z9999ZZ');
      expect(await audit.seen('GET EDUCATION ASSESSMENT SUMMARY EVENT', { hmppsId: 'Z9999ZZ' })).toHaveLength(
        1,
      );
      await context.stubs.setFault({ prefix: '/plp/assessments', latencyMs: 2_500 });
      expect((await context.api.get('/v1/persons/G2996UX/education/assessments', ALL)).status).toBe(500);
    });
  });

  describe('GET …/education/san/plan-creation-schedule and …/review-schedule', () => {
    it('answers every version of the schedules, with the NOMIS number', async () => {
      const plans = await context.api.get('/v1/persons/G2996UX/education/san/plan-creation-schedule', ALL);
      expect(plans.status).toBe(200);
      expect(plans.body.data.planCreationSchedules).toHaveLength(2);
      expect(plans.body.data.planCreationSchedules[1]).toMatchObject({
        nomisNumber: 'G2996UX',
        status: 'COMPLETED',
        needSources: ['ALN_SCREENER', 'CONDITION_SELF_DECLARED'],
        planCompletedDate: '2025-02-01',
        version: 2,
      });
      expectHeadShape('GET /v1/persons/{hmppsId}/education/san/plan-creation-schedule', plans);
      const [call] = await context.stubs.requests(
        '/support-additional-needs/profile/G2996UX/plan-creation-schedule',
      );
      expect(call.query).toMatchObject({ includeAllHistory: 'true' });

      const reviews = await context.api.get('/v1/persons/G2996UX/education/san/review-schedule', ALL);
      expect(reviews.status).toBe(200);
      expect(reviews.body.data.reviewSchedules[0]).toMatchObject({
        nomisNumber: 'G2996UX',
        reviewCompletedBy: 'Chris Teacher',
      });
      expectHeadShape('GET /v1/persons/{hmppsId}/education/san/review-schedule', reviews);
    });

    it("serves the education role's consumers, and passes empty lists through", async () => {
      const empty = await context.api.get(
        '/v1/persons/A1234AA/education/san/review-schedule',
        as('role-based-redacted-client'),
      );
      expect(empty.status).toBe(200);
      expect(empty.body).toEqual({ data: { reviewSchedules: [] } });
    });

    it('maps SAN 404 and 500, and an unknown person, to 404 and 500', async () => {
      const unknown = await context.api.get('/v1/persons/Z9999ZZ/education/san/review-schedule', ALL);
      expect(unknown.status).toBe(404);
      expect(unknown.body.userMessage).toBe('Could not find person with id: Z9999ZZ');
      await context.stubs.setFault({ prefix: '/support-additional-needs', status: 404, times: 1 });
      expect(
        (await context.api.get('/v1/persons/G2996UX/education/san/plan-creation-schedule', ALL)).status,
      ).toBe(404);
      await context.stubs.setFault({ prefix: '/support-additional-needs', status: 500 });
      const failed = await context.api.get('/v1/persons/G2996UX/education/san/review-schedule', ALL);
      expect(failed.status).toBe(500);
      expect(failed.body.userMessage).toContain('support-additional-needs');
    });
  });

  describe('POST /v1/persons/{hmppsId}/education/status and …/aln-assessment (SNS domainevents)', () => {
    it.each([
      [
        'education/status',
        'EDUCATION_STOPPED',
        'prison.education.updated',
        'Education status update event written to queue',
      ],
      [
        'education/aln-assessment',
        'ASSESSMENT_COMPLETED',
        'prison.education-aln-assessment.updated',
        'Education ALN Assessment update event written to queue',
      ],
    ])('POST …/%s publishes %s as %s (201)', async (path, status, eventType, message) => {
      const detailUrl = 'https://example.com/sequation-virtual-campus2-api/learnerQualifications/v2/G2996UX';
      const response = await context.api.post(`/v1/persons/AB123123/${path}`, {
        ...ALL,
        body: { status, detailUrl, requestId: REQUEST_ID },
      });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({ data: { message }, errors: [] });
      expectHeadShape(`POST /v1/persons/{hmppsId}/${path}`, response);

      const [delivered] = await context.queues.collect(DOMAIN_EVENTS_QUEUE, { count: 1, quietMs: 500 });
      const { event, eventType: attribute } = notification(delivered);
      expect(attribute).toBe(eventType);
      expect(event).toEqual({
        version: 1,
        eventType,
        description: status,
        detailUrl,
        occurredAt: expect.stringMatching(LONDON_LOCAL_TIME),
        personReference: { identifiers: [{ type: 'NOMS', value: 'G2996UX' }] },
        additionalInformation: { curiousExternalReference: REQUEST_ID },
      });
    });

    it('takes the default status when none is given', async () => {
      const response = await context.api.post('/v1/persons/G2996UX/education/status', {
        ...ALL,
        body: { detailUrl: 'https://example.com/x', requestId: REQUEST_ID },
      });
      expect(response.status).toBe(201);
      const [delivered] = await context.queues.collect(DOMAIN_EVENTS_QUEUE, { count: 1, quietMs: 300 });
      expect(notification(delivered).event.description).toBe('EDUCATION_STARTED');
    });

    it("refuses a body breaking HEAD's rules, and an unknown person, without publishing", async () => {
      const invalid = await context.api.post('/v1/persons/G2996UX/education/status', {
        ...ALL,
        body: { status: 'EDUCATION_PAUSED' },
      });
      expect(invalid.status).toBe(400);
      expect(invalid.body.validationErrors).toEqual(
        expect.arrayContaining(['A detailURL must be provided', 'A requestId must be provided']),
      );
      const unknown = await context.api.post('/v1/persons/Z9999ZZ/education/aln-assessment', {
        ...ALL,
        body: { detailUrl: 'https://example.com/x', requestId: REQUEST_ID },
      });
      expect(unknown.status).toBe(404);
      expect(unknown.body.userMessage).toBe('Could not find person with id: Z9999ZZ');
      expect(await context.queues.collect(DOMAIN_EVENTS_QUEUE, { count: 0, quietMs: 1_500 })).toEqual([]);
    });
  });

  describe('POST /v1/persons/{hmppsId}/education/assessments/status (SQS assessmentevents)', () => {
    it('sends EducationAssessmentEventCreated with its eventType attribute', async () => {
      const response = await context.api.post('/v1/persons/G2996UX/education/assessments/status', {
        ...ALL,
        body: {
          status: 'ALL_RELEVANT_ASSESSMENTS_COMPLETE',
          statusChangeDate: '2025-06-01',
          detailUrl: 'https://example.com/assessments/G2996UX',
          requestId: 'req-1',
        },
      });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        data: { message: 'Education assessment event written to queue' },
        errors: [],
      });
      expectHeadShape('POST /v1/persons/{hmppsId}/education/assessments/status', response);
      const [delivered] = await context.queues.collect(ASSESSMENT_EVENTS_QUEUE, { count: 1, quietMs: 300 });
      expect(delivered.attributes.eventType).toBe('education-assessment-event.created');
      expect(delivered.json).toEqual({
        messageId: expect.stringMatching(UUID),
        eventType: 'EducationAssessmentEventCreated',
        description: null,
        messageAttributes: {
          prisonNumber: 'G2996UX',
          status: 'ALL_RELEVANT_ASSESSMENTS_COMPLETE',
          statusChangeDate: '2025-06-01',
          detailUrl: 'https://example.com/assessments/G2996UX',
          requestId: 'req-1',
        },
        who: null,
      });
      expect(delivered.attributes.eventId).toBe((delivered.json as { messageId: string }).messageId);
    });

    it('refuses a blank requestId and an impossible date', async () => {
      const response = await context.api.post('/v1/persons/G2996UX/education/assessments/status', {
        ...ALL,
        body: { status: 'ALL_RELEVANT_ASSESSMENTS_COMPLETE', statusChangeDate: '2025-02-30', requestId: ' ' },
      });
      expect(response.status).toBe(400);
      expect(response.body.validationErrors).toEqual(
        expect.arrayContaining([
          'A requestId must be provided',
          'statusChangeDate must be a date (yyyy-MM-dd)',
        ]),
      );
      expect(await context.queues.collect(ASSESSMENT_EVENTS_QUEUE, { count: 0, quietMs: 1_000 })).toEqual([]);
    });
  });

  describe('POST /v1/education/course-completion (SQS educationcoursecompletionevents)', () => {
    it('accepts (202) and sends educationCourseCompletionCreated, audited with the course and person', async () => {
      const response = await context.api.post('/v1/education/course-completion', {
        ...ALL,
        body: courseCompletion(),
      });
      expect(response.status).toBe(202);
      expect(response.body).toEqual({
        data: { message: 'Education course completion event written to queue' },
        errors: [],
      });
      expectHeadShape('POST /v1/education/course-completion', response);
      const [delivered] = await context.queues.collect(COURSE_COMPLETION_QUEUE, { count: 1, quietMs: 300 });
      expect(delivered.attributes.eventType).toBe('education-course.completion.created');
      expect(delivered.json).toMatchObject({
        eventType: 'educationCourseCompletionCreated',
        description: null,
        who: null,
        messageAttributes: {
          firstName: 'Alex',
          lastName: 'Learner',
          dateOfBirth: '1990-01-01',
          pdu: 'Leeds',
          region: 'North East',
          office: 'Leeds Office',
          email: 'alex.learner@example.com',
          courseName: 'Digital skills',
          courseType: 'Online',
          provider: 'Moodle',
          completionDateTime: '2025-06-01T16:00:00.000Z',
          status: 'Completed',
          totalTimeMinutes: 150,
          attempts: '2',
          expectedTimeMinutes: '140',
          externalReference: 'CC-2025-0001',
        },
      });
      const details = {
        externalReference: 'CC-2025-0001',
        courseName: 'Digital skills',
        personEmail: 'alex.learner@example.com',
      };
      expect(await audit.seen('RECORD_COURSE_COMPLETION', details)).toHaveLength(1);
    });

    it('refuses a bad email, a blank name and a non-positive time', async () => {
      const response = await context.api.post('/v1/education/course-completion', {
        ...ALL,
        body: courseCompletion({
          person: { email: 'nope', firstName: ' ' },
          course: { totalTimeMinutes: 0 },
        }),
      });
      expect(response.status).toBe(400);
      expect(response.body.validationErrors).toEqual(
        expect.arrayContaining([
          'email must be a valid email address',
          'firstName must not be null or blank',
          'totalTime must be positive',
        ]),
      );
      expect(await context.queues.collect(COURSE_COMPLETION_QUEUE, { count: 0, quietMs: 1_000 })).toEqual([]);
    });

    it('refuses a list, text or null where an object belongs, naming the field, without sending', async () => {
      for (const [body, message] of [
        [{ courseCompletion: [] }, 'courseCompletion must be an object'],
        [
          { courseCompletion: { ...courseCompletion().courseCompletion, person: 'Alex' } },
          'person must be an object',
        ],
        [
          { courseCompletion: { ...courseCompletion().courseCompletion, course: null } },
          'course must not be null',
        ],
      ] as const) {
        const response = await context.api.post('/v1/education/course-completion', { ...ALL, body });
        expect({ status: response.status, errors: response.body.validationErrors }).toEqual({
          status: 400,
          errors: expect.arrayContaining([message]),
        });
      }
      expect(await context.queues.collect(COURSE_COMPLETION_QUEUE, { count: 0, quietMs: 1_000 })).toEqual([]);
    });

    it('answers 503 with course-completion-event-enabled off (as in preprod)', async () => {
      const off = await context.api.post('/v1/education/course-completion', {
        ...withFlags('course-completion-event-enabled=false'),
        body: courseCompletion(),
      });
      expect(off.status).toBe(503);
      expect(off.body.userMessage).toContain('course-completion-event-enabled');
    });
  });
  it('accepts an education update while SNS/SQS is down and publishes it once they are back', async () => {
    await context.queues.stop();
    try {
      const response = await context.api.post('/v1/persons/G2996UX/education/status', {
        ...ALL,
        body: { status: 'EDUCATION_STARTED', detailUrl: 'https://example.com/outage', requestId: REQUEST_ID },
      });
      expect(response.status).toBe(201);
    } finally {
      await context.queues.start();
    }
    const delivered = await context.queues.collect(DOMAIN_EVENTS_QUEUE, {
      count: 1,
      timeoutMs: 45_000,
      quietMs: 1_000,
    });
    expect(delivered.map((message) => notification(message).event.detailUrl)).toEqual([
      'https://example.com/outage',
    ]);
  }, 90_000);
});
