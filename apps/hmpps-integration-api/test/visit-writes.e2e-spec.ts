import { AuditPublisher } from '@libs/queue';
import { DataSource } from 'typeorm';
import type { HttpResponse } from '@libs/testing';
import { expectHeadShape } from './head-contract';
import { as, useHmppsApi } from './hmpps-test-app';
import { CANCEL_VISIT as CANCEL, CREATE_VISIT as CREATE, VISIT_DETAILS } from './request-bodies';

const ALL = as('all-access');
/** all-endpoints, limited to MDI. */
const MDI_ONLY = as('specific-prison');
const HEALTH_ONLY = as('kubernetes-health-check-client');

const notFoundBody = (message: string) => ({
  status: 404,
  errorCode: null,
  userMessage: message,
  developerMessage: `404 Not found error: ${message}`,
  moreInfo: null,
});

/** VISIT_DETAILS as the queued message carries them: every optional field present, null when not sent. */
const DETAILS_ATTRIBUTES = {
  ...VISIT_DETAILS,
  visitContact: { name: 'John Doe', telephone: '01234 567890', email: null },
  visitors: [
    { nomisPersonId: 123456, visitContact: true },
    { nomisPersonId: 654321, visitContact: null },
  ],
};

describe('visits (write / lookup) (HEAD)', () => {
  const context = useHmppsApi();

  const audited = async (call: () => Promise<HttpResponse>) => {
    const publish = jest.spyOn(context.app.app.get(AuditPublisher), 'publish');
    try {
      const response = await call();
      return {
        response,
        events: publish.mock.calls.map(([event]) => [event.what, JSON.parse(event.details as string)]),
      };
    } finally {
      publish.mockRestore();
    }
  };
  /** Messages stored for the visits queue and not yet relayed (the relay deletes each once SQS has it). */
  const stored = async () =>
    Number(
      (
        await context.app.app
          .get(DataSource)
          .query(`SELECT count(*) AS count FROM outbox_message WHERE destination = 'visits'`)
      )[0].count,
    );
  /** Earlier successes' messages have been collected (so relayed and deleted): a refusal leaves none behind. */
  const nothingQueued = async () => {
    expect(await stored()).toBe(0);
    expect(await context.queues.depth('visits')).toBe(0);
  };

  describe('POST /v1/visit', () => {
    const post = (body: unknown, consumer = ALL) => context.api.post('/v1/visit', { ...consumer, body });

    it('queues HEAD’s VisitCreated message once the prisoner and visitors are known, and audits it', async () => {
      const { response, events } = await audited(() => post(CREATE));
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ data: { message: 'Visit creation written to queue' } });
      expectHeadShape('POST /v1/visit', response);
      expect(events).toEqual([
        [
          'POST_VISIT',
          { prisonerId: 'G2996UX', clientVisitReference: 'client-ref-9', clientName: 'all-access' },
        ],
      ]);
      const [message] = await context.queues.collect('visits', { count: 1 });
      expect(message.json).toEqual({
        messageId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        eventType: 'VisitCreated',
        description: null,
        messageAttributes: {
          prisonerId: 'G2996UX',
          prisonId: 'MDI',
          clientName: 'all-access',
          clientVisitReference: 'client-ref-9',
          ...DETAILS_ATTRIBUTES,
          createDateTime: null,
        },
        who: 'all-access',
      });
      expect(message.attributes.eventType).toBe('VISIT_CREATED');
    });

    it('is not found for a visitor who is not one of the prisoner’s contacts, or an unknown prisoner', async () => {
      const stranger = await post({ ...CREATE, visitors: [{ nomisPersonId: 999 }] });
      expect(stranger.body).toEqual(notFoundBody('No contact found with an ID of 999'));
      expectHeadShape('POST /v1/visit', stranger);
      const unknown = await post({ ...CREATE, prisonerId: 'Z9999ZZ' });
      expect(unknown.status).toBe(404);
      await nothingQueued();
    });

    it('applies the prison filter to the prisoner and to the visit’s prison', async () => {
      const heldElsewhere = await post({ ...CREATE, prisonerId: 'A1234AA', prisonId: 'MDI' }, MDI_ONLY);
      expect(heldElsewhere.status).toBe(404);
      expect(heldElsewhere.body.userMessage).toBe('The requested resource could not be found');
      const otherPrison = await post({ ...CREATE, prisonId: 'LEI' }, MDI_ONLY);
      expect(otherPrison.body).toEqual(notFoundBody('Not found'));
      await nothingQueued();
      expect((await post(CREATE, MDI_ONLY)).status).toBe(200);
      await context.queues.collect('visits', { count: 1 });
    });

    it('answers 400 for an invalid prisoner id and for two notes of one type', async () => {
      const invalid = await post({ ...CREATE, prisonerId: 'not-an-id' });
      expect(invalid.status).toBe(400);
      expect(invalid.body.userMessage).toBe('Either invalid prisoner or prison id.');
      const notes = await post({
        ...CREATE,
        visitNotes: [VISIT_DETAILS.visitNotes[0], VISIT_DETAILS.visitNotes[0]],
      });
      expect(notes.status).toBe(400);
      expect(notes.body.userMessage).toBe('Either invalid prisoner or prison id.');
      await nothingQueued();
    });

    it('answers 400 with the validation messages for a bad body, after authorisation', async () => {
      const response = await post({
        ...CREATE,
        prisonerId: ' ',
        visitType: 'PARTY',
        startTimestamp: '2030-13-01T10:00',
        visitContact: null,
        visitors: [{ nomisPersonId: 0 }],
      });
      expect(response.status).toBe(400);
      expectHeadShape('POST /v1/visit', response);
      expect(response.body.validationErrors).toEqual(
        expect.arrayContaining([
          'prisonerId must not be blank',
          'visitType must be one of SOCIAL',
          'startTimestamp must be a local date and time (yyyy-MM-ddTHH:mm:ss)',
          'visitContact must not be null',
          'Nomis person ID must be positive',
        ]),
      );
      expect((await post({ prisonerId: ' ' }, HEALTH_ONLY)).status).toBe(403);
      await nothingQueued();
    });

    it('maps a failing Personal Relationships to a 500 naming it, queuing nothing', async () => {
      await context.stubs.setFault({ prefix: '/personal-relationships', status: 500 });
      const response = await post(CREATE);
      expect(response.status).toBe(500);
      expect(response.body.userMessage).toContain('personal-relationships');
      await nothingQueued();
    });
  });

  describe('PUT /v1/visit/{visitReference}', () => {
    const put = (reference: string, body: unknown, consumer = ALL) =>
      context.api.put(`/v1/visit/${reference}`, { ...consumer, body });

    it('queues HEAD’s VisitUpdated message for a known visit, and audits it', async () => {
      const { response, events } = await audited(() => put('ab-cd-ef-gh', VISIT_DETAILS));
      expect(response.body).toEqual({ data: { message: 'Visit update written to queue' } });
      expectHeadShape('PUT /v1/visit/{visitReference}', response);
      expect(events).toEqual([
        ['POST_UPDATE_VISIT', { visitReference: 'ab-cd-ef-gh', clientName: 'all-access' }],
      ]);
      const [message] = await context.queues.collect('visits', { count: 1 });
      expect(message.json).toMatchObject({
        eventType: 'VisitUpdated',
        messageAttributes: { visitReference: 'ab-cd-ef-gh', ...DETAILS_ATTRIBUTES },
        who: 'all-access',
      });
      expect(message.attributes.eventType).toBe('VISIT_UPDATED');
    });

    it('is not found for an unknown visit, one without a prison, one outside the consumer’s prisons and a stranger', async () => {
      expect((await put('zz-zz-zz-zz', VISIT_DETAILS)).body).toEqual(
        notFoundBody('Could not find information for a given visit.'),
      );
      expect((await put('hi-jk-lm-no', VISIT_DETAILS)).body).toEqual(notFoundBody('PrisonId not found'));
      expect((await put('ef-gh-ij-kl', VISIT_DETAILS, MDI_ONLY)).body).toEqual(notFoundBody('Not found'));
      expect((await put('ab-cd-ef-gh', { ...VISIT_DETAILS, visitors: [{ nomisPersonId: 5 }] })).status).toBe(
        404,
      );
      await nothingQueued();
    });

    it('answers 400 for a bad body and maps a failing Manage Prison Visits to a 500', async () => {
      const bad = await put('ab-cd-ef-gh', { ...VISIT_DETAILS, visitRoom: '' });
      expect(bad.status).toBe(400);
      expect(bad.body.validationErrors).toContain('visitRoom must not be blank');
      await context.stubs.setFault({ prefix: '/manage-prison-visits', latencyMs: 4000 });
      const slow = await put('ab-cd-ef-gh', VISIT_DETAILS);
      expect(slow.status).toBe(500);
      expect(slow.body.userMessage).toContain('manage-prison-visits');
      await nothingQueued();
    });
  });

  describe('POST /v1/visit/{visitReference}/cancel', () => {
    const cancel = (reference: string, body: unknown, consumer = ALL) =>
      context.api.post(`/v1/visit/${reference}/cancel`, { ...consumer, body });

    it('queues HEAD’s VisitCancelled message, actioned by the prisoner, and audits it', async () => {
      const { response, events } = await audited(() => cancel('ab-cd-ef-gh', CANCEL));
      expect(response.body).toEqual({ data: { message: 'Visit cancellation written to queue' } });
      expectHeadShape('POST /v1/visit/{visitReference}/cancel', response);
      expect(events).toEqual([
        ['POST_CANCEL_VISIT', { visitReference: 'ab-cd-ef-gh', clientName: 'all-access' }],
      ]);
      const [message] = await context.queues.collect('visits', { count: 1 });
      expect(message.json).toMatchObject({
        eventType: 'VisitCancelled',
        messageAttributes: {
          visitReference: 'ab-cd-ef-gh',
          cancelOutcome: { outcomeStatus: 'VISITOR_CANCELLED', text: 'Unwell' },
          userType: 'PRISONER',
          actionedBy: 'G2996UX',
        },
      });
      expect(message.attributes.eventType).toBe('VISIT_CANCELLED');
    });

    it('is "Could not find prisoner" for an unknown or filtered visit; 400 for a bad body; 500 upstream', async () => {
      expect((await cancel('zz-zz-zz-zz', CANCEL)).body).toEqual(notFoundBody('Could not find prisoner'));
      expect((await cancel('ef-gh-ij-kl', CANCEL, MDI_ONLY)).body).toEqual(
        notFoundBody('Could not find prisoner'),
      );
      const bad = await cancel('ab-cd-ef-gh', {
        cancelOutcome: { outcomeStatus: 'BORED' },
        userType: 'STAFF',
      });
      expect(bad.status).toBe(400);
      expectHeadShape('POST /v1/visit/{visitReference}/cancel', bad);
      await context.stubs.setFault({ prefix: '/manage-prison-visits', status: 500 });
      expect((await cancel('ab-cd-ef-gh', CANCEL)).status).toBe(500);
      await nothingQueued();
    });
  });

  describe('GET /v1/visit/id/by-client-ref/{clientReference}', () => {
    const path = (reference: string) => `/v1/visit/id/by-client-ref/${reference}`;

    it('answers the visit references in HEAD shape, and audits it', async () => {
      const { response, events } = await audited(() => context.api.get(path('client-ref-mdi'), MDI_ONLY));
      expect(response.body).toEqual({ data: { visitReferences: ['ab-cd-ef-gh', 'bc-de-fg-hi'] } });
      expectHeadShape('GET /v1/visit/id/by-client-ref/{clientReference}', response);
      expect(events).toEqual([
        ['GET_VISIT_REFERENCES_BY_CLIENT_REFERENCE', { clientReference: 'client-ref-mdi' }],
      ]);
    });

    it('is not found when unknown, empty, without a prison or outside the consumer’s prisons', async () => {
      for (const reference of ['client-ref-unknown', 'client-ref-none', 'client-ref-no-prison']) {
        expect((await context.api.get(path(reference), ALL)).body).toEqual(
          notFoundBody(`Could not find visit references for client reference: ${reference}`),
        );
      }
      expect((await context.api.get(path('client-ref-lei'), MDI_ONLY)).status).toBe(404);
      expect((await context.api.get(path('client-ref-lei'), ALL)).status).toBe(200);
    });

    it('maps upstream failure to a 500 and refuses a consumer without the path', async () => {
      await context.stubs.setFault({ prefix: '/manage-prison-visits/visits/external-system', status: 500 });
      expect((await context.api.get(path('client-ref-mdi'), ALL)).status).toBe(500);
      expect((await context.api.get(path('client-ref-mdi'), HEALTH_ONLY)).status).toBe(403);
    });
  });
});
