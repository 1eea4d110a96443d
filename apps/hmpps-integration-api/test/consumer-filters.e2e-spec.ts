import { allOf, anyOf, prisonIn, stringIs } from './attribute-search-queries';
import { as, useHmppsApi } from './hmpps-test-app';

/** The reference's answer when a consumer filter removes the subject: as if it did not exist. */
const FILTERED_OUT = {
  status: 404,
  errorCode: null,
  userMessage: 'The requested resource could not be found',
  developerMessage: null,
  // The request's trace id, as HEAD gives a trace reference.
  moreInfo: expect.stringMatching(/^[0-9a-f]{32}$/),
};

const codes = (response: { body: { data: Array<{ code?: string; type?: string }> } }, key: 'code' | 'type') =>
  response.body.data.map((item) => item[key]);

/**
 * Each filter kind of the reference (ADR 0013), on the operations it applies to there. Fixture people:
 * Robert Larsen G2996UX / AB123123 in Moorland (in prison); John Morgan A1234AA in Leeds; Priya Shah
 * B5555CC / C456789 released and under probation supervision; Gareth Lloyd D6666DD / D123456 released,
 * supervision ended.
 */
describe('consumer filters', () => {
  const context = useHmppsApi();

  describe('prisons', () => {
    const LIMITED = as('limited-prisons');

    it('answers a prisoner held elsewhere as not found, with the reference wording', async () => {
      const response = await context.api.get('/v1/persons/A1234AA/cell-location', LIMITED);
      expect(response.status).toBe(404);
      expect(response.body).toEqual(FILTERED_OUT);
      expect((await context.api.get('/v1/persons/G2996UX/cell-location', LIMITED)).status).toBe(200);
    });

    it("puts the request's trace id in moreInfo, so support can find the request", async () => {
      const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
      const response = await context.api.get('/v1/persons/A1234AA/cell-location', {
        headers: { ...LIMITED.headers, traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
      });
      expect(response.status).toBe(404);
      expect(response.body.moreInfo).toBe(traceId);
    });

    it('gives someone who does not exist the very same answer, so existence outside the prisons stays unknown', async () => {
      for (const path of [
        '/v1/persons/A0000AA/cell-location',
        '/v1/persons/Z999999/alerts',
        '/v1/persons/A0000AA/iep-level',
      ]) {
        const response = await context.api.get(path, LIMITED);
        expect({ path, status: response.status, body: response.body }).toEqual({
          path,
          status: 404,
          body: FILTERED_OUT,
        });
      }
    });

    it('applies to operations the reference added it to after the seed era: case notes, images, offences', async () => {
      const consumer = as('specific-prison');
      for (const operation of ['case-notes', 'images', 'person-responsible-officer']) {
        expect((await context.api.get(`/v1/persons/A1234AA/${operation}`, consumer)).body).toEqual(
          FILTERED_OUT,
        );
        expect((await context.api.get(`/v1/persons/G2996UX/${operation}`, consumer)).status).toBe(200);
      }
      const offences = await context.api.get('/v1/persons/A1234AA/offences', consumer);
      expect(offences.status).toBe(404);
      const inMoorland = await context.api.get('/v1/persons/G2996UX/offences', consumer);
      expect(
        inMoorland.body.data.every(
          (offence: { systemSource: string }) => offence.systemSource === 'PRISON_SYSTEMS',
        ),
      ).toBe(true);
    });

    it('limits a person search to prisoners held in the prisons, without probation matches', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.get('/v1/persons', {
        ...as('specific-prison'),
        query: { last_name: 'Larsen' },
      });
      expect(response.status).toBe(200);
      expect(
        response.body.data.map(
          (person: { identifiers: { nomisNumber: string } }) => person.identifiers.nomisNumber,
        ),
      ).toEqual(['G2996UX']);
      expect(await context.stubs.requests('/ndelius/search/probation-cases')).toEqual([]);
      const [search] = await context.stubs.requests('/prisoner-offender-search/attribute-search');
      expect((search.body as { queries: unknown }).queries).toEqual([
        allOf(prisonIn('MDI')),
        anyOf(allOf(stringIs('lastName', 'Larsen'))),
      ]);
    });
  });

  describe('caseNotes', () => {
    it('keeps only the case-note types of the consumer', async () => {
      const escort = await context.api.get('/v1/persons/G2996UX/case-notes', as('escort-custody'));
      expect(escort.status).toBe(200);
      expect(codes(escort, 'type').sort()).toEqual(['NEG', 'POS']);
      const cab = await context.api.get('/v1/persons/G2996UX/case-notes', as('limited-case-notes'));
      expect(cab.body.data).toEqual([]);
      const everything = await context.api.get('/v1/persons/G2996UX/case-notes', as('all-access'));
      expect(codes(everything, 'type').sort()).toEqual(['KA', 'NEG', 'POS']);
    });
  });

  describe('alertCodes', () => {
    it('keeps only the alert codes of the consumer', async () => {
      const limited = await context.api.get('/v1/persons/G2996UX/alerts', as('limited-alert-codes'));
      expect(limited.status).toBe(200);
      expect(codes(limited, 'code').sort()).toEqual(['HA', 'XA']);
      const all = await context.api.get('/v1/persons/G2996UX/alerts', as('all-access'));
      expect(codes(all, 'code').sort()).toEqual(['HA', 'PEEP', 'PL1', 'VIP', 'XA']);
    });
  });

  describe('supervisionStatuses', () => {
    it('PRISONS: someone in prison, not someone released onto probation', async () => {
      const consumer = as('supervision-status-prison-only');
      expect((await context.api.get('/v1/persons/G2996UX/cell-location', consumer)).status).toBe(200);
      expect((await context.api.get('/v1/persons/B5555CC/cell-location', consumer)).body).toEqual(
        FILTERED_OUT,
      );
    });

    it('PROBATION: someone under probation supervision, not someone in prison', async () => {
      const consumer = as('supervision-status-probation-only');
      expect((await context.api.get('/v1/persons/C456789/cell-location', consumer)).status).toBe(200);
      expect((await context.api.get('/v1/persons/AB123123/cell-location', consumer)).body).toEqual(
        FILTERED_OUT,
      );
    });

    it('NONE: someone neither in prison nor supervised', async () => {
      const consumer = as('supervision-status-none');
      expect((await context.api.get('/v1/persons/D6666DD/cell-location', consumer)).body).toEqual({
        data: { prisonCode: null, prisonName: null, cell: null },
      });
      expect((await context.api.get('/v1/persons/B5555CC/cell-location', consumer)).body).toEqual(
        FILTERED_OUT,
      );
    });

    it('on a person record: refuses a probation-only consumer someone no longer supervised, and leaves out the prison half', async () => {
      const consumer = as('supervision-status-probation-only');
      const ended = await context.api.get('/v1/persons/D123456', consumer);
      expect(ended.status).toBe(403);
      expect(ended.body).toEqual({
        status: 403,
        errorCode: null,
        userMessage: 'Not under active supervision. Access denied.',
        developerMessage:
          'Forbidden to complete action by upstream service: Not under active supervision. Access denied.',
        moreInfo: null,
      });
      const supervised = await context.api.get('/v1/persons/AB123123', consumer);
      expect(supervised.status).toBe(200);
      expect(supervised.body.data.prisonerOffenderSearch).toBeNull();
      expect(supervised.body.data.probationOffenderSearch).toMatchObject({ firstName: 'Robert' });
    });

    it('on addresses: only the side the statuses include', async () => {
      const prisonOnly = await context.api.get(
        '/v1/persons/AB123123/addresses',
        as('supervision-status-prison-only'),
      );
      const probationOnly = await context.api.get(
        '/v1/persons/AB123123/addresses',
        as('supervision-status-probation-only'),
      );
      const both = await context.api.get('/v1/persons/AB123123/addresses', as('all-access'));
      expect([prisonOnly.body.data.length, probationOnly.body.data.length]).toEqual([3, 1]);
      expect(both.body.data).toEqual([...prisonOnly.body.data, ...probationOnly.body.data]);
    });
  });

  describe('mappaCategories', () => {
    it('is carried by its roles but, as in the reference, limits only contact events (tested in head-probation), not the MAPPA detail', async () => {
      const response = await context.api.get(
        '/v1/persons/AB123123/risks/mappadetail',
        as('limited-mappa-categories'),
      );
      expect(response.status).toBe(200);
      expect(response.body.data).toMatchObject({ category: 1, categoryDescription: 'MAPPA Cat 1' });
    });
  });
});
