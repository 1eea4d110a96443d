import { AuditPublisher } from '@libs/queue';
import { as, useHmppsApi } from './hmpps-test-app';

const ALL = as('all-access');
const LIMITED = as('limited-prisons');

const ROBERT_NOMIS_HOME = {
  country: 'England',
  county: 'South Yorkshire',
  endDate: null,
  locality: 'Sheaf Valley',
  name: 'Kestrel House',
  noFixedAddress: false,
  number: 'Flat 3',
  postcode: 'S2 5SY',
  startDate: '2019-03-01',
  street: 'Wharf Street',
  town: 'Sheffield',
  types: [
    { code: 'HDC', description: 'HDC Address' },
    { code: 'RELEASE', description: 'RELEASE' },
    { code: 'HOME', description: 'Home Address' },
  ],
  notes: "Partner's address",
};

const ROBERT_DELIUS = {
  country: null,
  county: 'South Yorkshire',
  endDate: null,
  locality: 'Sheaf Valley',
  name: 'Kestrel House',
  noFixedAddress: false,
  number: '12',
  postcode: 'S2 5SY',
  startDate: '2019-03-01',
  street: 'Wharf Street',
  town: 'Sheffield',
  types: [{ code: 'A02', description: 'Approved Premises' }],
  notes: 'Lives with partner; approved premises referral declined.',
};

