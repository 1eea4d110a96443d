import { as, useHmppsApi } from './hmpps-test-app';

const M = '**REDACTED**';
const LAO = as('full-access-lao-redactions');
const POLICE = as('ext-probation-police-intelligence');

/** Every key anywhere in a JSON value. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => [key, ...keysOf(item)]);
}

/**
 * The redaction policies of the reference's roles, over real sockets. Limited access cases (LAO, from
 * nDelius' case access): Sophie Kaur X654321 (restricted, probation only) and Marcus Webb L123456 /
 * K4321LA (excluded, in Moorland). Robert Larsen AB123123 / G2996UX is an open case.
 */
describe('redaction policies of the roles', () => {
  const context = useHmppsApi();

  describe('lao-redactions (role full-access-lao-redactions)', () => {
    it.each([
      ['/v1/persons/X654321/risks/scores', '/assess-risks-and-needs'],
      ['/v1/persons/L123456/risks/serious-harm', '/assess-risks-and-needs'],
      ['/v1/persons/L123456/risk-management-plan', '/assess-risks-and-needs'],
      ['/v1/persons/K4321LA/addresses', '/prison-api'],
    ])('refuses %s of a limited access case, before asking for the data', async (path, upstream) => {
      await context.stubs.clearRequests();
      const response = await context.api.get(path, LAO);
      expect(response.status).toBe(403);
      expect(response.body).toEqual({
        timestamp: expect.any(String),
        status: 403,
        error: 'Forbidden',
        message: 'Attempt to access a limited access case',
        path,
      });
      expect(await context.stubs.requests(upstream)).toEqual([]);
      const [access] = await context.stubs.requests('/ndelius/probation-cases/access');
      expect(access.body).toEqual({ crns: [path.includes('X654321') ? 'X654321' : 'L123456'] });
    });

    it('serves those operations for an open case', async () => {
      expect((await context.api.get('/v1/persons/AB123123/risks/serious-harm', LAO)).status).toBe(200);
      expect((await context.api.get('/v1/persons/AB123123/addresses', LAO)).status).toBe(200);
    });

    it('masks licence conditions of a limited access case', async () => {
      const lao = await context.api.get('/v1/persons/L123456/licences/conditions', LAO);
      expect(lao.status).toBe(200);
      const conditions = lao.body.data.licences.flatMap(
        (licence: { conditions: Array<{ condition: string }> }) => licence.conditions,
      );
      expect(conditions.length).toBeGreaterThan(0);
      expect(new Set(conditions.map((condition: { condition: string }) => condition.condition))).toEqual(
        new Set([M]),
      );
      const open = await context.api.get('/v1/persons/AB123123/licences/conditions', LAO);
      expect(open.body.data.licences[0].conditions[0].condition).not.toBe(M);
    });

    it('masks the notes of MAPPA, dynamic risks and statuses of a limited access case', async () => {
      const mappa = await context.api.get('/v1/persons/L123456/risks/mappadetail', LAO);
      expect(mappa.body.data).toMatchObject({ category: 1, notes: M });
      const dynamic = await context.api.get('/v1/persons/X654321/risks/dynamic', LAO);
      expect(dynamic.body.data).toEqual([expect.objectContaining({ code: 'RDVA', notes: M })]);
      const statuses = await context.api.get('/v1/persons/L123456/status-information', LAO);
      expect(statuses.body.data.map((status: { notes: string }) => status.notes)).toEqual([M, M]);
      const open = await context.api.get('/v1/persons/AB123123/risks/mappadetail', LAO);
      expect(open.body.data.notes).toBe('Multi-agency meeting every 3 months');
    });

    it('removes gender, ethnicity and contact details from a limited access person, asking nDelius once', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.get('/v1/persons/L123456', LAO);
      expect(response.status).toBe(200);
      const { prisonerOffenderSearch, probationOffenderSearch } = response.body.data;
      expect(probationOffenderSearch).toMatchObject({ firstName: 'Marcus', hmppsId: 'L123456' });
      expect(prisonerOffenderSearch).toMatchObject({ firstName: 'MARCUS' });
      for (const half of [prisonerOffenderSearch, probationOffenderSearch]) {
        expect(Object.keys(half)).not.toEqual(expect.arrayContaining(['gender']));
        expect(keysOf(half)).not.toEqual(expect.arrayContaining(['ethnicity']));
        expect(keysOf(half)).not.toEqual(expect.arrayContaining(['contactDetails']));
      }
      expect(await context.stubs.requests('/ndelius/probation-cases/access')).toHaveLength(1);
      const open = await context.api.get('/v1/persons/AB123123', LAO);
      expect(open.body.data.probationOffenderSearch).toMatchObject({
        gender: 'Male',
        contactDetails: expect.any(Object),
      });
    });

    it('removes the type and expiry of the alerts of a limited access case', async () => {
      const response = await context.api.get('/v1/persons/K4321LA/alerts', LAO);
      expect(response.status).toBe(200);
      expect(response.body.data.length).toBe(4);
      for (const alert of response.body.data) {
        expect(Object.keys(alert).sort()).toEqual([
          'code',
          'codeDescription',
          'comment',
          'dateCreated',
          'offenderNo',
        ]);
      }
      const open = await context.api.get('/v1/persons/G2996UX/alerts', LAO);
      expect(open.body.data[0]).toHaveProperty('type');
    });

    it('in a person search, redacts everyone not known to be free of access restrictions', async () => {
      const response = await context.api.get('/v1/persons', { ...LAO, query: { last_name: 'Larsen' } });
      expect(response.status).toBe(200);
      const people = response.body.data as Array<Record<string, unknown>>;
      const probationRobert = people.find((person) => person.hmppsId === 'AB123123');
      expect(probationRobert).toMatchObject({
        gender: 'Male',
        currentExclusion: false,
        currentRestriction: false,
      });
      // The prison matches, whose hmppsId is their prisoner number.
      const prisonRecords = people.filter((person) =>
        ['G2996UX', 'H1234BB'].includes(person.hmppsId as string),
      );
      expect(prisonRecords).toHaveLength(2);
      for (const person of prisonRecords) expect(person).not.toHaveProperty('gender');
    });
  });

  describe('risks-text-redactions (role ext-probation-police-intelligence)', () => {
    it('masks the free text of serious harm', async () => {
      const response = await context.api.get('/v1/persons/AB123123/risks/serious-harm', POLICE);
      expect(response.status).toBe(200);
      const { riskToSelf, summary } = response.body.data;
      expect(riskToSelf.suicide).toEqual({
        risk: 'YES',
        previous: 'YES',
        previousConcernsText: M,
        current: 'NO',
        currentConcernsText: M,
      });
      expect(summary).toMatchObject({
        whoIsAtRisk: M,
        natureOfRisk: M,
        riskImminence: M,
        riskIncreaseFactors: M,
        riskMitigationFactors: M,
        overallRiskLevel: 'HIGH',
      });
    });

    it('masks the notes of dynamic risks', async () => {
      const response = await context.api.get('/v1/persons/AB123123/risks/dynamic', POLICE);
      expect(response.status).toBe(200);
      expect(response.body.data.length).toBeGreaterThan(0);
      for (const risk of response.body.data) expect(risk.notes).toBe(M);
    });
  });

  describe('person-responsible-officer-redactions (role ext-probation-police-intelligence)', () => {
    it('hides the prison offender manager and who the community offender manager is', async () => {
      const response = await context.api.get('/v1/persons/C456789/person-responsible-officer', POLICE);
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual({
        communityOffenderManager: {
          name: { forename: M, surname: M },
          email: M,
          telephoneNumber: M,
          team: expect.objectContaining({ code: 'N07LDS', description: 'Leeds Central' }),
        },
      });
    });
  });

  describe('unused-key-dates-redactions (role ext-probation-police-intelligence)', () => {
    it('removes the key dates and adjustments the police do not use', async () => {
      const response = await context.api.get(
        '/v1/persons/G2996UX/sentences/latest-key-dates-and-adjustments',
        POLICE,
      );
      expect(response.status).toBe(200);
      const keys = Object.keys(response.body.data);
      for (const removed of [
        'adjustments',
        'earlyTerm',
        'lateTerm',
        'midTerm',
        'nonDto',
        'nonParole',
        'topupSupervision',
      ]) {
        expect(keys).not.toContain(removed);
      }
      expect(response.body.data.homeDetentionCurfew).toEqual({ actualDate: null, endDate: null });
      expect(response.body.data.conditionalRelease).toEqual({
        date: '2023-09-12',
        overrideDate: '2023-09-20',
      });
    });
  });

  describe('general-risk-score-redactions (role full-access-lao-redactions)', () => {
    it('removes the raw scores and keeps the levels and bands', async () => {
      const response = await context.api.get('/v1/persons/AB123123/risks/scores', LAO);
      expect(response.status).toBe(200);
      expect(response.body.data[0]).toMatchObject({
        generalPredictor: { scoreLevel: 'HIGH' },
        sexualPredictor: { indecentScoreLevel: 'NOT_APPLICABLE', contactScoreLevel: 'LOW' },
      });
      expect(response.body.data[0].generalPredictor).not.toHaveProperty('score');
      expect(response.body.data[0].sexualPredictor).not.toHaveProperty('contactScore');
      expect(response.body.data[2].allReoffendingPredictor).toEqual({ band: 'MEDIUM' });
    });
  });

  describe('epf-risk-score-redactions (role moj-probation-case-proposal)', () => {
    it('removes the score levels', async () => {
      const response = await context.api.get(
        '/v1/persons/AB123123/risks/scores',
        as('redaction-moj-probation-case-proposal'),
      );
      expect(response.status).toBe(200);
      expect(response.body.data[0]).toEqual({
        completedDate: '2023-09-21T14:02:30',
        assessmentStatus: 'COMPLETE',
        assessmentVersion: 1,
        generalPredictor: { score: 33 },
        violencePredictor: { score: 18 },
        groupReconviction: { score: 45 },
        riskOfSeriousRecidivism: { score: 3.45 },
        sexualPredictor: { indecentScore: 0.5, contactScore: 1.2 },
      });
      // A version-2 assessment keeps its scores without their bands.
      expect(response.body.data[2].allReoffendingPredictor).toEqual({ score: 41.2 });
    });
  });

  describe('person-search-id-only (role moj-prisons-warrant-receipt)', () => {
    it('leaves a person search only the identifiers', async () => {
      const response = await context.api.get('/v1/persons', {
        ...as('moj-prisons-warrant-receipt'),
        query: { last_name: 'Larsen' },
      });
      expect(response.status).toBe(200);
      expect(response.body.data.length).toBeGreaterThan(0);
      for (const person of response.body.data) {
        expect(Object.keys(person).sort()).toEqual(['hmppsId', 'identifiers', 'pncId']);
      }
    });
  });

  describe('prison-education (role ext-prisons-education)', () => {
    it('masks middle names and cross-system ids and removes the probation record', async () => {
      const response = await context.api.get('/v1/persons/G2996UX', as('role-based-redacted-client'));
      expect(response.status).toBe(200);
      expect(response.body.data).not.toHaveProperty('probationOffenderSearch');
      expect(response.body.data.prisonerOffenderSearch).toMatchObject({
        firstName: 'ROBERT',
        middleName: M,
        pncId: M,
        restrictionMessage: M,
        identifiers: { nomisNumber: 'G2996UX', croNumber: M, deliusCrn: M },
      });
    });
  });

  it('leaves error answers alone', async () => {
    const response = await context.api.get('/v1/persons/Z000000/risks/serious-harm', POLICE);
    expect(response.status).toBe(404);
    expect(response.body.userMessage).toBe('Could not find person with id: Z000000');
  });
});
