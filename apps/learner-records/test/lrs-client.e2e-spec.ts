import { HealthRegistry } from '@libs/platform';
import { RunningStubs, startStubs } from '@libs/testing';
import { UpstreamMetrics, UpstreamTimeoutError } from '@libs/upstream';
import { Test, TestingModule } from '@nestjs/testing';
import { Registry } from 'prom-client';
import { LEARNER_RECORDS_CONFIG, LearnerRecordsConfig } from '../src/config';
import { LrsFaultError, LrsMaintenanceError } from '../src/upstream/lrs-failure';
import { LrsClient } from '../src/upstream/lrs.client';

const query = {
  givenName: 'Test',
  familyName: 'Tester',
  dateOfBirth: '1976-08-16',
  gender: 'FEMALE' as const,
  lastKnownPostCode: 'CV49EE',
};

/** The LRS gateway on its own, against the LRS stand-in over real HTTP: domain types out, typed errors. */
describe('LrsClient against the LRS stub', () => {
  let stubs: RunningStubs;
  let module: TestingModule;
  let lrs: LrsClient;

  const configFor = (url: string, orgPassword = 'local-org-password'): LearnerRecordsConfig => ({
    lrs: {
      baseUrl: `${url}/lrs`,
      ukprn: '10000001',
      orgPassword,
      vendorId: '01',
      timeoutMs: 900,
      breaker: { failureThreshold: 100, resetTimeoutMs: 1000 },
    },
  });

  const clientWith = async (config: LearnerRecordsConfig): Promise<[TestingModule, LrsClient]> => {
    const built = await Test.createTestingModule({
      providers: [
        LrsClient,
        HealthRegistry,
        { provide: LEARNER_RECORDS_CONFIG, useValue: config },
        { provide: UpstreamMetrics, useValue: new UpstreamMetrics(new Registry()) },
      ],
    }).compile();
    await built.init();
    return [built, built.get(LrsClient)];
  };

  beforeAll(async () => {
    stubs = await startStubs();
    [module, lrs] = await clientWith(configFor(stubs.url));
  });

  afterAll(async () => {
    await module?.close();
    await stubs?.close();
  });

  it("finds a learner: the response code's meaning and the learners under the API's names", async () => {
    const result = await lrs.findLearner(query, 'test.user');
    expect(result.responseType).toBe('Exact Match');
    expect(result.learners).toEqual([
      expect.objectContaining({
        uln: '1026893096',
        givenName: 'Sample',
        gender: 'FEMALE',
        placeOfBirth: 'Blean ',
      }),
    ]);
    const [call] = await stubs.requests('/lrs/LearnerService.svc');
    expect(String(call.body)).toContain('<UserName>test.user</UserName>');
  });

  it('reads a learning record', async () => {
    const result = await lrs.learningEvents(
      { givenName: 'Sample', familyName: 'Tester', uln: '4444599390' },
      'test.user',
    );
    expect(result).toMatchObject({
      responseType: 'Linked Learner Match',
      foundUln: '6936002314',
      incomingUln: '4444599390',
    });
    expect(result.learnerRecord).toHaveLength(18);
  });

  it('rejects with typed upstream errors: a fault with its exception, maintenance, a timeout', async () => {
    const fault = await lrs
      .findLearner({ ...query, givenName: 'Fault' }, 'u')
      .catch((error: unknown) => error);
    expect(fault).toBeInstanceOf(LrsFaultError);
    expect((fault as LrsFaultError).exception).toMatchObject({ errorCode: expect.any(String) });
    await expect(
      lrs.learningEvents({ givenName: 'Maintenance', familyName: 'Tester', uln: '1' }, 'u'),
    ).rejects.toBeInstanceOf(LrsMaintenanceError);
    await expect(lrs.findLearner({ ...query, givenName: 'Slow' }, 'u')).rejects.toBeInstanceOf(
      UpstreamTimeoutError,
    );
  });

  it("reads the stub's authentication fault, prefixes and all, through soap's parsed fault", async () => {
    const [other, client] = await clientWith(configFor(stubs.url, 'wrong-password'));
    try {
      const error = await client.findLearner(query, 'u').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(LrsFaultError);
      expect((error as LrsFaultError).exception).toEqual({
        errorCode: 'WSEC0002',
        errorActor: 'uk.gov.miap.lrs.api.security.OrganisationAuthenticator.authenticate()',
        description: 'Organisation authentication failed: the UKPRN, password or vendor id is not valid',
        furtherDetails: null,
        errorTimestamp: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
      });
    } finally {
      await other.close();
    }
  });
});