describe('addresses and protected characteristics', () => {
  const context = useHmppsApi();

  describe('GET /v1/persons/{hmppsId}/addresses', () => {
    it.each(['AB123123', 'G2996UX'])(
      'merges NOMIS addresses (newest first) then Delius ones for %s',
      async (id) => {
        const response = await context.api.get(`/v1/persons/${id}/addresses`, ALL);
        expect(response.status).toBe(200);
        const addresses = response.body.data;
        expect(addresses.map((address: { startDate: string }) => address.startDate)).toEqual([
          '2019-03-01',
          '2016-02-01',
          '2012-06-18',
          '2019-03-01',
        ]);
        expect(addresses[0]).toEqual(ROBERT_NOMIS_HOME);
        expect(addresses[1].types).toEqual([{ code: 'OTHER', description: 'OTHER' }]);
        expect(addresses[2].types).toEqual([{ code: 'BUS', description: 'Business Address' }]);
        expect(addresses[3]).toEqual(ROBERT_DELIUS);
      },
    );

    it('gives Delius addresses only for someone without a NOMIS number', async () => {
      const response = await context.api.get('/v1/persons/X654321/addresses', ALL);
      expect(response.body.data).toHaveLength(2);
      expect(response.body.data[1]).toMatchObject({
        noFixedAddress: true,
        types: [],
        town: 'Bradford',
        endDate: '2024-09-30',
      });
    });

    it('gives NOMIS addresses only for a prison-only person', async () => {
      const response = await context.api.get('/v1/persons/A1234AA/addresses', ALL);
      expect(response.body.data).toEqual([
        expect.objectContaining({ number: '2', types: [{ code: 'WORK', description: 'Work Address' }] }),
      ]);
    });

    it('answers an empty list when both sides know the person but hold no address', async () => {
      expect((await context.api.get('/v1/persons/G4563QC/addresses', ALL)).body).toEqual({ data: [] });
    });

    it('answers 404 when neither side has addresses, and 400 for a bad id', async () => {
      const missing = await context.api.get('/v1/persons/A7777BB/addresses', ALL);
      expect(missing.status).toBe(404);
      expect(missing.body.userMessage).toBe('Could not find person with id: A7777BB');
      const invalid = await context.api.get('/v1/persons/not-an-id/addresses', ALL);
      expect(invalid.status).toBe(400);
      expect(invalid.body.userMessage).toBe('Invalid id: not-an-id');
    });

    it('keeps Delius addresses when NOMIS has none for the person', async () => {
      await context.stubs.setFault({ prefix: '/prison-api/api/offenders/G2996UX/addresses', status: 404 });
      const response = await context.api.get('/v1/persons/AB123123/addresses', ALL);
      expect(response.body).toEqual({ data: [ROBERT_DELIUS] });
    });

    it('fails with a 500 naming Prison API when it errors', async () => {
      await context.stubs.setFault({ prefix: '/prison-api/api/offenders/G2996UX/addresses', status: 500 });
      const response = await context.api.get('/v1/persons/AB123123/addresses', ALL);
      expect(response.status).toBe(500);
      expect(response.body.userMessage).toContain('prison-api');
    });

    it('applies the prison filter: probation-only and other-prison people are not found', async () => {
      expect((await context.api.get('/v1/persons/AB123123/addresses', LIMITED)).status).toBe(200);
      expect((await context.api.get('/v1/persons/X654321/addresses', LIMITED)).status).toBe(404);
      expect((await context.api.get('/v1/persons/A1234AA/addresses', LIMITED)).status).toBe(404);
    });
  });

  describe('GET /v1/persons/{hmppsId}/protected-characteristics', () => {
    it('combines probation, prisoner search and Prison API adjustments of HEALTH_TREAT types', async () => {
      const response = await context.api.get('/v1/persons/AB123123/protected-characteristics', ALL);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        data: {
          age: 50,
          gender: 'Male',
          sexualOrientation: 'Heterosexual',
          ethnicity: 'White: Eng./Welsh/Scot./N.Irish/British',
          nationality: 'British',
          religion: 'Christian',
          disabilities: [
            {
              disabilityType: { code: 'RM', description: 'Reduced Mobility' },
              condition: { code: 'RM02', description: 'Walking Aid' },
              startDate: '2017-06-14',
              endDate: null,
              notes: 'Uses a walking stick',
            },
          ],
          maritalStatus: 'Married or in civil partnership',
          reasonableAdjustments: [
            {
              treatmentCode: 'WHEELCHR_ACC',
              commentText: 'Ground floor cell needed',
              startDate: '2023-05-12',
              endDate: null,
              treatmentDescription: 'Wheelchair accessibility',
            },
          ],
        },
      });
    });

    it('needs no prison record for a probation-only person', async () => {
      const response = await context.api.get('/v1/persons/X654321/protected-characteristics', ALL);
      expect(response.body.data).toMatchObject({
        sexualOrientation: 'Bisexual',
        maritalStatus: null,
        reasonableAdjustments: [],
      });
    });

    it('does not find a prison-only person, and answers 400 for a bad id', async () => {
      const prisonOnly = await context.api.get('/v1/persons/A1234AA/protected-characteristics', ALL);
      expect(prisonOnly.status).toBe(404);
      expect(prisonOnly.body.userMessage).toBe('Could not find person with id: A1234AA');
      const invalid = await context.api.get('/v1/persons/2004%2F13116M/protected-characteristics', ALL);
      expect(invalid.status).toBe(400);
      expect(invalid.body.userMessage).toBe('Invalid id: 2004/13116M');
    });

    it('applies the prison filter to the current prison', async () => {
      expect((await context.api.get('/v1/persons/G2996UX/protected-characteristics', LIMITED)).status).toBe(
        200,
      );
      expect((await context.api.get('/v1/persons/Y123456/protected-characteristics', LIMITED)).status).toBe(
        404,
      );
    });
  });

  describe('audit', () => {
    it('queues one event per successful operation, naming the consumer, and none for a failed one', async () => {
      // Earlier tests' events first, so that what follows is this test's alone.
      await context.queues.collect('audit', { count: 0, quietMs: 1500 });
      const publish = jest.spyOn(context.app.app.get(AuditPublisher), 'publish');
      await context.api.get('/v1/persons/AB123123/addresses', ALL);
      await context.api.get('/v1/persons/A1234AA/protected-characteristics', ALL);
      expect(publish.mock.calls.map(([event]) => event)).toEqual([
        {
          what: 'GET_PERSON_ADDRESS',
          who: 'all-access',
          details: '{"hmppsId":"AB123123"}',
          service: 'hmpps-integration-api',
        },
      ]);
      // Exactly one message on the SQS audit queue, in the reference's body shape.
      const delivered = await context.queues.collect('audit', { count: 1, quietMs: 1500 });
      expect(delivered.map((message) => message.json)).toEqual([
        {
          what: 'GET_PERSON_ADDRESS',
          who: 'all-access',
          details: '{"hmppsId":"AB123123"}',
          service: 'hmpps-integration-api',
          when: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
        },
      ]);
      expect(delivered[0].attributes).toEqual({ eventId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      publish.mockRestore();
    });
  });
});
