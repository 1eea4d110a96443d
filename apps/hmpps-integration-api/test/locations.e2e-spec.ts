import { AuditPublisher } from '@libs/queue';
import { DataSource } from 'typeorm';
import { expectHeadShape } from './head-contract';
import { as, useHmppsApi } from './hmpps-test-app';

const ALL = as('all-access');
/** all-endpoints, limited to MDI. */
const MDI_ONLY = as('specific-prison');
/** A consumer whose permissions do not include these paths. */
const HEALTH_ONLY = as('kubernetes-health-check-client');

/** The ids Locations Inside Prison gives the stub's cells (fixtures/hmpps/locations-inside-prison). */
const EMPTY_CELL_ID = '51dae594-3c9a-55d5-aed1-802b6666fdbe';

const notFoundBody = (message: string) => ({
  status: 404,
  errorCode: null,
  userMessage: message,
  developerMessage: `404 Not found error: ${message}`,
  moreInfo: null,
});

describe('prison estate / locations (HEAD)', () => {
  const context = useHmppsApi();

  /** Messages stored for the locations queue and not yet relayed (the relay deletes each once SQS has it). */
  const stored = async () =>
    Number(
      (
        await context.app.app
          .get(DataSource)
          .query(`SELECT count(*) AS count FROM outbox_message WHERE destination = 'locations'`)
      )[0].count,
    );
  /** Earlier successes' messages have been collected (so relayed and deleted): a refusal leaves none behind. */
  const nothingQueued = async () => {
    expect(await stored()).toBe(0);
    expect(await context.queues.depth('locations')).toBe(0);
  };

  const audited = async (call: () => Promise<unknown>) => {
    const publish = jest.spyOn(context.app.app.get(AuditPublisher), 'publish');
    try {
      await call();
      return publish.mock.calls.map(([event]) => [event.what, JSON.parse(event.details as string)]);
    } finally {
      publish.mockRestore();
    }
  };

  describe('GET /v1/prison/{prisonId}/residential-hierarchy', () => {
    const path = '/v1/prison/MDI/residential-hierarchy';

    it('answers the active hierarchy, nested, in HEAD shape, and audits it', async () => {
      let response: Awaited<ReturnType<typeof context.api.get>> | undefined;
      const events = await audited(async () => (response = await context.api.get(path, ALL)));
      expect(response!.status).toBe(200);
      expectHeadShape('GET /v1/prison/{prisonId}/residential-hierarchy', response!);
      const [wing] = response!.body.data;
      expect(wing).toMatchObject({ locationType: 'WING', fullLocationPath: '1', localName: 'Wing 1', level: 1 });
      expect(wing.subLocations[0].subLocations.map((cell: { fullLocationPath: string }) => cell.fullLocationPath)).toEqual(
        ['1-1-001', '1-1-004'],
      );
      expect(events).toEqual([['GET_PRISON_RESIDENTIAL_HIERARCHY', { prisonId: 'MDI' }]]);
    });

    it('passes includeInactive=true upstream and only then', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.get(path, { ...ALL, query: { includeInactive: 'true' } });
      expect(response.body.data[0].subLocations[0].subLocations).toHaveLength(4);
      await context.api.get(path, { ...ALL, query: { includeInactive: 'false' } });
      const calls = await context.stubs.requests('/locations-inside-prison');
      expect(calls.map((call) => call.query)).toEqual([{ includeInactive: 'true' }, {}]);
    });

    it('answers 400 for a flag that is not a boolean and for an upstream 400', async () => {
      const flag = await context.api.get(path, { ...ALL, query: { includeInactive: 'maybe' } });
      expect(flag.status).toBe(400);
      const upstream = await context.api.get('/v1/prison/TOOLONG/residential-hierarchy', ALL);
      expect(upstream.status).toBe(400);
      expect(upstream.body.userMessage).toBe('Invalid query parameters.');
    });

    it('is not found for an unknown prison and for a prison outside the consumer’s, without asking upstream', async () => {
      const unknown = await context.api.get('/v1/prison/XXX/residential-hierarchy', ALL);
      expect(unknown.body).toEqual(
        notFoundBody('Could not find residential hierarchy with supplied query parameters.'),
      );
      await context.stubs.clearRequests();
      const filtered = await context.api.get('/v1/prison/LEI/residential-hierarchy', MDI_ONLY);
      expect(filtered.status).toBe(404);
      expect(await context.stubs.requests('/locations-inside-prison')).toEqual([]);
      expect((await context.api.get(path, MDI_ONLY)).status).toBe(200);
    });

    it('maps upstream failures and slowness to a 500 naming Locations Inside Prison', async () => {
      await context.stubs.setFault({ prefix: '/locations-inside-prison', status: 500 });
      const failed = await context.api.get(path, ALL);
      expect(failed.status).toBe(500);
      expect(failed.body.userMessage).toContain('locations-inside-prison');
      await context.stubs.resetFaults();
      await context.stubs.setFault({ prefix: '/locations-inside-prison', latencyMs: 4000 });
      const started = Date.now();
      const slow = await context.api.get(path, ALL);
      expect(Date.now() - started).toBeLessThan(3500);
      expect(slow.status).toBe(500);
      expect(slow.body.userMessage).toContain('locations-inside-prison');
    });

    it('refuses a consumer whose permissions leave the path out', async () => {
      const response = await context.api.get(path, HEALTH_ONLY);
      expect(response.status).toBe(403);
      expect(response.body.message).toBe(`Unable to authorise ${path} for kubernetes-health-check-client`);
    });
  });

  describe('GET /v1/prison/{prisonId}/residential-details', () => {
    it('answers the top level of a prison', async () => {
      const response = await context.api.get('/v1/prison/MDI/residential-details', ALL);
      expect(response.status).toBe(200);
      expect(response.body.data).toMatchObject({ topLevelLocationType: 'Wings', parentLocation: null });
      expect(response.body.data.subLocations.map((location: { key: string }) => location.key)).toEqual(['MDI-1']);
    });

    it('answers what lies under parentPathHierarchy, in HEAD shape, and audits it', async () => {
      let response: Awaited<ReturnType<typeof context.api.get>> | undefined;
      const events = await audited(
        async () =>
          (response = await context.api.get('/v1/prison/MDI/residential-details', {
            ...ALL,
            query: { parentPathHierarchy: '1-1' },
          })),
      );
      expectHeadShape('GET /v1/prison/{prisonId}/residential-details', response!);
      const { parentLocation, subLocations } = response!.body.data;
      expect(parentLocation).toMatchObject({ key: 'MDI-1-1', locationType: 'LANDING', parentLocationKey: 'MDI-1' });
      expect(subLocations.map((location: { key: string }) => location.key)).toEqual([
        'MDI-1-1-001',
        'MDI-1-1-002',
        'MDI-1-1-003',
        'MDI-1-1-004',
      ]);
      // The Planet FM reference is the external reference, and the upstream's own ids stay behind.
      expect(subLocations[1]).toMatchObject({ active: false, externalReference: 'PFM-2291', deactivatedReason: 'DAMP' });
      expect(subLocations[1].id).toBeUndefined();
      expect(events).toEqual([['GET_PRISON_RESIDENTIAL_DETAILS', { prisonId: 'MDI', parentPathHierarchy: '1-1' }]]);
    });

    it('is not found for an unknown parent, an unknown prison and a filtered one', async () => {
      const message = 'Could not find residential details with supplied query parameters.';
      const parent = await context.api.get('/v1/prison/MDI/residential-details', {
        ...ALL,
        query: { parentPathHierarchy: '9' },
      });
      expect(parent.body).toEqual(notFoundBody(message));
      expect((await context.api.get('/v1/prison/XXX/residential-details', ALL)).status).toBe(404);
      expect((await context.api.get('/v1/prison/LEI/residential-details', MDI_ONLY)).body).toEqual(
        notFoundBody(message),
      );
    });

    it('answers 400 for an upstream 400 and a repeated parentPathHierarchy', async () => {
      expect((await context.api.get('/v1/prison/TOOLONG/residential-details', ALL)).body.userMessage).toBe(
        'Invalid query parameters.',
      );
      const repeated = await context.api.get('/v1/prison/MDI/residential-details?parentPathHierarchy=1&parentPathHierarchy=2', ALL);
      expect(repeated.status).toBe(400);
    });
  });

  describe('GET /v1/prison/{prisonId}/capacity', () => {
    it('answers the prison summary’s capacity in HEAD shape, and audits it', async () => {
      let response: Awaited<ReturnType<typeof context.api.get>> | undefined;
      const events = await audited(async () => (response = await context.api.get('/v1/prison/MDI/capacity', ALL)));
      expect(response!.body).toEqual({ data: { maxCapacity: 8, signedCapacity: 8, workingCapacity: 3 } });
      expectHeadShape('GET /v1/prison/{prisonId}/capacity', response!);
      expect(events).toEqual([['GET_CAPACITY_DETAILS', { prisonId: 'MDI' }]]);
    });

    it('is not found for an unknown or filtered prison, 400 for an upstream 400, 500 for an upstream failure', async () => {
      expect((await context.api.get('/v1/prison/XXX/capacity', ALL)).status).toBe(404);
      expect((await context.api.get('/v1/prison/LEI/capacity', MDI_ONLY)).status).toBe(404);
      expect((await context.api.get('/v1/prison/TOOLONG/capacity', ALL)).status).toBe(400);
      await context.stubs.setFault({ prefix: '/locations-inside-prison/locations/residential-summary', status: 503 });
      expect((await context.api.get('/v1/prison/MDI/capacity', ALL)).status).toBe(500);
    });
  });

  describe('GET /v1/prison/{prisonId}/location/{key}', () => {
    it('answers the location in HEAD shape, and audits it', async () => {
      let response: Awaited<ReturnType<typeof context.api.get>> | undefined;
      const events = await audited(
        async () => (response = await context.api.get('/v1/prison/MDI/location/MDI-1-1-001', ALL)),
      );
      expect(response!.status).toBe(200);
      expectHeadShape('GET /v1/prison/{prisonId}/location/{key}', response!);
      expect(response!.body.data).toMatchObject({
        key: 'MDI-1-1-001',
        code: '001',
        pathHierarchy: '1-1-001',
        locationType: 'CELL',
        capacity: { maxCapacity: 2, workingCapacity: 1 },
        certification: { certified: true, capacityOfCertifiedCell: 1 },
        active: true,
        level: 3,
        parentLocationKey: 'MDI-1-1',
        isResidential: true,
      });
      expect(events).toEqual([['GET_LOCATION_INFORMATION', { prisonId: 'MDI', key: 'MDI-1-1-001' }]]);
    });

    it('answers 400 for a key of another prison, without asking upstream', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.get('/v1/prison/MDI/location/LEI-A-1-001', ALL);
      expect(response.status).toBe(400);
      expect(response.body.userMessage).toBe('Invalid query parameters.');
      expect(await context.stubs.requests('/locations-inside-prison')).toEqual([]);
    });

    it('is not found for an unknown key and a filtered prison; upstream failures are 500s', async () => {
      const message = 'Could not find location information with supplied query parameters.';
      const unknown = await context.api.get('/v1/prison/MDI/location/MDI-9-9-999', ALL);
      expect(unknown.body).toEqual(notFoundBody(message));
      expectHeadShape('GET /v1/prison/{prisonId}/location/{key}', unknown);
      expect((await context.api.get('/v1/prison/LEI/location/LEI-A-1-001', MDI_ONLY)).body).toEqual(
        notFoundBody(message),
      );
      await context.stubs.setFault({ prefix: '/locations-inside-prison/locations/key', status: 500 });
      expect((await context.api.get('/v1/prison/MDI/location/MDI-1-1-001', ALL)).status).toBe(500);
    });
  });

  describe('POST /v1/prison/{prisonId}/location/{key}/deactivate', () => {
    const deactivate = (prisonId: string, key: string, body: unknown, consumer = ALL) =>
      context.api.post(`/v1/prison/${prisonId}/location/${key}/deactivate`, { ...consumer, body });
    const REQUEST = { deactivationReason: 'DAMAGED', deactivationReasonDescription: 'Window broken', proposedReactivationDate: '2026-03-01' };

    it('queues HEAD’s LocationTemporarilyDeactivated message for an active empty cell, and audits it', async () => {
      let response: Awaited<ReturnType<typeof context.api.get>> | undefined;
      const events = await audited(async () => (response = await deactivate('MDI', 'MDI-1-1-001', REQUEST)));
      expect(response!.status).toBe(200);
      expect(response!.body).toEqual({ data: { message: 'Deactivate location written to queue' } });
      expectHeadShape('POST /v1/prison/{prisonId}/location/{key}/deactivate', response!);
      expect(events).toEqual([['DEACTIVATE_LOCATION', { prisonId: 'MDI', key: 'MDI-1-1-001' }]]);

      const [message] = await context.queues.collect('locations', { count: 1 });
      expect(message.json).toEqual({
        messageId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        eventType: 'LocationTemporarilyDeactivated',
        description: null,
        messageAttributes: {
          id: EMPTY_CELL_ID,
          deactivationReason: 'DAMAGED',
          deactivationReasonDescription: 'Window broken',
          proposedReactivationDate: '2026-03-01',
          planetFmReference: null,
        },
        who: 'all-access',
      });
      expect(message.attributes.eventType).toBe('LOCATION_DEACTIVATE');
    });

    it('queues a TestEvent for externalReference TestEvent without any check', async () => {
      await context.stubs.clearRequests();
      const response = await deactivate('LEI', 'NOT-A-KEY', { deactivationReason: 'OTHER', externalReference: 'TestEvent' }, MDI_ONLY);
      expect(response.status).toBe(200);
      const [message] = await context.queues.collect('locations', { count: 1 });
      expect(message.json).toMatchObject({ eventType: 'TestEvent', messageAttributes: {}, who: 'specific-prison' });
      expect(await context.stubs.requests()).toEqual([]);
    });

    it('refuses a location that is not a cell (400), an inactive one and an occupied one (409), queuing nothing', async () => {
      const wing = await deactivate('MDI', 'MDI-1', REQUEST);
      expect(wing.status).toBe(400);
      expect(wing.body.userMessage).toBe('Location type must be a CELL');
      // HEAD's ValidationException: an ErrorResponse (the recorded 400 shape is the one of a failed body check).
      expect(Object.keys(wing.body).sort()).toEqual(['developerMessage', 'errorCode', 'moreInfo', 'status', 'userMessage']);
      for (const key of ['MDI-1-1-002', 'MDI-1-1-003']) {
        const inactive = await deactivate('MDI', key, REQUEST);
        expect(inactive.status).toBe(409);
        expect(inactive.body.userMessage).toBe('This cell is already deactivated');
      }
      const occupied = await deactivate('MDI', 'MDI-1-1-004', REQUEST);
      expect(occupied.status).toBe(409);
      expectHeadShape('POST /v1/prison/{prisonId}/location/{key}/deactivate', occupied);
      expect(occupied.body.userMessage).toBe('Cell cannot be deactivated as there are prisoners in the cell');
      await nothingQueued();
    });

    it('is not found for an unknown location and for a prison outside the consumer’s', async () => {
      const unknown = await deactivate('MDI', 'MDI-9-9-999', REQUEST);
      expect(unknown.body).toEqual(notFoundBody('Could not find provided location.'));
      const filtered = await deactivate('LEI', 'LEI-A-1-001', REQUEST, MDI_ONLY);
      expect(filtered.body).toEqual(notFoundBody('Not found'));
      await nothingQueued();
    });

    it('answers 400 with the validation messages for a bad body', async () => {
      const response = await deactivate('MDI', 'MDI-1-1-001', {
        deactivationReason: 'BORED',
        deactivationReasonDescription: 'x'.repeat(256),
        proposedReactivationDate: '2026-02-30',
      });
      expect(response.status).toBe(400);
      expectHeadShape('POST /v1/prison/{prisonId}/location/{key}/deactivate', response);
      expect(response.body.validationErrors).toEqual(
        expect.arrayContaining([
          expect.stringContaining('deactivationReason must be one of'),
          'Other deactivation reason cannot be more than 255 characters',
          'proposedReactivationDate must be a date (yyyy-MM-dd)',
        ]),
      );
      expect((await deactivate('MDI', 'MDI-1-1-001', [])).status).toBe(400);
    });

    it('checks authorisation before the body', async () => {
      const response = await deactivate('MDI', 'MDI-1-1-001', { deactivationReason: 'BORED' }, HEALTH_ONLY);
      expect(response.status).toBe(403);
    });

    it('maps a failing prisoner search and a failing Locations Inside Prison to 500s, queuing nothing', async () => {
      await context.stubs.setFault({ prefix: '/prisoner-offender-search/attribute-search', status: 500 });
      const search = await deactivate('MDI', 'MDI-1-1-001', REQUEST);
      expect(search.status).toBe(500);
      expect(search.body.userMessage).toContain('prisoner-offender-search');
      await context.stubs.resetFaults();
      await context.stubs.setFault({ prefix: '/locations-inside-prison', latencyMs: 4000 });
      const slow = await deactivate('MDI', 'MDI-1-1-001', REQUEST);
      expect(slow.status).toBe(500);
      expect(slow.body.userMessage).toContain('locations-inside-prison');
      await nothingQueued();
    });
  });

  describe('GET /v1/persons/{hmppsId}/prisoner-base-location', () => {
    const path = (id: string) => `/v1/persons/${id}/prisoner-base-location`;

    it('answers the base location of a prisoner (found by CRN too), in HEAD shape, and audits it', async () => {
      let response: Awaited<ReturnType<typeof context.api.get>> | undefined;
      const events = await audited(async () => (response = await context.api.get(path('AB123123'), ALL)));
      expect(response!.body).toEqual({
        data: { inPrison: true, prisonId: 'MDI', lastPrisonId: 'MDI', lastMovementType: 'Admission', receptionDate: '2025-04-01' },
      });
      expectHeadShape('GET /v1/persons/{hmppsId}/prisoner-base-location', response!);
      expect(events).toEqual([['GET_PERSON_PRISONER_BASE_LOCATION', { hmppsId: 'AB123123' }]]);
    });

    it('leaves out what the upstream leaves out, and filters on the last prison of someone released', async () => {
      const released = await context.api.get(path('G4563QC'), ALL);
      expect(released.body).toEqual({
        data: { inPrison: false, lastPrisonId: 'WWI', lastMovementType: 'Release', receptionDate: '2023-02-20' },
      });
      expectHeadShape('GET /v1/persons/{hmppsId}/prisoner-base-location', released);
      expect((await context.api.get(path('G4563QC'), MDI_ONLY)).status).toBe(404);
    });

    it('is not found for someone held outside the consumer’s prisons, without a prison, or unknown', async () => {
      expect((await context.api.get(path('A1234AA'), MDI_ONLY)).body).toEqual(
        notFoundBody('Could not find prisoner base location for id: A1234AA'),
      );
      expect((await context.api.get(path('G2996UX'), MDI_ONLY)).status).toBe(200);
      expect((await context.api.get(path('B5555CC'), ALL)).status).toBe(404);
      expect((await context.api.get(path('K4321LA'), ALL)).status).toBe(404);
      expect((await context.api.get(path('Z9999ZZ'), ALL)).status).toBe(404);
    });

    it('answers 400 for an id that is neither a NOMIS number nor a CRN', async () => {
      const response = await context.api.get(path('not-an-id'), ALL);
      expect(response.status).toBe(400);
      expect(response.body.userMessage).toBe('Invalid HMPPS ID: not-an-id');
    });

    it('maps upstream failure and slowness to a 500 naming Prisoner Base Location', async () => {
      await context.stubs.setFault({ prefix: '/prisoner-base-location', status: 500 });
      const failed = await context.api.get(path('G2996UX'), ALL);
      expect(failed.status).toBe(500);
      expect(failed.body.userMessage).toContain('prisoner-base-location');
      await context.stubs.resetFaults();
      await context.stubs.setFault({ prefix: '/prisoner-base-location', latencyMs: 4000 });
      expect((await context.api.get(path('G2996UX'), ALL)).status).toBe(500);
    });
  });
});
